// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "MainMenus.h"

#include "support/Appearance.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoGroup>

#include <utility>

namespace casebook::ui {

MainMenus::MainMenus(QMainWindow& window, QUndoGroup& undoGroup)
    : QObject(&window)
    , m_window(window)
{
    newStore = make(tr("&New store…"), "newStoreAction");
    openStore = make(tr("&Open store…"), "openStoreAction", QKeySequence::Open);
    lock = make(tr("&Lock"), "lockAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::ApplicationShortcut);
    lock->setStatusTip(tr("Hide every case and forget the key until the passphrase is typed again"));
    quit = make(tr("&Quit"), "quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Close Casebook"));

    undo = undoGroup.createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    redo = undoGroup.createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});

    newCase = make(tr("&New case…"), "newCaseAction", QKeySequence::New);
    addEntry = make(tr("&Add to chronology…"), "addEntryAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    decision = make(tr("Record a &decision…"), "decisionAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    due = make(tr("&Due and overdue"), "dueAction", QKeySequence(Qt::CTRL | Qt::Key_2));
    editCase = make(tr("&Edit case…"), "editCaseAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    closeCase = make(tr("C&lose case…"), "closeCaseAction");
    editPerson = make(tr("Edit &person…"), "editPersonAction");
    review = make(tr("Write holistic &review…"), "reviewAction", QKeySequence(Qt::CTRL | Qt::Key_R));
    summary = make(tr("Summary for a &meeting…"), "summaryAction", QKeySequence::Print);
    overview = make(tr("Caseload &overview…"), "overviewAction");
    calendar = make(tr("&Calendar of dates…"), "calendarAction");
    find = make(tr("&Find…"), "findAction", QKeySequence::Find);
    rules = make(tr("&Rules and calendar…"), "rulesAction");
    sar = make(tr("&Subject access requests…"), "sarAction");
    retention = make(tr("Re&tention review…"), "retentionAction");
    changePassphrase = make(tr("Change &passphrase…"), "changePassphraseAction");
    recoveryKey = make(tr("Recovery &key…"), "recoveryKeyAction");
    recoveryKey->setStatusTip(tr("Create, replace or remove the key that can set a new passphrase"));
    restore = make(tr("Restore from &backup…"), "restoreAction");
    restore->setStatusTip(tr("Replace the store with a backup, keeping the one replaced beside it"));
    storeCare = make(tr("Store and &audit log…"), "storeCareAction");
    storeCare->setStatusTip(tr("What the store is, a check of every page, a backup, and the audit log"));
    identity = make(tr("Your &details…"), "identityAction");
    identity->setMenuRole(QAction::PreferencesRole);
    identity->setStatusTip(
        tr("Your name, rank, collar number and force, and the default marking and handling line of exports"));

    about = make(tr("&About Casebook"), "aboutAction");
    about->setMenuRole(QAction::AboutRole);
    about->setStatusTip(tr("Show the version and licence of Casebook"));
    aboutQt = make(tr("About &Qt"), "aboutQtAction");
    aboutQt->setMenuRole(QAction::AboutQtRole);
    aboutQt->setStatusTip(tr("Show the version of the Qt toolkit"));
    exportHandover = make(tr("&Export…"), "handoverExportAction");
    importHandover = make(tr("&Import…"), "handoverImportAction");
}

QAction* MainMenus::make(const QString& text, const char* name, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    return action;
}

void MainMenus::addMenus()
{
    m_window.menuBar()->setObjectName(QStringLiteral("mainMenuBar"));
    m_window.menuBar()->setAccessibleName(tr("Main menu"));
    QMenu* file = m_window.menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(newStore);
    file->addAction(openStore);
    file->addAction(changePassphrase);
    file->addAction(recoveryKey);
    file->addAction(restore);
    file->addSeparator();
    QMenu* exports = file->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    exports->addAction(summary);
    exports->addAction(overview);
    exports->addAction(calendar);
    QMenu* handover = file->addMenu(tr("&Handover"));
    handover->setObjectName(QStringLiteral("handoverMenu"));
    handover->addAction(exportHandover);
    handover->addAction(importHandover);
    file->addSeparator();
    file->addAction(lock);
    file->addSeparator();
    file->addAction(quit);
    QMenu* edit = m_window.menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(find);
    QMenu* caseMenu = m_window.menuBar()->addMenu(tr("&Case"));
    caseMenu->setObjectName(QStringLiteral("caseMenu"));
    caseMenu->addAction(newCase);
    caseMenu->addSeparator();
    caseMenu->addAction(addEntry);
    caseMenu->addAction(decision);
    caseMenu->addAction(review);
    caseMenu->addAction(summary);
    caseMenu->addSeparator();
    caseMenu->addAction(editCase);
    caseMenu->addAction(editPerson);
    caseMenu->addAction(closeCase);
    caseMenu->addSeparator();
    caseMenu->addAction(due);
    QMenu* view = m_window.menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    addAppearanceMenu(view);
    QMenu* tools = m_window.menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(rules);
    tools->addAction(sar);
    tools->addAction(retention);
    tools->addAction(storeCare);
    tools->addAction(identity);
    QMenu* help = m_window.menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(about);
    help->addAction(aboutQt);
}

void MainMenus::addAppearanceMenu(QMenu* view)
{
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    auto* appearanceGroup = new QActionGroup(this);
    const std::pair<QString, Appearance> choices[] = {{tr("As the &desktop"), Appearance::System},
                                                      {tr("&Light"), Appearance::Light},
                                                      {tr("Dar&k"), Appearance::Dark}};
    const Appearance current = savedAppearance();
    for (const auto& [text, choice] : choices) {
        QAction* action = appearance->addAction(text);
        action->setObjectName(QStringLiteral("appearance%1").arg(static_cast<int>(choice)));
        action->setCheckable(true);
        action->setChecked(choice == current);
        appearanceGroup->addAction(action);
        connect(action, &QAction::triggered, this, [choice = choice] {
            saveAppearance(choice);
            applyAppearance(choice);
        });
    }
}

void MainMenus::setStoreOpen(bool open)
{
    for (QAction* action : {lock, addEntry, decision, due, find, rules, editCase, closeCase, editPerson, review,
                            summary, overview, calendar, sar, retention, storeCare, changePassphrase, recoveryKey}) {
        action->setEnabled(open);
    }
    newStore->setEnabled(!open);
    openStore->setEnabled(!open);
}

} // namespace casebook::ui
