// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The legal holds and service-end pages of Tools › Retention review (issue 15 item 3): what
// they change goes through the core services, is audited, and shows in the review queue.
#include "SectionFixture.h"
#include "support/DateEdit.h"

#include "dataprotection/LegalHoldsPage.h"
#include "dataprotection/RetentionDialog.h"
#include "dataprotection/RetentionRulesPage.h"
#include "dataprotection/ServiceEndPage.h"

#include "dp/Erasure.h"
#include "dp/Retention.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

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

QString cellText(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

std::int64_t auditCount(core::Session& session)
{
    return session.database().queryInt("SELECT count(*) FROM audit_log").value();
}

} // namespace

TEST_CASE("Legal holds page: a hold placed on a person blocks the queue and erasure until it is released, audited",
          "[dataprotection][retention][hold]")
{
    test::SectionFixture f;
    REQUIRE(f.session->cases().closeCase(f.caseId, day("2026-03-31"), core::CaseOutcome::ReturnedToFullDuties, ""));
    core::RetentionService retention(f.session->database(), f.session->audit(), f.session->actor());
    REQUIRE(retention.setServiceEnd(f.person, day("2026-06-30"), "Retired"));

    ui::RetentionDialog dialog(*f.session);
    dialog.show();
    dialog.asOfEdit()->setDate(qdate("2032-07-01"));
    REQUIRE(dialog.queueTable()->model()->rowCount() == 1);
    CHECK(cellText(dialog.queueTable(), 0, 8) == QStringLiteral("-"));

    ui::LegalHoldsPage* holds = dialog.holdsPage();
    REQUIRE(holds != nullptr);
    CHECK(dialog.tabs()->indexOf(holds) >= 0);
    CHECK(holds->holdTable()->model()->rowCount() == 0);
    CHECK(holds->subjectCombo()->currentText() == QStringLiteral("Robin Example"));
    holds->kindCombo()->setCurrentIndex(holds->kindCombo()->findText(QStringLiteral("Tribunal")));
    holds->referenceEdit()->setText(QStringLiteral("ET/1234/26"));
    holds->placedOnEdit()->setDate(qdate("2026-11-02"));
    const auto before = auditCount(*f.session);
    holds->placeButton()->click();
    CHECK(holds->messageLabel()->text().startsWith(QStringLiteral("Placed legal hold 1.")));
    REQUIRE(holds->holdTable()->model()->rowCount() == 1);
    CHECK(cellText(holds->holdTable(), 0, 1) == QStringLiteral("Robin Example (person %1)").arg(f.person.value));
    CHECK(cellText(holds->holdTable(), 0, 2) == QStringLiteral("Tribunal"));
    CHECK(cellText(holds->holdTable(), 0, 3) == QStringLiteral("2026-11-02"));
    CHECK(cellText(holds->holdTable(), 0, 4) == QStringLiteral("open"));
    CHECK(cellText(holds->holdTable(), 0, 5) == QStringLiteral("ET/1234/26"));
    CHECK(auditCount(*f.session) == before + 1);

    core::HoldService service(f.session->database(), f.session->audit(), f.session->actor());
    auto stored = service.coveringPerson(f.person);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().kind == core::HoldKind::Tribunal);
    CHECK(stored->front().reference == "ET/1234/26");
    // The queue on the first tab was told: the case is now held, and cannot be destroyed.
    CHECK(cellText(dialog.queueTable(), 0, 8) == QStringLiteral("legal hold 1"));
    CHECK_FALSE(dialog.destroyButton()->isEnabled());

    // Released before it was placed: refused with the service's reason, still open.
    holds->holdTable()->setCurrentIndex(holds->holdTable()->model()->index(0, 0));
    REQUIRE(holds->releaseButton()->isEnabled());
    holds->releaseOnEdit()->setDate(qdate("2026-11-01"));
    holds->releaseButton()->click();
    CHECK(holds->messageLabel()->text().contains(QStringLiteral("before it was placed")));
    CHECK(service.coveringPerson(f.person).value().size() == 1);

    holds->releaseOnEdit()->setDate(qdate("2027-05-01"));
    holds->releaseButton()->click();
    CHECK(holds->messageLabel()->text() == QStringLiteral("Released legal hold 1 on 2027-05-01."));
    CHECK(service.coveringPerson(f.person).value().empty());
    CHECK(auditCount(*f.session) == before + 2);
    CHECK(holds->holdTable()->model()->rowCount() == 0); // open holds only, until asked
    holds->showReleasedCheck()->setChecked(true);
    REQUIRE(holds->holdTable()->model()->rowCount() == 1);
    CHECK(cellText(holds->holdTable(), 0, 4) == QStringLiteral("2027-05-01"));
    holds->holdTable()->setCurrentIndex(holds->holdTable()->model()->index(0, 0));
    CHECK_FALSE(holds->releaseButton()->isEnabled());
    CHECK(cellText(dialog.queueTable(), 0, 8) == QStringLiteral("-"));
}

TEST_CASE("Legal holds page: a hold on one case, and one on everything", "[dataprotection][retention][hold]")
{
    test::SectionFixture f;
    ui::LegalHoldsPage page(*f.session);
    page.scopeCombo()->setCurrentIndex(1);
    REQUIRE(page.subjectCombo()->count() == 1);
    CHECK(page.subjectCombo()->currentText().startsWith(QStringLiteral("Case %1: Robin Example").arg(f.caseId.value)));
    page.placeButton()->click();
    page.scopeCombo()->setCurrentIndex(2);
    CHECK_FALSE(page.subjectCombo()->isEnabled());
    CHECK(page.placeButton()->isEnabled());
    page.placeButton()->click();
    REQUIRE(page.holdTable()->model()->rowCount() == 2);
    CHECK(cellText(page.holdTable(), 0, 1) == QStringLiteral("Case %1").arg(f.caseId.value));
    CHECK(cellText(page.holdTable(), 1, 1) == QStringLiteral("Everything"));
    core::HoldService service(f.session->database(), f.session->audit(), f.session->actor());
    const auto list = service.list().value();
    REQUIRE(list.size() == 2);
    CHECK(list[0].scope == core::HoldScope::Case);
    CHECK(list[0].caseId == f.caseId);
    CHECK(list[1].scope == core::HoldScope::All);
}

TEST_CASE("Service end page: set and clear a person's service end, audited, and the queue follows",
          "[dataprotection][retention][service-end]")
{
    test::SectionFixture f;
    REQUIRE(f.session->cases().closeCase(f.caseId, day("2026-03-31"), core::CaseOutcome::ReturnedToFullDuties, ""));
    ui::RetentionDialog dialog(*f.session);
    dialog.show();
    dialog.asOfEdit()->setDate(qdate("2032-07-01"));
    CHECK(dialog.queueTable()->model()->rowCount() == 0); // still serving: nothing counts yet

    ui::ServiceEndPage* page = dialog.serviceEndPage();
    REQUIRE(page != nullptr);
    CHECK(page->personCombo()->currentText() == QStringLiteral("Robin Example"));
    CHECK(page->currentLabel()->text().startsWith(QStringLiteral("Still serving")));
    CHECK_FALSE(page->endedCheck()->isChecked());
    CHECK_FALSE(page->endedOnEdit()->isEnabled());
    const auto before = auditCount(*f.session);
    page->endedCheck()->setChecked(true);
    page->endedOnEdit()->setDate(qdate("2026-06-30"));
    page->reasonEdit()->setText(QStringLiteral("Retired"));
    page->saveButton()->click();
    CHECK(page->messageLabel()->text() == QStringLiteral("Saved: Robin Example's service ended on 2026-06-30."));
    CHECK(page->currentLabel()->text() == QStringLiteral("Service ended on 2026-06-30"));
    core::RetentionService retention(f.session->database(), f.session->audit(), f.session->actor());
    CHECK(retention.serviceEnd(f.person).value() == day("2026-06-30"));
    CHECK(auditCount(*f.session) == before + 1);
    REQUIRE(dialog.queueTable()->model()->rowCount() >= 1);
    CHECK(cellText(dialog.queueTable(), 0, 5) == QStringLiteral("retention.case"));

    page->endedCheck()->setChecked(false);
    page->saveButton()->click();
    CHECK(page->messageLabel()->text() == QStringLiteral("Saved: no service end recorded for Robin Example."));
    CHECK_FALSE(retention.serviceEnd(f.person).value().has_value());
    CHECK(auditCount(*f.session) == before + 2);
    CHECK(dialog.queueTable()->model()->rowCount() == 0);
}

TEST_CASE("Periods page: a local period needs a reason, is audited, and the queue counts with it",
          "[dataprotection][retention][override]")
{
    test::SectionFixture f;
    REQUIRE(f.session->cases().closeCase(f.caseId, day("2026-03-31"), core::CaseOutcome::ReturnedToFullDuties, ""));
    core::RetentionService retention(f.session->database(), f.session->audit(), f.session->actor());
    REQUIRE(retention.setServiceEnd(f.person, day("2026-06-30"), "Retired"));
    ui::RetentionDialog dialog(*f.session);
    dialog.show();
    dialog.asOfEdit()->setDate(qdate("2028-07-01"));
    CHECK(dialog.queueTable()->model()->rowCount() == 0); // 72 months: not until 2032

    ui::RetentionRulesPage* page = dialog.rulesPage();
    REQUIRE(page != nullptr);
    QTableView* rules = page->ruleTable();
    int caseRow = -1;
    for (int r = 0; r < rules->model()->rowCount(); ++r) {
        if (cellText(rules, r, 0) == QStringLiteral("retention.case")) {
            caseRow = r;
        }
    }
    REQUIRE(caseRow >= 0);
    rules->setCurrentIndex(rules->model()->index(caseRow, 0));
    CHECK(page->monthsSpin()->value() == 72);
    CHECK(cellText(rules, caseRow, 5) == QStringLiteral("typical"));
    page->monthsSpin()->setValue(24);
    CHECK_FALSE(page->overrideButton()->isEnabled()); // no reason yet
    page->reasonEdit()->setText(QStringLiteral("Force policy IG-12"));
    REQUIRE(page->overrideButton()->isEnabled());
    const auto before = auditCount(*f.session);
    page->overrideButton()->click();
    CHECK(page->messageLabel()->text() == QStringLiteral("Rule retention.case now keeps records 24 months (local)."));
    CHECK(auditCount(*f.session) == before + 1);
    CHECK(cellText(rules, caseRow, 3) == QStringLiteral("24 months (shipped 72)"));
    CHECK(cellText(rules, caseRow, 6) == QStringLiteral("Force policy IG-12"));
    auto pack = retention.pack(std::filesystem::path(CASEBOOK_RESOURCES_DIR));
    REQUIRE(pack);
    CHECK(pack->find("retention.case")->months == 24);
    // 24 months after 30 June 2026 is 30 June 2028: on the queue now.
    REQUIRE(dialog.queueTable()->model()->rowCount() >= 1);
    CHECK(cellText(dialog.queueTable(), 0, 5) == QStringLiteral("retention.case"));
    CHECK(cellText(dialog.queueTable(), 0, 0) == QStringLiteral("2028-06-30"));
}
