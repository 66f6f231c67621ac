// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "procedure/ProcedureValidator.h"

#include "domain/Validator.h"
#include "procedure/ImprovementPeriod.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

namespace {

// A guard against typos (36 for 3), not a legal limit: the packs' caps are checked after.
constexpr int kMaxPeriodMonths = 36;

bool blank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

Status needCase(CaseId caseId, std::string_view type)
{
    if (caseId.value <= 0) {
        return invalidField(std::string(type) + ".caseId", "procedure.no_case", "a procedure record belongs to a case");
    }
    return Ok{};
}

Status checkEvents(const ProcedureEvents& events, std::string_view field)
{
    for (const ProcedureEvent& event : events) {
        if (blank(event.name)
            || event.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
            return invalidField(field, "procedure.event_name",
                                "event names are lower_snake_case rule-pack event names, not '" + event.name + "'",
                                {event.name});
        }
    }
    return Ok{};
}

bool ordered(const std::optional<Date>& first, const std::optional<Date>& second)
{
    return !first || !second || *first <= *second;
}

/// A stage the regime has: its pack lists its stages (the amended regime two, its second stage
/// meeting being the former third stage).
Status checkStage(const UppProcedure& r, const RulePack& regimePack)
{
    if (!regimePack.regime || r.stage == UppStage::NotStarted || r.stage == UppStage::Concluded) {
        return Ok{};
    }
    const std::vector<std::string>& stages = regimePack.regime->stages;
    const auto number = static_cast<std::size_t>(r.stage) - static_cast<std::size_t>(UppStage::First) + 1;
    if (number <= stages.size()) {
        return Ok{};
    }
    std::string list;
    for (const std::string& stage : stages) {
        list += (list.empty() ? "" : ", ") + stage;
    }
    const char* const counts[] = {"no", "one stage", "two stages", "three stages"};
    return invalidField("upp_procedure.stage", "upp_procedure.stage_not_in_regime",
                        "the " + regimePack.regime->key + " regime has "
                            + counts[std::min(stages.size(), kMaxRegimeStages)] + " (" + list + "); stage "
                            + std::to_string(number) + " is not one of them",
                        {regimePack.regime->key, std::to_string(number), list});
}

} // namespace

Status ProcedureValidator::check(const Adjustment& r)
{
    if (auto st = needCase(r.caseId, "adjustment"); !st) {
        return st;
    }
    if (blank(r.barrier)) {
        return invalidField("adjustment.barrier", "adjustment.no_barrier", "say what barrier the adjustment removes");
    }
    if (r.decision != AdjustmentDecision::Pending) {
        if (blank(r.rationale)) {
            return invalidField("adjustment.rationale", "adjustment.no_rationale",
                                "a decision needs a recorded rationale");
        }
        if (blank(r.decisionMaker)) {
            return invalidField("adjustment.decisionMaker", "adjustment.no_decision_maker",
                                "a decision needs a decision-maker");
        }
    }
    if (r.implementedDate && r.decision != AdjustmentDecision::Agreed
        && r.decision != AdjustmentDecision::PartlyAgreed) {
        return invalidField("adjustment.implementedDate", "adjustment.implemented_not_agreed",
                            "only an agreed adjustment can be implemented");
    }
    if (!ordered(r.requestedDate, r.decisionDate) || !ordered(r.requestedDate, r.implementedDate)) {
        return invalidField("adjustment.decisionDate", "adjustment.dates_out_of_order",
                            "decided or implemented before it was requested");
    }
    return Ok{};
}

Status ProcedureValidator::check(const Absence& r)
{
    if (auto st = needCase(r.caseId, "absence"); !st) {
        return st;
    }
    if (!ordered(r.start, r.end)) {
        return invalidField("absence.end", "absence.ends_before_start", "ends before it starts");
    }
    for (const FitNote& note : r.fitNotes) {
        if (note.to < note.from) {
            return invalidField("absence.fitNotes", "absence.fit_note_ends_before_start",
                                "a fit note ends before it starts");
        }
    }
    for (const SickPayDecision& decision : r.payDecisions) {
        if (blank(decision.rationale) || blank(decision.decidedBy)) {
            return invalidField("absence.payDecisions", "absence.pay_decision_incomplete",
                                "a pay decision needs a rationale and who decided");
        }
    }
    if (r.assaultOnDuty && !r.workRelated) {
        return invalidField("absence.workRelated", "absence.assault_work_related",
                            "an assault on duty (Operation Hampshire) is work-related");
    }
    return Ok{};
}

Status ProcedureValidator::check(const LimitedDuty& r)
{
    if (auto st = needCase(r.caseId, "limited_duty"); !st) {
        return st;
    }
    if (!ordered(r.start, r.end)) {
        return invalidField("limited_duty.end", "limited_duty.ends_before_start", "ends before it starts");
    }
    for (Date review : r.reviewDates) {
        if (review < r.start) {
            return invalidField("limited_duty.reviewDates", "limited_duty.review_before_start",
                                "a review before the placement starts");
        }
    }
    return Ok{};
}

Status ProcedureValidator::check(const OhReferral& r)
{
    if (auto st = needCase(r.caseId, "oh_referral"); !st) {
        return st;
    }
    if (blank(r.reason)) {
        return invalidField("oh_referral.reason", "oh_referral.no_reason", "say why the officer is referred");
    }
    if (!ordered(r.referralDate, r.appointment) || !ordered(r.referralDate, r.reportReceived)) {
        return invalidField("oh_referral.appointment", "oh_referral.appointment_before_referral",
                            "an appointment or report before the referral");
    }
    if (r.consent.given != true && (r.consent.sergeant || r.consent.hr || r.consent.lineManager)) {
        return invalidField("oh_referral.consent", "oh_referral.no_consent", "sharing needs the officer's consent");
    }
    for (const OhRecommendation& rec : r.recommendations) {
        if (blank(rec.text)) {
            return invalidField("oh_referral.recommendations", "oh_referral.recommendation_empty",
                                "a recommendation needs its text");
        }
    }
    return Ok{};
}

Status ProcedureValidator::check(const ConductReferral& r)
{
    if (auto st = needCase(r.caseId, "conduct_referral"); !st) {
        return st;
    }
    if (!ordered(r.referralDate, r.reportDate) || !ordered(r.reportDate, r.appealNoticeDate)) {
        return invalidField("conduct_referral.reportDate", "conduct_referral.dates_out_of_order",
                            "dates out of order (referral, report, appeal notice)");
    }
    if (r.reportDate && r.severity != SeverityAssessment::Misconduct) {
        return invalidField("conduct_referral.reportDate", "conduct_referral.report_without_assessment",
                            "a meeting report follows a misconduct assessment");
    }
    return Ok{};
}

Status ProcedureValidator::check(const IllHealthRetirement& r)
{
    if (auto st = needCase(r.caseId, "ill_health_retirement"); !st) {
        return st;
    }
    if (r.decision != PpaDecision::Pending && !r.decisionDate) {
        return invalidField("ill_health_retirement.decisionDate", "ill_health_retirement.no_decision_date",
                            "a PPA decision needs its date");
    }
    return checkEvents(r.steps, "ill_health_retirement.steps");
}

Status ProcedureValidator::check(const InjuryAward& r)
{
    if (auto st = needCase(r.caseId, "injury_award"); !st) {
        return st;
    }
    return checkEvents(r.steps, "injury_award.steps");
}

Status ProcedureValidator::check(const ActionPlan& r)
{
    if (auto st = needCase(r.caseId, "action_plan"); !st) {
        return st;
    }
    if (blank(r.title)) {
        return invalidField("action_plan.title", "action_plan.no_title", "an action plan needs a title");
    }
    for (const ActionObjective& objective : r.objectives) {
        if (blank(objective.text) || blank(objective.owner)) {
            return invalidField("action_plan.objectives", "action_plan.objective_incomplete",
                                "each objective needs its text and an owner");
        }
    }
    return Ok{};
}

Status ProcedureValidator::check(const DateOverride& r)
{
    if (auto st = needCase(r.caseId, "date_override"); !st) {
        return st;
    }
    if (blank(r.reason)) {
        return invalidField("date_override.reason", "date_override.no_reason",
                            "overriding a derived date needs a recorded reason");
    }
    if (blank(r.ruleId) || blank(r.recordType) || r.recordId <= 0) {
        return invalidField("date_override.ruleId", "date_override.no_target",
                            "name the record and the rule whose date is overridden");
    }
    return Ok{};
}

Status ProcedureValidator::check(const DateClosure& r)
{
    if (auto st = needCase(r.caseId, "date_closure"); !st) {
        return st;
    }
    if (blank(r.reason)) {
        return invalidField("date_closure.reason", "date_closure.no_reason",
                            "closing a date needs a recorded reason (for example \"no appeal lodged\")");
    }
    if (blank(r.ruleId) || blank(r.recordType) || r.recordId <= 0) {
        return invalidField("date_closure.ruleId", "date_closure.no_target",
                            "name the record and the rule whose date is closed");
    }
    if (blank(r.closedBy)) {
        return invalidField("date_closure.closedBy", "date_closure.no_closed_by", "say who closed the date");
    }
    if (r.reason.size() > kMaxFreeTextChars) {
        return invalidField("date_closure.reason", "date_closure.reason_too_long", "the reason is too long",
                            {std::to_string(kMaxFreeTextChars)});
    }
    return Ok{};
}

Status ProcedureValidator::check(const UppProcedure& r, const RulePack& regimePack, const DeadlineEngine& engine)
{
    if (auto st = needCase(r.caseId, "upp_procedure"); !st) {
        return st;
    }
    if (r.regimeOverride && blank(r.regimeOverrideReason)) {
        return invalidField("upp_procedure.regimeOverrideReason", "upp_procedure.no_override_reason",
                            "a regime override needs a reason");
    }
    if (r.pausedFrom.has_value() != r.pausedFor.has_value()) {
        return invalidField("upp_procedure.pausedFor", "upp_procedure.pause_incomplete",
                            "a pause is linked to a conduct referral and has a start date");
    }
    if (auto st = checkStage(r, regimePack); !st) {
        return st;
    }
    if (auto st = checkEvents(r.events, "upp_procedure.events"); !st) {
        return st;
    }
    if (r.improvementPeriodMonths
        && (*r.improvementPeriodMonths < 1 || *r.improvementPeriodMonths > kMaxPeriodMonths)) {
        return invalidField("upp_procedure.improvementPeriodMonths", "upp_procedure.period_months_range",
                            "the improvement period chosen is a whole number of months from 1 to "
                                + std::to_string(kMaxPeriodMonths),
                            {std::to_string(kMaxPeriodMonths)});
    }
    // The end follows from the notice and the period chosen; a typed end that says otherwise is an
    // override and needs its reason, like any other date replaced by hand.
    const ImprovementPeriod period = improvementPeriod(r, engine.calendar());
    if (period.typedOverride && blank(r.improvementPeriodEndReason)) {
        return invalidField(
            "upp_procedure.improvementPeriodEndReason", "upp_procedure.period_end_differs",
            "the typed end " + r.improvementPeriodEnd->toIso() + " differs from the end the notice and "
                + std::to_string(*r.improvementPeriodMonths) + " months give (" + period.derivedEnd->toIso()
                + "): give the reason, or clear the typed end",
            {r.improvementPeriodEnd->toIso(), std::to_string(*r.improvementPeriodMonths), period.derivedEnd->toIso()});
    }
    UppFacts facts;
    facts.ground = r.kind;
    facts.grossIncompetence = r.grossIncompetence;
    facts.improvementPeriodStart = period.start;
    facts.improvementPeriodEnd = period.effectiveEnd;
    facts.exceptionalCircumstances = r.exceptionalCircumstances;
    // Which events a regime refuses is the pack's business (`refuses` on its constraints): the
    // amended regime's own second stage meeting is accepted, its pack refuses an FWIN.
    for (const ProcedureEvent& event : r.events) {
        facts.events.insert_or_assign(event.name, event.date);
    }
    return toStatus(checkUpp(regimePack, facts, engine));
}

} // namespace casebook::core
