// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The "Rules and calendar" dialog as a person uses it: pick a rule, change it for the force with a
// reason, restore it; add a local bank holiday.
#include "rulebook/RulesDialog.h"
#include "rulebook/PoliciesPage.h"
#include "rulebook/RuleTableModel.h"
#include "rulebook/VersionsPage.h"

#include "domain/DomainFixture.h"
#include "procedure/Conduct.h"
#include "procedure/UppProcedure.h"

#include "service/Session.h"
#include "support/DateEdit.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

std::unique_ptr<core::Session> makeSession(const test::TempDir& dir)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS Test";
    options.clock = std::make_shared<core::FakeClock>(core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
    auto session = core::Session::create(dir / "rules.cbk", test::secret("pw"), options, test::fastKdf());
    REQUIRE(session);
    return std::move(*session);
}

int rowOf(const ui::RuleTableModel& model, const std::string& ruleId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.ruleAt(row)->id == ruleId) {
            return row;
        }
    }
    FAIL("no row for " << ruleId);
    return -1;
}

} // namespace

TEST_CASE("The rules table lists every rule in force with its citation, and passes the model tester", "[rules-ui]")
{
    test::TempDir dir;
    auto session = makeSession(dir);
    ui::RuleTableModel model(session->rules());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = rowOf(model, "upp.legacy.first_stage_appeal.notice");
    CHECK(model.index(row, ui::RuleTableModel::Citation).data().toString().contains(QStringLiteral("reg 16(5)")));
    CHECK(model.index(row, ui::RuleTableModel::Amount).data().toString() == QStringLiteral("7 working days after"));
    model.refresh();
    CHECK(model.rowCount() > 10);
}

TEST_CASE("Changing a rule without a reason shows the message beside the form and keeps the amount typed", "[rules-ui]")
{
    test::TempDir dir;
    auto session = makeSession(dir);
    QUndoStack undo;
    ui::RulesDialog dialog(*session, undo);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* model = static_cast<ui::RuleTableModel*>(dialog.ruleTable()->model());
    const int row = rowOf(*model, "upp.legacy.first_stage_appeal.notice");
    dialog.ruleTable()->selectRow(row);

    dialog.amountEdit()->setValue(10);
    QTest::mouseClick(dialog.applyOverrideButton(), Qt::LeftButton);
    CHECK(dialog.overrideError()->isVisibleTo(&dialog));
    CHECK(dialog.overrideError()->text().contains(QStringLiteral("needs a reason")));
    CHECK(dialog.reasonEdit()->hasFocus());
    CHECK(dialog.amountEdit()->value() == 10);
    CHECK(session->rules().uppPack({"legacy"})->find("upp.legacy.first_stage_appeal.notice")->amount == 7);

    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Force policy: ten working days"));
    QTest::mouseClick(dialog.applyOverrideButton(), Qt::LeftButton);
    CHECK_FALSE(dialog.overrideError()->isVisibleTo(&dialog));
    CHECK(session->rules().uppPack({"legacy"})->find("upp.legacy.first_stage_appeal.notice")->amount == 10);
    CHECK(model->index(row, ui::RuleTableModel::LocalChange)
              .data()
              .toString()
              .contains(QStringLiteral("Force policy: ten working days")));

    if (const QString shots = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.grab().save(shots + QStringLiteral("/rules-dialog.png"));
    }
    REQUIRE(dialog.restoreButton()->isEnabled());
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    CHECK(session->rules().uppPack({"legacy"})->find("upp.legacy.first_stage_appeal.notice")->amount == 7);
    CHECK(session->localRules().ruleOverrides().value().empty());
}

TEST_CASE("A local bank holiday added in the dialog counts as a holiday at once", "[rules-ui]")
{
    test::TempDir dir;
    auto session = makeSession(dir);
    QUndoStack undo;
    ui::RulesDialog dialog(*session, undo);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.holidayDateEdit()->setDate(QDate(2026, 11, 23));
    QTest::keyClicks(dialog.holidayTitleEdit(), QStringLiteral("Force remembrance day"));
    QTest::mouseClick(dialog.addHolidayButton(), Qt::LeftButton);
    CHECK(dialog.holidayError()->text().startsWith(QStringLiteral("reason")));
    CHECK(dialog.holidayTitleEdit()->text() == QStringLiteral("Force remembrance day"));
    CHECK_FALSE(session->rules().calendar.isBankHoliday(core::Date::parseIso("2026-11-23").value()));

    QTest::keyClicks(dialog.holidayReasonEdit(), QStringLiteral("Chief constable's order"));
    QTest::mouseClick(dialog.addHolidayButton(), Qt::LeftButton);
    CHECK(session->rules().calendar.isBankHoliday(core::Date::parseIso("2026-11-23").value()));
    CHECK(dialog.holidayTitleEdit()->text().isEmpty());
}

namespace {

/// The shipped resources with the test pack (versions 3 and 4 of the amended regime) over them.
std::filesystem::path versionedResources(const test::TempDir& dir)
{
    const std::filesystem::path root = dir / "resources";
    std::filesystem::copy(CASEBOOK_RESOURCES_DIR, root, std::filesystem::copy_options::recursive);
    std::filesystem::copy_file(std::filesystem::path(CASEBOOK_TEST_PACKS_DIR) / "rules" / "upp-amended.json",
                               root / "rules" / "upp-amended.json", std::filesystem::copy_options::overwrite_existing);
    return root;
}

int rowWhere(const QAbstractItemModel* model, const QString& first, const QString& second)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == first && model->index(row, 1).data().toString() == second) {
            return row;
        }
    }
    FAIL("no row " << first.toStdString() << " " << second.toStdString());
    return -1;
}

} // namespace

TEST_CASE("The versions page lists each pack version with the open procedures it governs, re-pins one with a reason "
          "and shows the dates that moved",
          "[rules-ui][versions]")
{
    test::TempDir dir;
    core::CaseId caseId;
    core::UppProcedureId uppId;
    {
        auto session = makeSession(dir); // shipped packs: the matter is pinned to upp.amended version 2
        auto person = session->cases().createPerson(test::samplePerson("Alex Morgan"));
        REQUIRE(person);
        auto opened = session->cases().openCase(test::sampleCase(*person));
        REQUIRE(opened);
        caseId = *opened;
        core::UppProcedure u;
        u.caseId = caseId;
        u.cameToAttention = core::Date::parseIso("2026-08-03").value();
        u.stage = core::UppStage::First;
        u.events = {{"win_dated", core::Date::parseIso("2026-11-20").value(), ""},
                    {"win_received", core::Date::parseIso("2026-11-20").value(), ""}};
        auto added = session->procedures().add(u);
        REQUIRE(added);
        uppId = *added;
    }
    // A new version of the pack arrives (version 3, from 2026-07-13).
    core::SessionOptions options;
    options.resourcesDir = versionedResources(dir);
    options.actor = "PS Test";
    options.clock = std::make_shared<core::FakeClock>(core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
    auto opened = core::Session::open(dir / "rules.cbk", test::secret("pw"), options);
    REQUIRE(opened);
    auto session = std::move(*opened);

    QUndoStack undo;
    ui::RulesDialog dialog(*session, undo);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    ui::VersionsPage* page = dialog.versionsPage();
    dialog.findChild<QTabWidget*>(QStringLiteral("rulesTabs"))->setCurrentWidget(page);
    const QAbstractItemModel* versions = page->versionTable()->model();
    const int v2 = rowWhere(versions, QStringLiteral("upp.amended"), QStringLiteral("2"));
    const int v3 = rowWhere(versions, QStringLiteral("upp.amended"), QStringLiteral("3"));
    rowWhere(versions, QStringLiteral("upp.amended"), QStringLiteral("4"));
    CHECK(versions->index(v2, 2).data().toString() == QStringLiteral("2025-05-28"));
    CHECK(versions->index(v2, 3).data().toString() == QStringLiteral("2026-07-12"));
    CHECK(versions->index(v2, 5).data().toString().contains(QStringLiteral("reg 65")));
    CHECK(versions->index(v2, 6).data().toString() == QStringLiteral("1"));
    CHECK(versions->index(v3, 6).data().toString() == QStringLiteral("0"));

    page->versionTable()->selectRow(v2);
    const QAbstractItemModel* procedures = page->procedureTable()->model();
    REQUIRE(procedures->rowCount() == 1);
    CHECK(procedures->index(0, 3).data().toString() == QStringLiteral("2")); // pinned
    CHECK(procedures->index(0, 4).data().toString() == QStringLiteral("3")); // what the dates select now
    page->procedureTable()->selectRow(0);
    CHECK(page->movedDates()->text().contains(QStringLiteral("2026-12-01 → 2026-12-04")));

    QSignalSpy open(&dialog, &ui::RulesDialog::openCaseRequested);
    QTest::mouseClick(page->openCaseButton(), Qt::LeftButton);
    REQUIRE(open.count() == 1);
    CHECK(open.front().front().toLongLong() == caseId.value);

    QTest::mouseClick(page->repinButton(), Qt::LeftButton); // no reason
    CHECK(page->errorLabel()->text().contains(QStringLiteral("reason")));
    CHECK(session->procedures().get<core::UppProcedure>(uppId)->pinnedVersion == 2);

    QTest::keyClicks(page->reasonEdit(), QStringLiteral("the amended text governs this matter"));
    QTest::mouseClick(page->repinButton(), Qt::LeftButton);
    CHECK(session->procedures().get<core::UppProcedure>(uppId)->pinnedVersion == 3);
    CHECK(page->movedDates()->text().contains(QStringLiteral("2026-12-01 → 2026-12-04")));
    CHECK(versions->index(v2, 6).data().toString() == QStringLiteral("0"));
    CHECK(versions->index(v3, 6).data().toString() == QStringLiteral("1"));

    // The rule's own versions are listed beside it on the rules page.
    dialog.findChild<QTabWidget*>(QStringLiteral("rulesTabs"))->setCurrentIndex(0);
    const int ruleRow =
        rowOf(*static_cast<ui::RuleTableModel*>(dialog.ruleTable()->model()), "upp.amended.first_stage_appeal.notice");
    dialog.ruleTable()->selectRow(ruleRow);
    CHECK(dialog.ruleDetail()->text().contains(QStringLiteral("version 2 (2025-05-28 to 2026-07-12): 7")));
    CHECK(dialog.ruleDetail()->text().contains(QStringLiteral("version 3 (2026-07-13 to 2027-03-31): 10")));
}

TEST_CASE("The rules page lists each rule with every version it appears in, its dates and the open procedures each "
          "governs, a rule removed by a later version included (issue 14 item 9)",
          "[rules-ui][versions]")
{
    test::TempDir dir;
    core::CaseId caseId;
    core::UppProcedureId uppId;
    {
        auto session = makeSession(dir); // shipped packs: the matter is pinned to upp.amended version 2
        auto person = session->cases().createPerson(test::samplePerson("Sam Lee"));
        REQUIRE(person);
        auto opened = session->cases().openCase(test::sampleCase(*person));
        REQUIRE(opened);
        caseId = *opened;
        core::UppProcedure u;
        u.caseId = caseId;
        u.cameToAttention = core::Date::parseIso("2026-08-03").value();
        u.stage = core::UppStage::First;
        auto added = session->procedures().add(u);
        REQUIRE(added);
        uppId = *added;
    }
    // Versions 3 and 4 arrive; version 4 removes upp.amended.stage_two.witness_lists, which still
    // governs the procedure pinned to version 2.
    core::SessionOptions options;
    options.resourcesDir = versionedResources(dir);
    options.actor = "PS Test";
    options.clock = std::make_shared<core::FakeClock>(core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
    auto opened = core::Session::open(dir / "rules.cbk", test::secret("pw"), options);
    REQUIRE(opened);
    auto session = std::move(*opened);

    QUndoStack undo;
    ui::RulesDialog dialog(*session, undo);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* model = static_cast<ui::RuleTableModel*>(dialog.ruleTable()->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString governs = QStringLiteral("Case %1 (UPP %2)").arg(caseId.value).arg(uppId.value);

    const int removed = rowOf(*model, "upp.amended.stage_two.witness_lists");
    const QString versions = model->index(removed, ui::RuleTableModel::Versions).data().toString();
    CHECK(versions.contains(QStringLiteral("version 2 (2025-05-28 to 2026-07-12): 1 open procedure")));
    CHECK(versions.contains(QStringLiteral("version 3 (2026-07-13 to 2027-03-31): 0 open procedures")));
    CHECK(versions.contains(QStringLiteral("not in version 4 (from 2027-04-01)")));
    CHECK(model->index(removed, ui::RuleTableModel::Amount).data().toString()
          == QStringLiteral("3 working days after"));
    dialog.ruleTable()->selectRow(removed);
    CHECK(dialog.ruleDetail()->text().contains(
        QStringLiteral("version 2 (2025-05-28 to 2026-07-12): 3 working_days_after, Sch 4 para 35(4) (analogue); "
                       "governs ")
        + governs));
    CHECK(dialog.ruleDetail()->text().contains(QStringLiteral("version 4 (2027-04-01 to ")) == false);
    CHECK(dialog.ruleDetail()->text().contains(QStringLiteral("version 4 (from 2027-04-01): not in this version")));

    // A rule that a later version added is listed with only the versions it is in.
    const int added = rowOf(*model, "upp.amended.test_v3.transition");
    CHECK(model->index(added, ui::RuleTableModel::Versions)
              .data()
              .toString()
              .startsWith(QStringLiteral("not in version 2")));

    // Every kind is pinned: the other packs count their open procedures too.
    dialog.ruleTable()->selectRow(rowOf(*model, "upp.legacy.first_stage_appeal.notice"));
    CHECK(dialog.ruleDetail()->text().contains(QStringLiteral("governs no open procedure")));
    const int sick = rowOf(*model, session->rules().sickPay.rules.front().id);
    CHECK(model->index(sick, ui::RuleTableModel::Versions)
              .data()
              .toString()
              .contains(QStringLiteral("0 open procedures")));
    dialog.ruleTable()->selectRow(sick);
    CHECK(dialog.ruleDetail()->text().contains(QStringLiteral("governs no open procedure")));
}

TEST_CASE("A counting policy is set on the policies page with a reason, and goes back to its default",
          "[rules-ui][policy]")
{
    test::TempDir dir;
    auto session = makeSession(dir);
    QUndoStack undo;
    ui::RulesDialog dialog(*session, undo);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    ui::PoliciesPage* page = dialog.policiesPage();
    dialog.findChild<QTabWidget*>(QStringLiteral("rulesTabs"))->setCurrentWidget(page);
    const QAbstractItemModel* model = page->policyTable()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        row = model->index(r, 0).data().toString() == QStringLiteral("sick_pay.lookback") ? r : row;
    }
    REQUIRE(row >= 0);
    page->policyTable()->selectRow(row);
    CHECK(page->valueChoice()->currentText() == QStringLiteral("full_pay_days"));
    page->valueChoice()->setCurrentText(QStringLiteral("all_sick_days"));
    QTest::mouseClick(page->setButton(), Qt::LeftButton); // no reason
    CHECK(page->errorLabel()->isVisibleTo(&dialog));
    CHECK(session->rules().policies.sickPayLookback == core::SickPayLookback::FullPayDays);

    QTest::keyClicks(page->reasonEdit(), QStringLiteral("force sickness policy 2026 s.4"));
    QTest::mouseClick(page->setButton(), Qt::LeftButton);
    CHECK(session->rules().policies.sickPayLookback == core::SickPayLookback::AllSickDays);
    CHECK(model->index(row, 1).data().toString() == QStringLiteral("all_sick_days"));
    CHECK(model->index(row, 3).data().toString() == QStringLiteral("force sickness policy 2026 s.4"));
    REQUIRE(page->defaultButton()->isEnabled());
    QTest::mouseClick(page->defaultButton(), Qt::LeftButton);
    CHECK(session->rules().policies.sickPayLookback == core::SickPayLookback::FullPayDays);
}

TEST_CASE("The versions page lists and re-pins the open records of the other pinned kinds", "[rules-ui][versions]")
{
    test::TempDir dir;
    auto session = makeSession(dir);
    auto person = session->cases().createPerson(test::samplePerson("Alex Morgan"));
    REQUIRE(person);
    auto opened = session->cases().openCase(test::sampleCase(*person));
    REQUIRE(opened);
    core::ConductReferral referral;
    referral.caseId = *opened;
    referral.referralDate = core::Date::parseIso("2026-11-02").value();
    referral.summary = "late for duty";
    referral.severity = core::SeverityAssessment::Misconduct;
    referral.reportDate = core::Date::parseIso("2026-11-20").value();
    auto referralId = session->procedures().add(referral);
    REQUIRE(referralId);

    QUndoStack undo;
    ui::RulesDialog dialog(*session, undo);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    ui::VersionsPage* page = dialog.versionsPage();
    dialog.findChild<QTabWidget*>(QStringLiteral("rulesTabs"))->setCurrentWidget(page);
    const QAbstractItemModel* versions = page->versionTable()->model();
    const int conduct = rowWhere(versions, QStringLiteral("conduct"), QStringLiteral("1"));
    CHECK(versions->index(conduct, 6).data().toString() == QStringLiteral("1"));
    CHECK(versions->index(rowWhere(versions, QStringLiteral("sick_pay"), QStringLiteral("2")), 6).data().toString()
          == QStringLiteral("0"));

    page->versionTable()->selectRow(conduct);
    const QAbstractItemModel* procedures = page->procedureTable()->model();
    REQUIRE(procedures->rowCount() == 1);
    CHECK(procedures->index(0, 1).data().toString() == QStringLiteral("Conduct referral %1").arg(referralId->value));
    CHECK(procedures->index(0, 2).data().toString() == QStringLiteral("2026-11-02"));
    page->procedureTable()->selectRow(0);
    CHECK(page->movedDates()->text().contains(QStringLiteral("no date moves")));

    QTest::keyClicks(page->reasonEdit(), QStringLiteral("checked against the 2020 text"));
    QTest::mouseClick(page->repinButton(), Qt::LeftButton);
    CHECK(session->procedures().get<core::ConductReferral>(*referralId)->pinReason == "checked against the 2020 text");
    CHECK(page->movedDates()->text().contains(QStringLiteral("Re-pinned Conduct referral")));
}
