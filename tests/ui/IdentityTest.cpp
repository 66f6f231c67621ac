// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Who is working (issue 10, item 5): the sergeant's details, saved in the identity file the app
// shares with casebook-cli, name them on "by", "decided by" and "prepared by" instead of the
// computer's user name, and give exports their default marking and handling line.
#include "SectionFixture.h"

#include "dialogs/IdentityDialog.h"
#include "report/ExportDialog.h"
#include "session/CreateStoreDialog.h"

#include "support/Identity.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

namespace core = casebook::core;
namespace ui = casebook::ui;
namespace test = casebook::test;

namespace {

struct CleanIdentity {
    CleanIdentity() { QFile::remove(ui::identityFilePath()); }
    ~CleanIdentity() { QFile::remove(ui::identityFilePath()); }
};

} // namespace

TEST_CASE("An identity file is read back as written, a bad line is named, not guessed", "[identity]")
{
    core::Identity identity{"Jane Smith", "PS", "1234", "Example Constabulary", "OFFICIAL", "Do not copy"};
    CHECK(identity.signature() == "PS 1234 Jane Smith");
    CHECK(core::parseIdentity(core::formatIdentity(identity)).value() == identity);
    CHECK(core::Identity{}.signature().empty());
    CHECK(core::Identity{"Jane Smith", "", "", "", "", ""}.signature() == "Jane Smith");

    const auto unknown = core::parseIdentity("name = A\n\n# note\ncolour = blue\n");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().detail == "line 4: unknown key 'colour'");
    const auto noEquals = core::parseIdentity("name Jane\n");
    REQUIRE_FALSE(noEquals);
    CHECK(noEquals.error().detail.find("line 1") == 0);
    CHECK_FALSE(core::parseIdentity("name = " + std::string(201, 'x')));
}

TEST_CASE("Your details are saved privately and replace the user name as who is working", "[identity]")
{
    CleanIdentity clean;
    const QString before = ui::workingName();
    CHECK_FALSE(before.isEmpty());

    ui::IdentityDialog dialog;
    dialog.nameEdit()->setText(QStringLiteral("Jane Smith"));
    dialog.rankEdit()->setText(QStringLiteral("PS"));
    dialog.collarEdit()->setText(QStringLiteral("1234"));
    dialog.forceEdit()->setText(QStringLiteral("Example Constabulary"));
    dialog.markingBox()->setCurrentText(QStringLiteral("OFFICIAL"));
    dialog.handlingEdit()->setText(QStringLiteral("HR meeting only"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.errorText().isEmpty());

    const std::filesystem::path file = ui::identityFilePath().toStdString();
    REQUIRE(std::filesystem::exists(file));
    CHECK((std::filesystem::status(file).permissions() & std::filesystem::perms::all)
          == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    CHECK(ui::workingName() == QStringLiteral("PS 1234 Jane Smith"));
    CHECK(ui::savedIdentity().force == "Example Constabulary");

    // The summary for a meeting starts from the sergeant's marking and handling line.
    test::SectionFixture f;
    ui::ExportDialog exportDialog(*f.session, f.caseId);
    CHECK(exportDialog.findChild<QComboBox*>(QStringLiteral("exportMarking"))->currentText()
          == QStringLiteral("OFFICIAL"));
    CHECK(exportDialog.findChild<QLineEdit*>(QStringLiteral("exportHandling"))->text()
          == QStringLiteral("HR meeting only"));
    // ...and it is prepared by the sergeant, never by the computer's user name (issue 12, item 2).
    REQUIRE(QTest::qWaitFor([&] { return !exportDialog.previewPending(); }, 30000)); // gathered on a worker
    CHECK(exportDialog.report().author == "PS 1234 Jane Smith");

    // Opened again, the form shows what was saved.
    ui::IdentityDialog again;
    CHECK(again.nameEdit()->text() == QStringLiteral("Jane Smith"));
    CHECK(again.collarEdit()->text() == QStringLiteral("1234"));

    // (One test case: the identity file is shared by every ui test, and ctest runs them in parallel.)
    SECTION("a rank without a name is refused with a message and nothing is changed")
    {
        const QByteArray saved = [] {
            QFile previous(ui::identityFilePath());
            return previous.open(QIODevice::ReadOnly) ? previous.readAll() : QByteArray();
        }();
        ui::IdentityDialog noName;
        noName.nameEdit()->clear();
        noName.rankEdit()->setText(QStringLiteral("Sgt"));
        noName.accept();
        CHECK(noName.result() != QDialog::Accepted);
        CHECK(noName.errorText().contains(QStringLiteral("name")));
        QFile after(ui::identityFilePath());
        REQUIRE(after.open(QIODevice::ReadOnly));
        CHECK(after.readAll() == saved);
    }
    SECTION("a new store's form asks who is working and saves it before the store is made")
    {
        QFile::remove(ui::identityFilePath());
        const QTemporaryDir folder;
        ui::CreateStoreDialog create(folder.filePath(QStringLiteral("new.cbk")));
        CHECK(create.nameEdit()->text().isEmpty()); // nothing saved: nothing shown
        create.passphraseEdit()->setText(QStringLiteral("correct horse battery staple lighthouse"));
        create.repeatEdit()->setText(QStringLiteral("correct horse battery staple lighthouse"));
        create.rankEdit()->setText(QStringLiteral("PS"));
        create.collarEdit()->setText(QStringLiteral("99"));
        REQUIRE(create.createButton()->isEnabled());
        create.createButton()->click();
        CHECK(create.result() != QDialog::Accepted); // a rank without a name
        CHECK(create.findChild<QLabel*>(QStringLiteral("newStoreIdentityError"))
                  ->text()
                  .contains(QStringLiteral("name")));
        CHECK_FALSE(QFile::exists(ui::identityFilePath()));
        create.nameEdit()->setText(QStringLiteral("Sam Jones"));
        create.createButton()->click();
        CHECK(create.result() == QDialog::Accepted);
        CHECK(ui::workingName() == QStringLiteral("PS 99 Sam Jones"));
        // Opened again, it shows who was saved.
        ui::CreateStoreDialog reopened(folder.filePath(QStringLiteral("other.cbk")));
        CHECK(reopened.nameEdit()->text() == QStringLiteral("Sam Jones"));
    }
}
