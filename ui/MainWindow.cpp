// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "MainMenus.h"

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
#include "session/RecentStores.h"
#include "session/RecoveryFlow.h"
#include "session/RestoreDialog.h"
#include "session/SessionController.h"
#include "session/UnlockPage.h"
#include "store/StoreCareDialog.h"
#include "support/AppIcon.h"
#include "support/Appearance.h"
#include "support/ScreenFit.h"
#include "support/SensitiveClipboard.h"
#include "workspace/CaseDocument.h"
#include "workspace/WorkspaceWidget.h"

#include "service/Session.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

constexpr int kDefaultIdleMinutes = 5;

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
    m_undoGroup = new QUndoGroup(this);

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
    m_menus = new MainMenus(*this, *m_undoGroup);
    m_menus->addMenus();
    connectActions();
    connectToolActions();
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
    connect(m_controller, &SessionController::aboutToLock, this, &MainWindow::closeDocument);

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
    closeDocument(); // before the session goes with the controller
    delete m_workspace;
}

WorkspaceWidget* MainWindow::workspace() const
{
    return m_workspace;
}

QUndoStack* MainWindow::undoStack() const
{
    return m_document != nullptr ? &m_document->undoStack() : nullptr;
}

void MainWindow::connectActions()
{
    connect(m_menus->newStore, &QAction::triggered, this, &MainWindow::createStore);
    connect(m_menus->openStore, &QAction::triggered, this, &MainWindow::openOtherStore);
    connect(m_menus->lock, &QAction::triggered, this, &MainWindow::lock);
    connect(m_menus->quit, &QAction::triggered, this, &QWidget::close);
    const std::pair<QAction*, void (WorkspaceWidget::*)()> workspaceActions[] = {
        {m_menus->newCase, &WorkspaceWidget::newCase},
        {m_menus->addEntry, &WorkspaceWidget::addChronologyEntry},
        {m_menus->decision, &WorkspaceWidget::recordDecision},
        {m_menus->due, &WorkspaceWidget::showDueDashboard},
        {m_menus->find, &WorkspaceWidget::focusSearch},
        {m_menus->editCase, &WorkspaceWidget::editCase},
        {m_menus->closeCase, &WorkspaceWidget::closeCase},
        {m_menus->editPerson, &WorkspaceWidget::editPerson},
        {m_menus->review, &WorkspaceWidget::writeReview},
        {m_menus->summary, &WorkspaceWidget::exportSummary},
        {m_menus->overview, &WorkspaceWidget::exportOverview},
        {m_menus->calendar, &WorkspaceWidget::exportCalendar}};
    for (const auto& [action, slot] : workspaceActions) {
        connect(action, &QAction::triggered, this, [this, slot = slot] {
            if (m_workspace != nullptr && m_document != nullptr) {
                (m_workspace->*slot)();
            }
        });
    }
    connect(m_menus->rules, &QAction::triggered, this, &MainWindow::showRulesDialog);
    connect(m_menus->sar, &QAction::triggered, this, [this] { showDataProtectionDialog(false); });
    connect(m_menus->retention, &QAction::triggered, this, [this] { showDataProtectionDialog(true); });
    connect(m_menus->changePassphrase, &QAction::triggered, this, [this] {
        ChangePassphraseDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && m_controller->session() != nullptr) {
            QString current = dialog.currentEdit()->text();
            QString next = dialog.newEdit()->text();
            m_controller->changePassphrase(current, next, dialog.rekeyBox()->isChecked());
        }
    });
    connect(m_menus->recoveryKey, &QAction::triggered, m_recovery, &RecoveryFlow::manage);
    connect(m_menus->restore, &QAction::triggered, this, &MainWindow::restoreBackup);
    connect(m_menus->identity, &QAction::triggered, this, [this] {
        IdentityDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && m_controller->session() != nullptr) {
            statusBar()->showMessage(tr("Your details are saved; the audit log uses them from the next unlock."), 8000);
        }
    });
    connect(m_menus->about, &QAction::triggered, this, &MainWindow::showAboutDialog);
    connect(m_menus->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectToolActions()
{
    connect(m_menus->storeCare, &QAction::triggered, this, [this] {
        if (core::Session* session = m_controller->session()) {
            StoreCareDialog dialog(*session, this);
            connect(m_controller, &SessionController::aboutToLock, &dialog, &StoreCareDialog::stopWork);
            dialog.exec();
        }
    });
    connect(m_menus->exportHandover, &QAction::triggered, this, [this] {
        if (core::Session* session = m_controller->session()) {
            HandoverExportDialog dialog(*session, this);
            connect(m_controller, &SessionController::aboutToLock, &dialog, &HandoverExportDialog::stopWork);
            if (dialog.exec() == QDialog::Accepted) {
                QMessageBox::information(this, tr("Handover package written"), dialog.resultText());
            }
        }
    });
    connect(m_menus->importHandover, &QAction::triggered, this, [this] {
        if (core::Session* session = m_controller->session()) {
            HandoverImportDialog dialog(*session, this);
            connect(m_controller, &SessionController::aboutToLock, &dialog, &HandoverImportDialog::stopWork);
            if (dialog.exec() == QDialog::Accepted && m_document != nullptr) {
                m_document->reloadAll();
                statusBar()->showMessage(tr("The handover package was imported; delete it now."), 8000);
            }
        }
    });
}

void MainWindow::updateActions()
{
    m_menus->setStoreOpen(m_controller->session() != nullptr);
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
    closeDocument(); // none is open: an unlock follows a lock
    m_document = new CaseDocument(*session, m_controller->takeFirstDue(), this);
    m_undoGroup->addStack(&m_document->undoStack());
    m_undoGroup->setActiveStack(&m_document->undoStack());
    connect(m_document, &CaseDocument::undoFailed, this, [this](const QString& message) {
        QMessageBox::warning(
            this, tr("Cannot undo"),
            tr("That step could not be undone or redone, so the undo history was cleared: %1").arg(message));
    });
    m_workspace = new WorkspaceWidget(*m_document, m_stack);
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

void MainWindow::closeDocument()
{
    // The workspace follows once it can: a form of it may still be inside its exec() (the lock
    // came from a timer or the desktop), and is closed by then (lock()).
    if (m_workspace != nullptr) {
        m_stack->removeWidget(m_workspace);
        m_workspace = nullptr;
    }
    delete std::exchange(m_document, nullptr); // its undo history with it
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
    if (m_document == nullptr) {
        return;
    }
    // Each edit goes on the document's undo stack, which re-reads every date (rulesChanged).
    RulesDialog dialog(m_document->session(), m_document->undoStack(), this);
    connect(&dialog, &RulesDialog::procedureRepinned, m_document, &CaseDocument::reloadAll);
    qint64 caseToOpen = 0;
    connect(&dialog, &RulesDialog::openCaseRequested, &dialog, [&](qint64 caseId) {
        caseToOpen = caseId;
        dialog.accept();
    });
    dialog.exec();
    if (m_workspace != nullptr && m_document != nullptr && caseToOpen != 0) {
        m_workspace->openCase(caseToOpen);
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
    if (m_document != nullptr) {
        m_document->reloadAll(); // due dates, and records a destruction took
    }
}

void MainWindow::showAboutDialog()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace casebook::ui
