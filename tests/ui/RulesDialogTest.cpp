// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The "Rules and calendar" dialog as a person uses it: pick a rule, change it for the force with a
// reason, restore it; add a local bank holiday.
#include "rulebook/RulesDialog.h"
#include "rulebook/RuleTableModel.h"

#include "service/Session.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

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
    ui::RulesDialog dialog(*session);
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
    CHECK(session->rules().uppLegacy.find("upp.legacy.first_stage_appeal.notice")->amount == 7);

    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Force policy: ten working days"));
    QTest::mouseClick(dialog.applyOverrideButton(), Qt::LeftButton);
    CHECK_FALSE(dialog.overrideError()->isVisibleTo(&dialog));
    CHECK(session->rules().uppLegacy.find("upp.legacy.first_stage_appeal.notice")->amount == 10);
    CHECK(model->index(row, ui::RuleTableModel::LocalChange)
              .data()
              .toString()
              .contains(QStringLiteral("Force policy: ten working days")));

    if (const QString shots = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.grab().save(shots + QStringLiteral("/rules-dialog.png"));
    }
    REQUIRE(dialog.restoreButton()->isEnabled());
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    CHECK(session->rules().uppLegacy.find("upp.legacy.first_stage_appeal.notice")->amount == 7);
    CHECK(session->localRules().ruleOverrides().value().empty());
}

TEST_CASE("A local bank holiday added in the dialog counts as a holiday at once", "[rules-ui]")
{
    test::TempDir dir;
    auto session = makeSession(dir);
    ui::RulesDialog dialog(*session);
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
