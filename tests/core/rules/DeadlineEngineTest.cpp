// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "RulesFixture.h"

#include "rules/DeadlineEngine.h"

#include <algorithm>

using namespace casebook::core;
using casebook::core::test::d;
using casebook::core::test::shippedCalendar;
using casebook::core::test::shippedPack;

namespace {

const DerivedDate* findDerived(const std::vector<DerivedDate>& dates, const std::string& ruleId)
{
    const auto it = std::find_if(dates.begin(), dates.end(), [&](const DerivedDate& x) { return x.ruleId == ruleId; });
    return it == dates.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("engine: conduct.misconduct_meeting_appeal.notice (Conduct Regs 2020 reg 45(3)(a)) carries its citation",
          "[rules][engine]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const auto dates = engine.derive(shippedPack("conduct"), {{"misconduct_meeting_report_given", d("2026-03-27")}});
    REQUIRE(dates.size() == 1);
    const DerivedDate& appeal = dates.front();
    // Fri 27 Mar 2026: day 1 is Mon 30 Mar; Good Friday 3 Apr and Easter Monday 6 Apr are skipped.
    CHECK(appeal.date == d("2026-04-09"));
    CHECK(appeal.ruleId == "conduct.misconduct_meeting_appeal.notice");
    CHECK(appeal.basisEvent == "misconduct_meeting_report_given");
    CHECK(appeal.basisDate == d("2026-03-27"));
    CHECK(appeal.status == RuleStatus::Verified);
    CHECK(appeal.citation.provision == "reg 45(3)(a)");
    CHECK(appeal.citation.url == "https://www.legislation.gov.uk/uksi/2020/4/regulation/45");
    CHECK(appeal.amount == 7);
    CHECK_FALSE(appeal.overridden);
    CHECK_FALSE(appeal.calendarUnconfirmed);
}

TEST_CASE("engine: rules whose basis is not recorded derive nothing", "[rules][engine]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    CHECK(engine.derive(shippedPack("upp-legacy"), {}).empty());
    const auto dates = engine.derive(shippedPack("upp-legacy"), {{"fwin_dated", d("2026-05-01")}});
    REQUIRE(dates.size() == 1);
    CHECK(dates.front().ruleId == "upp.legacy.fwin.validity"); // analogue, MoD SI 2020/1087 Sch 4 para 25(4)
    CHECK(dates.front().date == d("2027-04-30"));
    CHECK(dates.front().status == RuleStatus::Analogue);
}

TEST_CASE("engine: upp.legacy.first_stage_appeal.notice override shows both values and the reason", "[rules][engine]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const Result<RulePack> local = applyOverride(shippedPack("upp-legacy"), {"upp.legacy.first_stage_appeal.notice", 10,
                                                                             "Extended by the appropriate authority"});
    REQUIRE(local.has_value());
    const auto dates = engine.derive(local.value(), {{"win_received", d("2026-11-20")}});
    const DerivedDate* notice = findDerived(dates, "upp.legacy.first_stage_appeal.notice");
    REQUIRE(notice != nullptr);
    CHECK(notice->date == d("2026-12-04"));
    CHECK(notice->overridden);
    CHECK(notice->amount == 10);
    CHECK(notice->shippedAmount == 7);
    CHECK(notice->overrideReason == "Extended by the appropriate authority");
}

TEST_CASE("engine: subject_access.extended_response counts three months from the start, not from the first deadline",
          "[rules][engine]")
{
    // The engine's own dates, before the weekend roll and clock stops the subject access code adds
    // (tests/core/dp/SubjectAccessTest.cpp).
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const auto dates = engine.derive(shippedPack("subject-access"), {{"clock_started", d("2027-01-31")}});
    REQUIRE(findDerived(dates, "subject_access.response") != nullptr);
    CHECK(findDerived(dates, "subject_access.response")->date == d("2027-02-28"));
    REQUIRE(findDerived(dates, "subject_access.extended_response") != nullptr);
    CHECK(findDerived(dates, "subject_access.extended_response")->date == d("2027-04-30"));
    CHECK(findDerived(dates, "subject_access.extended_response")->basisEvent == "clock_started");
}

TEST_CASE("engine: ill_health_retirement.pmab notices count back from the hearing (IBR 2006 Sch 6)", "[rules][engine]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const RulePack pack = shippedPack("ill-health-retirement");
    const EventDates events{{"pmab_hearing_date", d("2027-03-31")}, {"representation_notice_given", d("2027-03-01")}};
    const auto dates = engine.derive(pack, events);
    CHECK(findDerived(dates, "ill_health_retirement.pmab.hearing_notice")->date == d("2027-01-31"));
    const DerivedDate* representation = findDerived(dates, "ill_health_retirement.pmab.representation_notice");
    CHECK(representation->date == d("2027-02-24"));
    CHECK(representation->targetDate == d("2027-03-01"));
    CHECK(representation->late);
    CHECK(engine.checkOrder(pack, events).empty());
    const auto afterHearing = engine.checkOrder(
        pack, {{"pmab_hearing_date", d("2027-03-31")}, {"representation_notice_given", d("2027-04-02")}});
    REQUIRE(afterHearing.size() == 1);
    CHECK(afterHearing.front().ruleId == "ill_health_retirement.pmab.representation_notice");
}

TEST_CASE("ill-health citations by scheme (issue 14): smp_appeal per scheme, pmab analogue for retirements, verified "
          "for injury awards",
          "[rules][engine]")
{
    const RulePack ihr = shippedPack("ill-health-retirement");
    const RulePack injury = shippedPack("injury-benefit");
    // ill_health_retirement.care_2015.smp_appeal.*: read in PPR 2015 Sch 1 para 2.
    CHECK(ihr.find("ill_health_retirement.care_2015.smp_appeal.notice")->status == RuleStatus::Verified);
    CHECK(ihr.find("ill_health_retirement.care_2015.smp_appeal.grounds")->citation.provision == "Sch 1 para 2(3)");
    // ill_health_retirement.pps_1987 / nps_2006.smp_appeal.*: own text not read, the 2015 text as analogue.
    for (const char* id :
         {"ill_health_retirement.pps_1987.smp_appeal.notice", "ill_health_retirement.pps_1987.smp_appeal.grounds",
          "ill_health_retirement.nps_2006.smp_appeal.notice", "ill_health_retirement.nps_2006.smp_appeal.grounds"}) {
        INFO(id);
        REQUIRE(ihr.find(id) != nullptr);
        CHECK(ihr.find(id)->status == RuleStatus::Analogue);
    }
    CHECK(ihr.find("ill_health_retirement.smp_appeal.notice") == nullptr); // no longer one rule for every scheme
    CHECK(forVariant(ihr, "pps_1987").find("ill_health_retirement.care_2015.smp_appeal.notice") == nullptr);
    CHECK(forVariant(ihr, "pps_1987").find("ill_health_retirement.pmab.hearing_notice") != nullptr);
    // ill_health_retirement.pmab.*: IBR 2006 Sch 6 para 3 applied to retirements, so analogue.
    CHECK(ihr.find("ill_health_retirement.pmab.hearing_notice")->status == RuleStatus::Analogue);
    CHECK(ihr.find("ill_health_retirement.pmab.representation_notice")->status == RuleStatus::Analogue);
    // injury_benefit.pmab.*: read in IBR 2006 Sch 6 para 3(2) and 3(3), its own instrument: verified.
    CHECK(injury.find("injury_benefit.pmab.hearing_notice")->status == RuleStatus::Verified);
    CHECK(injury.find("injury_benefit.pmab.hearing_notice")->citation.provision == "Sch 6 para 3(2)");
    CHECK(injury.find("injury_benefit.pmab.representation_notice")->citation.provision == "Sch 6 para 3(3)");
    // injury_benefit.smp_appeal.*: reg 31 not read, so analogue.
    CHECK(injury.find("injury_benefit.smp_appeal.notice")->status == RuleStatus::Analogue);
}

TEST_CASE("engine: a target event on time is not late, lateness is reported, not rejected", "[rules][engine]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const RulePack conduct = shippedPack("conduct");
    const auto onTime = engine.derive(
        conduct, {{"misconduct_meeting_report_given", d("2026-11-20")}, {"appeal_notice_given", d("2026-12-01")}});
    CHECK_FALSE(onTime.front().late);
    const auto late = engine.derive(
        conduct, {{"misconduct_meeting_report_given", d("2026-11-20")}, {"appeal_notice_given", d("2026-12-02")}});
    CHECK(late.front().late);
}

TEST_CASE("engine: working days counted through projected holiday years are flagged", "[rules][engine]")
{
    // conduct.misconduct_meeting_appeal.notice: 2028 is confirmed (GOV.UK publishes it), 2029 is a projection.
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const RulePack conduct = shippedPack("conduct");
    const auto confirmed = engine.derive(conduct, {{"misconduct_meeting_report_given", d("2027-12-23")}});
    CHECK(confirmed.front().date == d("2028-01-06")); // skips 27, 28 Dec 2027 and the 3 Jan 2028 substitute
    CHECK_FALSE(confirmed.front().calendarUnconfirmed);
    const auto projected = engine.derive(conduct, {{"misconduct_meeting_report_given", d("2028-12-22")}});
    CHECK(projected.front().date == d("2029-01-05")); // skips 25, 26 Dec 2028 and 1 Jan 2029
    CHECK(projected.front().calendarUnconfirmed);
}

TEST_CASE("engine: apply refuses parameter rules", "[rules][engine]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const DeadlineEngine engine(calendar);
    const RulePack sickPay = shippedPack("sick-pay");
    const Result<Date> date = engine.apply(*sickPay.find("sick_pay.full_pay.allowance"), d("2026-01-01"));
    REQUIRE_FALSE(date.has_value());
    CHECK(date.error().code == ErrorCode::InvalidArgument);
}
