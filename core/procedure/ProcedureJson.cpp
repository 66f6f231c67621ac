// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "procedure/ProcedureJson.h"

#include "procedure/ProcedureEnums.h"

#include <nlohmann/json.hpp>

namespace casebook::core {

namespace {

using nlohmann::json;

json j(Date date)
{
    return date.toIso();
}

json j(const std::optional<Date>& date)
{
    return date ? json(date->toIso()) : json(nullptr);
}

template <typename Tag> json j(const std::optional<ProcedureRecordId<Tag>>& id)
{
    return id ? json(id->value) : json(nullptr);
}

template <typename E> std::string code(E value)
{
    return std::string(toCode(value));
}

template <typename T> json withPin(json record, const T& r)
{
    record["pinnedPack"] = r.pinnedPack;
    record["pinnedVersion"] = r.pinnedVersion;
    record["pinReason"] = r.pinReason;
    return record;
}

json events(const ProcedureEvents& list)
{
    json out = json::array();
    for (const ProcedureEvent& event : list) {
        out.push_back({{"name", event.name}, {"date", j(event.date)}, {"note", event.note}});
    }
    return out;
}

} // namespace

json procedureJson(const Adjustment& r)
{
    json upp = json::array();
    for (UppProcedureId id : r.linkedUpp) {
        upp.push_back(id.value);
    }
    return {{"id", r.id.value},
            {"caseId", r.caseId.value},
            {"measure", r.measure},
            {"barrier", r.barrier},
            {"requestedDate", j(r.requestedDate)},
            {"requestedBy", r.requestedBy},
            {"ohAdvice", r.ohAdvice},
            {"accessToWorkAdvice", r.accessToWorkAdvice},
            {"decision", code(r.decision)},
            {"rationale", r.rationale},
            {"decisionMaker", r.decisionMaker},
            {"decisionDate", j(r.decisionDate)},
            {"implementedDate", j(r.implementedDate)},
            {"reviewDate", j(r.reviewDate)},
            {"passportVersion", r.passportVersion},
            {"linkedUpp", upp}};
}

json procedureJson(const Absence& r)
{
    json notes = json::array();
    for (const FitNote& note : r.fitNotes) {
        notes.push_back({{"from", j(note.from)}, {"to", j(note.to)}, {"note", note.note}});
    }
    json decisions = json::array();
    for (const SickPayDecision& d : r.payDecisions) {
        decisions.push_back({{"transition", code(d.transition)},
                             {"decision", code(d.decision)},
                             {"rationale", d.rationale},
                             {"decidedBy", d.decidedBy},
                             {"decidedOn", j(d.decidedOn)}});
    }
    return withPin(json{{"id", r.id.value},
                        {"caseId", r.caseId.value},
                        {"start", j(r.start)},
                        {"end", j(r.end)},
                        {"reasonCategory", r.reasonCategory},
                        {"workRelated", r.workRelated},
                        {"assaultOnDuty", r.assaultOnDuty},
                        {"disabilityRelated", r.disabilityRelated},
                        {"coveredByAdjustment", r.coveredByAdjustment},
                        {"fitNotes", notes},
                        {"returnToWorkInterview", j(r.returnToWorkInterview)},
                        {"payDecisions", decisions}},
                   r);
}

json procedureJson(const LimitedDuty& r)
{
    json reviews = json::array();
    for (Date date : r.reviewDates) {
        reviews.push_back(j(date));
    }
    return withPin(json{{"id", r.id.value},
                        {"caseId", r.caseId.value},
                        {"category", code(r.category)},
                        {"start", j(r.start)},
                        {"end", j(r.end)},
                        {"ohBasis", r.ohBasis},
                        {"reviewDates", reviews},
                        {"outcome", r.outcome}},
                   r);
}

json procedureJson(const OhReferral& r)
{
    json recommendations = json::array();
    for (const OhRecommendation& rec : r.recommendations) {
        recommendations.push_back(
            {{"text", rec.text}, {"adjustment", j(rec.adjustment)}, {"actionPlan", j(rec.actionPlan)}});
    }
    const json given = r.consent.given ? json(*r.consent.given) : json(nullptr);
    return {{"id", r.id.value},
            {"caseId", r.caseId.value},
            {"referralDate", j(r.referralDate)},
            {"reason", r.reason},
            {"questions", r.questions},
            {"appointment", j(r.appointment)},
            {"reportReceived", j(r.reportReceived)},
            {"recommendations", recommendations},
            {"consent",
             {{"given", given},
              {"sergeant", r.consent.sergeant},
              {"hr", r.consent.hr},
              {"lineManager", r.consent.lineManager}}}};
}

json procedureJson(const UppProcedure& r)
{
    const json override = r.regimeOverride ? json(r.regimeOverride->key) : json(nullptr);
    return {{"id", r.id.value},
            {"caseId", r.caseId.value},
            {"kind", code(r.kind)},
            {"cameToAttention", j(r.cameToAttention)},
            {"cameToAttentionOf", r.cameToAttentionOf},
            {"linkedEarlierMatter", j(r.linkedEarlierMatter)},
            {"derivedRegime", r.derivedRegime.key},
            {"regimeOverride", override},
            {"regimeOverrideReason", r.regimeOverrideReason},
            {"pinnedPack", r.pinnedPack},
            {"pinnedVersion", r.pinnedVersion},
            {"pinReason", r.pinReason},
            {"stage", code(r.stage)},
            {"grossIncompetence", r.grossIncompetence},
            {"improvementPeriodStart", j(r.improvementPeriodStart)},
            {"improvementPeriodMonths", r.improvementPeriodMonths ? json(*r.improvementPeriodMonths) : json(nullptr)},
            {"improvementPeriodEnd", j(r.improvementPeriodEnd)},
            {"improvementPeriodEndReason", r.improvementPeriodEndReason},
            {"exceptionalCircumstances", r.exceptionalCircumstances},
            {"events", events(r.events)},
            {"pausedFor", j(r.pausedFor)},
            {"pausedFrom", j(r.pausedFrom)}};
}

json procedureJson(const ConductReferral& r)
{
    return withPin(json{{"id", r.id.value},
                        {"caseId", r.caseId.value},
                        {"referralDate", j(r.referralDate)},
                        {"summary", r.summary},
                        {"severity", code(r.severity)},
                        {"outcome", r.outcome},
                        {"reportDate", j(r.reportDate)},
                        {"appealNoticeDate", j(r.appealNoticeDate)}},
                   r);
}

json procedureJson(const IllHealthRetirement& r)
{
    return withPin(json{{"id", r.id.value},
                        {"caseId", r.caseId.value},
                        {"scheme", code(r.scheme)},
                        {"steps", events(r.steps)},
                        {"decision", code(r.decision)},
                        {"decisionDate", j(r.decisionDate)},
                        {"decisionDetail", r.decisionDetail}},
                   r);
}

json procedureJson(const InjuryAward& r)
{
    return withPin(json{{"id", r.id.value},
                        {"caseId", r.caseId.value},
                        {"injuryDate", j(r.injuryDate)},
                        {"description", r.description},
                        {"steps", events(r.steps)},
                        {"decision", r.decision},
                        {"decisionDate", j(r.decisionDate)}},
                   r);
}

json procedureJson(const ActionPlan& r)
{
    json objectives = json::array();
    for (const ActionObjective& o : r.objectives) {
        objectives.push_back({{"text", o.text}, {"owner", o.owner}, {"due", j(o.due)}, {"completed", j(o.completed)}});
    }
    json reviews = json::array();
    for (const ActionReview& review : r.reviews) {
        reviews.push_back({{"date", j(review.date)}, {"note", review.note}});
    }
    return {{"id", r.id.value},          {"caseId", r.caseId.value}, {"title", r.title},
            {"agreedOn", j(r.agreedOn)}, {"objectives", objectives}, {"reviews", reviews}};
}

json procedureJson(const DateOverride& r)
{
    return {{"id", r.id.value},       {"caseId", r.caseId.value}, {"recordType", r.recordType},
            {"recordId", r.recordId}, {"ruleId", r.ruleId},       {"shippedDate", j(r.shippedDate)},
            {"date", j(r.date)},      {"reason", r.reason}};
}

json procedureJson(const DateClosure& r)
{
    return {{"id", r.id.value},
            {"caseId", r.caseId.value},
            {"recordType", r.recordType},
            {"recordId", r.recordId},
            {"ruleId", r.ruleId},
            {"date", j(r.date)},
            {"outcome", std::string(toCode(r.outcome))},
            {"reason", r.reason},
            {"closedBy", r.closedBy},
            {"closedOn", j(r.closedOn)}};
}

} // namespace casebook::core
