// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/SignpostingRepository.h"

#include "repo/IdFloor.h"
#include "repo/SqlValues.h"

namespace casebook::core {
namespace {

void bindService(Statement& stmt, const SupportService& s)
{
    stmt.bind(1, s.name).bind(2, s.description).bind(3, s.contactDetails);
    sql::bindBool(stmt, 4, s.active);
}

SupportService readService(sql::RowReader& s)
{
    return SupportService{SupportServiceId{s.integer(0)}, s.text(1), s.text(2), s.text(3), s.flag(4)};
}

void bindRecord(Statement& stmt, const Signposting& r)
{
    stmt.bind(1, r.caseId.value).bind(2, r.service.value);
    sql::bindDate(stmt, 3, r.offered);
    stmt.bind(4, toCode(r.response)).bind(5, r.note);
}

Signposting readRecord(sql::RowReader& s)
{
    return Signposting{SignpostingId{s.integer(0)},    CaseId{s.integer(1)},
                       SupportServiceId{s.integer(2)}, s.date(3),
                       s.code<SignpostingResponse>(4), s.text(5)};
}

} // namespace

Result<SupportServiceId> SignpostingRepository::insertService(const SupportService& service)
{
    auto stmt = m_db.prepare("INSERT INTO support_service(name, description, contact_details, active) "
                             "VALUES (?1, ?2, ?3, ?4) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    bindService(*stmt, service);
    auto id = sql::insertReturningId(*stmt);
    if (!id) {
        return id.error();
    }
    return SupportServiceId{*id};
}

Status SignpostingRepository::updateService(const SupportService& service)
{
    auto stmt = m_db.prepare("UPDATE support_service SET name = ?1, description = ?2, contact_details = ?3, "
                             "active = ?4 WHERE id = ?5");
    if (!stmt) {
        return stmt.error();
    }
    bindService(*stmt, service);
    stmt->bind(5, service.id.value);
    return sql::runOne(m_db, *stmt, "support service", service.id.value);
}

Result<std::vector<SupportService>> SignpostingRepository::services(bool includeRetired)
{
    auto stmt = m_db.prepare("SELECT id, name, description, contact_details, active FROM support_service "
                             "WHERE active = 1 OR ?1 ORDER BY name COLLATE NOCASE");
    if (!stmt) {
        return stmt.error();
    }
    sql::bindBool(*stmt, 1, includeRetired);
    return sql::collect<SupportService>(*stmt, readService);
}

Result<SignpostingId> SignpostingRepository::insert(const Signposting& record)
{
    auto stmt = m_db.prepare("INSERT INTO signposting(id, case_id, service_id, offered_on, response, note) VALUES ("
                             + nextIdSql("signposting") + ", ?1, ?2, ?3, ?4, ?5) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    bindRecord(*stmt, record);
    auto id = sql::insertReturningId(*stmt);
    if (!id) {
        return id.error();
    }
    return SignpostingId{*id};
}

Status SignpostingRepository::update(const Signposting& record)
{
    auto stmt = m_db.prepare("UPDATE signposting SET case_id = ?1, service_id = ?2, offered_on = ?3, response = ?4, "
                             "note = ?5 WHERE id = ?6");
    if (!stmt) {
        return stmt.error();
    }
    bindRecord(*stmt, record);
    stmt->bind(6, record.id.value);
    return sql::runOne(m_db, *stmt, "signposting", record.id.value);
}

Status SignpostingRepository::remove(SignpostingId id)
{
    auto stmt = m_db.prepare("DELETE FROM signposting WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::runOne(m_db, *stmt, "signposting", id.value);
}

Result<Signposting> SignpostingRepository::find(SignpostingId id)
{
    auto stmt =
        m_db.prepare("SELECT id, case_id, service_id, offered_on, response, note FROM signposting WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::single<Signposting>(*stmt, readRecord, "signposting", id.value);
}

Result<std::vector<Signposting>> SignpostingRepository::listForCase(CaseId caseId)
{
    auto stmt = m_db.prepare("SELECT id, case_id, service_id, offered_on, response, note FROM signposting "
                             "WHERE case_id = ?1 ORDER BY offered_on, id");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId.value);
    return sql::collect<Signposting>(*stmt, readRecord);
}

} // namespace casebook::core
