// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The data-protection screens (issue 15): subject access requests, the disclosure review and
// package, the retention review, the erase confirmation, and SAR rows in Due & overdue.
#include "SectionFixture.h"
#include "support/DateEdit.h"

#include "dataprotection/DisclosureDialog.h"
#include "dataprotection/RetentionDialog.h"
#include "dataprotection/SarDialog.h"
#include "workspace/CaseDocument.h"
#include "workspace/WorkspaceWidget.h"

#include "dp/Erasure.h"
#include "dp/Retention.h"
#include "dp/SarService.h"
#include "report/ExportAudit.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace core = casebook::core;
namespace ui = casebook::ui;
namespace test = casebook::test;

namespace {

QDate qdate(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

core::Date day(const char* iso)
{
    return core::Date::parseIso(iso).value();
}

std::int64_t addRequest(core::Session& session, core::PersonId person, const char* received)
{
    auto rules = core::SubjectAccessRules::shipped(session.rules().calendar);
    REQUIRE(rules);
    core::SarService sars(session.database(), *rules, session.audit(), session.actor());
    core::SarRequest sar;
    sar.person = person;
    sar.receivedOn = day(received);
    auto id = sars.add(sar);
    REQUIRE(id);
    return id->value;
}

std::int64_t addEntry(core::Session& session, core::CaseId caseId, const std::string& title, const std::string& body)
{
    core::ChronologyEntry e;
    e.caseId = caseId;
    e.date = day("2026-02-01");
    e.title = title;
    e.body = body;
    return session.cases().addEntry(e).value().value;
}

QString cellText(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("SAR dialog: a new request shows its due date with the rule, a clarification moves it, it is audited",
          "[dataprotection][sar]")
{
    test::SectionFixture f;
    ui::SarDialog dialog(*f.session);
    dialog.show();
    CHECK(dialog.personCombo()->currentText() == QStringLiteral("Robin Example"));
    dialog.referenceEdit()->setText(QStringLiteral("SAR-9"));
    dialog.receivedEdit()->setDate(qdate("2026-11-02"));
    CHECK_THAT(dialog.deadlineLabel()->text().toStdString(),
               Catch::Contains("2026-12-02 (in force)") && Catch::Contains("subject_access.response"));
    const auto auditBefore = f.session->database().queryInt("SELECT count(*) FROM audit_log").value();
    dialog.saveButton()->click();
    REQUIRE(dialog.requestTable()->model()->rowCount() == 1);
    CHECK(cellText(dialog.requestTable(), 0, 1) == QStringLiteral("SAR-9"));
    CHECK(cellText(dialog.requestTable(), 0, 2) == QStringLiteral("Robin Example"));
    CHECK(cellText(dialog.requestTable(), 0, 5) == QStringLiteral("2026-12-02"));
    CHECK(cellText(dialog.requestTable(), 0, 6) == QStringLiteral("subject_access.response"));
    CHECK(f.session->database().queryInt("SELECT count(*) FROM audit_log").value() == auditBefore + 1);
    REQUIRE(dialog.currentRequest().has_value());

    // Clarification asked Tue 10 Nov, answered Fri 20 Nov: 11 days stop; Sun 13 Dec moves to Mon 14 Dec.
    dialog.clockKindCombo()->setCurrentIndex(dialog.clockKindCombo()->findText(QStringLiteral("clarification")));
    dialog.clockRequestedEdit()->setDate(qdate("2026-11-10"));
    dialog.clockReceivedCheck()->setChecked(true);
    dialog.clockReceivedEdit()->setDate(qdate("2026-11-20"));
    dialog.addClockButton()->click();
    CHECK_THAT(dialog.deadlineLabel()->text().toStdString(),
               Catch::Contains("2026-12-14 (in force)") && Catch::Contains("11 day(s) stopped"));
    dialog.saveButton()->click();
    CHECK(cellText(dialog.requestTable(), 0, 5) == QStringLiteral("2026-12-14"));

    // An extension notified with no reasons is refused with the service's message; nothing changes.
    dialog.extensionCheck()->setChecked(true);
    dialog.extensionEdit()->setDate(qdate("2026-11-25"));
    dialog.saveButton()->click();
    CHECK(dialog.errorLabel()->isVisible());
    CHECK_FALSE(dialog.errorLabel()->text().startsWith(QStringLiteral("Saved")));
    dialog.extensionReasonEdit()->setText(QStringLiteral("Complex: several systems to search"));
    dialog.saveButton()->click();
    CHECK(dialog.errorLabel()->text().startsWith(QStringLiteral("Saved")));
    CHECK(cellText(dialog.requestTable(), 0, 6) == QStringLiteral("subject_access.extended_response"));

    // Closing: the request leaves the open list but is shown with closed ones.
    dialog.statusCombo()->setCurrentIndex(dialog.statusCombo()->findText(QStringLiteral("Responded")));
    CHECK(dialog.closedEdit()->isEnabled());
    dialog.closedEdit()->setDate(qdate("2026-12-01"));
    dialog.saveButton()->click();
    REQUIRE(dialog.requestTable()->model()->rowCount() == 1);
    CHECK(cellText(dialog.requestTable(), 0, 4) == QStringLiteral("Responded"));
}

TEST_CASE("Disclosure dialog: decisions are recorded, the package waits for them, and is written and audited",
          "[dataprotection][sar]")
{
    test::SectionFixture f;
    core::Person other;
    other.name = "Casey Otherwell";
    REQUIRE(f.session->cases().createPerson(other));
    const std::int64_t plain = addEntry(*f.session, f.caseId, "Visit", "Robin was well CANARYKEEP");
    const std::int64_t named = addEntry(*f.session, f.caseId, "Grievance", "Casey Otherwell complained CANARYREDACT");
    const std::int64_t sar = addRequest(*f.session, f.person, "2026-11-02");
    ui::DisclosureDialog dialog(*f.session, core::SarId{sar});
    dialog.show();
    const QString namedKey = QStringLiteral("chronology_entry:%1").arg(named);
    REQUIRE(dialog.selectItem(namedKey));
    const QAbstractItemModel* items = dialog.itemTable()->model();
    const int row = dialog.itemTable()->currentIndex().row();
    CHECK(items->index(row, 1).data().toString() == QStringLiteral("UNDECIDED"));
    CHECK(items->index(row, 2).data().toString().contains(QStringLiteral("Casey Otherwell")));

    test::TempDir out;
    const QString folder = QString::fromStdString((out / "package").string());
    CHECK_FALSE(dialog.writePackage(folder));
    CHECK(dialog.messageLabel()->text().contains(namedKey));
    CHECK_FALSE(QFile::exists(folder + QStringLiteral("/disclosure.pdf")));

    dialog.redactRadio()->setChecked(true);
    dialog.wordsEdit()->setText(QStringLiteral("Casey Otherwell"));
    dialog.reasonEdit()->setText(QStringLiteral("DPA 2018 Sch 2 para 16"));
    dialog.recordButton()->click();
    REQUIRE(dialog.selectItem(namedKey));
    CHECK(items->index(dialog.itemTable()->currentIndex().row(), 1).data().toString() == QStringLiteral("redact"));
    REQUIRE(dialog.selectItem(QStringLiteral("chronology_entry:%1").arg(plain)));
    dialog.withholdRadio()->setChecked(true);
    dialog.reasonEdit()->setText(QStringLiteral("  "));
    dialog.recordButton()->click();
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("needs a reason")));

    REQUIRE(dialog.writePackage(folder));
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("1 redacted, 0 withheld")));
    QFile pdf(folder + QStringLiteral("/disclosure.pdf"));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(QFile::exists(folder + QStringLiteral("/manifest.txt")));
    const std::string summary =
        f.session->database()
            .queryText("SELECT summary FROM audit_log WHERE action = 'export' ORDER BY seq DESC LIMIT 1")
            .value();
    CHECK_THAT(summary, Catch::Contains("disclosure package")
                            && Catch::Contains("sha256 " + core::sha256Hex(bytes.toStdString())));
}

TEST_CASE("Retention dialog: the queue with its hold status, keep records a decision, destroy is held by a request",
          "[dataprotection][retention]")
{
    test::SectionFixture f;
    REQUIRE(f.session->cases().closeCase(f.caseId, day("2026-03-31"), core::CaseOutcome::ReturnedToFullDuties, ""));
    core::RetentionService retention(f.session->database(), f.session->audit(), f.session->actor());
    REQUIRE(retention.setServiceEnd(f.person, day("2026-06-30"), "Retired"));
    const std::int64_t sar = addRequest(*f.session, f.person, "2026-11-02");

    ui::RetentionDialog dialog(*f.session);
    dialog.show();
    dialog.asOfEdit()->setDate(qdate("2032-07-01"));
    REQUIRE(dialog.queueTable()->model()->rowCount() == 1);
    CHECK(cellText(dialog.queueTable(), 0, 5) == QStringLiteral("retention.case"));
    CHECK(cellText(dialog.queueTable(), 0, 3) == QStringLiteral("Robin Example"));
    CHECK(cellText(dialog.queueTable(), 0, 8).contains(QStringLiteral("open subject access request")));
    CHECK_FALSE(dialog.destroyButton()->isEnabled());
    CHECK_FALSE(dialog.anonymiseButton()->isEnabled());
    CHECK(dialog.anonymiseButton()->toolTip().contains(QStringLiteral("Held")));

    // Once the request is closed, destroy opens the erase confirmation for the case.
    auto rules = core::SubjectAccessRules::shipped(f.session->rules().calendar);
    core::SarService sars(f.session->database(), *rules, f.session->audit(), f.session->actor());
    auto stored = sars.find(core::SarId{sar});
    stored->status = core::SarStatus::Responded;
    stored->closedOn = day("2026-11-30");
    REQUIRE(sars.update(*stored));
    dialog.reload();
    // The closed request's own file is in the queue too (retention.sar_request); choose the case.
    int caseRow = -1;
    for (int r = 0; r < dialog.queueTable()->model()->rowCount(); ++r) {
        if (cellText(dialog.queueTable(), r, 5) == QStringLiteral("retention.case")) {
            caseRow = r;
        }
    }
    REQUIRE(caseRow >= 0);
    dialog.queueTable()->setCurrentIndex(dialog.queueTable()->model()->index(caseRow, 0));
    CHECK(cellText(dialog.queueTable(), caseRow, 8) == QStringLiteral("-"));
    CHECK(dialog.destroyButton()->isEnabled());
    bool sawErase = false;
    QTimer::singleShot(0, [&] {
        auto* erase = qobject_cast<ui::EraseDialog*>(QApplication::activeModalWidget());
        if (erase != nullptr) {
            sawErase = true;
            CHECK(erase->scopeCombo()->currentText().startsWith(QStringLiteral("Case ")));
            CHECK_FALSE(erase->scopeCombo()->isEnabled());
            CHECK(erase->reasonEdit()->text().contains(QStringLiteral("retention.case")));
            erase->reject();
        }
    });
    dialog.destroyButton()->click();
    CHECK(sawErase);

    const int before = dialog.queueTable()->model()->rowCount();
    dialog.nextReviewEdit()->setDate(qdate("2033-01-01")); // after the as-of date: off the queue
    dialog.reasonEdit()->setText(QStringLiteral("Claim threatened"));
    dialog.keepButton()->click();
    CHECK(dialog.messageLabel()->text().startsWith(QStringLiteral("Recorded: retention.case")));
    CHECK(dialog.queueTable()->model()->rowCount() == before - 1);
    CHECK(f.session->database().queryInt("SELECT count(*) FROM retention_decision").value() == 1);
}

TEST_CASE("Retention dialog: anonymise keeps the case for the counts, names what goes, and it leaves the queue",
          "[dataprotection][retention][anonymise]")
{
    test::SectionFixture f;
    addEntry(*f.session, f.caseId, "Visit", "ANONUICANARY note");
    REQUIRE(f.session->cases().closeCase(f.caseId, day("2026-03-31"), core::CaseOutcome::ReturnedToFullDuties, ""));
    core::RetentionService retention(f.session->database(), f.session->audit(), f.session->actor());
    REQUIRE(retention.setServiceEnd(f.person, day("2026-06-30"), "Retired"));

    ui::RetentionDialog dialog(*f.session);
    dialog.show();
    dialog.asOfEdit()->setDate(qdate("2032-07-01"));
    REQUIRE(dialog.queueTable()->model()->rowCount() == 1);
    dialog.queueTable()->setCurrentIndex(dialog.queueTable()->model()->index(0, 0));
    REQUIRE(dialog.anonymiseButton()->isEnabled());
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto* confirm = qobject_cast<ui::EraseDialog*>(QApplication::activeModalWidget());
        if (confirm == nullptr) {
            return;
        }
        sawDialog = true;
        CHECK(confirm->windowTitle() == QStringLiteral("Anonymise for good"));
        CHECK(confirm->whatGoesLabel()->text().startsWith(QStringLiteral("Kept, anonymised: the case's types")));
        CHECK(confirm->whatGoesLabel()->text().contains(QStringLiteral("chronology_entry")));
        CHECK_FALSE(confirm->whatGoesLabel()->text().contains(QStringLiteral("case_file")));
        confirm->confirmCheck()->setChecked(true);
        REQUIRE(confirm->eraseButton()->isEnabled());
        confirm->eraseButton()->click();
        CHECK(confirm->certificateView()->toPlainText().contains(QStringLiteral("anonymised")));
        confirm->accept();
    });
    dialog.anonymiseButton()->click();
    REQUIRE(sawDialog);
    auto& db = f.session->database();
    CHECK(db.queryInt("SELECT count(*) FROM case_file WHERE id = " + std::to_string(f.caseId.value)
                      + " AND summary = 'Anonymised'")
              .value()
          == 1);
    CHECK(db.queryInt("SELECT count(*) FROM chronology_entry").value() == 0);
    // The case has left the queue; the person, with no case left to review, comes next.
    for (int r = 0; r < dialog.queueTable()->model()->rowCount(); ++r) {
        CHECK(cellText(dialog.queueTable(), r, 5) != QStringLiteral("retention.case"));
    }
}

TEST_CASE("Retention dialog: a closed request's file is disposed of on its own, not anonymised "
          "(retention.sar_request)",
          "[dataprotection][retention]")
{
    test::SectionFixture f;
    const std::int64_t sar = addRequest(*f.session, f.person, "2026-01-05");
    REQUIRE(f.session->database().exec("UPDATE sar_request SET status = 'responded', closed_on = '2026-02-02'"));

    ui::RetentionDialog dialog(*f.session);
    dialog.show();
    dialog.asOfEdit()->setDate(qdate("2028-02-02"));
    int row = -1;
    for (int r = 0; r < dialog.queueTable()->model()->rowCount(); ++r) {
        if (cellText(dialog.queueTable(), r, 5) == QStringLiteral("retention.sar_request")) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    dialog.queueTable()->setCurrentIndex(dialog.queueTable()->model()->index(row, 0));
    CHECK(dialog.destroyButton()->isEnabled());
    CHECK_FALSE(dialog.anonymiseButton()->isEnabled()); // nothing to keep counts of
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto* confirm = qobject_cast<ui::EraseDialog*>(QApplication::activeModalWidget());
        if (confirm == nullptr) {
            return;
        }
        sawDialog = true;
        CHECK(confirm->windowTitle() == QStringLiteral("Dispose of for good"));
        CHECK(confirm->scopeCombo()->currentText()
              == QStringLiteral("Subject access request %1 and its file, about Robin Example").arg(sar));
        CHECK(confirm->whatGoesLabel()->text().contains(QStringLiteral("1 sar_request")));
        CHECK_FALSE(confirm->blockedLabel()->isVisible());
        confirm->confirmCheck()->setChecked(true);
        REQUIRE(confirm->eraseButton()->isEnabled());
        confirm->eraseButton()->click();
        CHECK(confirm->certificateView()->toPlainText().contains(QStringLiteral("sar_request %1").arg(sar)));
        confirm->accept();
    });
    dialog.destroyButton()->click();
    REQUIRE(sawDialog);
    auto& db = f.session->database();
    CHECK(db.queryInt("SELECT count(*) FROM sar_request").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM person").value() == 1);
    CHECK(db.queryInt("SELECT count(*) FROM case_file").value() == 1);
    for (int r = 0; r < dialog.queueTable()->model()->rowCount(); ++r) {
        CHECK(cellText(dialog.queueTable(), r, 5) != QStringLiteral("retention.sar_request"));
    }
}

TEST_CASE("Erase dialog: names the rows, attachments and index entries, refuses while held, erases with a certificate",
          "[dataprotection][erase]")
{
    test::SectionFixture f;
    addEntry(*f.session, f.caseId, "Visit", "note one");
    addEntry(*f.session, f.caseId, "Call", "note two");
    core::Attachment a;
    a.caseId = f.caseId;
    a.fileName = "scan.txt";
    a.added = day("2026-02-02");
    const std::string content = "12345";
    REQUIRE(f.session->cases().addAttachment(
        a, std::span(reinterpret_cast<const std::uint8_t*>(content.data()), content.size())));
    const std::int64_t sar = addRequest(*f.session, f.person, "2026-11-02");

    ui::EraseDialog dialog(*f.session, f.person.value, f.caseId.value);
    dialog.show();
    CHECK(dialog.scopeCombo()->count() == 2);
    const std::string what = dialog.whatGoesLabel()->text().toStdString();
    CHECK_THAT(what, Catch::Contains("2 chronology_entry") && Catch::Contains("1 attachment(s), 5 bytes")
                         && Catch::Contains("3 search index entries"));
    CHECK(dialog.blockedLabel()->isVisible());
    CHECK(dialog.blockedLabel()->text().contains(QStringLiteral("open subject access request %1").arg(sar)));
    dialog.reasonEdit()->setText(QStringLiteral("Art 17 request, authorised by Insp Example"));
    dialog.confirmCheck()->setChecked(true);
    CHECK_FALSE(dialog.eraseButton()->isEnabled());

    REQUIRE(f.session->database().exec("UPDATE sar_request SET status = 'withdrawn', closed_on = '2026-11-05'"));
    dialog.scopeCombo()->setCurrentIndex(1); // the person and every case: the preview is counted again
    CHECK(dialog.whatGoesLabel()->text().contains(QStringLiteral("1 person")));
    CHECK_FALSE(dialog.blockedLabel()->isVisible());
    dialog.scopeCombo()->setCurrentIndex(0);
    REQUIRE(dialog.eraseButton()->isEnabled());
    dialog.eraseButton()->click();
    CHECK(dialog.erased());
    CHECK(dialog.certificateView()->isVisible());
    CHECK(dialog.certificateView()->toPlainText().contains(QStringLiteral("DISPOSAL CERTIFICATE")));
    CHECK(f.session->database().queryInt("SELECT count(*) FROM case_file").value() == 0);
    CHECK(f.session->database().queryInt("SELECT count(*) FROM person").value() == 1);
}

TEST_CASE("Due & overdue: a subject access request shows its person and opens the request, not case 0",
          "[dataprotection][due]")
{
    test::SectionFixture f;
    const std::int64_t sar = addRequest(*f.session, f.person, "2026-11-02");
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
    workspace.resize(1200, 660);
    workspace.show();
    workspace.refresh();
    workspace.showDueDashboard();
    QApplication::processEvents();
    auto* table = workspace.findChild<QTableView*>(QStringLiteral("dueTable"));
    REQUIRE(table != nullptr);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (cellText(table, r, 4).startsWith(QStringLiteral("Subject access request"))) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    CHECK(cellText(table, row, 3) == QStringLiteral("Robin Example"));
    CHECK(cellText(table, row, 4) == QStringLiteral("Subject access request from Robin Example"));
    std::optional<std::int64_t> opened;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::SarDialog*>(QApplication::activeModalWidget());
        if (dialog != nullptr) {
            opened = dialog->currentRequest();
            dialog->reject();
        }
    });
    emit table->activated(table->model()->index(row, 0));
    REQUIRE(opened.has_value());
    CHECK(*opened == sar);
}

TEST_CASE("Due & overdue: double-clicking a subject access request opens the request and leaves the case as it was",
          "[dataprotection][due]")
{
    test::SectionFixture f;
    const std::int64_t sar = addRequest(*f.session, f.person, "2026-11-02");
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
    workspace.resize(1200, 660);
    workspace.show();
    workspace.refresh();
    workspace.openCase(f.caseId.value);
    const auto before = workspace.currentCase();
    workspace.showDueDashboard();
    QApplication::processEvents();
    auto* table = workspace.findChild<QTableView*>(QStringLiteral("dueTable"));
    REQUIRE(table != nullptr);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (cellText(table, r, 4).startsWith(QStringLiteral("Subject access request"))) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    std::optional<std::int64_t> opened;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::SarDialog*>(QApplication::activeModalWidget());
        if (dialog != nullptr) {
            opened = dialog->currentRequest();
            dialog->reject();
        }
    });
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    REQUIRE(cell.isValid());
    // A double-click is a press, a release, then a double-click event with its own release.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(opened.has_value());
    CHECK(*opened == sar);
    CHECK(workspace.currentCase() == before); // no case 0 opened
}
