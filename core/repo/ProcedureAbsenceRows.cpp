// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Row mapping of absences (fit notes, pay decisions) and limited duties (schema version 4).
#include "procedure/ProcedureEnums.h"
#include "repo/ProcedureRows.h"
#include "repo/ProcedureSql.h"

namespace casebook::core {

using namespace procedure_sql;

const std::string_view ProcedureRows<Absence>::table = "absence";
const std::string_view ProcedureRows<Absence>::columns =
    "case_id, start_date, end_date, reason_category, work_related, assault_on_duty, disability_related, "
    "covered_by_adjustment, rtw_interview, pinned_pack, pinned_version, pin_reason";

void ProcedureRows<Absence>::bind(Statement& st, const Absence& r)
{
    st.bind(1, r.caseId.value).bind(4, r.reasonCategory);
    bindDate(st, 2, r.start);
    bindDate(st, 3, r.end);
    bindFlag(st, 5, r.workRelated);
    bindFlag(st, 6, r.assaultOnDuty);
    bindFlag(st, 7, r.disabilityRelated);
    bindFlag(st, 8, r.coveredByAdjustment);
    bindDate(st, 9, r.returnToWorkInterview);
    st.bind(10, r.pinnedPack).bind(11, static_cast<std::int64_t>(r.pinnedVersion)).bind(12, r.pinReason);
}

Result<Absence> ProcedureRows<Absence>::read(const Statement& st)
{
    RowReader row(st, table);
    Absence r;
    r.id = AbsenceId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.start = row.date(2);
    r.end = row.optionalDate(3);
    r.reasonCategory = row.text(4);
    r.workRelated = row.flag(5);
    r.assaultOnDuty = row.flag(6);
    r.disabilityRelated = row.flag(7);
    r.coveredByAdjustment = row.flag(8);
    r.returnToWorkInterview = row.optionalDate(9);
    r.pinnedPack = row.text(10);
    r.pinnedVersion = static_cast<int>(row.integer(11));
    r.pinReason = row.text(12);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<Absence>::saveChildren(Database& db, const Absence& r, std::int64_t id)
{
    if (Status st = clearChildren(db, "absence_fit_note", id); !st) {
        return st;
    }
    if (Status st = clearChildren(db, "sick_pay_decision", id); !st) {
        return st;
    }
    Result<Statement> note =
        db.prepare("INSERT INTO absence_fit_note(owner_id, from_date, to_date, note) VALUES (?, ?, ?, ?)");
    if (!note) {
        return note.error();
    }
    for (const FitNote& item : r.fitNotes) {
        note->reset();
        note->bind(1, id).bind(4, item.note);
        bindDate(*note, 2, item.from);
        bindDate(*note, 3, item.to);
        if (Status st = note->run(); !st) {
            return st;
        }
    }
    Result<Statement> decision = db.prepare("INSERT INTO sick_pay_decision(owner_id, transition, decision, rationale, "
                                            "decided_by, decided_on) VALUES (?, ?, ?, ?, ?, ?)");
    if (!decision) {
        return decision.error();
    }
    for (const SickPayDecision& item : r.payDecisions) {
        decision->reset();
        decision->bind(1, id).bind(4, item.rationale).bind(5, item.decidedBy);
        bindCode(*decision, 2, item.transition);
        bindCode(*decision, 3, item.decision);
        bindDate(*decision, 6, item.decidedOn);
        if (Status st = decision->run(); !st) {
            return st;
        }
    }
    return Ok{};
}

Status ProcedureRows<Absence>::loadChildren(Database& db, Absence& r)
{
    r.fitNotes.clear();
    r.payDecisions.clear();
    Status notes = forEachChild(db, "absence_fit_note", "from_date, to_date, note", r.id.value, [&](RowReader& row) {
        r.fitNotes.push_back({row.date(0), row.date(1), row.text(2)});
    });
    if (!notes) {
        return notes;
    }
    return forEachChild(db, "sick_pay_decision", "transition, decision, rationale, decided_by, decided_on", r.id.value,
                        [&](RowReader& row) {
                            SickPayDecision item;
                            item.transition = row.code<SickPayTransition>(0);
                            item.decision = row.code<SickPayDecisionKind>(1);
                            item.rationale = row.text(2);
                            item.decidedBy = row.text(3);
                            item.decidedOn = row.date(4);
                            r.payDecisions.push_back(std::move(item));
                        });
}

const std::string_view ProcedureRows<LimitedDuty>::table = "limited_duty";
const std::string_view ProcedureRows<LimitedDuty>::columns =
    "case_id, category, start_date, end_date, oh_basis, outcome, pinned_pack, pinned_version, pin_reason";

void ProcedureRows<LimitedDuty>::bind(Statement& st, const LimitedDuty& r)
{
    st.bind(1, r.caseId.value).bind(5, r.ohBasis).bind(6, r.outcome);
    bindCode(st, 2, r.category);
    bindDate(st, 3, r.start);
    bindDate(st, 4, r.end);
    st.bind(7, r.pinnedPack).bind(8, static_cast<std::int64_t>(r.pinnedVersion)).bind(9, r.pinReason);
}

Result<LimitedDuty> ProcedureRows<LimitedDuty>::read(const Statement& st)
{
    RowReader row(st, table);
    LimitedDuty r;
    r.id = LimitedDutyId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.category = row.code<LimitedDutyCategory>(2);
    r.start = row.date(3);
    r.end = row.optionalDate(4);
    r.ohBasis = row.text(5);
    r.outcome = row.text(6);
    r.pinnedPack = row.text(7);
    r.pinnedVersion = static_cast<int>(row.integer(8));
    r.pinReason = row.text(9);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<LimitedDuty>::saveChildren(Database& db, const LimitedDuty& r, std::int64_t id)
{
    if (Status st = clearChildren(db, "limited_duty_review", id); !st) {
        return st;
    }
    Result<Statement> review = db.prepare("INSERT INTO limited_duty_review(owner_id, review_date) VALUES (?, ?)");
    if (!review) {
        return review.error();
    }
    for (Date date : r.reviewDates) {
        review->reset();
        review->bind(1, id);
        bindDate(*review, 2, date);
        if (Status st = review->run(); !st) {
            return st;
        }
    }
    return Ok{};
}

Status ProcedureRows<LimitedDuty>::loadChildren(Database& db, LimitedDuty& r)
{
    r.reviewDates.clear();
    return forEachChild(db, "limited_duty_review", "review_date", r.id.value,
                        [&](RowReader& row) { r.reviewDates.push_back(row.date(0)); });
}

} // namespace casebook::core
