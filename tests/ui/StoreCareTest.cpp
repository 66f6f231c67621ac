// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Tools > Store and audit log (issue 10 item 11): what the store is, a check of every page and a
// backup on a worker with progress, and the audit log filtered as a sergeant asks.
#include "SectionFixture.h"
#include "schema/AppSchema.h"
#include "store/StoreCareDialog.h"

#include "audit/AuditLog.h"
#include "service/Session.h"
#include "store/Store.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <filesystem>

namespace core = casebook::core;
namespace test = casebook::test;
namespace ui = casebook::ui;

namespace {

bool waitForWork(ui::StoreCareDialog& dialog)
{
    return QTest::qWaitFor([&] { return !dialog.working(); }, 60000);
}

int rowsWith(const QStandardItemModel* model, int column, const QString& text)
{
    int rows = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        rows += model->item(r, column)->text() == text ? 1 : 0;
    }
    return rows;
}

} // namespace

TEST_CASE("Store and audit log says what the store is: file, cipher, key derivation, size and the log's head",
          "[store-care]")
{
    test::SectionFixture f;
    ui::StoreCareDialog dialog(*f.session);
    const QString info = dialog.infoLabel()->text();
    INFO(info.toStdString());
    CHECK(info.contains(QString::fromStdString(f.session->store().path().string())));
    CHECK(info.contains(QStringLiteral("XChaCha20-Poly1305")));
    CHECK(info.contains(QStringLiteral("Argon2id")));
    CHECK(info.contains(QStringLiteral("passes")));
    CHECK(info.contains(QStringLiteral("pages of 4096 bytes")));
    CHECK(info.contains(QStringLiteral("entries; head ")));
}

TEST_CASE("Verify every page runs on a worker and reports no problem on a sound store", "[store-care]")
{
    test::SectionFixture f;
    ui::StoreCareDialog dialog(*f.session);
    dialog.show();
    QSignalSpy finished(&dialog, &ui::StoreCareDialog::workFinished);
    dialog.verifyButton()->click();
    CHECK(dialog.working());
    CHECK_FALSE(dialog.verifyButton()->isEnabled()); // one job at a time
    REQUIRE(waitForWork(dialog));
    CHECK(finished.count() == 1);
    CHECK(dialog.resultLabel()->text().startsWith(QStringLiteral("No problem found: ")));
    CHECK(dialog.verifyButton()->isEnabled());
}

TEST_CASE("A backup from the window opens with the passphrase, is in the audit log, and a wrong passphrase writes "
          "nothing",
          "[store-care]")
{
    test::SectionFixture f;
    test::TempDir out;
    ui::StoreCareDialog dialog(*f.session);
    dialog.show();

    dialog.backUpTo(QString::fromStdString((out / "wrong.cbk").string()), QStringLiteral("not it"));
    REQUIRE(waitForWork(dialog));
    CHECK(dialog.resultLabel()->text().startsWith(QStringLiteral("No backup was written: ")));
    CHECK_FALSE(std::filesystem::exists(out / "wrong.cbk"));

    const auto copy = out / "copy.cbk";
    dialog.backUpTo(QString::fromStdString(copy.string()), QStringLiteral("pw"));
    REQUIRE(waitForWork(dialog));
    INFO(dialog.resultLabel()->text().toStdString());
    CHECK(dialog.resultLabel()->text().startsWith(QStringLiteral("Backed up to ")));
    CHECK(core::Store::open(copy, test::secret("pw"), core::appMigrations()));
    // The log viewer reads the log again: the backup is its newest entry, by the sergeant.
    REQUIRE(dialog.auditLog()->model()->rowCount() > 0);
    CHECK(dialog.auditLog()->model()->item(0, 3)->text() == QStringLiteral("Backed up"));
    CHECK(dialog.auditLog()->model()->item(0, 6)->text() == QStringLiteral("encrypted backup written to copy.cbk"));
}

TEST_CASE("The audit log is filtered by kind, number, action and words, and its chain is checked", "[store-care]")
{
    test::SectionFixture f;
    ui::StoreCareDialog dialog(*f.session);
    const int all = dialog.auditLog()->model()->rowCount();
    REQUIRE(all >= 2); // the person and the case the fixture made

    dialog.auditLog()->kindFilter()->setCurrentIndex(
        dialog.auditLog()->kindFilter()->findText(QStringLiteral("Person")));
    REQUIRE(dialog.auditLog()->kindFilter()->currentIndex() > 0);
    CHECK(dialog.auditLog()->model()->rowCount() > 0);
    CHECK(dialog.auditLog()->model()->rowCount() < all);
    CHECK(rowsWith(dialog.auditLog()->model(), 4, QStringLiteral("Person")) == dialog.auditLog()->model()->rowCount());

    dialog.auditLog()->recordFilter()->setText(QStringLiteral("999999"));
    CHECK(dialog.auditLog()->model()->rowCount() == 0);
    dialog.auditLog()->recordFilter()->clear();
    dialog.auditLog()->kindFilter()->setCurrentIndex(0);
    CHECK(dialog.auditLog()->model()->rowCount() == all);

    dialog.auditLog()->actionFilter()->setCurrentIndex(
        dialog.auditLog()->actionFilter()->findText(QStringLiteral("Created")));
    CHECK(dialog.auditLog()->model()->rowCount() > 0);
    CHECK(rowsWith(dialog.auditLog()->model(), 3, QStringLiteral("Created")) == dialog.auditLog()->model()->rowCount());
    dialog.auditLog()->actionFilter()->setCurrentIndex(0);

    dialog.auditLog()->wordsFilter()->setText(QStringLiteral("no such words anywhere"));
    CHECK(dialog.auditLog()->model()->rowCount() == 0);
    dialog.auditLog()->wordsFilter()->clear();

    dialog.findChild<QPushButton*>(QStringLiteral("auditChainButton"))->click();
    CHECK(dialog.auditLog()->chainLabel()->text().startsWith(QStringLiteral("The chain holds: ")));
}

TEST_CASE("Locking while the store is checked stops the check and closes the dialog", "[store-care]")
{
    test::SectionFixture f;
    ui::StoreCareDialog dialog(*f.session);
    dialog.show();
    dialog.verifyStore();
    dialog.stopWork();
    CHECK_FALSE(dialog.working());
    CHECK_FALSE(dialog.isVisible());
    QTest::qWait(50); // a late 'finished' from the worker must find nothing to touch
}
