// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Row mapping of adjustments and OH referrals (schema version 4).
#include "procedure/ProcedureEnums.h"
#include "repo/ProcedureRows.h"
#include "repo/ProcedureSql.h"

namespace casebook::core {

using namespace procedure_sql;

const std::string_view ProcedureRows<Adjustment>::table = "adjustment";
const std::string_view ProcedureRows<Adjustment>::columns =
    "case_id, barrier, requested_date, requested_by, oh_advice, atw_advice, decision, rationale, decision_maker, "
    "decision_date, implemented_date, review_date, passport_version, measure";

void ProcedureRows<Adjustment>::bind(Statement& st, const Adjustment& r)
{
    st.bind(1, r.caseId.value).bind(2, r.barrier).bind(4, r.requestedBy).bind(5, r.ohAdvice);
    st.bind(6, r.accessToWorkAdvice).bind(8, r.rationale).bind(9, r.decisionMaker).bind(13, r.passportVersion);
    st.bind(14, r.measure);
    bindDate(st, 3, r.requestedDate);
    bindCode(st, 7, r.decision);
    bindDate(st, 10, r.decisionDate);
    bindDate(st, 11, r.implementedDate);
    bindDate(st, 12, r.reviewDate);
}

Result<Adjustment> ProcedureRows<Adjustment>::read(const Statement& st)
{
    RowReader row(st, table);
    Adjustment r;
    r.id = AdjustmentId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.barrier = row.text(2);
    r.requestedDate = row.date(3);
    r.requestedBy = row.text(4);
    r.ohAdvice = row.text(5);
    r.accessToWorkAdvice = row.text(6);
    r.decision = row.code<AdjustmentDecision>(7);
    r.rationale = row.text(8);
    r.decisionMaker = row.text(9);
    r.decisionDate = row.optionalDate(10);
    r.implementedDate = row.optionalDate(11);
    r.reviewDate = row.optionalDate(12);
    r.passportVersion = row.text(13);
    r.measure = row.text(14);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<Adjustment>::saveChildren(Database& db, const Adjustment& r, std::int64_t id)
{
    Result<Statement> clear = db.prepare("DELETE FROM adjustment_upp WHERE adjustment_id = ?");
    if (!clear) {
        return clear.error();
    }
    clear->bind(1, id);
    if (Status st = clear->run(); !st) {
        return st;
    }
    Result<Statement> link = db.prepare("INSERT INTO adjustment_upp(adjustment_id, upp_id) VALUES (?, ?)");
    if (!link) {
        return link.error();
    }
    for (UppProcedureId upp : r.linkedUpp) {
        link->reset();
        link->bind(1, id).bind(2, upp.value);
        if (Status st = link->run(); !st) {
            return st;
        }
    }
    return Ok{};
}

Status ProcedureRows<Adjustment>::loadChildren(Database& db, Adjustment& r)
{
    Result<Statement> st = db.prepare("SELECT upp_id FROM adjustment_upp WHERE adjustment_id = ? ORDER BY upp_id");
    if (!st) {
        return st.error();
    }
    st->bind(1, r.id.value);
    r.linkedUpp.clear();
    for (;;) {
        Result<bool> row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return Ok{};
        }
        r.linkedUpp.push_back(UppProcedureId{st->columnInt(0)});
    }
}

const std::string_view ProcedureRows<OhReferral>::table = "oh_referral";
const std::string_view ProcedureRows<OhReferral>::columns =
    "case_id, referral_date, reason, appointment, report_received, consent_given, share_sergeant, share_hr, "
    "share_line_manager";

void ProcedureRows<OhReferral>::bind(Statement& st, const OhReferral& r)
{
    st.bind(1, r.caseId.value).bind(3, r.reason);
    bindDate(st, 2, r.referralDate);
    bindDate(st, 4, r.appointment);
    bindDate(st, 5, r.reportReceived);
    if (r.consent.given) {
        bindFlag(st, 6, *r.consent.given);
    } else {
        st.bindNull(6);
    }
    bindFlag(st, 7, r.consent.sergeant);
    bindFlag(st, 8, r.consent.hr);
    bindFlag(st, 9, r.consent.lineManager);
}

Result<OhReferral> ProcedureRows<OhReferral>::read(const Statement& st)
{
    RowReader row(st, table);
    OhReferral r;
    r.id = OhReferralId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.referralDate = row.date(2);
    r.reason = row.text(3);
    r.appointment = row.optionalDate(4);
    r.reportReceived = row.optionalDate(5);
    if (std::optional<std::int64_t> given = row.optionalId(6)) {
        r.consent.given = *given != 0;
    }
    r.consent.sergeant = row.flag(7);
    r.consent.hr = row.flag(8);
    r.consent.lineManager = row.flag(9);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<OhReferral>::saveChildren(Database& db, const OhReferral& r, std::int64_t id)
{
    if (Status st = clearChildren(db, "oh_question", id); !st) {
        return st;
    }
    if (Status st = clearChildren(db, "oh_recommendation", id); !st) {
        return st;
    }
    Result<Statement> question = db.prepare("INSERT INTO oh_question(owner_id, text) VALUES (?, ?)");
    if (!question) {
        return question.error();
    }
    for (const std::string& text : r.questions) {
        question->reset();
        question->bind(1, id).bind(2, text);
        if (Status st = question->run(); !st) {
            return st;
        }
    }
    Result<Statement> rec =
        db.prepare("INSERT INTO oh_recommendation(owner_id, text, adjustment_id, action_plan_id) VALUES (?, ?, ?, ?)");
    if (!rec) {
        return rec.error();
    }
    for (const OhRecommendation& item : r.recommendations) {
        rec->reset();
        rec->bind(1, id).bind(2, item.text);
        bindId(*rec, 3, item.adjustment ? std::optional(item.adjustment->value) : std::nullopt);
        bindId(*rec, 4, item.actionPlan ? std::optional(item.actionPlan->value) : std::nullopt);
        if (Status st = rec->run(); !st) {
            return st;
        }
    }
    return Ok{};
}

Status ProcedureRows<OhReferral>::loadChildren(Database& db, OhReferral& r)
{
    r.questions.clear();
    r.recommendations.clear();
    Status questions = forEachChild(db, "oh_question", "text", r.id.value,
                                    [&](RowReader& row) { r.questions.push_back(row.text(0)); });
    if (!questions) {
        return questions;
    }
    return forEachChild(db, "oh_recommendation", "text, adjustment_id, action_plan_id", r.id.value,
                        [&](RowReader& row) {
                            OhRecommendation item;
                            item.text = row.text(0);
                            if (auto adjustment = row.optionalId(1)) {
                                item.adjustment = AdjustmentId{*adjustment};
                            }
                            if (auto plan = row.optionalId(2)) {
                                item.actionPlan = ActionPlanId{*plan};
                            }
                            r.recommendations.push_back(std::move(item));
                        });
}

} // namespace casebook::core
