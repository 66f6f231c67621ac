// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The window as a person uses it: unlock (wrong, then right passphrase), the caseload, locking by
// Ctrl+L and when idle, with dialogs and the clipboard dealt with.
#include "MainWindow.h"
#include "Mnemonics.h"
#include "lock/DesktopLockWatcher.h"
#include "schema/AppSchema.h"
#include "session/ChangePassphraseDialog.h"
#include "session/RestoreDialog.h"
#include "session/SessionController.h"
#include "session/UnlockPage.h"
#include "support/SensitiveClipboard.h"
#include "workspace/CaseDocument.h"
#include "workspace/CaseloadModel.h"
#include "workspace/UndoableChange.h"
#include "workspace/WorkspaceWidget.h"

#include "audit/AuditLog.h"
#include "service/Session.h"
#include "store/Store.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

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

TEST_CASE("A wrong passphrase says so and changes no byte, the right one shows the caseload", "[MainWindow]")
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
          "running, the data is intact after unlocking",
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

TEST_CASE("Locking with a form open deletes the document and its undo history at once, and the workspace once "
          "the form has returned",
          "[MainWindow][lock][document]")
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
    REQUIRE(window.document() != nullptr);
    // Something to undo, so the history has a step in it.
    casebook::ui::UndoableChange change;
    change.text = QStringLiteral("nothing");
    change.apply = [] { return core::Status{core::Ok{}}; };
    change.revert = [] { return core::Status{core::Ok{}}; };
    REQUIRE(casebook::ui::applyUndoable(*window.undoStack(), std::move(change)));
    CHECK(findAction(window, "undoAction")->isEnabled());

    QPointer<casebook::ui::CaseDocument> document = window.document();
    QPointer<QUndoStack> history = window.undoStack();
    QPointer<casebook::ui::WorkspaceWidget> workspace = window.workspace();
    auto* open = workspace->findChild<QPushButton*>(QStringLiteral("editCaseButton"));
    REQUIRE(open != nullptr);
    bool formWasOpen = false;
    bool documentGoneInForm = false;
    bool workspaceKeptInForm = false;
    QTimer::singleShot(0, &window, [&] {
        formWasOpen = QApplication::activeModalWidget() != nullptr;
        window.lock(); // as the idle timer would, with the form's event loop running
        documentGoneInForm = document.isNull() && history.isNull();
        workspaceKeptInForm = !workspace.isNull(); // the form is its child, still inside exec()
    });
    open->click();
    CHECK(formWasOpen);
    CHECK(documentGoneInForm);
    CHECK(workspaceKeptInForm);
    CHECK(window.document() == nullptr);
    CHECK(window.undoStack() == nullptr);
    CHECK(window.workspace() == nullptr);
    CHECK_FALSE(findAction(window, "undoAction")->isEnabled());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(workspace.isNull());

    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    CHECK(window.undoStack()->count() == 0); // a new document, with no history from before
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

TEST_CASE("View > Appearance > Dark darkens every window and is remembered, As the desktop puts the start palette back",
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

namespace {

/// Points the audit-heads state file at `dir` for the test's length (the window reads it).
struct StateHome {
    QByteArray previous = qgetenv("XDG_STATE_HOME");
    explicit StateHome(const std::filesystem::path& dir)
    {
        qputenv("XDG_STATE_HOME", QByteArray::fromStdString(dir.string()));
    }
    ~StateHome() { qputenv("XDG_STATE_HOME", previous); }
};

QList<QMessageBox*> storeWarnings(const MainWindow& window)
{
    QList<QMessageBox*> shown;
    for (auto* box : window.findChildren<QMessageBox*>(QStringLiteral("storeWarning"))) {
        if (box->isVisible()) {
            shown << box;
        }
    }
    return shown;
}

} // namespace

// Failed before the fix: the app kept no head and unlocked a rolled-back store without a word.
TEST_CASE("Unlocking a store rolled back to an older copy warns in plain words, a store as last seen does not",
          "[MainWindow][audit]")
{
    test::TempDir dir;
    const StateHome state(dir / "state");
    const auto path = makeFilledStore(dir);
    const auto older = dir / "older.cbk";
    std::filesystem::copy_file(path, older);
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    {
        // A later change, seen by the app: its head is recorded at the unlock and at the lock.
        core::SessionOptions sessionOptions;
        sessionOptions.resourcesDir = CASEBOOK_RESOURCES_DIR;
        sessionOptions.actor = "PS Test";
        auto session = core::Session::open(path, test::secret("correct horse"), sessionOptions);
        REQUIRE(session);
        core::Person person;
        person.name = "Sam Later";
        REQUIRE((*session)->cases().createPerson(person));
    }
    {
        MainWindow window(options);
        window.show();
        unlockWith(window, QStringLiteral("correct horse"));
        REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
        QTest::qWait(50);
        CHECK(storeWarnings(window).isEmpty()); // first sight of this store: nothing to compare with
        findAction(window, "lockAction")->trigger();
        REQUIRE(waitFor([&] { return window.unlockPage()->isVisible(); }));
        unlockWith(window, QStringLiteral("correct horse"));
        REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
        QTest::qWait(50);
        CHECK(storeWarnings(window).isEmpty()); // the same head as last time
    }
    CHECK(std::filesystem::exists(dir / "state" / "casebook" / "audit-heads"));

    // Someone puts the older copy back.
    std::filesystem::copy_file(older, path, std::filesystem::copy_options::overwrite_existing);
    MainWindow window(options);
    window.show();
    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return !storeWarnings(window).isEmpty(); }));
    const QString text = storeWarnings(window).first()->text();
    CHECK(text.contains(QStringLiteral("rolled back to an older copy")));
    CHECK(text.contains(QStringLiteral("make no changes")));
    CHECK(text.contains(QStringLiteral("audit verify")));
    CHECK(window.workspace() != nullptr); // the store is still usable; the user decides
    CHECK(storeWarnings(window).first()->windowTitle() == QStringLiteral("Check this store"));
}

TEST_CASE("Each Alt+letter in the window belongs to one control, on every page of the caseload, the case and Due",
          "[MainWindow][keyboard]")
{
    // Two controls on screen with one Alt+letter make the shortcut ambiguous: Qt then does nothing,
    // or types the letter into the search box (seen driving the real window under Xvfb).
    test::TempDir dir;
    StartupOptions options;
    options.storePath = QString::fromStdString(makeFilledStore(dir).string());
    MainWindow window(options);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    auto* workspace = window.workspace();
    workspace->openCase(
        workspace->caseloadModel()->index(0, 0).data(casebook::ui::CaseloadModel::CaseIdRole).toLongLong());
    QApplication::processEvents();

    auto* pages = workspace->findChild<QListWidget*>(QStringLiteral("caseSections"));
    REQUIRE(pages != nullptr);
    REQUIRE(pages->count() > 10);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentRow(i);
        QApplication::processEvents();
        INFO("case page " << pages->item(i)->text().toStdString());
        const QStringList clashes = casebook::test::mnemonicClashes(&window);
        INFO("Alt+letter claimed twice: " << clashes.join(QStringLiteral("; ")).toStdString());
        CHECK(clashes.isEmpty());
    }
    auto* tabs = workspace->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
    REQUIRE(tabs != nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        INFO("tab " << tabs->tabText(i).toStdString());
        const QStringList clashes = casebook::test::mnemonicClashes(&window);
        INFO("Alt+letter claimed twice: " << clashes.join(QStringLiteral("; ")).toStdString());
        CHECK(clashes.isEmpty());
    }
}

TEST_CASE("Changing the passphrase from the window, with re-keying, reopens the store under the new one only",
          "[MainWindow][passphrase]")
{
    // Issue 13 item 2 ("the old passphrase may be known") and issue 10 item 11, in the app.
    test::TempDir dir;
    const auto path = makeFilledStore(dir);
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();
    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    REQUIRE(findAction(window, "changePassphraseAction")->isEnabled());

    SECTION("a wrong current passphrase changes nothing and the old one still opens the store")
    {
        const auto before = test::readFile(path);
        QString current = QStringLiteral("not the passphrase");
        QString next = QStringLiteral("a much longer new passphrase 42");
        window.sessionController().changePassphrase(current, next, false);
        CHECK(current.isEmpty()); // handed over and wiped
        CHECK(next.isEmpty());
        REQUIRE(waitFor([&] { return window.unlockPage()->errorLabel()->isVisible(); }));
        CHECK(window.workspace() == nullptr);
        CHECK(test::readFile(path) == before);
        unlockWith(window, QStringLiteral("correct horse"));
        REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    }
    SECTION("the right one re-keys, reopens, and records it in the audit log")
    {
        QString current = QStringLiteral("correct horse");
        QString next = QStringLiteral("a much longer new passphrase 42");
        window.sessionController().changePassphrase(current, next, true);
        REQUIRE(waitFor([&] { return window.workspace() != nullptr && !window.sessionController().busy(); }));
        core::Session* session = window.sessionController().session();
        REQUIRE(session != nullptr);
        core::AuditFilter last;
        last.newestFirst = true;
        last.limit = 1;
        const auto entries = session->audit().list(session->database(), last);
        REQUIRE(entries);
        REQUIRE(entries->size() == 1);
        CHECK(entries->front().entry.summary == "passphrase changed and store re-keyed");
        window.lock();
        CHECK(core::Store::open(path, test::secret("correct horse"), core::appMigrations()).error().code
              == core::ErrorCode::WrongPassphrase);
        CHECK(core::Store::open(path, test::secret("a much longer new passphrase 42"), core::appMigrations()));
    }
}

TEST_CASE("The change-passphrase form needs the current one and a new one that is strong, repeated and new",
          "[MainWindow][passphrase]")
{
    casebook::ui::ChangePassphraseDialog dialog;
    CHECK_FALSE(dialog.changeButton()->isEnabled());
    dialog.currentEdit()->setText(QStringLiteral("correct horse"));
    dialog.newEdit()->setText(QStringLiteral("a much longer new passphrase 42"));
    CHECK_FALSE(dialog.changeButton()->isEnabled()); // not repeated yet
    dialog.repeatEdit()->setText(QStringLiteral("a much longer new passphrase 41"));
    CHECK(dialog.matchLabel()->text() == QStringLiteral("The passphrases differ."));
    CHECK_FALSE(dialog.changeButton()->isEnabled());
    dialog.repeatEdit()->setText(QStringLiteral("a much longer new passphrase 42"));
    CHECK(dialog.changeButton()->isEnabled());
    dialog.newEdit()->setText(QStringLiteral("abc"));
    dialog.repeatEdit()->setText(QStringLiteral("abc"));
    CHECK_FALSE(dialog.changeButton()->isEnabled()); // poor
    dialog.newEdit()->setText(QStringLiteral("correct horse"));
    dialog.repeatEdit()->setText(QStringLiteral("correct horse"));
    CHECK(dialog.matchLabel()->text() == QStringLiteral("The new passphrase is the current one."));
    CHECK_FALSE(dialog.changeButton()->isEnabled());
}

TEST_CASE("Restoring a backup from the window puts it in place, keeps the replaced store and records the restore",
          "[MainWindow][restore]")
{
    // Issue 10 item 11: restore from the app, as casebook-cli restore does.
    test::TempDir dir;
    const auto path = makeFilledStore(dir);
    const auto backup = dir / "window backup.cbk";
    {
        auto store = core::Store::open(path, test::secret("correct horse"), core::appMigrations());
        REQUIRE(store);
        REQUIRE((*store)->backupTo(backup, test::secret("correct horse")));
    }
    {
        // Work done after the backup, which the restore takes away (it stays in the kept store).
        core::SessionOptions options;
        options.resourcesDir = CASEBOOK_RESOURCES_DIR;
        options.actor = "PS Test";
        auto session = core::Session::open(path, test::secret("correct horse"), options);
        REQUIRE(session);
        core::Person person;
        person.name = "Sam Later";
        REQUIRE((*session)->cases().createPerson(person));
    }
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();
    unlockWith(window, QStringLiteral("correct horse"));
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    REQUIRE(findAction(window, "restoreAction")->isEnabled());
    const QString backupPath = QString::fromStdString(backup.string());
    const QString storePath = QString::fromStdString(path.string());
    const auto kept = std::filesystem::path(path.string() + ".before-restore");

    SECTION("a wrong passphrase for the backup says so and leaves the store as it was")
    {
        window.lock();
        const auto before = test::readFile(path);
        QString passphrase = QStringLiteral("not the backup's");
        window.sessionController().restore(backupPath, storePath, passphrase);
        CHECK(passphrase.isEmpty()); // handed over and wiped
        REQUIRE(waitFor([&] { return window.unlockPage()->errorLabel()->isVisible(); }));
        const QString message = window.unlockPage()->errorLabel()->text();
        CHECK(message.contains(QStringLiteral("was not restored, and the store is as it was")));
        CHECK(test::readFile(path) == before);
        CHECK_FALSE(std::filesystem::exists(kept));
    }
    SECTION("the right one replaces the store, opens it, keeps the old one and logs the restore")
    {
        QString passphrase = QStringLiteral("correct horse");
        window.sessionController().restore(backupPath, storePath, passphrase);
        REQUIRE(waitFor([&] { return window.workspace() != nullptr && !window.sessionController().busy(); }));
        core::Session* session = window.sessionController().session();
        REQUIRE(session != nullptr);
        auto people = session->cases().listPeople();
        REQUIRE(people);
        CHECK(people->size() == 1); // "Sam Later" came after the backup
        core::AuditFilter last;
        last.newestFirst = true;
        last.limit = 1;
        const auto entries = session->audit().list(session->database(), last);
        REQUIRE(entries);
        REQUIRE(entries->size() == 1);
        CHECK(entries->front().entry.summary == "restored from backup window backup.cbk");
        // Restored on purpose: its older audit log is not reported as a rollback.
        CHECK(window.sessionController().openWarnings().isEmpty());
        REQUIRE(window.sessionController().openNotices().size() == 1);
        CHECK(window.sessionController().openNotices()[0].contains(QStringLiteral("window.cbk.before-restore")));
        auto* notice = window.findChild<QMessageBox*>(QStringLiteral("storeNotice"));
        REQUIRE(notice != nullptr);
        notice->close();
        window.lock();
        auto previous = core::Store::open(kept, test::secret("correct horse"), core::appMigrations());
        REQUIRE(previous); // nothing done since the backup is lost: it is in the kept store
    }
}

TEST_CASE("The restore form needs an existing backup, a store to replace and a passphrase, and says what happens",
          "[MainWindow][restore]")
{
    test::TempDir dir;
    const auto path = makeFilledStore(dir);
    casebook::ui::RestoreDialog dialog(QString::fromStdString(path.string()));
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
    CHECK(dialog.consequenceLabel()->text().contains(QStringLiteral("window.cbk.before-restore")));
    dialog.backupEdit()->setText(QString::fromStdString((dir / "missing.cbk").string()));
    CHECK(dialog.consequenceLabel()->text().startsWith(QStringLiteral("There is no file at")));
    dialog.passphraseEdit()->setText(QStringLiteral("correct horse"));
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
    dialog.backupEdit()->setText(QString::fromStdString(path.string()));
    CHECK(dialog.consequenceLabel()->text()
          == QStringLiteral("The backup and the store to replace are the same file."));
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
    dialog.targetEdit()->setText(QString::fromStdString((dir / "new place.cbk").string()));
    CHECK(dialog.consequenceLabel()->text()
          == QStringLiteral("There is no store there yet: the backup becomes a new store."));
    CHECK(dialog.restoreButton()->isEnabled());
    CHECK(dialog.takePassphrase() == QStringLiteral("correct horse"));
    CHECK(dialog.passphraseEdit()->text().isEmpty());
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
}
