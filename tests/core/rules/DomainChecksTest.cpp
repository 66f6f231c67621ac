// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The eight example checks of ../shared/design/domain.md §11, exactly as written there.
#include "RulesFixture.h"

#include "rules/DeadlineEngine.h"
#include "rules/UppRegime.h"
#include "rules/UppValidator.h"

#include <algorithm>

using namespace casebook::core;
using casebook::core::test::d;
using casebook::core::test::shippedCalendar;
using casebook::core::test::shippedPack;

namespace {

const DerivedDate& derivedFor(const std::vector<DerivedDate>& dates, const std::string& ruleId)
{
    const auto it = std::find_if(dates.begin(), dates.end(), [&](const DerivedDate& x) { return x.ruleId == ruleId; });
    REQUIRE(it != dates.end());
    return *it;
}

bool breaks(const std::vector<RuleBreach>& breaches, const std::string& ruleId)
{
    return std::any_of(breaches.begin(), breaches.end(), [&](const RuleBreach& b) { return b.ruleId == ruleId; });
}

} // namespace

TEST_CASE("domain check 1: upp.amended.transition (SI 2025/558 reg 65): 2025-05-27 is legacy, 2025-05-28 amended",
          "[rules][domain]")
{
    const RulePack legacy = shippedPack("upp-legacy");
    const RulePack amended = shippedPack("upp-amended");
    const Result<RegimeDecision> before =
        deriveUppRegime({d("2025-05-27"), std::nullopt, std::nullopt}, {&legacy, &amended});
    const Result<RegimeDecision> on =
        deriveUppRegime({d("2025-05-28"), std::nullopt, std::nullopt}, {&legacy, &amended});
    REQUIRE(before.has_value());
    REQUIRE(on.has_value());
    CHECK(before->regime == UppRegime{"legacy"});
    CHECK(on->regime == UppRegime{"amended"});
}

TEST_CASE(
    "domain check 2: upp.legacy.first_stage_appeal.notice (7 WD): WIN received Fri 2026-11-20, due Tue 2026-12-01",
    "[rules][domain]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const auto dates = engine.derive(shippedPack("upp-legacy"), {{"win_received", d("2026-11-20")}});
    CHECK(derivedFor(dates, "upp.legacy.first_stage_appeal.notice").date == d("2026-12-01"));
}

TEST_CASE(
    "domain check 3: upp.legacy.first_stage_appeal.notice (7 WD): WIN received Tue 2026-12-22, due Tue 2027-01-05",
    "[rules][domain]")
{
    // Skips 25 Dec, the 28 Dec substitute day and 1 Jan.
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const auto dates = engine.derive(shippedPack("upp-legacy"), {{"win_received", d("2026-12-22")}});
    CHECK(derivedFor(dates, "upp.legacy.first_stage_appeal.notice").date == d("2027-01-05"));
}

TEST_CASE(
    "domain check 4: upp.legacy.win.validity (12 months beginning with): WIN dated 2026-03-15, valid to 2027-03-14",
    "[rules][domain]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const auto dates = engine.derive(shippedPack("upp-legacy"), {{"win_dated", d("2026-03-15")}});
    CHECK(derivedFor(dates, "upp.legacy.win.validity").date == d("2027-03-14"));
}

TEST_CASE("domain check 5: upp.amended.improvement_period.max: 4 months without the exceptional flag is rejected",
          "[rules][domain]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    UppFacts facts;
    facts.improvementPeriodStart = d("2026-01-05");
    facts.improvementPeriodEnd = calendar.monthsPeriodEnd(d("2026-01-05"), 4);
    const auto breaches = checkUpp(shippedPack("upp-amended"), facts, engine);
    CHECK(breaks(breaches, "upp.amended.improvement_period.max"));
    CHECK_FALSE(toStatus(breaches).has_value());
    CHECK(toStatus(breaches).error().code == ErrorCode::RuleViolation);
}

TEST_CASE("domain check 6: upp.amended.no_fwin and upp.amended.gross_incompetence.not_attendance reject",
          "[rules][domain]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const RulePack amended = shippedPack("upp-amended");
    UppFacts fwin;
    fwin.fwinRecorded = true;
    CHECK(breaks(checkUpp(amended, fwin, engine), "upp.amended.no_fwin"));
    UppFacts attendance;
    attendance.ground = UppGround::Attendance;
    attendance.grossIncompetence = true;
    CHECK(breaks(checkUpp(amended, attendance, engine), "upp.amended.gross_incompetence.not_attendance"));
}

TEST_CASE(
    "domain check 7: ill_health_retirement.care_2015.smp_appeal.notice/grounds (PPR 2015 Sch 1 para 2): 2026-11-30, "
    "2026-12-23",
    "[rules][domain]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const auto dates =
        engine.derive(forVariant(shippedPack("ill-health-retirement"), "care_2015"),
                      {{"smp_report_received", d("2026-11-02")}, {"appeal_notice_received_by_ppa", d("2026-11-25")}});
    CHECK(dates.size() == 2); // the 2015 scheme's rules only
    CHECK(derivedFor(dates, "ill_health_retirement.care_2015.smp_appeal.notice").date == d("2026-11-30"));
    CHECK(derivedFor(dates, "ill_health_retirement.care_2015.smp_appeal.grounds").date == d("2026-12-23"));
}

TEST_CASE("domain check 8: limited_duties.adjusted.review (12 months after placement): 2026-01-10 gives 2027-01-10",
          "[rules][domain]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const auto dates = engine.derive(shippedPack("limited-duties"), {{"adjusted_duties_start", d("2026-01-10")}});
    CHECK(derivedFor(dates, "limited_duties.adjusted.review").date == d("2027-01-10"));
}
