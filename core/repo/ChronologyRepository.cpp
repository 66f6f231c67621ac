// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/ChronologyRepository.h"

#include "repo/IdFloor.h"
#include "repo/SqlValues.h"

namespace casebook::core {
namespace {

constexpr std::string_view kColumns = "id, case_id, entry_date, entry_time, kind, title, body, medical, author, "
                                      "decision, options_considered, rationale, decided_by, not_to_act, "
                                      "medical_rationale, medical_detail";

void bindFields(Statement& stmt, const ChronologyEntry& e)
{
    stmt.bind(1, e.caseId.value);
    sql::bindDate(stmt, 2, e.date);
    if (e.time.has_value()) {
        stmt.bind(3, std::string_view(e.time->toText()));
    } else {
        stmt.bindNull(3);
    }
    stmt.bind(4, toCode(e.kind)).bind(5, e.title).bind(6, e.body);
    sql::bindBool(stmt, 7, e.medical);
    stmt.bind(8, e.author);
    if (e.decision.has_value()) {
        const DecisionRecord& d = *e.decision;
        stmt.bind(9, d.decision).bind(10, d.optionsConsidered).bind(11, d.rationale).bind(12, d.decidedBy);
        sql::bindBool(stmt, 13, d.notToAct);
        stmt.bind(14, d.medicalRationale);
    } else {
        for (int i = 9; i <= 14; ++i) {
            stmt.bindNull(i);
        }
    }
    stmt.bind(15, e.medicalDetail);
}

ChronologyEntry readRow(sql::RowReader& s)
{
    ChronologyEntry e;
    e.id = ChronologyEntryId{s.integer(0)};
    e.caseId = CaseId{s.integer(1)};
    e.date = s.date(2);
    if (!s.isNull(3)) {
        if (auto time = TimeOfDay::parse(s.text(3))) {
            e.time = *time;
        } else {
            s.fail(3, "unreadable time '" + s.text(3) + "'");
        }
    }
    e.kind = s.code<EntryKind>(4);
    e.title = s.text(5);
    e.body = s.text(6);
    e.medical = s.flag(7);
    e.author = s.text(8);
    if (!s.isNull(9)) {
        e.decision = DecisionRecord{s.text(9), s.text(10), s.text(11), s.text(12), s.flag(13), s.text(14)};
    }
    e.medicalDetail = s.text(15);
    return e;
}

constexpr std::string_view kAmendmentColumns =
    "id, entry_id, case_id, amended_on, amended_by, reason, correction, medical";

EntryAmendment readAmendment(sql::RowReader& s)
{
    EntryAmendment a;
    a.id = EntryAmendmentId{s.integer(0)};
    a.entryId = ChronologyEntryId{s.integer(1)};
    a.caseId = CaseId{s.integer(2)};
    a.amendedOn = s.date(3);
    a.amendedBy = s.text(4);
    a.reason = s.text(5);
    a.correction = s.text(6);
    a.medical = s.flag(7);
    return a;
}

} // namespace

Result<ChronologyEntryId> ChronologyRepository::insert(const ChronologyEntry& entry)
{
    auto stmt =
        m_db.prepare("INSERT INTO chronology_entry(id, case_id, entry_date, entry_time, kind, title, body, medical, "
                     "author, decision, options_considered, rationale, decided_by, not_to_act, medical_rationale, "
                     "medical_detail) VALUES ("
                     + nextIdSql("chronology_entry")
                     + ", ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, entry);
    auto id = sql::insertReturningId(*stmt);
    if (!id) {
        return id.error();
    }
    return ChronologyEntryId{*id};
}

Status ChronologyRepository::update(const ChronologyEntry& entry)
{
    auto stmt = m_db.prepare("UPDATE chronology_entry SET case_id = ?1, entry_date = ?2, entry_time = ?3, kind = ?4, "
                             "title = ?5, body = ?6, medical = ?7, author = ?8, decision = ?9, "
                             "options_considered = ?10, rationale = ?11, decided_by = ?12, not_to_act = ?13, "
                             "medical_rationale = ?14, medical_detail = ?15 WHERE id = ?16");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, entry);
    stmt->bind(16, entry.id.value);
    return sql::runOne(m_db, *stmt, "chronology entry", entry.id.value);
}

Status ChronologyRepository::remove(ChronologyEntryId id)
{
    auto stmt = m_db.prepare("DELETE FROM chronology_entry WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::runOne(m_db, *stmt, "chronology entry", id.value);
}

Result<ChronologyEntry> ChronologyRepository::find(ChronologyEntryId id)
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM chronology_entry WHERE id = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::single<ChronologyEntry>(*stmt, readRow, "chronology entry", id.value);
}

Result<std::vector<ChronologyEntry>> ChronologyRepository::listForCase(CaseId caseId)
{
    auto stmt = m_db.prepare(
        sql::select(kColumns, "FROM chronology_entry WHERE case_id = ?1 ORDER BY entry_date, entry_time, id"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId.value);
    return sql::collect<ChronologyEntry>(*stmt, readRow);
}

Result<EntryAmendmentId> ChronologyRepository::insertAmendment(const EntryAmendment& amendment)
{
    auto stmt = m_db.prepare("INSERT INTO chronology_amendment(id, entry_id, case_id, amended_on, amended_by, reason, "
                             "correction, medical) VALUES ("
                             + nextIdSql("chronology_amendment") + ", ?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, amendment.entryId.value).bind(2, amendment.caseId.value);
    sql::bindDate(*stmt, 3, amendment.amendedOn);
    stmt->bind(4, amendment.amendedBy).bind(5, amendment.reason).bind(6, amendment.correction);
    sql::bindBool(*stmt, 7, amendment.medical);
    auto id = sql::insertReturningId(*stmt);
    if (!id) {
        return id.error();
    }
    return EntryAmendmentId{*id};
}

Status ChronologyRepository::removeAmendment(EntryAmendmentId id)
{
    auto stmt = m_db.prepare("DELETE FROM chronology_amendment WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::runOne(m_db, *stmt, "amendment", id.value);
}

Result<EntryAmendment> ChronologyRepository::findAmendment(EntryAmendmentId id)
{
    auto stmt = m_db.prepare(sql::select(kAmendmentColumns, "FROM chronology_amendment WHERE id = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::single<EntryAmendment>(*stmt, readAmendment, "amendment", id.value);
}

Result<std::vector<EntryAmendment>> ChronologyRepository::amendmentsForCase(CaseId caseId)
{
    auto stmt = m_db.prepare(
        sql::select(kAmendmentColumns, "FROM chronology_amendment WHERE case_id = ?1 ORDER BY entry_id, id"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId.value);
    return sql::collect<EntryAmendment>(*stmt, readAmendment);
}

} // namespace casebook::core
