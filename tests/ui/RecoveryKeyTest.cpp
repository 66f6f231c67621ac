// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The recovery key in the window (issue 15 item 6): File › Recovery key makes one and shows it
// once, "Forgot the passphrase?" on the unlock page sets a new passphrase with it, a typo is
// named by its group before anything is tried, each step is in the audit log, and a new store
// is followed by the offer of a key.
#include "MainWindow.h"
#include "Mnemonics.h"
#include "schema/AppSchema.h"
#include "session/NewRecoveryKeyDialog.h"
#include "session/RecoverDialog.h"
#include "session/RecoveryKeyDialog.h"
#include "session/SessionController.h"
#include "session/UnlockPage.h"

#include "audit/AuditLog.h"
#include "dp/RecoveryKey.h"
#include "service/Session.h"
#include "store/Store.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using casebook::ui::MainWindow;
using casebook::ui::NewRecoveryKeyDialog;
using casebook::ui::RecoverDialog;
using casebook::ui::RecoveryKeyDialog;
using casebook::ui::StartupOptions;
namespace core = casebook::core;
namespace test = casebook::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse");
const QString kNewPassphrase = QStringLiteral("a much longer new passphrase 42");

std::filesystem::path makeStore(const test::TempDir& dir)
{
    const auto path = dir / "recovery.cbk";
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS Test";
    REQUIRE(core::Session::create(path, test::secret("correct horse"), options, test::fastKdf()));
    return path;
}

bool waitFor(const std::function<bool()>& condition)
{
    return QTest::qWaitFor(condition, 20000);
}

void unlockWith(MainWindow& window, const QString& passphrase)
{
    auto* page = window.unlockPage();
    page->passphraseEdit()->setFocus();
    QTest::keyClicks(page->passphraseEdit(), passphrase);
    QTest::keyClick(page->passphraseEdit(), Qt::Key_Return);
    REQUIRE(waitFor([&] { return window.workspace() != nullptr && !window.sessionController().busy(); }));
}

/// The newest `count` audit summaries of the open store, newest first.
std::vector<std::string> lastSummaries(MainWindow& window, std::size_t count)
{
    core::Session* session = window.sessionController().session();
    REQUIRE(session != nullptr);
    core::AuditFilter filter;
    filter.newestFirst = true;
    filter.limit = count;
    const auto entries = session->audit().list(session->database(), filter);
    REQUIRE(entries);
    std::vector<std::string> out;
    for (const auto& e : *entries) {
        out.push_back(e.entry.summary);
    }
    return out;
}

/// Reads the key off the shown-once dialog (as someone copies it onto paper), ticks "written down"
/// and closes it.
QString copyDownKey(MainWindow& window)
{
    NewRecoveryKeyDialog* shown = nullptr;
    REQUIRE(waitFor([&] { return (shown = window.findChild<NewRecoveryKeyDialog*>()) != nullptr; }));
    REQUIRE(shown->isVisible());
    const QString key = shown->keyLabel()->text().replace(QLatin1Char('\n'), QLatin1Char('-'));
    CHECK(shown->keyLabel()->textInteractionFlags() == Qt::NoTextInteraction); // nothing to copy
    CHECK(shown->keyLabel()->font().fixedPitch());
    CHECK_FALSE(shown->doneButton()->isEnabled());
    shown->writtenBox()->click();
    REQUIRE(shown->doneButton()->isEnabled());
    shown->doneButton()->click();
    REQUIRE(waitFor([&] { return window.findChild<NewRecoveryKeyDialog*>() == nullptr; }));
    return key;
}

RecoveryKeyDialog* openRecoveryKeyDialog(MainWindow& window)
{
    QAction* action = window.findChild<QAction*>(QStringLiteral("recoveryKeyAction"));
    REQUIRE(action != nullptr);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto* dialog = window.findChild<RecoveryKeyDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    return dialog;
}

void confirmWith(RecoveryKeyDialog* dialog, const QString& passphrase)
{
    REQUIRE(dialog->passphraseEdit()->isVisible());
    CHECK_FALSE(dialog->confirmButton()->isEnabled());
    QTest::keyClicks(dialog->passphraseEdit(), passphrase);
    REQUIRE(dialog->confirmButton()->isEnabled());
    dialog->confirmButton()->click();
}

} // namespace

TEST_CASE("A recovery key made from File > Recovery key sets a new passphrase from the unlock page, and the audit "
          "log has both",
          "[recovery]")
{
    test::TempDir dir;
    const auto path = makeStore(dir);
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();
    unlockWith(window, kPassphrase);

    auto* dialog = openRecoveryKeyDialog(window);
    CHECK(dialog->statusLabel()->text() == QStringLiteral("This store has no recovery key."));
    CHECK(dialog->createButton()->isVisible());
    CHECK_FALSE(dialog->replaceButton()->isVisible());
    dialog->createButton()->click();
    confirmWith(dialog, kPassphrase);
    const QString first = copyDownKey(window);
    CHECK(first.size() == 14 * 5 + 13);
    REQUIRE(window.workspace() != nullptr); // opened again with the passphrase
    CHECK(lastSummaries(window, 1).front() == "recovery key created");

    window.lock();
    REQUIRE(core::recovery::present(path).value());
    REQUIRE(window.unlockPage()->forgotButton()->isVisible());
    window.unlockPage()->forgotButton()->click();
    auto* recover = window.findChild<RecoverDialog*>();
    REQUIRE(recover != nullptr);
    REQUIRE(recover->isVisible());
    CHECK_FALSE(recover->recoverButton()->isEnabled());
    QTest::keyClicks(recover->keyEdit(), first.toLower()); // typed forgivingly, in lower case
    CHECK(recover->keyChecks());
    CHECK(recover->keyStatus()->text() == QStringLiteral("Every check passes."));
    QTest::keyClicks(recover->newEdit(), kNewPassphrase);
    CHECK_FALSE(recover->recoverButton()->isEnabled()); // not repeated yet
    QTest::keyClicks(recover->repeatEdit(), kNewPassphrase);
    REQUIRE(recover->recoverButton()->isEnabled());
    recover->recoverButton()->click();

    REQUIRE(waitFor([&] { return window.workspace() != nullptr && !window.sessionController().busy(); }));
    auto* shown = window.findChild<NewRecoveryKeyDialog*>();
    REQUIRE(shown != nullptr);
    CHECK(shown->findChild<QLabel*>(QStringLiteral("recoveryKeyIntro"))
              ->text()
              .contains(QStringLiteral("new passphrase only")));
    const QString second = copyDownKey(window);
    CHECK(second != first);
    const auto summaries = lastSummaries(window, 2);
    CHECK(summaries[0] == "store opened with the recovery key; passphrase set; recovery key replaced");
    CHECK(summaries[1] == "recovery key created");

    window.lock();
    CHECK(core::Store::open(path, test::secret("correct horse"), core::appMigrations()).error().code
          == core::ErrorCode::WrongPassphrase);
    CHECK(core::Store::open(path, test::secret("a much longer new passphrase 42"), core::appMigrations()));
    // The key used is void; its replacement works.
    CHECK_FALSE(core::recovery::recover(path, first.toStdString(), test::secret("x y z w v u")));
    CHECK(core::recovery::recover(path, second.toStdString(), test::secret("another new passphrase 7")));
}

TEST_CASE("Replacing and removing the recovery key from the window ask for the passphrase and are audited",
          "[recovery]")
{
    test::TempDir dir;
    const auto path = makeStore(dir);
    REQUIRE(core::recovery::add(path, test::secret("correct horse")));
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();
    unlockWith(window, kPassphrase);

    auto* dialog = openRecoveryKeyDialog(window);
    CHECK(dialog->statusLabel()->text() == QStringLiteral("This store has a recovery key."));
    CHECK_FALSE(dialog->createButton()->isVisible());

    SECTION("replace")
    {
        dialog->replaceButton()->click();
        confirmWith(dialog, kPassphrase);
        copyDownKey(window);
        CHECK(lastSummaries(window, 1).front() == "recovery key replaced; the earlier one no longer opens the store");
        CHECK(core::recovery::present(path).value());
    }
    SECTION("remove")
    {
        dialog->removeButton()->click();
        confirmWith(dialog, kPassphrase);
        REQUIRE(waitFor([&] { return window.workspace() != nullptr && !window.sessionController().busy(); }));
        CHECK(window.findChild<NewRecoveryKeyDialog*>() == nullptr);
        CHECK(lastSummaries(window, 1).front() == "recovery key removed");
        CHECK_FALSE(core::recovery::present(path).value());
    }
    SECTION("a wrong passphrase changes nothing and the store unlocks as before")
    {
        const auto before = test::readFile(path);
        dialog->removeButton()->click();
        confirmWith(dialog, QStringLiteral("not the passphrase"));
        REQUIRE(waitFor([&] { return window.unlockPage()->errorLabel()->isVisible(); }));
        CHECK(window.unlockPage()->errorLabel()->text().contains(QStringLiteral("recovery key was not changed")));
        CHECK(test::readFile(path) == before);
        unlockWith(window, kPassphrase);
        CHECK(core::recovery::present(path).value());
    }
}

TEST_CASE("A typo in a group of the recovery key is named by its group and no unlock is tried", "[recovery]")
{
    test::TempDir dir;
    const auto path = makeStore(dir);
    auto printed = core::recovery::add(path, test::secret("correct horse"));
    REQUIRE(printed);
    QString key = QString::fromUtf8(printed->view().data(), static_cast<qsizetype>(printed->size()));
    // Group 3 is characters 12 to 16 ("AAAAA-BBBBB-CCCCC-…"): change one.
    key[13] = key[13] == u'Q' ? u'R' : u'Q';
    const auto before = test::readFile(path);

    SECTION("in the form, as soon as the group is typed")
    {
        RecoverDialog dialog(QString::fromStdString(path.string()), true);
        dialog.show();
        QTest::keyClicks(dialog.keyEdit(), key.left(17));
        CHECK(dialog.keyStatus()->text() == QStringLiteral("Group 3 has a typo: check it against the paper."));
        QTest::keyClicks(dialog.keyEdit(), key.mid(17));
        QTest::keyClicks(dialog.newEdit(), kNewPassphrase);
        QTest::keyClicks(dialog.repeatEdit(), kNewPassphrase);
        CHECK(dialog.keyStatus()->text().startsWith(QStringLiteral("Group 3 has a typo")));
        CHECK_FALSE(dialog.keyChecks());
        CHECK_FALSE(dialog.recoverButton()->isEnabled());
    }
    SECTION("from the window: the message names the group and the file is untouched")
    {
        StartupOptions options;
        options.storePath = QString::fromStdString(path.string());
        MainWindow window(options);
        window.show();
        QString typed = key;
        QString next = kNewPassphrase;
        window.sessionController().recover(options.storePath, typed, next);
        CHECK(typed.isEmpty()); // handed over and wiped
        REQUIRE(waitFor([&] { return window.unlockPage()->errorLabel()->isVisible(); }));
        CHECK(window.unlockPage()->errorLabel()->text().contains(QStringLiteral("group 3")));
        CHECK(window.workspace() == nullptr);
    }
    CHECK(test::readFile(path) == before);
    CHECK(core::Store::open(path, test::secret("correct horse"), core::appMigrations()));
}

TEST_CASE("A replaced recovery key passes its checks but is refused in plain words, and the store is untouched",
          "[recovery]")
{
    test::TempDir dir;
    const auto path = makeStore(dir);
    auto old = core::recovery::add(path, test::secret("correct horse"));
    REQUIRE(old);
    REQUIRE(core::recovery::add(path, test::secret("correct horse"))); // replaced: the old key is void
    const auto before = test::readFile(path);
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();
    QString typed = QString::fromUtf8(old->view().data(), static_cast<qsizetype>(old->size()));
    QString next = kNewPassphrase;
    window.sessionController().recover(options.storePath, typed, next);
    REQUIRE(waitFor([&] { return window.unlockPage()->errorLabel()->isVisible(); }));
    CHECK(window.unlockPage()->errorLabel()->text().contains(
        QStringLiteral("That recovery key does not open this store")));
    CHECK_FALSE(window.unlockPage()->errorLabel()->text().contains(QStringLiteral("passphrase does not open")));
    CHECK(window.workspace() == nullptr);
    CHECK(test::readFile(path) == before);
}

TEST_CASE("A store without a recovery key says so in the forgot-passphrase form, which cannot be accepted",
          "[recovery]")
{
    test::TempDir dir;
    const auto path = makeStore(dir);
    StartupOptions options;
    options.storePath = QString::fromStdString(path.string());
    MainWindow window(options);
    window.show();
    window.unlockPage()->forgotButton()->click();
    auto* recover = window.findChild<RecoverDialog*>();
    REQUIRE(recover != nullptr);
    CHECK(recover->findChild<QLabel*>(QStringLiteral("recoverIntro"))
              ->text()
              .contains(QStringLiteral("no recovery key")));
    CHECK_FALSE(recover->keyEdit()->isEnabled());
    CHECK_FALSE(recover->recoverButton()->isEnabled());
    recover->reject();
}

TEST_CASE("After a new store is created the window offers a recovery key, and Not now leaves it for later",
          "[recovery]")
{
    test::TempDir dir;
    const QString path = QString::fromStdString((dir / "new.cbk").string());
    MainWindow window(StartupOptions{});
    window.show();
    QString passphrase = kPassphrase;
    window.sessionController().create(path, passphrase);
    REQUIRE(waitFor([&] { return window.workspace() != nullptr && !window.sessionController().busy(); }));
    QMessageBox* offer = nullptr;
    REQUIRE(waitFor(
        [&] { return (offer = window.findChild<QMessageBox*>(QStringLiteral("recoveryKeyOffer"))) != nullptr; }));
    CHECK(offer->isVisible());
    auto* create = offer->findChild<QPushButton*>(QStringLiteral("offerCreateButton"));
    auto* later = offer->findChild<QPushButton*>(QStringLiteral("offerNotNowButton"));
    REQUIRE(create != nullptr);
    REQUIRE(later != nullptr);
    CHECK(create->text() == QStringLiteral("&Create recovery key"));
    CHECK(later->text() == QStringLiteral("&Not now"));

    SECTION("not now")
    {
        later->click();
        QApplication::processEvents();
        CHECK(window.findChild<RecoveryKeyDialog*>() == nullptr);
        CHECK_FALSE(core::recovery::present(path.toStdString()).value());
        CHECK(window.findChild<QAction*>(QStringLiteral("recoveryKeyAction"))->isEnabled());
        // Unlocking the store later does not ask again.
        window.lock();
        unlockWith(window, kPassphrase);
        QApplication::processEvents();
        CHECK(window.findChild<QMessageBox*>(QStringLiteral("recoveryKeyOffer")) == nullptr);
    }
    SECTION("create: the passphrase is asked for, then the key is shown once")
    {
        create->click();
        auto* dialog = window.findChild<RecoveryKeyDialog*>();
        REQUIRE(dialog != nullptr);
        CHECK(dialog->confirmButton()->text() == QStringLiteral("Make the &key"));
        confirmWith(dialog, kPassphrase);
        copyDownKey(window);
        CHECK(core::recovery::present(path.toStdString()).value());
        CHECK(lastSummaries(window, 1).front() == "recovery key created");
    }
}

TEST_CASE("Each Alt+letter on the unlock page belongs to one control, Forgot the passphrase included",
          "[recovery][keyboard]")
{
    test::TempDir dir;
    StartupOptions options;
    options.storePath = QString::fromStdString(makeStore(dir).string());
    MainWindow window(options);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.unlockPage()->forgotButton()->isVisibleTo(&window));
    const QStringList clashes = test::mnemonicClashes(&window);
    INFO("Alt+letter claimed twice: " << clashes.join(QStringLiteral("; ")).toStdString());
    CHECK(clashes.isEmpty());
}
