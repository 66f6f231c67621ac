// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Every validation error of the procedure records, through ProcedureService: the detail names the
// field (InvalidArgument) or the rule id (RuleViolation), and nothing is stored.
#include "ProcedureFixture.h"

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"
#include "procedure/Retirement.h"

using namespace casebook::core;
using casebook::core::test::day;
using casebook::core::test::ProcedureFixture;
using casebook::core::test::valueOf;

namespace {

template <typename T> void rejects(ProcedureFixture& f, const T& record, ErrorCode code, const std::string& needle)
{
    const auto result = f.service.add(record);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == code);
    INFO(result.error().detail);
    CHECK(result.error().detail.find(needle) != std::string::npos);
    CHECK(f.count("audit_log") == 0);
}

} // namespace

TEST_CASE("validation: adjustment fields (Equality Act 2010 s.20 decision needs rationale and decision-maker)",
          "[procedure][validation]")
{
    ProcedureFixture f;
    Adjustment a;
    a.caseId = f.addCase(f.addPerson("A"));
    a.requestedDate = day("2026-01-10");
    a.barrier = "stairs";

    Adjustment noCase = a;
    noCase.caseId = CaseId{};
    rejects(f, noCase, ErrorCode::InvalidArgument, "adjustment.caseId");
    Adjustment unknownCase = a;
    unknownCase.caseId = CaseId{999};
    rejects(f, unknownCase, ErrorCode::NotFound, "case_file 999");
    Adjustment noBarrier = a;
    noBarrier.barrier = " ";
    rejects(f, noBarrier, ErrorCode::InvalidArgument, "adjustment.barrier");
    Adjustment noRationale = a;
    noRationale.decision = AdjustmentDecision::Declined;
    noRationale.decisionMaker = "Insp";
    rejects(f, noRationale, ErrorCode::InvalidArgument, "adjustment.rationale");
    Adjustment noMaker = a;
    noMaker.decision = AdjustmentDecision::Agreed;
    noMaker.rationale = "reasonable";
    rejects(f, noMaker, ErrorCode::InvalidArgument, "adjustment.decisionMaker");
    Adjustment implementedDeclined = noMaker;
    implementedDeclined.decisionMaker = "Insp";
    implementedDeclined.decision = AdjustmentDecision::Declined;
    implementedDeclined.implementedDate = day("2026-02-01");
    rejects(f, implementedDeclined, ErrorCode::InvalidArgument, "adjustment.implementedDate");
    Adjustment decidedEarly = noMaker;
    decidedEarly.decisionMaker = "Insp";
    decidedEarly.decisionDate = day("2026-01-09");
    rejects(f, decidedEarly, ErrorCode::InvalidArgument, "adjustment.decisionDate");
    CHECK(f.count("adjustment") == 0);
}

TEST_CASE("validation: absence dates, fit notes, pay decisions (reg 28 rationale) and Operation Hampshire",
          "[procedure][validation]")
{
    ProcedureFixture f;
    Absence a;
    a.caseId = f.addCase(f.addPerson("B"));
    a.start = day("2026-01-10");

    Absence reversed = a;
    reversed.end = day("2026-01-09");
    rejects(f, reversed, ErrorCode::InvalidArgument, "absence.end");
    Absence badNote = a;
    badNote.fitNotes = {{day("2026-01-20"), day("2026-01-10"), ""}};
    rejects(f, badNote, ErrorCode::InvalidArgument, "absence.fitNotes");
    Absence noRationale = a;
    noRationale.payDecisions = {
        {SickPayTransition::HalfPay, SickPayDecisionKind::Maintain, "", "ACC", day("2026-05-01")}};
    rejects(f, noRationale, ErrorCode::InvalidArgument, "absence.payDecisions");
    Absence assault = a;
    assault.assaultOnDuty = true;
    rejects(f, assault, ErrorCode::InvalidArgument, "absence.workRelated");
    CHECK(f.count("absence") == 0);
}

TEST_CASE("validation: limited duty, OH referral consent, conduct dates, ill-health decision, action plan",
          "[procedure][validation]")
{
    ProcedureFixture f;
    const CaseId c = f.addCase(f.addPerson("C"));

    LimitedDuty duty;
    duty.caseId = c;
    duty.start = day("2026-01-10");
    duty.end = day("2026-01-01");
    rejects(f, duty, ErrorCode::InvalidArgument, "limited_duty.end");
    duty.end.reset();
    duty.reviewDates = {day("2026-01-01")};
    rejects(f, duty, ErrorCode::InvalidArgument, "limited_duty.reviewDates");

    OhReferral oh;
    oh.caseId = c;
    oh.referralDate = day("2026-01-10");
    rejects(f, oh, ErrorCode::InvalidArgument, "oh_referral.reason");
    oh.reason = "fitness";
    oh.appointment = day("2026-01-05");
    rejects(f, oh, ErrorCode::InvalidArgument, "oh_referral.appointment");
    oh.appointment.reset();
    oh.consent.hr = true; // sharing without consent
    rejects(f, oh, ErrorCode::InvalidArgument, "oh_referral.consent");
    oh.consent = {true, true, true, true};
    oh.recommendations = {{"", std::nullopt, std::nullopt}};
    rejects(f, oh, ErrorCode::InvalidArgument, "oh_referral.recommendations");

    ConductReferral conduct;
    conduct.caseId = c;
    conduct.referralDate = day("2026-02-01");
    conduct.reportDate = day("2026-03-01");
    rejects(f, conduct, ErrorCode::InvalidArgument, "conduct_referral.reportDate"); // not a misconduct meeting
    conduct.severity = SeverityAssessment::Misconduct;
    conduct.reportDate = day("2026-01-01");
    rejects(f, conduct, ErrorCode::InvalidArgument, "conduct_referral.reportDate");

    IllHealthRetirement ihr;
    ihr.caseId = c;
    ihr.decision = PpaDecision::Retire;
    rejects(f, ihr, ErrorCode::InvalidArgument, "ill_health_retirement.decisionDate");
    ihr.decision = PpaDecision::Pending;
    ihr.steps = {{"SMP Report", day("2026-01-01"), ""}};
    rejects(f, ihr, ErrorCode::InvalidArgument, "ill_health_retirement.steps");

    ActionPlan plan;
    plan.caseId = c;
    plan.agreedOn = day("2026-01-01");
    rejects(f, plan, ErrorCode::InvalidArgument, "action_plan.title");
    plan.title = "plan";
    plan.objectives = {{"objective", "", std::nullopt, std::nullopt}};
    rejects(f, plan, ErrorCode::InvalidArgument, "action_plan.objectives");
}

TEST_CASE("validation: an update cannot move a record to another case", "[procedure][validation]")
{
    ProcedureFixture f;
    const PersonId person = f.addPerson("D");
    ActionPlan plan;
    plan.caseId = f.addCase(person);
    plan.title = "plan";
    plan.agreedOn = day("2026-01-01");
    plan.id = valueOf(f.service.add(plan));
    plan.caseId = f.addCase(person);
    const Status moved = f.service.update(plan);
    REQUIRE_FALSE(moved.has_value());
    CHECK(moved.error().code == ErrorCode::InvalidArgument);
    CHECK(moved.error().detail.find("action_plan.caseId") != std::string::npos);
    ActionPlan missing = plan;
    missing.id = ActionPlanId{999};
    CHECK(f.service.update(missing).error().code == ErrorCode::NotFound);
    CHECK(f.service.remove<ActionPlan>(ActionPlanId{999}).error().code == ErrorCode::NotFound);
}
