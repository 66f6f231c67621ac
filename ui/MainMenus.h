// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace casebook::ui {

/// The main window's actions (each with its text, object name, shortcut and status tip) and
/// the menus that hold them. The window connects what each does; this says only what there is
/// and, through setStoreOpen, which of it can be used. Undo and redo follow the open document's
/// stack (`undo`), so they go with it when the store is locked.
class MainMenus final : public QObject {
    Q_OBJECT

public:
    MainMenus(QMainWindow& window, QUndoGroup& undoGroup);

    /// Fills the window's menu bar. The Handover submenu's two actions are exportHandover and
    /// importHandover.
    void addMenus();
    /// Enables what needs an open store (or, for New and Open store, none).
    void setStoreOpen(bool open);

    QAction* newStore = nullptr;
    QAction* openStore = nullptr;
    QAction* lock = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* newCase = nullptr;
    QAction* addEntry = nullptr;
    QAction* decision = nullptr;
    QAction* due = nullptr;
    QAction* editCase = nullptr;
    QAction* closeCase = nullptr;
    QAction* editPerson = nullptr;
    QAction* review = nullptr;
    QAction* summary = nullptr;
    QAction* overview = nullptr;
    QAction* calendar = nullptr;
    QAction* find = nullptr;
    QAction* rules = nullptr;
    QAction* sar = nullptr;              ///< Tools › Subject access requests (issue 15)
    QAction* retention = nullptr;        ///< Tools › Retention review (issue 15)
    QAction* storeCare = nullptr;        ///< Tools › Store and audit log
    QAction* changePassphrase = nullptr; ///< File › Change passphrase
    QAction* restore = nullptr;          ///< File › Restore from backup
    QAction* recoveryKey = nullptr;      ///< File › Recovery key (issue 15 item 6)
    QAction* identity = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;
    QAction* exportHandover = nullptr;
    QAction* importHandover = nullptr;

private:
    Q_DISABLE_COPY_MOVE(MainMenus)

    QAction* make(const QString& text, const char* name, const QKeySequence& shortcut = {});
    void addAppearanceMenu(QMenu* view);

    QMainWindow& m_window;
};

} // namespace casebook::ui
