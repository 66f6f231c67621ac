// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/CaseRepository.h"

#include "repo/SqlValues.h"

#include <unordered_map>

namespace casebook::core {
namespace {

constexpr std::string_view kColumns = "id, person_id, summary, status, rag, owner, opened_on, closed_on, "
                                      "next_review_on, outcome, outcome_note";

void bindFields(Statement& stmt, const Case& c)
{
    stmt.bind(1, c.person.value).bind(2, c.summary).bind(3, toCode(c.status)).bind(4, toCode(c.rag));
    stmt.bind(5, c.owner);
    sql::bindDate(stmt, 6, c.opened);
    sql::bindOptionalDate(stmt, 7, c.closed);
    sql::bindOptionalDate(stmt, 8, c.nextReview);
    if (c.outcome.has_value()) {
        stmt.bind(9, toCode(*c.outcome));
    } else {
        stmt.bindNull(9);
    }
    stmt.bind(10, c.outcomeNote);
}

Case readRow(sql::RowReader& s)
{
    Case c;
    c.id = CaseId{s.integer(0)};
    c.person = PersonId{s.integer(1)};
    c.summary = s.text(2);
    c.status = s.code<CaseStatus>(3);
    c.rag = s.code<Rag>(4);
    c.owner = s.text(5);
    c.opened = s.date(6);
    c.closed = s.optionalDate(7);
    c.nextReview = s.optionalDate(8);
    if (!s.isNull(9)) {
        c.outcome = s.code<CaseOutcome>(9);
    }
    c.outcomeNote = s.text(10);
    return c;
}

// Unset filter fields bind NULL, and each condition is "?n IS NULL OR ...", so one statement serves all.
constexpr std::string_view kListWhere =
    "FROM case_file c WHERE (?1 IS NULL OR c.person_id = ?1) AND (?2 IS NULL OR c.status = ?2) "
    "AND (?3 IS NULL OR EXISTS (SELECT 1 FROM case_type t WHERE t.case_id = c.id AND t.type = ?3)) "
    "AND (?4 IS NULL OR c.rag = ?4) AND (?5 IS NULL OR c.next_review_on <= ?5) "
    "AND (?6 OR c.status <> 'closed' OR ?2 = 'closed') "
    "ORDER BY CASE c.rag WHEN 'red' THEN 0 WHEN 'amber' THEN 1 ELSE 2 END, "
    "c.next_review_on IS NULL, c.next_review_on, c.id";

template <typename E> void bindOptionalCode(Statement& stmt, int index, const std::optional<E>& value)
{
    if (value.has_value()) {
        stmt.bind(index, toCode(*value));
    } else {
        stmt.bindNull(index);
    }
}

} // namespace

Result<CaseId> CaseRepository::insert(const Case& value)
{
    // Above every id ever used (id_floor, core/dp/ErasureSchema.h): an erased case's id is never reused.
    auto stmt = m_db.prepare("INSERT INTO case_file(id, person_id, summary, status, rag, owner, opened_on, closed_on, "
                             "next_review_on, outcome, outcome_note) "
                             "VALUES ((SELECT max(f.last_id, (SELECT coalesce(max(id), 0) FROM case_file)) + 1 "
                             "FROM id_floor f WHERE f.table_name = 'case_file'), "
                             "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, value);
    auto id = sql::insertReturningId(*stmt);
    if (!id) {
        return id.error();
    }
    Case stored = value;
    stored.id = CaseId{*id};
    if (auto st = writeTypes(stored); !st) {
        return st.error();
    }
    return stored.id;
}

Status CaseRepository::update(const Case& value)
{
    auto stmt = m_db.prepare("UPDATE case_file SET person_id = ?1, summary = ?2, status = ?3, rag = ?4, owner = ?5, "
                             "opened_on = ?6, closed_on = ?7, next_review_on = ?8, outcome = ?9, outcome_note = ?10 "
                             "WHERE id = ?11");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, value);
    stmt->bind(11, value.id.value);
    if (auto st = sql::runOne(m_db, *stmt, "case", value.id.value); !st) {
        return st;
    }
    return writeTypes(value);
}

Status CaseRepository::remove(CaseId id)
{
    auto stmt = m_db.prepare("DELETE FROM case_file WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::runOne(m_db, *stmt, "case", id.value);
}

Result<Case> CaseRepository::find(CaseId id)
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM case_file WHERE id = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    auto found = sql::single<Case>(*stmt, readRow, "case", id.value);
    if (found) {
        auto types = m_db.prepare("SELECT type FROM case_type WHERE case_id = ?1");
        if (!types) {
            return types.error();
        }
        if (auto st = readTypes(*types, *found); !st) {
            return st.error();
        }
    }
    return found;
}

Result<std::vector<Case>> CaseRepository::list(const CaseFilter& filter)
{
    auto stmt = m_db.prepare(sql::select(
        "c.id, c.person_id, c.summary, c.status, c.rag, c.owner, c.opened_on, c.closed_on, c.next_review_on, "
        "c.outcome, c.outcome_note",
        kListWhere));
    if (!stmt) {
        return stmt.error();
    }
    sql::bindOptionalId(*stmt, 1, filter.person ? std::optional<std::int64_t>(filter.person->value) : std::nullopt);
    bindOptionalCode(*stmt, 2, filter.status);
    bindOptionalCode(*stmt, 3, filter.type);
    bindOptionalCode(*stmt, 4, filter.rag);
    sql::bindOptionalDate(*stmt, 5, filter.reviewDueBy);
    sql::bindBool(*stmt, 6, filter.includeClosed);
    auto cases = sql::collect<Case>(*stmt, readRow);
    if (!cases || cases->empty()) {
        return cases;
    }
    // All types in one pass (ordered by case id, as the table's key is), matched to the cases.
    auto types = m_db.prepare("SELECT case_id, type FROM case_type ORDER BY case_id");
    if (!types) {
        return types.error();
    }
    std::unordered_map<std::int64_t, Case*> byId;
    byId.reserve(cases->size());
    for (Case& c : *cases) {
        c.types.clear();
        byId.emplace(c.id.value, &c);
    }
    for (;;) {
        auto row = types->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const auto found = byId.find(types->columnInt(0));
        if (found == byId.end()) {
            continue;
        }
        sql::RowReader read(*types);
        const CaseType type = read.code<CaseType>(1);
        if (Status st = read.status(); !st) {
            return st.error();
        }
        found->second->types.insert(type);
    }
    return cases;
}

Status CaseRepository::writeTypes(const Case& value)
{
    auto clear = m_db.prepare("DELETE FROM case_type WHERE case_id = ?1");
    if (!clear) {
        return clear.error();
    }
    clear->bind(1, value.id.value);
    if (auto st = clear->run(); !st) {
        return st;
    }
    auto insert = m_db.prepare("INSERT INTO case_type(case_id, type) VALUES (?1, ?2)");
    if (!insert) {
        return insert.error();
    }
    for (const CaseType type : value.types) {
        insert->reset();
        insert->bind(1, value.id.value).bind(2, toCode(type));
        if (auto st = insert->run(); !st) {
            return st;
        }
    }
    return Ok{};
}

Status CaseRepository::readTypes(Statement& stmt, Case& value)
{
    stmt.reset();
    stmt.bind(1, value.id.value);
    auto types = sql::collect<CaseType>(stmt, [](sql::RowReader& s) { return s.code<CaseType>(0); });
    if (!types) {
        return types.error();
    }
    value.types = std::set<CaseType>(types->begin(), types->end());
    return Ok{};
}

} // namespace casebook::core
