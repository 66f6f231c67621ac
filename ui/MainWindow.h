// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "StartupOptions.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;
class QTimer;
class QUndoGroup;
class QUndoStack;

namespace casebook::ui {

class CaseDocument;
class MainMenus;
class RecoveryFlow;
class SessionController;
class UnlockPage;
class WorkspaceWidget;

/// The top-level window: the unlock page while no store is open (or after locking), the
/// workspace over its CaseDocument once one is. Locks on Ctrl+L and after the idle time: every
/// dialog closes, the document goes (its undo history with it, the workspace after it), then the
/// session (wiping the keys), and text Casebook copied is cleared.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const StartupOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionController& sessionController() const { return *m_controller; }
    WorkspaceWidget* workspace() const;
    /// The open store's document; null while locked.
    CaseDocument* document() const { return m_document; }
    UnlockPage* unlockPage() const { return m_unlockPage; }
    /// The open document's undo stack; null while locked.
    QUndoStack* undoStack() const;
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

    void connectActions();
    void connectToolActions();
    void showWorkspace();
    /// Deletes the document (the store is being locked); the workspace follows it.
    void closeDocument();
    void showUnlock(const QString& reason);
    void createStore();
    void openOtherStore();
    /// File › Restore from backup (and the unlock page's button): asks which backup and which
    /// store, then hands over to SessionController::restore.
    void restoreBackup();
    void showRulesDialog();
    void showDataProtectionDialog(bool retention);
    void updateActions();

    StartupOptions m_options;
    SessionController* m_controller = nullptr;
    RecoveryFlow* m_recovery = nullptr;
    QUndoGroup* m_undoGroup = nullptr; ///< Edit › Undo and Redo follow the document's stack
    MainMenus* m_menus = nullptr;
    QStackedWidget* m_stack = nullptr;
    UnlockPage* m_unlockPage = nullptr;
    CaseDocument* m_document = nullptr;
    /// Null once the document has gone: the workspace then deletes itself.
    QPointer<WorkspaceWidget> m_workspace;
    QLabel* m_demoBanner = nullptr;
    QTimer* m_idle = nullptr;
};

} // namespace casebook::ui
