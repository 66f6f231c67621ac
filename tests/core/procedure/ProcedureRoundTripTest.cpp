// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Round trips of every procedure record through ProcedureService (schema version 4), with the
// audit entry each mutation writes and the ON DELETE CASCADE from case_file.
#include "ProcedureFixture.h"

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"
#include "procedure/Retirement.h"
#include "procedure/UppProcedure.h"

using namespace casebook::core;
using casebook::core::test::day;
using casebook::core::test::ProcedureFixture;
using casebook::core::test::valueOf;

namespace {

/// Adds `record`, reads it back, checks equality, then updates it with `change` and checks again.
template <typename T, typename Change> T roundTrip(ProcedureFixture& f, T record, Change change)
{
    const auto id = valueOf(f.service.add(record));
    record.id = id;
    T stored = valueOf(f.service.get<T>(id));
    CHECK(stored == record);
    change(stored);
    REQUIRE(f.service.update(stored).has_value());
    CHECK(valueOf(f.service.get<T>(id)) == stored);
    return stored;
}

} // namespace

TEST_CASE("procedures round trip: adjustment with decision, review date, passport version and UPP links",
          "[procedure][roundtrip]")
{
    ProcedureFixture f;
    const CaseId c = f.addCase(f.addPerson("A Officer"));
    UppProcedure upp;
    upp.caseId = c;
    upp.kind = UppGround::Attendance;
    upp.cameToAttention = day("2025-09-01");
    const UppProcedureId uppId = valueOf(f.service.add(upp));

    Adjustment a;
    a.caseId = c;
    a.barrier = "early starts clash with medication";
    a.requestedDate = day("2025-08-01");
    a.requestedBy = "officer";
    a.ohAdvice = "later start recommended";
    a.accessToWorkAdvice = "not applicable";
    a.decision = AdjustmentDecision::PartlyAgreed;
    a.rationale = "late shifts agreed, nights kept under review";
    a.decisionMaker = "Insp B";
    a.decisionDate = day("2025-08-20");
    a.implementedDate = day("2025-09-01");
    a.reviewDate = day("2026-03-01");
    a.passportVersion = "v3";
    a.linkedUpp = {uppId};
    const Adjustment stored = roundTrip(f, a, [](Adjustment& x) { x.reviewDate = day("2026-04-01"); });
    CHECK(stored.linkedUpp == std::vector<UppProcedureId>{uppId});
    CHECK(valueOf(f.service.listForCase<Adjustment>(c)).size() == 1);
}

TEST_CASE("procedures round trip: absence with fit notes, return-to-work interview and sick pay decisions",
          "[procedure][roundtrip]")
{
    ProcedureFixture f;
    Absence a;
    a.caseId = f.addCase(f.addPerson("B Officer"));
    a.start = day("2026-01-05");
    a.end = day("2026-02-10");
    a.reasonCategory = "musculoskeletal";
    a.workRelated = true;
    a.assaultOnDuty = true;
    a.disabilityRelated = true;
    a.coveredByAdjustment = false;
    a.fitNotes = {{day("2026-01-05"), day("2026-01-25"), "not fit"},
                  {day("2026-01-26"), day("2026-02-10"), "may be fit"}};
    a.returnToWorkInterview = day("2026-02-11");
    a.payDecisions = {
        {SickPayTransition::HalfPay, SickPayDecisionKind::Maintain, "injury on duty", "ACC C", day("2026-01-20")}};
    a.pinnedPack = "sick_pay"; // the version its dates select, kept as given
    a.pinnedVersion = 2;
    roundTrip(f, a, [](Absence& x) {
        x.end.reset();
        x.fitNotes.pop_back();
    });
}

TEST_CASE("procedures round trip: limited duty, OH referral with consent and recommendations, conduct referral",
          "[procedure][roundtrip]")
{
    ProcedureFixture f;
    const CaseId c = f.addCase(f.addPerson("C Officer"));
    LimitedDuty duty;
    duty.caseId = c;
    duty.category = LimitedDutyCategory::Adjusted;
    duty.start = day("2026-01-10");
    duty.ohBasis = "OH report 2026-01-02";
    duty.reviewDates = {day("2026-04-10"), day("2026-07-10")};
    duty.pinnedPack = "limited_duties"; // the version its dates select, kept as given
    duty.pinnedVersion = 1;
    roundTrip(f, duty, [](LimitedDuty& x) { x.outcome = "continued"; });

    Adjustment adjustment;
    adjustment.caseId = c;
    adjustment.barrier = "standing for long periods";
    adjustment.requestedDate = day("2026-01-02");
    const AdjustmentId adjustmentId = valueOf(f.service.add(adjustment));

    OhReferral oh;
    oh.caseId = c;
    oh.referralDate = day("2026-01-02");
    oh.reason = "fitness for ordinary duties";
    oh.questions = {"Is the officer fit for ordinary duties?", "What adjustments would help?"};
    oh.appointment = day("2026-01-20");
    oh.reportReceived = day("2026-02-01");
    oh.recommendations = {{"seated role", adjustmentId, std::nullopt},
                          {"phased return plan", std::nullopt, std::nullopt}};
    oh.consent = {true, true, true, false};
    roundTrip(f, oh, [](OhReferral& x) { x.consent.lineManager = true; });

    ConductReferral conduct;
    conduct.caseId = c;
    conduct.referralDate = day("2026-02-01");
    conduct.summary = "referred to PSD";
    conduct.severity = SeverityAssessment::Misconduct;
    conduct.reportDate = day("2026-05-01");
    conduct.pinnedPack = "conduct"; // the version its dates select, kept as given
    conduct.pinnedVersion = 1;
    roundTrip(f, conduct, [](ConductReferral& x) { x.appealNoticeDate = day("2026-05-06"); });
}

TEST_CASE("procedures round trip: UPP events and pause, ill-health retirement, injury award, action plan",
          "[procedure][roundtrip]")
{
    ProcedureFixture f;
    const CaseId c = f.addCase(f.addPerson("D Officer"));
    ConductReferral conduct;
    conduct.caseId = c;
    conduct.referralDate = day("2026-03-01");
    const ConductReferralId conductId = valueOf(f.service.add(conduct));

    UppProcedure upp;
    upp.caseId = c;
    upp.cameToAttention = day("2025-03-01");
    upp.cameToAttentionOf = "Insp line manager";
    upp.stage = UppStage::First;
    upp.improvementPeriodStart = day("2025-04-01");
    upp.improvementPeriodMonths = 9;              // derived end 2025-12-31 (legacy cap 12 months)
    upp.improvementPeriodEnd = day("2026-01-09"); // typed over it, with the reason
    upp.improvementPeriodEndReason = "extended by agreement at the review";
    upp.events = {{"first_stage_meeting", day("2025-03-20"), "held"},
                  {"win_dated", day("2025-03-21"), ""},
                  {"win_received", day("2025-03-21"), ""}};
    upp.pausedFor = conductId;
    upp.pausedFrom = day("2026-03-01");
    upp.pinnedPack = "upp.legacy"; // the version its dates select, kept as given
    upp.pinnedVersion = 2;
    upp.derivedRegime = UppRegime{"legacy"}; // what the service derives from the dates
    const UppProcedure stored = roundTrip(f, upp, [](UppProcedure& x) { x.stage = UppStage::Second; });
    CHECK(stored.derivedRegime == UppRegime{"legacy"});

    IllHealthRetirement ihr;
    ihr.caseId = c;
    ihr.scheme = PolicePensionScheme::Pps1987;
    ihr.steps = {{"smp_referral", day("2026-06-01"), ""}, {"smp_report_received", day("2026-11-02"), ""}};
    ihr.pinnedPack = "ill_health_retirement"; // the version its dates select, kept as given
    ihr.pinnedVersion = 2;
    roundTrip(f, ihr, [](IllHealthRetirement& x) {
        x.decision = PpaDecision::Retain;
        x.decisionDate = day("2027-01-10");
        x.decisionDetail = "adjusted duties";
    });

    InjuryAward award;
    award.caseId = c;
    award.injuryDate = day("2024-05-05");
    award.description = "injured on duty";
    award.steps = {{"smp_report_received", day("2026-09-01"), ""}};
    award.pinnedPack = "injury_benefit"; // the version its dates select, kept as given
    award.pinnedVersion = 1;
    roundTrip(f, award, [](InjuryAward& x) { x.decision = "band 1"; });

    ActionPlan plan;
    plan.caseId = c;
    plan.title = "return to full duties";
    plan.agreedOn = day("2026-02-01");
    plan.objectives = {{"complete refresher", "officer", day("2026-03-01"), std::nullopt}};
    plan.reviews = {{day("2026-02-15"), "on track"}};
    roundTrip(f, plan, [](ActionPlan& x) { x.objectives[0].completed = day("2026-02-27"); });
}

TEST_CASE("procedures: every mutation writes one audit entry without record content", "[procedure][audit]")
{
    ProcedureFixture f;
    ActionPlan plan;
    plan.caseId = f.addCase(f.addPerson("E Officer"));
    plan.title = "confidential medical wording";
    plan.agreedOn = day("2026-02-01");
    const ActionPlanId id = valueOf(f.service.add(plan));
    plan.id = id;
    plan.title = "changed";
    REQUIRE(f.service.update(plan).has_value());
    REQUIRE(f.service.remove<ActionPlan>(id).has_value());

    AuditFilter filter;
    filter.recordType = "action_plan";
    const auto entries = valueOf(f.audit.list(f.db, filter));
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].entry.action == AuditAction::Create);
    CHECK(entries[1].entry.action == AuditAction::Update);
    CHECK(entries[2].entry.action == AuditAction::Delete);
    CHECK(entries[0].entry.recordId == std::to_string(id.value));
    CHECK(entries[0].entry.actor == "PS 1234 Example");
    CHECK(entries[0].entry.summary.find("confidential") == std::string::npos);
    CHECK(entries[0].entry.changeDigest != entries[1].entry.changeDigest);
    CHECK(valueOf(f.audit.verify(f.db)).ok());
    CHECK(f.service.get<ActionPlan>(id).error().code == ErrorCode::NotFound);
}

TEST_CASE("procedures: deleting a case deletes its procedure records and their child rows (ON DELETE CASCADE)",
          "[procedure][schema]")
{
    ProcedureFixture f;
    Absence a;
    a.caseId = f.addCase(f.addPerson("F Officer"));
    a.start = day("2026-01-05");
    a.fitNotes = {{day("2026-01-05"), day("2026-01-25"), ""}};
    REQUIRE(f.service.add(a).has_value());
    REQUIRE(f.count("absence_fit_note") == 1);
    REQUIRE(f.db.exec("DELETE FROM case_file").has_value());
    CHECK(f.count("absence") == 0);
    CHECK(f.count("absence_fit_note") == 0);
}
