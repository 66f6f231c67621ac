// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Rules: sick_pay.full_pay.allowance, sick_pay.half_pay.allowance, sick_pay.lookback (Police Regulations
// 2003 reg 28 and Annex K, secondary); sick_pay.review.before_half_pay / before_nil_pay (local, 28 days).
#include "RulesFixture.h"

#include "rules/SickPay.h"

using namespace casebook::core;
using casebook::core::test::d;
using casebook::core::test::shippedCalendar;
using casebook::core::test::shippedPack;

namespace {

struct SickPayFixture {
    WorkingCalendar calendar = shippedCalendar();
    DeadlineEngine engine{calendar};
    RulePack pack = shippedPack("sick-pay");

    std::vector<PayProjection> project(std::vector<SicknessSpell> spells) const
    {
        Result<std::vector<PayProjection>> result = projectSickPay(pack, engine, std::move(spells));
        if (!result) {
            FAIL(result.error().detail);
        }
        return result.value();
    }
};

SicknessSpell spell(const char* start, const char* end = nullptr)
{
    SicknessSpell s;
    s.start = d(start);
    if (end != nullptr) {
        s.end = d(end);
    }
    return s;
}

} // namespace

TEST_CASE("sick pay: domain.md worked example (60 prior days, absence from 2026-06-01)", "[rules][sickpay]")
{
    const SickPayFixture f;
    // 60 days of full-pay sick absence in the 12 months before: 5 Jan to 5 Mar 2026.
    const auto projections = f.project({spell("2026-01-05", "2026-03-05"), spell("2026-06-01")});
    REQUIRE(projections.size() == 2);
    CHECK(projections[0].fullPayTo == d("2026-03-05"));
    CHECK_FALSE(projections[0].halfPayFrom.has_value());
    CHECK(projections[0].reviews.empty());

    const PayProjection& current = projections[1];
    CHECK(current.fullPayDaysBefore == 60);
    CHECK(current.fullPayEntitlement == 123);
    CHECK(current.halfPayEntitlement == 183);
    CHECK(current.fullPayTo == d("2026-10-01"));
    CHECK(current.halfPayFrom == d("2026-10-02"));
    CHECK(current.halfPayTo == d("2027-04-02"));
    CHECK(current.nilPayFrom == d("2027-04-03"));
    REQUIRE(current.reviews.size() == 2);
    CHECK(current.reviews[0].ruleId == "sick_pay.review.before_half_pay");
    CHECK(current.reviews[0].date == d("2026-09-04"));
    CHECK(current.reviews[0].status == RuleStatus::Local);
    CHECK(current.reviews[1].ruleId == "sick_pay.review.before_nil_pay");
    CHECK(current.reviews[1].date == d("2027-03-06"));
}

TEST_CASE("sick pay: absences spread over the prior year, one straddling the window start", "[rules][sickpay]")
{
    const SickPayFixture f;
    const auto projections =
        f.project({spell("2026-03-02", "2026-03-31"), spell("2025-07-01", "2025-07-20"),
                   spell("2025-05-20", "2025-06-10"), spell("2025-11-10", "2025-12-09"), spell("2026-06-01")});
    REQUIRE(projections.size() == 5);
    CHECK(projections[0].start == d("2025-05-20")); // taken in date order
    CHECK(projections[3].fullPayDaysBefore == 22 + 20 + 30);
    const PayProjection& current = projections[4];
    // Window 2025-06-01 to 2026-05-31: 10 (1-10 Jun) + 20 + 30 + 30 days.
    CHECK(current.fullPayDaysBefore == 90);
    CHECK(current.fullPayEntitlement == 93);
    CHECK(current.fullPayTo == d("2026-09-01"));
    CHECK(current.halfPayFrom == d("2026-09-02"));
    CHECK(current.halfPayTo == d("2027-03-03"));
    CHECK(current.nilPayFrom == d("2027-03-04"));
}

TEST_CASE("sick pay: half-pay days in the window reduce half-pay entitlement too", "[rules][sickpay]")
{
    const SickPayFixture f;
    const auto projections = f.project({spell("2025-03-01", "2025-12-31"), spell("2026-03-01")});
    REQUIRE(projections.size() == 2);
    CHECK(projections[0].fullPayTo == d("2025-08-30"));
    CHECK(projections[0].halfPayFrom == d("2025-08-31"));
    CHECK(projections[0].halfPayTo == d("2025-12-31"));
    CHECK_FALSE(projections[0].nilPayFrom.has_value());

    const PayProjection& current = projections[1];
    CHECK(current.fullPayDaysBefore == 183);
    CHECK(current.halfPayDaysBefore == 123);
    CHECK(current.fullPayEntitlement == 0);
    CHECK(current.halfPayEntitlement == 60);
    CHECK_FALSE(current.fullPayTo.has_value());
    CHECK(current.halfPayFrom == d("2026-03-01"));
    CHECK(current.halfPayTo == d("2026-04-29"));
    CHECK(current.nilPayFrom == d("2026-04-30"));
    REQUIRE(current.reviews.size() == 2);
    CHECK(current.reviews[0].date == d("2026-02-01"));
    CHECK(current.reviews[1].date == d("2026-04-02"));
}

TEST_CASE("sick pay: a short absence has no transitions and no reviews", "[rules][sickpay]")
{
    const SickPayFixture f;
    const auto projections = f.project({spell("2026-02-02", "2026-02-06")});
    CHECK(projections[0].fullPayTo == d("2026-02-06"));
    CHECK_FALSE(projections[0].halfPayFrom.has_value());
    CHECK_FALSE(projections[0].nilPayFrom.has_value());
    CHECK(projections[0].reviews.empty());
}

TEST_CASE("sick pay: payroll's recorded full-pay days replace the projection for that absence", "[rules][sickpay]")
{
    const SickPayFixture f;
    SicknessSpell earlier = spell("2026-01-05", "2026-03-05");
    earlier.fullPayDaysRecorded = 40; // e.g. pay was not maintained for the last 20 days
    const auto projections = f.project({earlier, spell("2026-06-01")});
    CHECK(projections[0].fullPayTo == d("2026-02-13"));
    CHECK(projections[0].halfPayFrom == d("2026-02-14"));
    CHECK(projections[1].fullPayDaysBefore == 40);
    CHECK(projections[1].halfPayDaysBefore == 20);
    CHECK(projections[1].fullPayEntitlement == 143);
    CHECK(projections[1].halfPayEntitlement == 163);
}

TEST_CASE("sick pay: sick_pay.review.before_half_pay overridden locally moves the review", "[rules][sickpay][override]")
{
    SickPayFixture f;
    const Result<RulePack> local = applyOverride(f.pack, {"sick_pay.review.before_half_pay", 42, "Six weeks locally"});
    REQUIRE(local.has_value());
    f.pack = local.value();
    const auto projections = f.project({spell("2026-01-05", "2026-03-05"), spell("2026-06-01")});
    const DerivedDate& review = projections[1].reviews[0];
    CHECK(review.date == d("2026-08-21"));
    CHECK(review.overridden);
    CHECK(review.shippedAmount == 28);
    CHECK(review.overrideReason == "Six weeks locally");
}

TEST_CASE("sick pay: overlapping or backwards absences are refused", "[rules][sickpay]")
{
    const SickPayFixture f;
    const auto overlap = projectSickPay(f.pack, f.engine, {spell("2026-01-05", "2026-02-05"), spell("2026-02-01")});
    REQUIRE_FALSE(overlap.has_value());
    CHECK(overlap.error().code == ErrorCode::InvalidArgument);
    const auto ongoingThenMore = projectSickPay(f.pack, f.engine, {spell("2026-01-05"), spell("2026-03-01")});
    REQUIRE_FALSE(ongoingThenMore.has_value());
    const auto backwards = projectSickPay(f.pack, f.engine, {spell("2026-03-05", "2026-03-01")});
    REQUIRE_FALSE(backwards.has_value());
    const auto noRules = projectSickPay(shippedPack("conduct"), f.engine, {spell("2026-01-05")});
    REQUIRE_FALSE(noRules.has_value());
    CHECK(noRules.error().code == ErrorCode::InvalidRulePack);
}

TEST_CASE("sick_pay.lookback (counting policy): full_pay_days and all_sick_days", "[rules][sickpay][policy]")
{
    const SickPayFixture f;
    // 30 days off in February 2026 that payroll paid at half pay (no full-pay day), then a new absence.
    SicknessSpell earlier = spell("2026-02-02", "2026-03-03");
    earlier.fullPayDaysRecorded = 0;
    const std::vector<SicknessSpell> spells{earlier, spell("2026-06-01")};
    const auto fullPayOnly = projectSickPay(f.pack, f.engine, spells, SickPayLookback::FullPayDays);
    REQUIRE(fullPayOnly.has_value());
    CHECK(fullPayOnly->at(1).fullPayDaysBefore == 0);
    CHECK(fullPayOnly->at(1).fullPayEntitlement == 183); // nothing was paid in full
    const auto allDays = projectSickPay(f.pack, f.engine, spells, SickPayLookback::AllSickDays);
    REQUIRE(allDays.has_value());
    CHECK(allDays->at(1).fullPayEntitlement == 153); // 183 less the 30 sick days
    CHECK(allDays->at(1).fullPayTo == d("2026-10-31"));
    CHECK(fullPayOnly->at(1).fullPayTo == d("2026-11-30"));
    // Both readings agree when every earlier sick day was paid in full.
    const std::vector<SicknessSpell> plain{spell("2026-01-05", "2026-03-05"), spell("2026-06-01")};
    CHECK(projectSickPay(f.pack, f.engine, plain, SickPayLookback::AllSickDays)->at(1).fullPayEntitlement == 123);
}

TEST_CASE("sick pay position: days used in the look-back year and days of each allowance left",
          "[rules][sickpay][position]")
{
    // sick_pay.full_pay.allowance and sick_pay.half_pay.allowance less what the 12 months
    // (sick_pay.lookback) ending on the day have used (issue 10, item 8).
    const SickPayFixture f;
    SicknessSpell halfPaid = spell("2026-02-02", "2026-03-03"); // 30 days payroll paid at half pay
    halfPaid.fullPayDaysRecorded = 0;
    const std::vector<SicknessSpell> spells{spell("2026-01-05", "2026-01-14"), halfPaid};
    const auto projections = f.project(spells);

    const auto fullPayOnly =
        sickPayPosition(f.pack, projections, d("2026-12-01"), f.calendar, SickPayLookback::FullPayDays);
    REQUIRE(fullPayOnly.has_value());
    CHECK(fullPayOnly->band == PayBand::NotAbsent);
    CHECK(fullPayOnly->lookbackMonths == 12);
    CHECK(fullPayOnly->fullPayAllowance == 183);
    CHECK(fullPayOnly->fullPayDaysUsed == 10);
    CHECK(fullPayOnly->halfPayDaysUsed == 30);
    CHECK(fullPayOnly->fullPayDaysLeft == 173);
    CHECK(fullPayOnly->halfPayDaysLeft == fullPayOnly->halfPayAllowance - 30);

    // Counting every sick day against full pay: 183 - 40.
    const auto allDays =
        sickPayPosition(f.pack, projections, d("2026-12-01"), f.calendar, SickPayLookback::AllSickDays);
    REQUIRE(allDays.has_value());
    CHECK(allDays->fullPayDaysLeft == 143);

    // A year on, the window has moved past both absences: every day is back.
    const auto later = sickPayPosition(f.pack, projections, d("2027-03-10"), f.calendar);
    REQUIRE(later.has_value());
    CHECK(later->fullPayDaysLeft == 183);
    CHECK(later->halfPayDaysLeft == later->halfPayAllowance);

    const auto noRules = sickPayPosition(shippedPack("conduct"), projections, d("2026-12-01"), f.calendar);
    REQUIRE_FALSE(noRules.has_value());
    CHECK(noRules.error().code == ErrorCode::InvalidRulePack);
}
