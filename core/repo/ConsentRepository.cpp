// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/ConsentRepository.h"

#include "repo/IdFloor.h"
#include "repo/SqlValues.h"

namespace casebook::core {
namespace {

constexpr std::string_view kColumns =
    "id, person_id, audience, category, answer, given_on, withdrawn_on, obtained, note";

void bindFields(Statement& stmt, const Consent& c)
{
    stmt.bind(1, c.person.value).bind(2, toCode(c.audience)).bind(3, toCode(c.category)).bind(4, toCode(c.answer));
    sql::bindDate(stmt, 5, c.given);
    sql::bindOptionalDate(stmt, 6, c.withdrawn);
    stmt.bind(7, c.obtained).bind(8, c.note);
}

Consent readRow(sql::RowReader& s)
{
    Consent c;
    c.id = ConsentId{s.integer(0)};
    c.person = PersonId{s.integer(1)};
    c.audience = s.code<ConsentAudience>(2);
    c.category = s.code<ConsentCategory>(3);
    c.answer = s.code<ConsentAnswer>(4);
    c.given = s.date(5);
    c.withdrawn = s.optionalDate(6);
    c.obtained = s.text(7);
    c.note = s.text(8);
    return c;
}

} // namespace

Result<ConsentId> ConsentRepository::insert(const Consent& consent)
{
    auto stmt =
        m_db.prepare("INSERT INTO consent(id, person_id, audience, category, answer, given_on, withdrawn_on, obtained, "
                     "note) VALUES ("
                     + nextIdSql("consent") + ", ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, consent);
    auto id = sql::insertReturningId(*stmt);
    if (!id) {
        return id.error();
    }
    return ConsentId{*id};
}

Status ConsentRepository::update(const Consent& consent)
{
    auto stmt =
        m_db.prepare("UPDATE consent SET person_id = ?1, audience = ?2, category = ?3, answer = ?4, given_on = ?5, "
                     "withdrawn_on = ?6, obtained = ?7, note = ?8 WHERE id = ?9");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, consent);
    stmt->bind(9, consent.id.value);
    return sql::runOne(m_db, *stmt, "consent", consent.id.value);
}

Status ConsentRepository::remove(ConsentId id)
{
    auto stmt = m_db.prepare("DELETE FROM consent WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::runOne(m_db, *stmt, "consent", id.value);
}

Result<Consent> ConsentRepository::find(ConsentId id)
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM consent WHERE id = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::single<Consent>(*stmt, readRow, "consent", id.value);
}

Result<std::vector<Consent>> ConsentRepository::listForPerson(PersonId person)
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM consent WHERE person_id = ?1 ORDER BY given_on, id"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, person.value);
    return sql::collect<Consent>(*stmt, readRow);
}

} // namespace casebook::core
