// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "StartupOptions.h"

#include <QMainWindow>

class QAction;
class QVBoxLayout;
class QWidget;

namespace casebook::ui {

/// The top-level window: menus, and for now a calm placeholder until a store is open.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const StartupOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

private slots:
    void showAboutDialog();

private:
    Q_DISABLE_COPY_MOVE(MainWindow)

    void createActions();
    void createMenus();
    QWidget* createPlaceholder(const StartupOptions& options);
    void addStartupNotes(const StartupOptions& options, QWidget* column, QVBoxLayout* layout);

    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace casebook::ui
