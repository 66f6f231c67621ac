// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dp/SarService.h"

#include "domain/Validator.h"
#include "repo/PersonRepository.h"
#include "repo/SqlValues.h"
#include "service/ProcedureAudit.h"

#include <nlohmann/json.hpp>

#include <map>
#include <utility>

namespace casebook::core {

namespace {

constexpr std::string_view kColumns = "id, person_id, reference, received_on, channel, extension_notified_on, "
                                      "extension_reason, status, closed_on, notes";

void bindFields(Statement& stmt, const SarRequest& s)
{
    stmt.bind(1, s.person.value).bind(2, s.reference);
    sql::bindDate(stmt, 3, s.receivedOn);
    stmt.bind(4, toCode(s.channel));
    sql::bindOptionalDate(stmt, 5, s.extensionNotifiedOn);
    stmt.bind(6, s.extensionReason).bind(7, toCode(s.status));
    sql::bindOptionalDate(stmt, 8, s.closedOn);
    stmt.bind(9, s.notes);
}

SarRequest readRow(sql::RowReader& s)
{
    SarRequest sar;
    sar.id = SarId{s.integer(0)};
    sar.person = PersonId{s.integer(1)};
    sar.reference = s.text(2);
    sar.receivedOn = s.date(3);
    sar.channel = s.code<SarChannel>(4, sarChannelFromCode);
    sar.extensionNotifiedOn = s.optionalDate(5);
    sar.extensionReason = s.text(6);
    sar.status = s.code<SarStatus>(7, sarStatusFromCode);
    sar.closedOn = s.optionalDate(8);
    sar.notes = s.text(9);
    return sar;
}

Status writeClockEvents(Database& db, const SarRequest& sar)
{
    auto clear = db.prepare("DELETE FROM sar_clock_event WHERE sar_id = ?1");
    if (!clear) {
        return clear.error();
    }
    clear->bind(1, sar.id.value);
    if (Status st = clear->run(); !st) {
        return st;
    }
    for (const SarClockEvent& e : sar.clockEvents) {
        auto insert =
            db.prepare("INSERT INTO sar_clock_event(sar_id, kind, requested_on, received_on) VALUES (?1, ?2, ?3, ?4)");
        if (!insert) {
            return insert.error();
        }
        insert->bind(1, sar.id.value).bind(2, toCode(e.kind));
        sql::bindDate(*insert, 3, e.requestedOn);
        sql::bindOptionalDate(*insert, 4, e.receivedOn);
        if (Status st = insert->run(); !st) {
            return st;
        }
    }
    return Ok{};
}

Status readClockEvents(Database& db, std::vector<SarRequest>& requests)
{
    std::map<std::int64_t, SarRequest*> byId;
    for (SarRequest& sar : requests) {
        byId[sar.id.value] = &sar;
    }
    auto stmt = db.prepare("SELECT sar_id, kind, requested_on, received_on FROM sar_clock_event ORDER BY sar_id, id");
    if (!stmt) {
        return stmt.error();
    }
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return Ok{};
        }
        const auto it = byId.find(stmt->columnInt(0));
        if (it == byId.end()) {
            continue;
        }
        sql::RowReader read(*stmt);
        SarClockEvent e;
        e.kind = read.code<SarClockKind>(1, sarClockKindFromCode);
        e.requestedOn = read.date(2);
        e.receivedOn = read.optionalDate(3);
        if (Status st = read.status(); !st) {
            return st;
        }
        it->second->clockEvents.push_back(e);
    }
}

} // namespace

SarService::SarService(Database& db, const SubjectAccessRules& rules, const AuditLog& audit, std::string actor)
    : m_db(db)
    , m_rules(rules)
    , m_audit(audit)
    , m_actor(std::move(actor))
{
}

Result<SarId> SarService::add(SarRequest sar)
{
    if (Status valid = checkSarRequest(m_rules, sar); !valid) {
        return valid.error();
    }
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    if (Result<Person> person = PersonRepository(m_db).find(sar.person); !person) {
        return person.error();
    }
    auto stmt = m_db.prepare("INSERT INTO sar_request(person_id, reference, received_on, channel, "
                             "extension_notified_on, extension_reason, status, closed_on, notes) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, sar);
    Result<std::int64_t> id = sql::insertReturningId(*stmt);
    if (!id) {
        return id.error();
    }
    sar.id = SarId{*id};
    if (Status st = writeClockEvents(m_db, sar); !st) {
        return st.error();
    }
    if (Status logged = auditProcedureChange(m_audit, m_db, m_actor, AuditAction::Create, "sar_request", *id, nullptr,
                                             sarJson(sar));
        !logged) {
        return logged.error();
    }
    if (Status done = tx->commit(); !done) {
        return done.error();
    }
    return sar.id;
}

Status SarService::update(const SarRequest& sar)
{
    if (Status valid = checkSarRequest(m_rules, sar); !valid) {
        return valid;
    }
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    Result<SarRequest> before = find(sar.id);
    if (!before) {
        return before.error();
    }
    if (before->person != sar.person) {
        return invalidProblem("a subject access request cannot move to another person", "person", "sar.person_changed");
    }
    auto stmt = m_db.prepare("UPDATE sar_request SET person_id = ?1, reference = ?2, received_on = ?3, channel = ?4, "
                             "extension_notified_on = ?5, extension_reason = ?6, status = ?7, closed_on = ?8, "
                             "notes = ?9 WHERE id = ?10");
    if (!stmt) {
        return stmt.error();
    }
    bindFields(*stmt, sar);
    stmt->bind(10, sar.id.value);
    if (Status st = sql::runOne(m_db, *stmt, "subject access request", sar.id.value); !st) {
        return st;
    }
    if (Status st = writeClockEvents(m_db, sar); !st) {
        return st;
    }
    if (Status logged = auditProcedureChange(m_audit, m_db, m_actor, AuditAction::Update, "sar_request", sar.id.value,
                                             sarJson(*before), sarJson(sar));
        !logged) {
        return logged;
    }
    return tx->commit();
}

Result<SarRequest> SarService::find(SarId id) const
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM sar_request WHERE id = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    Result<SarRequest> sar = sql::single<SarRequest>(*stmt, readRow, "subject access request", id.value);
    if (!sar) {
        return sar;
    }
    std::vector<SarRequest> one{std::move(*sar)};
    if (Status st = readClockEvents(m_db, one); !st) {
        return st.error();
    }
    return std::move(one.front());
}

Result<std::vector<SarRequest>> SarService::list(bool includeClosed, std::optional<PersonId> person) const
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM sar_request WHERE (?1 OR status = 'open') "
                                                   "AND (?2 = 0 OR person_id = ?2) ORDER BY received_on, id"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, std::int64_t{includeClosed ? 1 : 0}).bind(2, person ? person->value : std::int64_t{0});
    Result<std::vector<SarRequest>> rows = sql::collect<SarRequest>(*stmt, readRow);
    if (!rows) {
        return rows;
    }
    if (Status st = readClockEvents(m_db, *rows); !st) {
        return st.error();
    }
    return rows;
}

Result<bool> SarService::hasOpenRequest(PersonId person) const
{
    auto stmt = m_db.prepare("SELECT count(*) FROM sar_request WHERE person_id = ?1 AND status = 'open'");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, person.value);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return *row && stmt->columnInt(0) > 0;
}

Result<std::vector<DueDate>> SarService::dueDates(std::optional<PersonId> person) const
{
    Result<std::vector<SarRequest>> open = list(false, person);
    if (!open) {
        return open.error();
    }
    std::vector<DueDate> out;
    for (const SarRequest& sar : *open) {
        Result<SarTimeline> timeline = sarTimeline(m_rules, sar);
        if (!timeline) {
            continue; // checked on every write; an unreadable date is not a reason to hide the rest
        }
        const DerivedDate* deadline = timeline->deadline();
        if (deadline == nullptr) {
            continue;
        }
        DueDate due;
        due.person = sar.person;
        due.recordType = "sar_request";
        due.recordId = sar.id.value;
        due.derived = *deadline;
        due.pausedFrom = timeline->pausedFrom;
        out.push_back(std::move(due));
    }
    return out;
}

} // namespace casebook::core
