// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "StartupOptions.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace casebook::ui {

class RecoveryFlow;
class SessionController;
class UnlockPage;
class WorkspaceWidget;

/// The top-level window: the unlock page while no store is open (or after locking), the
/// workspace once one is. Locks on Ctrl+L and after the idle time: every dialog closes, the
/// workspace goes, then the session (wiping the keys), and text Casebook copied is cleared.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const StartupOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionController& sessionController() const { return *m_controller; }
    WorkspaceWidget* workspace() const { return m_workspace; }
    UnlockPage* unlockPage() const { return m_unlockPage; }
    QUndoStack& undoStack() const { return *m_undo; }
    /// Minutes of no keyboard or mouse input before locking (settings "lock/idleMinutes", default 5).
    int idleMinutes() const;
    void setIdleMinutes(int minutes);
    /// The idle countdown itself; tests shorten it.
    void setIdleInterval(int milliseconds);

public slots:
    void lock();

signals:
    /// The workspace is on screen with the store's caseload.
    void workspaceShown();
    void lockedNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private slots:
    void showAboutDialog();

private:
    Q_DISABLE_COPY_MOVE(MainWindow)

    void createActions();
    void addHandoverMenu(QMenu* file);
    void createMenus();
    void showWorkspace();
    void showUnlock(const QString& reason);
    void createStore();
    void openOtherStore();
    /// File › Restore from backup (and the unlock page's button): asks which backup and which
    /// store, then hands over to SessionController::restore.
    void restoreBackup();
    void showRulesDialog();
    void showDataProtectionDialog(bool retention);
    void rememberStore(const QString& path);
    QStringList recentStores() const;
    void updateActions();

    StartupOptions m_options;
    SessionController* m_controller = nullptr;
    RecoveryFlow* m_recovery = nullptr;
    QUndoStack* m_undo = nullptr;
    QStackedWidget* m_stack = nullptr;
    UnlockPage* m_unlockPage = nullptr;
    WorkspaceWidget* m_workspace = nullptr;
    QLabel* m_demoBanner = nullptr;
    QTimer* m_idle = nullptr;

    QAction* m_newStoreAction = nullptr;
    QAction* m_openStoreAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_newCaseAction = nullptr;
    QAction* m_addEntryAction = nullptr;
    QAction* m_decisionAction = nullptr;
    QAction* m_dueAction = nullptr;
    QList<WorkspaceWidget*> m_retiredWorkspaces; ///< locked away; deleted at the next unlock
    QAction* m_editCaseAction = nullptr;
    QAction* m_closeCaseAction = nullptr;
    QAction* m_editPersonAction = nullptr;
    QAction* m_reviewAction = nullptr;
    QAction* m_summaryAction = nullptr;
    QAction* m_overviewAction = nullptr;
    QAction* m_calendarAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_rulesAction = nullptr;
    QAction* m_sarAction = nullptr;              ///< Tools › Subject access requests (issue 15)
    QAction* m_retentionAction = nullptr;        ///< Tools › Retention review (issue 15)
    QAction* m_storeCareAction = nullptr;        ///< Tools › Store and audit log
    QAction* m_changePassphraseAction = nullptr; ///< File › Change passphrase
    QAction* m_restoreAction = nullptr;          ///< File › Restore from backup
    QAction* m_recoveryKeyAction = nullptr;      ///< File › Recovery key (issue 15 item 6)
    QAction* m_identityAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace casebook::ui
