// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The due list across a small caseload, and local overrides of a derived date. Each check names
// the rule whose date it expects.
#include "ProcedureFixture.h"

#include "procedure/Absence.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/LimitedDuty.h"
#include "procedure/Retirement.h"
#include "procedure/UppProcedure.h"
#include "service/DueService.h"

#include <algorithm>
#include <set>

using namespace casebook::core;
using casebook::core::test::day;
using casebook::core::test::ProcedureFixture;
using casebook::core::test::valueOf;

namespace {

/// Two open cases and a closed one, with dates before, on and after 2026-12-01.
struct Caseload : ProcedureFixture {
    DueService due{db, rules, audit, "PS 1234 Example"};
    PersonId officerA = addPerson("A Officer");
    PersonId officerB = addPerson("B Officer");
    CaseId caseA = addCase(officerA, "2026-11-20");
    CaseId caseB = addCase(officerB);
    UppProcedureId upp;

    Caseload()
    {
        UppProcedure u;
        u.caseId = caseA;
        u.cameToAttention = day("2025-01-10"); // legacy regime
        u.stage = UppStage::First;
        u.events = {{"win_dated", day("2026-11-20"), ""}, {"win_received", day("2026-11-20"), ""}};
        upp = valueOf(service.add(u));

        ConductReferral conduct;
        conduct.caseId = caseB;
        conduct.referralDate = day("2026-06-01");
        conduct.severity = SeverityAssessment::Misconduct;
        conduct.reportDate = day("2026-11-10");
        REQUIRE(service.add(conduct).has_value());

        IllHealthRetirement ihr;
        ihr.caseId = caseB;
        ihr.steps = {{"smp_report_received", day("2026-11-02"), ""},
                     {"appeal_notice_given", day("2026-11-25"), ""},
                     {"appeal_notice_received_by_ppa", day("2026-11-25"), ""}};
        REQUIRE(service.add(ihr).has_value());

        LimitedDuty duty;
        duty.caseId = caseB;
        duty.category = LimitedDutyCategory::Adjusted;
        duty.start = day("2026-01-10");
        REQUIRE(service.add(duty).has_value());

        Adjustment adjustment;
        adjustment.caseId = caseB;
        adjustment.barrier = "night shifts";
        adjustment.requestedDate = day("2026-01-02");
        adjustment.reviewDate = day("2026-12-05");
        REQUIRE(service.add(adjustment).has_value());

        const CaseId closed = addCase(officerB);
        adjustment.caseId = closed;
        adjustment.reviewDate = day("2026-11-01");
        REQUIRE(service.add(adjustment).has_value());
        REQUIRE(db.exec("UPDATE case_file SET status = 'closed', closed_on = '2026-11-15' WHERE id = "
                        + std::to_string(closed.value))
                    .has_value());
    }
};

const DueItem* findRule(const std::vector<DueItem>& items, const std::string& ruleId)
{
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&](const DueItem& item) { return item.source.derived.ruleId == ruleId; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("due list as of 2026-12-01: overdue first, then due within 14 days, sorted by date", "[procedure][due]")
{
    Caseload f;
    const std::vector<DueItem> items = valueOf(f.due.due(day("2026-12-01"), 14));
    REQUIRE(items.size() == 4);
    // conduct.misconduct_meeting_appeal.notice: report Tue 2026-11-10 + 7 WD = 2026-11-19 (reg 45(3)(a)).
    CHECK(items[0].source.derived.ruleId == "conduct.misconduct_meeting_appeal.notice");
    CHECK(items[0].source.derived.date == day("2026-11-19"));
    CHECK(items[0].state == DueState::Overdue);
    CHECK(items[0].daysFromAsOf == -12);
    CHECK(items[0].source.derived.status == RuleStatus::Verified);
    CHECK(items[0].source.derived.citation.provision == "reg 45(3)(a)");
    CHECK(items[0].source.caseId == f.caseB);
    CHECK(items[0].source.person == f.officerB);
    // case.next_review: the case's own next review date.
    CHECK(items[1].source.derived.ruleId == "case.next_review");
    CHECK(items[1].state == DueState::Overdue);
    CHECK(items[1].source.person == f.officerA);
    // upp.legacy.first_stage_appeal.notice: WIN received Fri 2026-11-20 → Tue 2026-12-01 (domain check 2).
    CHECK(items[2].source.derived.ruleId == "upp.legacy.first_stage_appeal.notice");
    CHECK(items[2].source.derived.date == day("2026-12-01"));
    CHECK(items[2].state == DueState::DueSoon);
    CHECK(items[2].source.recordType == "upp_procedure");
    CHECK(items[2].source.recordId == f.upp.value);
    // adjustment.review on the open case; the closed case's overdue review is not listed.
    CHECK(items[3].source.derived.ruleId == "adjustment.review");
    CHECK(items[3].source.derived.date == day("2026-12-05"));
    CHECK(items[3].source.caseId == f.caseB);
}

TEST_CASE("due list: all() adds later dates, met deadlines and passed milestones are left out", "[procedure][due]")
{
    Caseload f;
    const std::vector<DueItem> items = valueOf(f.due.all(day("2026-12-01"), 14));
    // ill_health_retirement.care_2015.smp_appeal.notice was met (notice given 2026-11-25): not listed.
    CHECK(findRule(items, "ill_health_retirement.care_2015.smp_appeal.notice") == nullptr);
    // ill_health_retirement.care_2015.smp_appeal.grounds: PPA received the notice 2026-11-25 → 2026-12-23 (check 7).
    const DueItem* grounds = findRule(items, "ill_health_retirement.care_2015.smp_appeal.grounds");
    REQUIRE(grounds != nullptr);
    CHECK(grounds->source.derived.date == day("2026-12-23"));
    CHECK(grounds->state == DueState::Later);
    // limited_duties.adjusted.review: adjusted duties from 2026-01-10 → 2027-01-10 (domain check 8).
    const DueItem* review = findRule(items, "limited_duties.adjusted.review");
    REQUIRE(review != nullptr);
    CHECK(review->source.derived.date == day("2027-01-10"));
    // upp.legacy.win.validity is a milestone: listed while ahead, gone once passed.
    CHECK(findRule(items, "upp.legacy.win.validity") != nullptr);
    CHECK(findRule(valueOf(f.due.all(day("2027-12-01"))), "upp.legacy.win.validity") == nullptr);
    CHECK(std::is_sorted(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
        return a.source.derived.date < b.source.derived.date;
    }));
}

TEST_CASE("due list: sick_pay.review.before_half_pay is due 28 days before half pay until a decision is recorded",
          "[procedure][due][sickpay]")
{
    ProcedureFixture f;
    DueService due{f.db, f.rules, f.audit, "PS 1234 Example"};
    const CaseId c = f.addCase(f.addPerson("C Officer"));
    Absence earlier;
    earlier.caseId = c;
    earlier.start = day("2026-01-05");
    earlier.end = day("2026-03-05");
    REQUIRE(f.service.add(earlier).has_value());
    Absence current;
    current.caseId = c;
    current.start = day("2026-06-01");
    current.id = valueOf(f.service.add(current));

    std::vector<DueItem> items = valueOf(due.due(day("2026-09-01"), 7));
    REQUIRE(items.size() == 1);
    CHECK(items[0].source.derived.ruleId == "sick_pay.review.before_half_pay");
    CHECK(items[0].source.derived.date == day("2026-09-04"));
    CHECK(items[0].source.recordId == current.id.value);
    const std::vector<DueItem> all = valueOf(due.all(day("2026-09-01")));
    const DueItem* halfPay = findRule(all, "sick_pay.full_pay.allowance");
    REQUIRE(halfPay != nullptr);
    CHECK(halfPay->source.derived.date == day("2026-10-02")); // half pay starts

    current.payDecisions = {{SickPayTransition::HalfPay, SickPayDecisionKind::Maintain,
                             "disability-related adjustments outstanding", "ACC D", day("2026-09-03")}};
    REQUIRE(f.service.update(current).has_value());
    CHECK(valueOf(due.due(day("2026-09-01"), 7)).empty());
}

TEST_CASE("override: a derived date replaced with a reason keeps the shipped date and the reason, audited",
          "[procedure][due][override]")
{
    Caseload f;
    DateOverrideRequest request{"upp_procedure", f.upp.value, "upp.legacy.first_stage_appeal.notice", day("2026-12-08"),
                                ""};
    const auto noReason = f.due.overrideDate(request);
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().detail.find("date_override.reason") != std::string::npos);
    CHECK(f.count("date_override") == 0);

    request.reason = "extension agreed for exceptional circumstances";
    const DateOverrideId id = valueOf(f.due.overrideDate(request));
    std::vector<DueItem> all = valueOf(f.due.all(day("2026-12-01")));
    const DueItem* item = findRule(all, "upp.legacy.first_stage_appeal.notice");
    REQUIRE(item != nullptr);
    CHECK(item->source.derived.date == day("2026-12-08"));
    CHECK(item->overridden);
    CHECK(item->shippedDate == day("2026-12-01"));
    CHECK(item->overrideReason == request.reason);
    CHECK(item->daysFromAsOf == 7);

    const std::vector<DateOverride> stored = valueOf(f.due.overrides(f.caseA));
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].shippedDate == day("2026-12-01"));
    CHECK(stored[0].date == day("2026-12-08"));

    request.date = day("2026-12-10"); // replacing keeps one override per record and rule
    CHECK(valueOf(f.due.overrideDate(request)) == id);
    AuditFilter filter;
    filter.recordType = "date_override";
    CHECK(valueOf(f.audit.list(f.db, filter)).size() == 2);

    REQUIRE(f.due.removeOverride(id).has_value());
    all = valueOf(f.due.all(day("2026-12-01")));
    item = findRule(all, "upp.legacy.first_stage_appeal.notice");
    REQUIRE(item != nullptr);
    CHECK(item->source.derived.date == day("2026-12-01"));
    CHECK_FALSE(item->overridden);

    request.ruleId = "upp.legacy.no_such_rule";
    CHECK(f.due.overrideDate(request).error().code == ErrorCode::NotFound);
}

TEST_CASE("due list: ill_health_retirement.care_2015.smp_appeal.notice (28 days, Sch 1 para 2(1)) for a retirement "
          "and injury_benefit.smp_appeal.notice for an injury award",
          "[procedure][due][domain]")
{
    ProcedureFixture f;
    DueService due{f.db, f.rules, f.audit, "PS 1234 Example"};
    const CaseId c = f.addCase(f.addPerson("E Officer"));
    IllHealthRetirement ihr;
    ihr.caseId = c;
    ihr.steps = {{"smp_report_received", day("2026-11-02"), ""}}; // domain check 7
    const IllHealthRetirementId ihrId = valueOf(f.service.add(ihr));
    InjuryAward award;
    award.caseId = c;
    award.injuryDate = day("2025-03-03");
    award.steps = {{"smp_report_received", day("2026-11-09"), ""}};
    const InjuryAwardId awardId = valueOf(f.service.add(award));
    LimitedDuty duty;
    duty.caseId = c;
    duty.category = LimitedDutyCategory::Recuperative;
    duty.start = day("2026-10-01");
    duty.reviewDates = {day("2026-11-01"), day("2026-12-01")};
    REQUIRE(f.service.add(duty).has_value());

    const std::vector<DueItem> items = valueOf(due.due(day("2026-11-20"), 21));
    REQUIRE(items.size() == 3);
    CHECK(items[0].source.derived.ruleId == "ill_health_retirement.care_2015.smp_appeal.notice");
    CHECK(items[0].source.derived.status == RuleStatus::Verified);
    CHECK(items[0].source.derived.date == day("2026-11-30"));
    CHECK(items[0].source.recordId == ihrId.value);
    CHECK(items[1].source.derived.ruleId == "limited_duties.local_review"); // the past one has dropped off
    CHECK(items[1].source.derived.date == day("2026-12-01"));
    CHECK(items[2].source.derived.date == day("2026-12-07"));
    CHECK(items[2].source.recordType == "injury_award");
    CHECK(items[2].source.derived.ruleId == "injury_benefit.smp_appeal.notice");
    CHECK(items[2].source.derived.status == RuleStatus::Analogue); // IBR 2006 reg 31 not read
    CHECK(items[2].source.recordId == awardId.value);
}

TEST_CASE("due list: a UPP paused for a conduct referral shows its dates as paused, never overdue (Performance "
          "Regs regs 12, 14)",
          "[procedure][due]")
{
    Caseload f;
    ConductReferral referral;
    referral.caseId = f.caseA;
    referral.referralDate = day("2026-11-25");
    referral.severity = SeverityAssessment::Misconduct;
    UppProcedure upp = valueOf(f.service.get<UppProcedure>(f.upp));
    upp.pausedFor = valueOf(f.service.add(referral));
    upp.pausedFrom = day("2026-11-25");
    REQUIRE(f.service.update(upp).has_value());

    // upp.legacy.first_stage_appeal.notice fell on 2026-12-01; a week later it would be overdue.
    const std::vector<DueItem> items = valueOf(f.due.due(day("2026-12-08"), 14));
    const DueItem* notice = findRule(items, "upp.legacy.first_stage_appeal.notice");
    REQUIRE(notice != nullptr);
    CHECK(notice->state == DueState::Paused);
    CHECK(notice->source.pausedFrom == day("2026-11-25"));
    CHECK(notice->daysFromAsOf == -7);

    upp.pausedFor.reset();
    upp.pausedFrom.reset();
    REQUIRE(f.service.update(upp).has_value());
    const std::vector<DueItem> resumedItems = valueOf(f.due.due(day("2026-12-08"), 14));
    const DueItem* resumed = findRule(resumedItems, "upp.legacy.first_stage_appeal.notice");
    REQUIRE(resumed != nullptr);
    CHECK(resumed->state == DueState::Overdue);
}

TEST_CASE(
    "due list: ill_health_retirement.pps_1987.smp_appeal.notice and .nps_2006: each scheme its own rule and status",
    "[procedure][due]")
{
    ProcedureFixture f;
    DueService due{f.db, f.rules, f.audit, "PS 1234 Example"};
    const CaseId c = f.addCase(f.addPerson("G Officer"));
    for (PolicePensionScheme scheme : {PolicePensionScheme::Pps1987, PolicePensionScheme::Nps2006}) {
        IllHealthRetirement ihr;
        ihr.caseId = c;
        ihr.scheme = scheme;
        ihr.steps = {{"smp_report_received", day("2026-11-02"), ""}};
        REQUIRE(f.service.add(ihr).has_value());
    }
    const std::vector<DueItem> items = valueOf(due.due(day("2026-11-20"), 21));
    REQUIRE(items.size() == 2); // one rule per retirement, never the other schemes' rules
    std::set<std::string> ids;
    for (const DueItem& item : items) {
        ids.insert(item.source.derived.ruleId);
        CHECK(item.source.derived.date == day("2026-11-30"));
        CHECK(item.source.derived.status
              == RuleStatus::Analogue); // H2 / 2006 Part 7 not read: the 2015 text as analogue
    }
    CHECK(ids
          == std::set<std::string>{"ill_health_retirement.pps_1987.smp_appeal.notice",
                                   "ill_health_retirement.nps_2006.smp_appeal.notice"});
}

TEST_CASE("due list: upp.amended.improvement_period.end is derived from the notice and the period chosen, a typed end "
          "is an override with a reason",
          "[procedure][due][upp]")
{
    ProcedureFixture f;
    DueService due{f.db, f.rules, f.audit, "PS 1234 Example"};
    const CaseId c = f.addCase(f.addPerson("H Officer"));
    UppProcedure u;
    u.caseId = c;
    u.cameToAttention = day("2025-10-01"); // amended regime
    u.cameToAttentionOf = "line manager";
    u.stage = UppStage::First;
    u.events = {{"win_dated", day("2026-01-05"), ""}};
    u.improvementPeriodMonths = 3;
    const UppProcedureId id = valueOf(f.service.add(u));

    const auto endOf = [&](const std::vector<DueItem>& items) {
        return findRule(items, "upp.amended.improvement_period.end");
    };
    {
        const std::vector<DueItem> items = valueOf(due.all(day("2026-01-10"), 14));
        const DueItem* end = endOf(items);
        REQUIRE(end != nullptr);
        // "a period of 3 months beginning with" the WIN's date, 2026-01-05: ends 2026-04-04.
        CHECK(end->source.derived.date == day("2026-04-04"));
        CHECK(end->source.derived.basisEvent == "win_dated");
        CHECK(end->source.derived.amount == 3);
        CHECK(end->source.derived.status == RuleStatus::Secondary); // as upp.amended.improvement_period.max
        CHECK(end->source.recordId == id.value);
        CHECK_FALSE(end->overridden);
    }
    // A typed end that differs is refused without a reason...
    UppProcedure typed = valueOf(f.service.get<UppProcedure>(id));
    typed.improvementPeriodEnd = day("2026-03-31"); // shorter: within the 3-month cap
    const auto refused = f.service.update(typed);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().detail.find("upp_procedure.improvementPeriodEndReason") != std::string::npos);
    CHECK(refused.error().detail.find("2026-04-04") != std::string::npos);
    // ... and governs with one, the derived end kept beside it.
    typed.improvementPeriodEndReason = "meeting moved by the officer's representative";
    REQUIRE(f.service.update(typed).has_value());
    {
        const std::vector<DueItem> items = valueOf(due.all(day("2026-01-10"), 14));
        const DueItem* end = endOf(items);
        REQUIRE(end != nullptr);
        CHECK(end->source.derived.date == day("2026-03-31"));
        CHECK(end->overridden);
        CHECK(end->shippedDate == day("2026-04-04"));
        CHECK(end->overrideReason == typed.improvementPeriodEndReason);
    }
    // The cap applies to the derived end: 4 months without the exceptional flag is refused.
    UppProcedure longer = valueOf(f.service.get<UppProcedure>(id));
    longer.improvementPeriodEnd.reset();
    longer.improvementPeriodEndReason.clear();
    longer.improvementPeriodMonths = 4;
    const auto capped = f.service.update(longer);
    REQUIRE_FALSE(capped.has_value());
    CHECK(capped.error().detail.rfind("upp.amended.improvement_period.max", 0) == 0);
    longer.improvementPeriodMonths = 0;
    CHECK(f.service.update(longer).error().detail.find("upp_procedure.improvementPeriodMonths") != std::string::npos);
}

TEST_CASE("closure: upp.legacy.first_stage_appeal.notice closed as waived leaves the due list with who, when and why, "
          "audited, and reopening brings it back",
          "[procedure][due][closure]")
{
    Caseload f;
    DateClosureRequest request{"upp_procedure",        f.upp.value, "upp.legacy.first_stage_appeal.notice",
                               ClosureOutcome::Waived, " ",         day("2026-12-02")};
    const auto noReason = f.due.closeDate(request);
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().detail.find("date_closure.reason") != std::string::npos);
    CHECK(f.count("date_closure") == 0);

    request.reason = "no appeal lodged";
    const DateClosureId id = valueOf(f.due.closeDate(request));
    CHECK(findRule(valueOf(f.due.all(day("2026-12-03"))), "upp.legacy.first_stage_appeal.notice") == nullptr);
    CHECK(findRule(valueOf(f.due.due(day("2026-12-03"))), "upp.legacy.first_stage_appeal.notice") == nullptr);
    // Other dates of the same procedure stay.
    CHECK_FALSE(valueOf(f.due.all(day("2026-12-03"))).empty());

    const std::vector<DateClosure> stored = valueOf(f.due.closures(f.caseA));
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].date == day("2026-12-01")); // the date it closed
    CHECK(stored[0].outcome == ClosureOutcome::Waived);
    CHECK(stored[0].closedBy == "PS 1234 Example");
    CHECK(stored[0].closedOn == day("2026-12-02"));
    CHECK(stored[0].reason == "no appeal lodged");

    const auto twice = f.due.closeDate(request);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().detail.find("already closed") != std::string::npos);

    REQUIRE(f.due.reopenDate(id).has_value());
    CHECK(findRule(valueOf(f.due.all(day("2026-12-03"))), "upp.legacy.first_stage_appeal.notice") != nullptr);
    AuditFilter filter;
    filter.recordType = "date_closure";
    CHECK(valueOf(f.audit.list(f.db, filter)).size() == 2); // closed, reopened
    CHECK(f.audit.verify(f.db).value().ok());

    request.ruleId = "upp.legacy.no_such_rule";
    CHECK(f.due.closeDate(request).error().code == ErrorCode::NotFound);
}

TEST_CASE("closure: a closed date that moves (a local date replaces it) is listed again, and the closure goes with "
          "its record",
          "[procedure][due][closure]")
{
    Caseload f;
    REQUIRE(f.due.closeDate({"upp_procedure", f.upp.value, "upp.legacy.first_stage_appeal.notice", ClosureOutcome::Done,
                             "notice given by hand", day("2026-11-30")}));
    CHECK(findRule(valueOf(f.due.all(day("2026-11-30"))), "upp.legacy.first_stage_appeal.notice") == nullptr);

    REQUIRE(f.due.overrideDate(
        {"upp_procedure", f.upp.value, "upp.legacy.first_stage_appeal.notice", day("2026-12-09"), "extension agreed"}));
    const std::vector<DueItem> after = valueOf(f.due.all(day("2026-11-30")));
    const DueItem* moved = findRule(after, "upp.legacy.first_stage_appeal.notice");
    REQUIRE(moved != nullptr);
    CHECK(moved->source.derived.date == day("2026-12-09"));

    REQUIRE(f.service.remove<UppProcedure>(f.upp).has_value());
    CHECK(f.count("date_closure") == 0);
}
