// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// File › Handover: the export dialog writes a package off the UI thread; the import dialog shows
// what it holds (cases, people, signer) before the Import button can add it to another store.
#include "SectionFixture.h"

#include "handover/HandoverExportDialog.h"
#include "handover/HandoverImportDialog.h"

#include "service/CaseService.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace ui = casebook::ui;
namespace test = casebook::test;

TEST_CASE("The handover dialogs export a case and import it into another store after showing it", "[handover]")
{
    test::SectionFixture source;
    test::SectionFixture target;
    const auto package = source.dir / "handover-test.cbk";
    const QString passphrase = QStringLiteral("correct horse battery staple handover");

    ui::HandoverExportDialog exporter(*source.session);
    REQUIRE(exporter.caseList()->count() == 1);
    CHECK(exporter.caseList()->item(0)->checkState() == Qt::Checked);
    CHECK(exporter.caseList()->item(0)->text().contains(QStringLiteral("Robin Example")));
    exporter.pathEdit()->setText(QString::fromStdString(package.string()));
    exporter.passphraseEdit()->setText(passphrase);
    CHECK_FALSE(exporter.exportButton()->isEnabled()); // not repeated yet
    exporter.repeatEdit()->setText(passphrase);
    REQUIRE(exporter.exportButton()->isEnabled());
    exporter.show();
    QTest::mouseClick(exporter.exportButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return exporter.result() == QDialog::Accepted; }, 30000));
    CHECK(exporter.resultText().contains(QStringLiteral("Signer fingerprint")));
    CHECK(std::filesystem::exists(package));
    CHECK(exporter.passphraseEdit()->text().isEmpty()); // the passphrase does not stay in the form

    ui::HandoverImportDialog importer(*target.session);
    importer.show();
    importer.pathEdit()->setText(QString::fromStdString(package.string()));
    importer.passphraseEdit()->setText(QStringLiteral("not the passphrase"));
    QTest::mouseClick(importer.checkButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return importer.checkButton()->isEnabled(); }, 30000));
    CHECK(importer.contentsView()->toPlainText().contains(QStringLiteral("refused")));
    CHECK_FALSE(importer.importButton()->isEnabled());

    importer.passphraseEdit()->setText(passphrase);
    QTest::mouseClick(importer.checkButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return importer.importButton()->isEnabled(); }, 30000));
    const QString shown = importer.contentsView()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Robin Example")));
    CHECK(shown.contains(QStringLiteral("Signer:")));
    CHECK(shown.contains(QStringLiteral("Source audit head:")));
    QTest::mouseClick(importer.importButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return importer.result() == QDialog::Accepted; }, 30000));
    auto people = target.session->cases().listPeople();
    REQUIRE(people);
    CHECK(people->size() == 2); // the target's own Robin Example and the imported one, never merged
}

TEST_CASE("A lock during a handover export stops it, leaves no package and closes the dialog", "[handover]")
{
    test::SectionFixture source;
    const auto package = source.dir / "handover-stopped.cbk";
    const QString passphrase = QStringLiteral("correct horse battery staple handover");
    ui::HandoverExportDialog exporter(*source.session);
    exporter.pathEdit()->setText(QString::fromStdString(package.string()));
    exporter.passphraseEdit()->setText(passphrase);
    exporter.repeatEdit()->setText(passphrase);
    exporter.show();
    QTest::mouseClick(exporter.exportButton(), Qt::LeftButton);
    exporter.stopWork(); // what the lock does; the worker is still deriving the package key
    CHECK(exporter.result() == QDialog::Rejected);
    CHECK_FALSE(std::filesystem::exists(package));
    CHECK(source.session->database().queryInt("SELECT count(*) FROM audit_log WHERE action = 'export'").value() == 0);
}
