// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/PersonRepository.h"

#include "repo/SqlValues.h"

namespace casebook::core {
namespace {

constexpr std::string_view kColumns = "id, name, number, kind, rank_or_grade, role, team, line_manager_id, "
                                      "line_manager_name, duty_status, pension_scheme, staff_association, notes";

void bindFields(Statement& stmt, const Person& p)
{
    stmt.bind(1, p.name).bind(2, p.number).bind(3, toCode(p.kind)).bind(4, p.rankOrGrade).bind(5, p.role);
    stmt.bind(6, p.team);
    sql::bindOptionalId(stmt, 7, p.lineManagerId ? std::optional<std::int64_t>(p.lineManagerId->value) : std::nullopt);
    stmt.bind(8, p.lineManagerName).bind(9, toCode(p.dutyStatus)).bind(10, toCode(p.pensionScheme));
    stmt.bind(11, toCode(p.staffAssociation)).bind(12, p.notes);
}

Person readRow(sql::RowReader& s)
{
    Person p;
    p.id = PersonId{s.integer(0)};
    p.name = s.text(1);
    p.number = s.text(2);
    p.kind = s.code<PersonKind>(3);
    p.rankOrGrade = s.text(4);
    p.role = s.text(5);
    p.team = s.text(6);
    if (!s.isNull(7)) {
        p.lineManagerId = PersonId{s.integer(7)};
    }
    p.lineManagerName = s.text(8);
    p.dutyStatus = s.code<DutyStatus>(9);
    p.pensionScheme = s.code<PensionScheme>(10);
    p.staffAssociation = s.code<StaffAssociation>(11);
    p.notes = s.text(12);
    return p;
}

} // namespace

Result<PersonId> PersonRepository::insert(const Person& person)
{
    // Above every id ever used (id_floor, core/dp/ErasureSchema.h): an erased person's id is never reused.
    auto stmt = m_db.prepare("INSERT INTO person(id, name, number, kind, rank_or_grade, role, team, line_manager_id, "
                             "line_manager_name, duty_status, pension_scheme, staff_association, notes) "
                             "VALUES ((SELECT max(f.last_id, (SELECT coalesce(max(id), 0) FROM person)) + 1 "
                             "FROM id_floor f WHERE f.table_name = 'person'), "
                             "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, person);
    auto id = sql::insertReturningId(*stmt);
    if (!id) {
        return id.error();
    }
    return PersonId{*id};
}

Status PersonRepository::update(const Person& person)
{
    auto stmt = m_db.prepare("UPDATE person SET name = ?1, number = ?2, kind = ?3, rank_or_grade = ?4, role = ?5, "
                             "team = ?6, line_manager_id = ?7, line_manager_name = ?8, duty_status = ?9, "
                             "pension_scheme = ?10, staff_association = ?11, notes = ?12 WHERE id = ?13");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, person);
    stmt->bind(13, person.id.value);
    return sql::runOne(m_db, *stmt, "person", person.id.value);
}

Status PersonRepository::remove(PersonId id)
{
    auto stmt = m_db.prepare("DELETE FROM person WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::runOne(m_db, *stmt, "person", id.value);
}

Result<Person> PersonRepository::find(PersonId id)
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM person WHERE id = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::single<Person>(*stmt, readRow, "person", id.value);
}

Result<std::vector<Person>> PersonRepository::list()
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM person ORDER BY name COLLATE NOCASE, id"));
    if (!stmt) {
        return stmt.error();
    }
    return sql::collect<Person>(*stmt, readRow);
}

} // namespace casebook::core
