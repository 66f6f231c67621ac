// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "dataprotection/RetentionDialog.h"
#include "dataprotection/SarDialog.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/IdentityDialog.h"
#include "handover/HandoverExportDialog.h"
#include "handover/HandoverImportDialog.h"
#include "lock/DesktopLockWatcher.h"
#include "rulebook/RulesDialog.h"
#include "session/ChangePassphraseDialog.h"
#include "session/CreateStoreDialog.h"
#include "session/RecoveryFlow.h"
#include "session/RestoreDialog.h"
#include "session/SessionController.h"
#include "session/UnlockPage.h"
#include "store/StoreCareDialog.h"
#include "support/AppIcon.h"
#include "support/Appearance.h"
#include "support/ScreenFit.h"
#include "support/SensitiveClipboard.h"
#include "workspace/UndoableChange.h"
#include "workspace/WorkspaceWidget.h"

#include "service/Session.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

constexpr int kDefaultIdleMinutes = 5;
constexpr int kMaxRecentStores = 6;

QString defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("casebook/casebook.cbk"));
}

} // namespace

MainWindow::MainWindow(const StartupOptions& options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Casebook"));
    setWindowIcon(appIcon());
    setMinimumSize(640, 420);
    // 1280×800 when the screen has room, else what it has; later, where the window was left.
    restoreWindowGeometry(this, QStringLiteral("window/main"), QSize(1280, 800));

    m_controller = new SessionController(this);
    m_recovery = new RecoveryFlow(*m_controller, this);
    m_undo = new QUndoStack(this);
    m_undo->setUndoLimit(200);

    m_unlockPage = new UnlockPage(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_unlockPage);

    m_demoBanner = new QLabel(tr("Demonstration data: fictional people and cases, deleted when Casebook closes. "
                                 "Passphrase after locking: %1")
                                  .arg(SessionController::demoPassphrase()),
                              this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAccessibleName(m_demoBanner->text());
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setMargin(6);
    m_demoBanner->setAutoFillBackground(true);
    m_demoBanner->setBackgroundRole(QPalette::Highlight);
    m_demoBanner->setForegroundRole(QPalette::HighlightedText);
    QFont bannerFont = m_demoBanner->font();
    bannerFont.setBold(true);
    m_demoBanner->setFont(bannerFont);
    m_demoBanner->setVisible(options.demo);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    if (const Appearance appearance = savedAppearance(); appearance != Appearance::System) {
        applyAppearance(appearance);
    }
    createActions();
    createMenus();
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));

    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleMinutes() * 60 * 1000);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (m_controller->session() != nullptr) {
            lock();
            m_unlockPage->setReason(tr("Locked after %n minute(s) without use.", nullptr, idleMinutes()));
        }
    });
    qApp->installEventFilter(this);
    auto* desktop = new DesktopLockWatcher(this);
    desktop->setObjectName(QStringLiteral("desktopLockWatcher"));
    connect(desktop, &DesktopLockWatcher::desktopLocked, this, [this] {
        if (m_controller->session() != nullptr) {
            lock();
            m_unlockPage->setReason(tr("Locked because the computer was locked."));
        }
    });

    setUndoFailureHandler([this](const core::Error& error) {
        QMessageBox::warning(this, tr("Cannot undo"),
                             tr("That step could not be undone or redone, so the undo history was cleared: %1")
                                 .arg(QString::fromStdString(error.detail)));
    });

    connect(m_unlockPage, &UnlockPage::unlockRequested, this,
            [this](const QString& path, QString& passphrase) { m_controller->unlock(path, passphrase); });
    connect(m_unlockPage, &UnlockPage::createRequested, this, &MainWindow::createStore);
    connect(m_unlockPage, &UnlockPage::openOtherRequested, this, &MainWindow::openOtherStore);
    connect(m_unlockPage, &UnlockPage::restoreRequested, this, &MainWindow::restoreBackup);
    connect(m_unlockPage, &UnlockPage::forgotRequested, this,
            [this] { m_recovery->recover(m_unlockPage->storePath()); });
    connect(m_controller, &SessionController::progress, this,
            [this](const QString& what) { m_unlockPage->setBusy(true, what); });
    connect(m_controller, &SessionController::opened, this, &MainWindow::showWorkspace);
    connect(m_controller, &SessionController::failed, this, [this](const QString& message, bool) {
        m_unlockPage->setBusy(false);
        m_unlockPage->showError(message);
        m_unlockPage->focusPassphrase();
    });
    connect(m_controller, &SessionController::aboutToLock, this, [this] {
        m_undo->clear(); // its commands refer to the session
        if (m_workspace != nullptr) {
            // A form may be running its own event loop inside the workspace (the lock came from a
            // timer or the desktop meanwhile): deleting the workspace now would delete that form
            // under its exec(). Retire it instead (hidden, cut off from the session) and delete
            // it at the next unlock, when no form of it can still be running.
            m_stack->removeWidget(m_workspace);
            m_workspace->retire();
            m_retiredWorkspaces.push_back(m_workspace);
            m_workspace = nullptr;
        }
    });

    if (options.demo) {
        showUnlock(tr("Preparing the demonstration store…"));
        m_controller->openDemo();
    } else {
        const QString path = options.storePath.isEmpty() ? (recentStores().isEmpty() ? QString() : recentStores()[0])
                                                         : options.storePath;
        showUnlock(path.isEmpty() ? tr("Create a store to start, or open one you have.") : QString());
        m_unlockPage->setStores(path, recentStores());
    }
    updateActions();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    setUndoFailureHandler({});
    m_undo->clear();
    delete m_workspace; // before the session goes with the controller
    m_workspace = nullptr;
    qDeleteAll(m_retiredWorkspaces);
    m_retiredWorkspaces.clear();
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const char* name, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
        }
        return action;
    };
    m_newStoreAction = make(tr("&New store…"), "newStoreAction");
    connect(m_newStoreAction, &QAction::triggered, this, &MainWindow::createStore);
    m_openStoreAction = make(tr("&Open store…"), "openStoreAction", QKeySequence::Open);
    connect(m_openStoreAction, &QAction::triggered, this, &MainWindow::openOtherStore);
    m_lockAction = make(tr("&Lock"), "lockAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setStatusTip(tr("Hide every case and forget the key until the passphrase is typed again"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_quitAction = make(tr("&Quit"), "quitAction", QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close Casebook"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});

    m_newCaseAction = make(tr("&New case…"), "newCaseAction", QKeySequence::New);
    connect(m_newCaseAction, &QAction::triggered, this, [this] {
        if (m_workspace != nullptr) {
            m_workspace->newCase();
        }
    });
    m_addEntryAction = make(tr("&Add to chronology…"), "addEntryAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_decisionAction = make(tr("Record a &decision…"), "decisionAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_dueAction = make(tr("&Due and overdue"), "dueAction", QKeySequence(Qt::CTRL | Qt::Key_2));
    m_editCaseAction = make(tr("&Edit case…"), "editCaseAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_closeCaseAction = make(tr("C&lose case…"), "closeCaseAction");
    m_editPersonAction = make(tr("Edit &person…"), "editPersonAction");
    m_reviewAction = make(tr("Write holistic &review…"), "reviewAction", QKeySequence(Qt::CTRL | Qt::Key_R));
    m_summaryAction = make(tr("Summary for a &meeting…"), "summaryAction", QKeySequence::Print);
    m_overviewAction = make(tr("Caseload &overview…"), "overviewAction");
    m_calendarAction = make(tr("&Calendar of dates…"), "calendarAction");
    const std::pair<QAction*, void (WorkspaceWidget::*)()> caseActions[] = {
        {m_editCaseAction, &WorkspaceWidget::editCase},      {m_closeCaseAction, &WorkspaceWidget::closeCase},
        {m_editPersonAction, &WorkspaceWidget::editPerson},  {m_reviewAction, &WorkspaceWidget::writeReview},
        {m_summaryAction, &WorkspaceWidget::exportSummary},  {m_overviewAction, &WorkspaceWidget::exportOverview},
        {m_calendarAction, &WorkspaceWidget::exportCalendar}};
    for (const auto& [action, slot] : caseActions) {
        connect(action, &QAction::triggered, this, [this, slot = slot] {
            if (m_workspace != nullptr) {
                (m_workspace->*slot)();
            }
        });
    }
    m_findAction = make(tr("&Find…"), "findAction", QKeySequence::Find);
    m_rulesAction = make(tr("&Rules and calendar…"), "rulesAction");
    connect(m_addEntryAction, &QAction::triggered, this, [this] {
        if (m_workspace != nullptr) {
            m_workspace->addChronologyEntry();
        }
    });
    connect(m_decisionAction, &QAction::triggered, this, [this] {
        if (m_workspace != nullptr) {
            m_workspace->recordDecision();
        }
    });
    connect(m_dueAction, &QAction::triggered, this, [this] {
        if (m_workspace != nullptr) {
            m_workspace->showDueDashboard();
        }
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_workspace != nullptr) {
            m_workspace->focusSearch();
        }
    });
    connect(m_rulesAction, &QAction::triggered, this, &MainWindow::showRulesDialog);
    m_sarAction = make(tr("&Subject access requests…"), "sarAction");
    connect(m_sarAction, &QAction::triggered, this, [this] { showDataProtectionDialog(false); });
    m_retentionAction = make(tr("Re&tention review…"), "retentionAction");
    connect(m_retentionAction, &QAction::triggered, this, [this] { showDataProtectionDialog(true); });
    m_changePassphraseAction = make(tr("Change &passphrase…"), "changePassphraseAction");
    connect(m_changePassphraseAction, &QAction::triggered, this, [this] {
        ChangePassphraseDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && m_controller->session() != nullptr) {
            QString current = dialog.currentEdit()->text();
            QString next = dialog.newEdit()->text();
            m_controller->changePassphrase(current, next, dialog.rekeyBox()->isChecked());
        }
    });
    m_recoveryKeyAction = make(tr("Recovery &key…"), "recoveryKeyAction");
    m_recoveryKeyAction->setStatusTip(tr("Create, replace or remove the key that can set a new passphrase"));
    connect(m_recoveryKeyAction, &QAction::triggered, m_recovery, &RecoveryFlow::manage);
    m_restoreAction = make(tr("Restore from &backup…"), "restoreAction");
    m_restoreAction->setStatusTip(tr("Replace the store with a backup, keeping the one replaced beside it"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreBackup);
    m_storeCareAction = make(tr("Store and &audit log…"), "storeCareAction");
    m_storeCareAction->setStatusTip(tr("What the store is, a check of every page, a backup, and the audit log"));
    connect(m_storeCareAction, &QAction::triggered, this, [this] {
        if (core::Session* session = m_controller->session()) {
            StoreCareDialog dialog(*session, this);
            connect(m_controller, &SessionController::aboutToLock, &dialog, &StoreCareDialog::stopWork);
            dialog.exec();
        }
    });
    m_identityAction = make(tr("Your &details…"), "identityAction");
    m_identityAction->setMenuRole(QAction::PreferencesRole);
    m_identityAction->setStatusTip(
        tr("Your name, rank, collar number and force, and the default marking and handling line of exports"));
    connect(m_identityAction, &QAction::triggered, this, [this] {
        IdentityDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && m_controller->session() != nullptr) {
            statusBar()->showMessage(tr("Your details are saved; the audit log uses them from the next unlock."), 8000);
        }
    });

    m_aboutAction = make(tr("&About Casebook"), "aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Show the version and licence of Casebook"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);
    m_aboutQtAction = make(tr("About &Qt"), "aboutQtAction");
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_aboutQtAction->setStatusTip(tr("Show the version of the Qt toolkit"));
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::addHandoverMenu(QMenu* file)
{
    QMenu* handover = file->addMenu(tr("&Handover"));
    handover->setObjectName(QStringLiteral("handoverMenu"));
    QAction* exportAction = handover->addAction(tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("handoverExportAction"));
    connect(exportAction, &QAction::triggered, this, [this] {
        if (core::Session* session = m_controller->session()) {
            HandoverExportDialog dialog(*session, this);
            connect(m_controller, &SessionController::aboutToLock, &dialog, &HandoverExportDialog::stopWork);
            if (dialog.exec() == QDialog::Accepted) {
                QMessageBox::information(this, tr("Handover package written"), dialog.resultText());
            }
        }
    });
    QAction* importAction = handover->addAction(tr("&Import…"));
    importAction->setObjectName(QStringLiteral("handoverImportAction"));
    connect(importAction, &QAction::triggered, this, [this] {
        if (core::Session* session = m_controller->session()) {
            HandoverImportDialog dialog(*session, this);
            connect(m_controller, &SessionController::aboutToLock, &dialog, &HandoverImportDialog::stopWork);
            if (dialog.exec() == QDialog::Accepted && m_workspace != nullptr) {
                m_workspace->refresh();
                statusBar()->showMessage(tr("The handover package was imported; delete it now."), 8000);
            }
        }
    });
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("mainMenuBar"));
    menuBar()->setAccessibleName(tr("Main menu"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newStoreAction);
    file->addAction(m_openStoreAction);
    file->addAction(m_changePassphraseAction);
    file->addAction(m_recoveryKeyAction);
    file->addAction(m_restoreAction);
    file->addSeparator();
    QMenu* exports = file->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    exports->addAction(m_summaryAction);
    exports->addAction(m_overviewAction);
    exports->addAction(m_calendarAction);
    addHandoverMenu(file);
    file->addSeparator();
    file->addAction(m_lockAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    QMenu* caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->setObjectName(QStringLiteral("caseMenu"));
    caseMenu->addAction(m_newCaseAction);
    caseMenu->addSeparator();
    caseMenu->addAction(m_addEntryAction);
    caseMenu->addAction(m_decisionAction);
    caseMenu->addAction(m_reviewAction);
    caseMenu->addAction(m_summaryAction);
    caseMenu->addSeparator();
    caseMenu->addAction(m_editCaseAction);
    caseMenu->addAction(m_editPersonAction);
    caseMenu->addAction(m_closeCaseAction);
    caseMenu->addSeparator();
    caseMenu->addAction(m_dueAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
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
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(m_rulesAction);
    tools->addAction(m_sarAction);
    tools->addAction(m_retentionAction);
    tools->addAction(m_storeCareAction);
    tools->addAction(m_identityAction);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::updateActions()
{
    const bool open = m_controller->session() != nullptr;
    for (QAction* action :
         {m_lockAction, m_addEntryAction, m_decisionAction, m_dueAction, m_findAction, m_rulesAction, m_editCaseAction,
          m_closeCaseAction, m_editPersonAction, m_reviewAction, m_summaryAction, m_overviewAction, m_calendarAction}) {
        action->setEnabled(open);
    }
    m_sarAction->setEnabled(open);
    m_retentionAction->setEnabled(open);
    m_storeCareAction->setEnabled(open);
    m_changePassphraseAction->setEnabled(open);
    m_recoveryKeyAction->setEnabled(open);
    m_newStoreAction->setEnabled(!open);
    m_openStoreAction->setEnabled(!open);
}

void MainWindow::showWorkspace()
{
    core::Session* session = m_controller->session();
    if (session == nullptr) {
        return;
    }
    m_unlockPage->setBusy(false);
    m_unlockPage->showError({});
    m_unlockPage->setReason({});
    if (!m_controller->isDemo()) {
        rememberStore(m_controller->storePath());
    }
    qDeleteAll(m_retiredWorkspaces);
    m_retiredWorkspaces.clear();
    m_workspace = new WorkspaceWidget(*session, *m_undo, m_stack, m_controller->takeFirstDue());
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    // The title ends in the application's name, so the window system does not add it a second time.
    setWindowTitle(m_controller->isDemo() ? tr("Demonstration — Casebook")
                                          : tr("%1 — Casebook").arg(QFileInfo(m_controller->storePath()).fileName()));
    statusBar()->showMessage(
        tr("Unlocked. Ctrl+L locks; Casebook also locks after %n idle minute(s).", nullptr, idleMinutes()), 8000);
    m_idle->start();
    updateActions();
    emit workspaceShown();
    // Not modal: the caseload stays readable beside it, and a test (or a screen reader) finds it.
    for (const QString& notice : m_controller->openNotices()) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("Casebook"), notice, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("storeNotice"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    for (const QString& warning : m_controller->openWarnings()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Check this store"), warning, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("storeWarning"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    m_recovery->afterOpen(); // a key just made, shown once; or the offer after a new store
}

void MainWindow::showUnlock(const QString& reason)
{
    m_stack->setCurrentWidget(m_unlockPage);
    m_unlockPage->setReason(reason);
    setWindowTitle(tr("Casebook"));
    m_unlockPage->focusPassphrase();
}

void MainWindow::lock()
{
    if (m_controller->session() == nullptr) {
        return;
    }
    // Close whatever is open on top of the window (dialogs, menus), innermost first.
    while (QWidget* modal = QApplication::activeModalWidget()) {
        modal->close();
        if (QApplication::activeModalWidget() == modal) {
            modal->hide();
            break;
        }
    }
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top != this && top->isVisible() && (top->inherits("QDialog") || top->inherits("QMenu"))) {
            top->close();
        }
    }
    SensitiveClipboard::clearIfOurs();
    m_idle->stop();
    statusBar()->clearMessage();
    m_controller->lock(); // aboutToLock removes the workspace first
    m_unlockPage->setStores(m_controller->storePath(), m_controller->isDemo() ? QStringList() : recentStores());
    showUnlock(tr("Locked. Type the passphrase to go on."));
    updateActions();
    emit lockedNow();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+L locks whatever has the focus, a modal dialog included (Qt blocks the window's own
    // shortcuts while a modal dialog is up).
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && m_controller->session() != nullptr) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier) {
            lock();
            event->accept();
            return true;
        }
    }
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_controller->session() != nullptr) {
            m_idle->start(); // restart the idle countdown
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    SensitiveClipboard::clearIfOurs();
    saveWindowGeometry(this, QStringLiteral("window/main"));
    QMainWindow::closeEvent(event);
}

void MainWindow::setIdleInterval(int milliseconds)
{
    m_idle->setInterval(milliseconds);
    if (m_controller->session() != nullptr) {
        m_idle->start();
    }
}

int MainWindow::idleMinutes() const
{
    const int minutes = QSettings().value(QStringLiteral("lock/idleMinutes"), kDefaultIdleMinutes).toInt();
    return minutes >= 1 && minutes <= 240 ? minutes : kDefaultIdleMinutes;
}

void MainWindow::setIdleMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("lock/idleMinutes"), minutes);
    m_idle->setInterval(idleMinutes() * 60 * 1000);
}

QStringList MainWindow::recentStores() const
{
    QStringList out;
    for (const QString& path : QSettings().value(QStringLiteral("stores/recent")).toStringList()) {
        if (QFileInfo::exists(path)) {
            out << path;
        }
    }
    return out;
}

void MainWindow::rememberStore(const QString& path)
{
    // Settings hold store paths only: never a passphrase or anything from inside a store.
    QStringList recent = QSettings().value(QStringLiteral("stores/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentStores) {
        recent.removeLast();
    }
    QSettings().setValue(QStringLiteral("stores/recent"), recent);
}

void MainWindow::createStore()
{
    if (m_controller->session() != nullptr || m_controller->busy()) {
        return;
    }
    CreateStoreDialog dialog(QFileInfo::exists(defaultStorePath()) ? QString() : defaultStorePath(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QString passphrase = dialog.takePassphrase();
    m_unlockPage->setStores(dialog.path(), recentStores());
    m_controller->create(dialog.path(), passphrase);
}

void MainWindow::openOtherStore()
{
    if (m_controller->session() != nullptr) {
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a store"), QString(), tr("Casebook stores (*.cbk);;All files (*)"));
    if (!path.isEmpty()) {
        m_unlockPage->setStores(path, recentStores());
        showUnlock(QString());
    }
}

void MainWindow::restoreBackup()
{
    if (m_controller->busy()) {
        return;
    }
    const QString current = m_controller->session() != nullptr ? m_controller->storePath() : m_unlockPage->storePath();
    RestoreDialog dialog(m_controller->isDemo() || current.isEmpty() ? defaultStorePath() : current, this);
    if (dialog.exec() != QDialog::Accepted || m_controller->busy()) {
        return;
    }
    QString passphrase = dialog.takePassphrase();
    const QString target = dialog.targetPath();
    showUnlock(QString());
    m_unlockPage->setStores(target, recentStores());
    m_controller->restore(dialog.backupPath(), target, passphrase);
}

void MainWindow::showRulesDialog()
{
    if (m_controller->session() == nullptr) {
        return;
    }
    RulesDialog dialog(*m_controller->session(), this);
    qint64 caseToOpen = 0;
    connect(&dialog, &RulesDialog::openCaseRequested, &dialog, [&](qint64 caseId) {
        caseToOpen = caseId;
        dialog.accept();
    });
    dialog.exec();
    if (m_workspace != nullptr) {
        m_workspace->refresh(); // the dates follow the rules
        if (caseToOpen != 0) {
            m_workspace->openCase(caseToOpen);
        }
    }
}

void MainWindow::showDataProtectionDialog(bool retention)
{
    if (m_controller->session() == nullptr) {
        return;
    }
    if (retention) {
        RetentionDialog dialog(*m_controller->session(), this);
        dialog.exec();
    } else {
        SarDialog dialog(*m_controller->session(), std::nullopt, this);
        dialog.exec();
    }
    if (m_workspace != nullptr) {
        m_workspace->refresh(); // due dates, and records a destruction took
    }
}

void MainWindow::showAboutDialog()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace casebook::ui
