// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/ConsentRepository.h"

#include "repo/SqlValues.h"

namespace casebook::core {
namespace {

constexpr std::string_view kColumns = "id, person_id, audience, scope, given_on, withdrawn_on, note";

void bindFields(Statement& stmt, const Consent& c)
{
    stmt.bind(1, c.person.value).bind(2, toCode(c.audience)).bind(3, c.scope);
    sql::bindDate(stmt, 4, c.given);
    sql::bindOptionalDate(stmt, 5, c.withdrawn);
    stmt.bind(6, c.note);
}

Consent readRow(const Statement& s)
{
    Consent c;
    c.id = ConsentId{s.columnInt(0)};
    c.person = PersonId{s.columnInt(1)};
    c.audience = sql::enumAt<ConsentAudience>(s, 2);
    c.scope = s.columnText(3);
    c.given = sql::dateAt(s, 4);
    c.withdrawn = sql::optionalDateAt(s, 5);
    c.note = s.columnText(6);
    return c;
}

} // namespace

Result<ConsentId> ConsentRepository::insert(const Consent& consent)
{
    auto stmt = m_db.prepare("INSERT INTO consent(person_id, audience, scope, given_on, withdrawn_on, note) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
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
    auto stmt = m_db.prepare("UPDATE consent SET person_id = ?1, audience = ?2, scope = ?3, given_on = ?4, "
                             "withdrawn_on = ?5, note = ?6 WHERE id = ?7");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, consent);
    stmt->bind(7, consent.id.value);
    return sql::runOne(m_db, *stmt, "consent", consent.id.value);
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
