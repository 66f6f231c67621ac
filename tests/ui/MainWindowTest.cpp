// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include <casebook/Version.h>

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QTest>

using casebook::ui::MainWindow;
using casebook::ui::StartupOptions;

namespace {

QAction* findAction(const QWidget& window, const char* objectName)
{
    return window.findChild<QAction*>(QString::fromLatin1(objectName));
}

} // namespace

TEST_CASE("MainWindow title names the app", "[MainWindow]")
{
    MainWindow window(StartupOptions{});
    CHECK(window.objectName() == QStringLiteral("mainWindow"));
    CHECK(window.windowTitle().contains(QStringLiteral("Casebook")));
}

TEST_CASE("MainWindow shows the version and an empty-store placeholder", "[MainWindow]")
{
    MainWindow window(StartupOptions{});
    const auto* versionLabel = window.findChild<QLabel*>(QStringLiteral("versionLabel"));
    REQUIRE(versionLabel != nullptr);
    CHECK(versionLabel->text().contains(QString::fromLatin1(casebook::kVersion)));
    REQUIRE(window.findChild<QLabel*>(QStringLiteral("placeholderHeadingLabel")) != nullptr);
    CHECK(window.findChild<QLabel*>(QStringLiteral("requestedStoreLabel")) == nullptr);
    CHECK(window.findChild<QLabel*>(QStringLiteral("demoModeLabel")) == nullptr);
}

TEST_CASE("MainWindow mentions a requested store and demo mode", "[MainWindow]")
{
    StartupOptions options;
    options.storePath = QStringLiteral("/tmp/cases.casebook");
    options.demo = true;
    MainWindow window(options);
    const auto* storeLabel = window.findChild<QLabel*>(QStringLiteral("requestedStoreLabel"));
    REQUIRE(storeLabel != nullptr);
    CHECK(storeLabel->text().contains(QStringLiteral("cases.casebook")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("demoModeLabel")) != nullptr);
}

TEST_CASE("MainWindow actions are named, labelled and have shortcuts where expected", "[MainWindow][a11y]")
{
    MainWindow window(StartupOptions{});
    for (const char* name : {"quitAction", "aboutAction", "aboutQtAction"}) {
        INFO(name);
        const QAction* action = findAction(window, name);
        REQUIRE(action != nullptr);
        CHECK_FALSE(action->text().isEmpty());
        CHECK_FALSE(action->statusTip().isEmpty());
    }
    CHECK(findAction(window, "quitAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
}

TEST_CASE("MainWindow buttons all have accessible names", "[MainWindow][a11y]")
{
    MainWindow window(StartupOptions{});
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        // Qt's own internals (such as the menu bar's overflow button) are named qt_* and labelled by Qt.
        if (button->objectName().startsWith(QStringLiteral("qt_"))) {
            continue;
        }
        INFO(button->objectName().toStdString());
        CHECK_FALSE(button->accessibleName().isEmpty());
    }
}

TEST_CASE("About dialog opens without blocking and names its close button", "[MainWindow][a11y]")
{
    MainWindow window(StartupOptions{});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    findAction(window, "aboutAction")->trigger();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("aboutDialog"));
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowTitle().contains(QStringLiteral("Casebook")));

    const auto* closeButton = dialog->findChild<QAbstractButton*>(QStringLiteral("closeButton"));
    REQUIRE(closeButton != nullptr);
    CHECK_FALSE(closeButton->accessibleName().isEmpty());
    for (const QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
        CHECK_FALSE(button->accessibleName().isEmpty());
    }

    QTest::mouseClick(const_cast<QAbstractButton*>(closeButton), Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("Quit action closes the main window", "[MainWindow]")
{
    MainWindow window(StartupOptions{});
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    findAction(window, "quitAction")->trigger();
    CHECK_FALSE(window.isVisible());
}
