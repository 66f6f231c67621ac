// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Row mapping of ill-health retirements, injury awards, action plans and date overrides (schema 4).
#include "procedure/ProcedureEnums.h"
#include "repo/ProcedureRows.h"
#include "repo/ProcedureSql.h"

namespace casebook::core {

using namespace procedure_sql;

const std::string_view ProcedureRows<IllHealthRetirement>::table = "ill_health_retirement";
const std::string_view ProcedureRows<IllHealthRetirement>::columns =
    "case_id, scheme, decision, decision_date, decision_detail, pinned_pack, pinned_version, pin_reason";

void ProcedureRows<IllHealthRetirement>::bind(Statement& st, const IllHealthRetirement& r)
{
    st.bind(1, r.caseId.value).bind(5, r.decisionDetail);
    bindCode(st, 2, r.scheme);
    bindCode(st, 3, r.decision);
    bindDate(st, 4, r.decisionDate);
    st.bind(6, r.pinnedPack).bind(7, static_cast<std::int64_t>(r.pinnedVersion)).bind(8, r.pinReason);
}

Result<IllHealthRetirement> ProcedureRows<IllHealthRetirement>::read(const Statement& st)
{
    RowReader row(st, table);
    IllHealthRetirement r;
    r.id = IllHealthRetirementId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.scheme = row.code<PolicePensionScheme>(2);
    r.decision = row.code<PpaDecision>(3);
    r.decisionDate = row.optionalDate(4);
    r.decisionDetail = row.text(5);
    r.pinnedPack = row.text(6);
    r.pinnedVersion = static_cast<int>(row.integer(7));
    r.pinReason = row.text(8);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<IllHealthRetirement>::saveChildren(Database& db, const IllHealthRetirement& r, std::int64_t id)
{
    return replaceEvents(db, "ill_health_step", id, r.steps);
}

Status ProcedureRows<IllHealthRetirement>::loadChildren(Database& db, IllHealthRetirement& r)
{
    Result<ProcedureEvents> steps = loadEvents(db, "ill_health_step", r.id.value);
    if (!steps) {
        return steps.error();
    }
    r.steps = std::move(*steps);
    return Ok{};
}

const std::string_view ProcedureRows<InjuryAward>::table = "injury_award";
const std::string_view ProcedureRows<InjuryAward>::columns =
    "case_id, injury_date, description, decision, decision_date, pinned_pack, pinned_version, pin_reason";

void ProcedureRows<InjuryAward>::bind(Statement& st, const InjuryAward& r)
{
    st.bind(1, r.caseId.value).bind(3, r.description).bind(4, r.decision);
    bindDate(st, 2, r.injuryDate);
    bindDate(st, 5, r.decisionDate);
    st.bind(6, r.pinnedPack).bind(7, static_cast<std::int64_t>(r.pinnedVersion)).bind(8, r.pinReason);
}

Result<InjuryAward> ProcedureRows<InjuryAward>::read(const Statement& st)
{
    RowReader row(st, table);
    InjuryAward r;
    r.id = InjuryAwardId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.injuryDate = row.date(2);
    r.description = row.text(3);
    r.decision = row.text(4);
    r.decisionDate = row.optionalDate(5);
    r.pinnedPack = row.text(6);
    r.pinnedVersion = static_cast<int>(row.integer(7));
    r.pinReason = row.text(8);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<InjuryAward>::saveChildren(Database& db, const InjuryAward& r, std::int64_t id)
{
    return replaceEvents(db, "injury_award_step", id, r.steps);
}

Status ProcedureRows<InjuryAward>::loadChildren(Database& db, InjuryAward& r)
{
    Result<ProcedureEvents> steps = loadEvents(db, "injury_award_step", r.id.value);
    if (!steps) {
        return steps.error();
    }
    r.steps = std::move(*steps);
    return Ok{};
}

const std::string_view ProcedureRows<ActionPlan>::table = "action_plan";
const std::string_view ProcedureRows<ActionPlan>::columns = "case_id, title, agreed_on";

void ProcedureRows<ActionPlan>::bind(Statement& st, const ActionPlan& r)
{
    st.bind(1, r.caseId.value).bind(2, r.title);
    bindDate(st, 3, r.agreedOn);
}

Result<ActionPlan> ProcedureRows<ActionPlan>::read(const Statement& st)
{
    RowReader row(st, table);
    ActionPlan r;
    r.id = ActionPlanId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.title = row.text(2);
    r.agreedOn = row.date(3);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<ActionPlan>::saveChildren(Database& db, const ActionPlan& r, std::int64_t id)
{
    for (std::string_view child : {"action_objective", "action_review"}) {
        if (Status st = clearChildren(db, child, id); !st) {
            return st;
        }
    }
    Result<Statement> objective = db.prepare(
        "INSERT INTO action_objective(owner_id, text, owner, due_date, completed_date) VALUES (?, ?, ?, ?, ?)");
    if (!objective) {
        return objective.error();
    }
    for (const ActionObjective& item : r.objectives) {
        objective->reset();
        objective->bind(1, id).bind(2, item.text).bind(3, item.owner);
        bindDate(*objective, 4, item.due);
        bindDate(*objective, 5, item.completed);
        if (Status st = objective->run(); !st) {
            return st;
        }
    }
    Result<Statement> review = db.prepare("INSERT INTO action_review(owner_id, review_date, note) VALUES (?, ?, ?)");
    if (!review) {
        return review.error();
    }
    for (const ActionReview& item : r.reviews) {
        review->reset();
        review->bind(1, id).bind(3, item.note);
        bindDate(*review, 2, item.date);
        if (Status st = review->run(); !st) {
            return st;
        }
    }
    return Ok{};
}

Status ProcedureRows<ActionPlan>::loadChildren(Database& db, ActionPlan& r)
{
    r.objectives.clear();
    r.reviews.clear();
    Status objectives =
        forEachChild(db, "action_objective", "text, owner, due_date, completed_date", r.id.value, [&](RowReader& row) {
            r.objectives.push_back({row.text(0), row.text(1), row.optionalDate(2), row.optionalDate(3)});
        });
    if (!objectives) {
        return objectives;
    }
    return forEachChild(db, "action_review", "review_date, note", r.id.value, [&](RowReader& row) {
        r.reviews.push_back({row.date(0), row.text(1)});
    });
}

const std::string_view ProcedureRows<DateOverride>::table = "date_override";
const std::string_view ProcedureRows<DateOverride>::columns =
    "case_id, record_type, record_id, rule_id, shipped_date, override_date, reason";

void ProcedureRows<DateOverride>::bind(Statement& st, const DateOverride& r)
{
    st.bind(1, r.caseId.value).bind(2, r.recordType).bind(3, r.recordId).bind(4, r.ruleId).bind(7, r.reason);
    bindDate(st, 5, r.shippedDate);
    bindDate(st, 6, r.date);
}

Result<DateOverride> ProcedureRows<DateOverride>::read(const Statement& st)
{
    RowReader row(st, table);
    DateOverride r;
    r.id = DateOverrideId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.recordType = row.text(2);
    r.recordId = row.integer(3);
    r.ruleId = row.text(4);
    r.shippedDate = row.date(5);
    r.date = row.date(6);
    r.reason = row.text(7);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<DateOverride>::saveChildren(Database&, const DateOverride&, std::int64_t)
{
    return Ok{};
}

Status ProcedureRows<DateOverride>::loadChildren(Database&, DateOverride&)
{
    return Ok{};
}

const std::string_view ProcedureRows<DateClosure>::table = "date_closure";
const std::string_view ProcedureRows<DateClosure>::columns =
    "case_id, record_type, record_id, rule_id, closed_date, outcome, reason, closed_by, closed_on";

void ProcedureRows<DateClosure>::bind(Statement& st, const DateClosure& r)
{
    st.bind(1, r.caseId.value).bind(2, r.recordType).bind(3, r.recordId).bind(4, r.ruleId);
    bindDate(st, 5, r.date);
    st.bind(6, std::string(toCode(r.outcome))).bind(7, r.reason).bind(8, r.closedBy);
    bindDate(st, 9, r.closedOn);
}

Result<DateClosure> ProcedureRows<DateClosure>::read(const Statement& st)
{
    RowReader row(st, table);
    DateClosure r;
    r.id = DateClosureId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.recordType = row.text(2);
    r.recordId = row.integer(3);
    r.ruleId = row.text(4);
    r.date = row.date(5);
    r.outcome = row.code<ClosureOutcome>(6);
    r.reason = row.text(7);
    r.closedBy = row.text(8);
    r.closedOn = row.date(9);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<DateClosure>::saveChildren(Database&, const DateClosure&, std::int64_t)
{
    return Ok{};
}

Status ProcedureRows<DateClosure>::loadChildren(Database&, DateClosure&)
{
    return Ok{};
}

} // namespace casebook::core
