// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/ContactRepository.h"

#include "repo/IdFloor.h"
#include "repo/SqlValues.h"

namespace casebook::core {
namespace {

constexpr std::string_view kColumns = "c.id, c.name, c.organisation, c.role, c.phone, c.email, c.notes";

void bindFields(Statement& stmt, const Contact& c)
{
    stmt.bind(1, c.name).bind(2, c.organisation).bind(3, toCode(c.role)).bind(4, c.phone).bind(5, c.email);
    stmt.bind(6, c.notes);
}

Contact readRow(sql::RowReader& s)
{
    return Contact{
        ContactId{s.integer(0)}, s.text(1), s.text(2), s.code<StakeholderRole>(3), s.text(4), s.text(5), s.text(6)};
}

} // namespace

Result<ContactId> ContactRepository::insert(const Contact& contact)
{
    auto stmt = m_db.prepare("INSERT INTO contact(id, name, organisation, role, phone, email, notes) VALUES ("
                             + nextIdSql("contact") + ", ?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, contact);
    auto id = sql::insertReturningId(*stmt);
    if (!id) {
        return id.error();
    }
    return ContactId{*id};
}

Status ContactRepository::update(const Contact& contact)
{
    auto stmt = m_db.prepare("UPDATE contact SET name = ?1, organisation = ?2, role = ?3, phone = ?4, email = ?5, "
                             "notes = ?6 WHERE id = ?7");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, contact);
    stmt->bind(7, contact.id.value);
    return sql::runOne(m_db, *stmt, "contact", contact.id.value);
}

Result<Contact> ContactRepository::find(ContactId id)
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM contact c WHERE c.id = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::single<Contact>(*stmt, readRow, "contact", id.value);
}

Status ContactRepository::link(CaseId caseId, ContactId contactId)
{
    auto stmt = m_db.prepare("INSERT OR IGNORE INTO case_contact(case_id, contact_id) VALUES (?1, ?2)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId.value).bind(2, contactId.value);
    return stmt->run();
}

Status ContactRepository::unlink(CaseId caseId, ContactId contactId)
{
    auto stmt = m_db.prepare("DELETE FROM case_contact WHERE case_id = ?1 AND contact_id = ?2");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId.value).bind(2, contactId.value);
    return sql::runOne(m_db, *stmt, "contact link", contactId.value);
}

Result<std::vector<Contact>> ContactRepository::listForCase(CaseId caseId)
{
    auto stmt = m_db.prepare(sql::select(
        kColumns,
        "FROM contact c JOIN case_contact l ON l.contact_id = c.id WHERE l.case_id = ?1 ORDER BY c.name, c.id"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId.value);
    return sql::collect<Contact>(*stmt, readRow);
}

} // namespace casebook::core
