// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The window as a person uses it: unlock (wrong, then right passphrase), the caseload, locking by
// Ctrl+L and when idle, with dialogs and the clipboard dealt with.
#include "MainWindow.h"
#include "lock/DesktopLockWatcher.h"
#include "session/SessionController.h"
#include "session/UnlockPage.h"
#include "support/SensitiveClipboard.h"
#include "workspace/CaseloadModel.h"
#include "workspace/WorkspaceWidget.h"

#include "service/Session.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

using casebook::ui::MainWindow;
using casebook::ui::StartupOptions;
namespace core = casebook::core;
namespace test = casebook::test;

namespace {

QAction* findAction(const QWidget& window, const char* objectName)
{
    return window.findChild<QAction*>(QString::fromLatin1(objectName));
}

/// A store with one person and one case, made through the services (fast KDF), then closed.
std::filesystem::path makeFilledStore(const test::TempDir& dir)
{
    const auto path = dir / "window.cbk";
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS Test";
    auto session = core::Session::create(path, test::secret("correct horse"), options, test::fastKdf());
    REQUIRE(session);
    core::Person person;
    person.name = "Robin Example";
    auto id = (*session)->cases().createPerson(person);
    REQUIRE(id);
    core::Case c;
    c.person = *id;
    c.summary = "Attendance support";
    c.types = {core::CaseType::Wellbeing};
    c.opened = core::Date::parseIso("2026-10-01").value();
    REQUIRE((*session)->cases().openCase(c));
    return path;
}

void unlockWith(MainWindow& window, const QString& passphrase)
{
    auto* page = window.unlockPage();
    page->passphraseEdit()->setFocus();
    QTest::keyClicks(page->passphraseEdit(), passphrase);
    QTest::keyClick(page->passphraseEdit(), Qt::Key_Return);
}

bool waitFor(const std::function<bool()>& condition)
{
    return QTest::qWaitFor(condition, 20000);
}

} // namespace

TEST_CASE("With no store open the window shows the unlock page and only store actions are enabled", "[MainWindow]")
{
    MainWindow window(StartupOptions{});
    CHECK(window.windowTitle() == QStringLiteral("Casebook"));
    CHECK(window.workspace() == nullptr);
    CHECK(window.unlockPage()->isVisibleTo(&window));
    CHECK(findAction(window, "newStoreAction")->isEnabled());
    CHECK_FALSE(findAction(window, "lockAction")->isEnabled());
    CHECK(findAction(window, "lockAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    CHECK(findAction(window, "quitAction")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
    CHECK(findAction(window, "undoAction")->shortcut() == QKeySequence(QKeySequence::Undo));
}

TEST_CASE("Every button and action in the window has a name a screen reader can say", "[MainWindow][a11y]")
{
    MainWindow window(StartupOptions{});
    for (auto* button : window.findChildren<QAbstractButton*>()) {
        if (button->objectName().startsWith(QStringLiteral("qt_"))) {
            continue; // Qt's own (the menu bar's overflow button)
        }
        INFO(button->objectName().toStdString());
        CHECK_FALSE((button->text().isEmpty() && button->accessibleName().isEmpty()));
    }
    for (auto* action : window.findChildren<QAction*>()) {
        if (!action->isSeparator() && !action->objectName().isEmpty()) {
            CHECK_FALSE(action->text().isEmpty());
        }
    }
}

TEST_CASE("A wrong passphrase says so and changes no byte; the right one shows the caseload", "[MainWindow]")
{
    test::TempDir dir;
    const auto path = makeFilledStore(dir);
    const auto before = test::readFile(path);
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();

    unlockWith(window, QStringLiteral("wrong horse"));
    REQUIRE(waitFor([&] { return window.unlockPage()->errorLabel()->isVisible(); }));
    CHECK(window.unlockPage()->errorLabel()->text().contains(QStringLiteral("does not open")));
    CHECK(window.unlockPage()->passphraseEdit()->text().isEmpty());
    CHECK(test::readFile(path) == before);

    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    CHECK(window.workspace()->caseloadFilter()->rowCount() == 1);
    CHECK(window.workspace()->caseloadModel()->index(0, casebook::ui::CaseloadModel::Person).data().toString()
          == QStringLiteral("Robin Example"));
    CHECK(findAction(window, "lockAction")->isEnabled());
    // Ends in the application's name, so the window system does not add "Casebook" a second time.
    CHECK(window.windowTitle() == QStringLiteral("window.cbk — Casebook"));
}

TEST_CASE("Ctrl+L closes an open dialog, drops the workspace and the session, and clears Casebook's clipboard text",
          "[MainWindow][lock]")
{
    test::TempDir dir;
    const auto path = makeFilledStore(dir);
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));

    casebook::ui::SensitiveClipboard::copy(QStringLiteral("Robin Example: OH report"));
    auto* dialog = new QDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    REQUIRE(dialog->isVisible());
    bool dialogClosed = false;
    QObject::connect(dialog, &QDialog::finished, &window, [&dialogClosed] { dialogClosed = true; });

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK(window.sessionController().session() == nullptr);
    CHECK(window.workspace() == nullptr);
    CHECK(window.unlockPage()->isVisible());
    CHECK(dialogClosed);
    CHECK(QGuiApplication::clipboard()->text().isEmpty());

    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    CHECK(window.workspace()->caseloadFilter()->rowCount() == 1); // the data is intact
}

TEST_CASE("Locking while a record form is open inside the case closes the form, saves nothing and keeps the app "
          "running; the data is intact after unlocking",
          "[MainWindow][lock]")
{
    test::TempDir dir;
    const auto path = makeFilledStore(dir);
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    for (const char* button : {"editCaseButton", "editPersonButton", "adjustmentsAdd", "uppAdd"}) {
        INFO(button);
        auto* open = window.workspace()->findChild<QPushButton*>(QLatin1String(button));
        REQUIRE(open != nullptr);
        bool formWasOpen = false;
        QTimer::singleShot(0, &window, [&] {
            formWasOpen = QApplication::activeModalWidget() != nullptr;
            window.lock(); // as the idle timer or the desktop would, with the form's event loop running
        });
        open->click(); // runs the form's exec() until the lock closes it
        CHECK(formWasOpen);
        CHECK(window.workspace() == nullptr);
        CHECK(window.unlockPage()->isVisible());
        unlockWith(window, QStringLiteral("correct horse"));
        REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
        CHECK(window.workspace()->caseloadFilter()->rowCount() == 1);
    }
}

TEST_CASE("Locking leaves alone what the user copied from elsewhere after Casebook", "[MainWindow][lock]")
{
    casebook::ui::SensitiveClipboard::copy(QStringLiteral("case text"));
    QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
    casebook::ui::SensitiveClipboard::clearIfOurs();
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("the user's own text"));
}

TEST_CASE("The window locks by itself after the idle time and a keypress restarts the countdown", "[MainWindow][lock]")
{
    test::TempDir dir;
    const auto path = makeFilledStore(dir);
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();
    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    CHECK(window.idleMinutes() == 5);

    window.setIdleInterval(300);
    QTest::qWait(150);
    QTest::keyClick(window.workspace()->searchEdit(), Qt::Key_A); // activity
    QTest::qWait(200);
    CHECK(window.sessionController().session() != nullptr); // 350 ms since start, 200 since the key
    REQUIRE(waitFor([&] { return window.sessionController().session() == nullptr; }));
    CHECK(window.workspace() == nullptr);
}

TEST_CASE("When the desktop reports the screen locked, Casebook locks too and says why", "[MainWindow][lock]")
{
    test::TempDir dir;
    const auto path = makeFilledStore(dir);
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();
    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    auto* watcher = window.findChild<casebook::ui::DesktopLockWatcher*>(QStringLiteral("desktopLockWatcher"));
    REQUIRE(watcher != nullptr);
    watcher->screenSaverActiveChanged(false); // the screensaver ending changes nothing
    CHECK(window.sessionController().session() != nullptr);
    watcher->screenSaverActiveChanged(true);
    CHECK(window.sessionController().session() == nullptr);
    CHECK(window.workspace() == nullptr);
    CHECK(window.unlockPage()
              ->findChild<QLabel*>(QStringLiteral("unlockReason"))
              ->text()
              .contains(QStringLiteral("computer was locked")));
}

TEST_CASE("View > Appearance > Dark darkens every window and is remembered; As the desktop puts the start palette back",
          "[MainWindow]")
{
    const QColor startWindow = QApplication::palette().color(QPalette::Window);
    {
        MainWindow window(StartupOptions{});
        findAction(window, "appearance2")->trigger(); // dark
        CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
        CHECK(QApplication::palette().color(QPalette::Text).lightness() > 180);
        CHECK(QSettings().value(QStringLiteral("appearance")).toString() == QStringLiteral("dark"));
    }
    {
        MainWindow again(StartupOptions{}); // the choice is applied at start
        CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
        CHECK(findAction(again, "appearance2")->isChecked());
        findAction(again, "appearance0")->trigger();
        CHECK(QApplication::palette().color(QPalette::Window) == startWindow);
        CHECK(QSettings().value(QStringLiteral("appearance")).toString() == QStringLiteral("system"));
    }
}
