// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dp/Erasure.h"

#include "dp/CodeTable.h"
#include "dp/ErasureSupport.h"

#include "audit/ChangeDigest.h"
#include "audit/HeadAnchor.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "domain/Validator.h"
#include "repo/SqlValues.h"
#include "service/ProcedureAudit.h"

#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <utility>

namespace casebook::core {

namespace {

using dp::codeOf;
using dp::CodeTable;
using dp::fromTable;
using erasure::refuseIfHeld;
using sql::intWhere;

constexpr CodeTable<HoldScope, 3> kScopes{
    {{HoldScope::All, "all"}, {HoldScope::Person, "person"}, {HoldScope::Case, "case"}}};
constexpr CodeTable<HoldKind, 7> kKinds{{{HoldKind::Litigation, "litigation"},
                                         {HoldKind::Tribunal, "tribunal"},
                                         {HoldKind::PersonalInjury, "personal_injury"},
                                         {HoldKind::Investigation, "investigation"},
                                         {HoldKind::Inquiry, "inquiry"},
                                         {HoldKind::Complaint, "complaint"},
                                         {HoldKind::Other, "other"}}};

nlohmann::json holdJson(const LegalHold& h)
{
    return {{"id", h.id},
            {"scope", toCode(h.scope)},
            {"person_id", h.person ? nlohmann::json(h.person->value) : nlohmann::json(nullptr)},
            {"case_id", h.caseId ? nlohmann::json(h.caseId->value) : nlohmann::json(nullptr)},
            {"kind", toCode(h.kind)},
            {"reference", h.reference},
            {"placed_on", h.placedOn.toIso()},
            {"released_on", h.releasedOn ? nlohmann::json(h.releasedOn->toIso()) : nlohmann::json(nullptr)}};
}

constexpr std::string_view kHoldColumns = "id, scope, person_id, case_id, kind, reference, placed_on, released_on";

LegalHold readHold(sql::RowReader& s)
{
    LegalHold h;
    h.id = s.integer(0);
    h.scope = s.code<HoldScope>(1, holdScopeFromCode);
    if (!s.isNull(2)) {
        h.person = PersonId{s.integer(2)};
    }
    if (!s.isNull(3)) {
        h.caseId = CaseId{s.integer(3)};
    }
    h.kind = s.code<HoldKind>(4, holdKindFromCode);
    h.reference = s.text(5);
    h.placedOn = s.date(6);
    h.releasedOn = s.optionalDate(7);
    return h;
}

/// Every table with a case_id column, except the ones that are not about the case's content.
Result<std::vector<std::string>> caseTables(Database& db)
{
    auto stmt = db.prepare("SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
                           "WHERE m.type = 'table' AND c.name = 'case_id' AND m.name NOT IN ('legal_hold', "
                           "'search_index', 'erasure_register') ORDER BY m.name");
    if (!stmt) {
        return stmt.error();
    }
    return sql::collect<std::string>(*stmt, [](const Statement& s) { return s.columnText(0); });
}

Result<SecretBytes> subjectKey(Database& db, PersonId person)
{
    auto find = db.prepare("SELECT key FROM subject_key WHERE person_id = ?1");
    if (!find) {
        return find.error();
    }
    find->bind(1, person.value);
    auto row = find->step();
    if (!row) {
        return row.error();
    }
    if (*row) {
        const std::vector<std::uint8_t> key = find->columnBlob(0);
        return SecretBytes(key.begin(), key.end());
    }
    SecretBytes key = randomSecret(32);
    auto insert = db.prepare("INSERT INTO subject_key(person_id, key) VALUES (?1, ?2)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, person.value).bindBlob(2, key.data(), key.size());
    if (Status st = insert->run(); !st) {
        return st.error();
    }
    return key;
}

} // namespace

std::string_view toCode(HoldScope value)
{
    return codeOf(kScopes, value);
}
std::string_view toCode(HoldKind value)
{
    return codeOf(kKinds, value);
}
std::optional<HoldScope> holdScopeFromCode(std::string_view code)
{
    return fromTable(kScopes, code);
}
std::optional<HoldKind> holdKindFromCode(std::string_view code)
{
    return fromTable(kKinds, code);
}

std::optional<PersonId> subjectOf(Database& db, std::string_view recordType, std::int64_t recordId,
                                  const nlohmann::json& before, const nlohmann::json& after)
{
    if (recordType == "person") {
        return PersonId{recordId};
    }
    const nlohmann::json& json = after.is_object() ? after : before;
    if (!json.is_object()) {
        return std::nullopt;
    }
    for (const char* key : {"person_id", "personId"}) {
        if (const auto it = json.find(key); it != json.end() && it->is_number_integer()) {
            return PersonId{it->get<std::int64_t>()};
        }
    }
    for (const char* key : {"case_id", "caseId"}) {
        if (const auto it = json.find(key); it != json.end() && it->is_number_integer()) {
            Result<std::int64_t> person = intWhere(
                db, "SELECT coalesce(max(person_id), 0) FROM case_file WHERE id = ?1", it->get<std::int64_t>());
            if (person && *person > 0) {
                return PersonId{*person};
            }
        }
    }
    return std::nullopt;
}

Result<AuditHash> subjectChangeDigest(Database& db, std::optional<PersonId> person, const nlohmann::json& before,
                                      const nlohmann::json& after)
{
    Result<AuditHash> plain = changeDigest(before, after);
    if (!plain || !person) {
        return plain;
    }
    // Only stores with the erasure schema have subject keys (older schemas during migration do not).
    Result<std::int64_t> hasTable =
        intWhere(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'subject_key' AND ?1 = ?1", 0);
    if (!hasTable) {
        return hasTable.error();
    }
    if (*hasTable == 0) {
        return plain;
    }
    Result<SecretBytes> key = subjectKey(db, *person);
    if (!key) {
        return key.error();
    }
    return hmacSha256(*key, *plain);
}

HoldService::HoldService(Database& db, const AuditLog& audit, std::string actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{
}

Result<std::int64_t> HoldService::place(LegalHold hold)
{
    if ((hold.scope == HoldScope::Person) != hold.person.has_value()
        || (hold.scope == HoldScope::Case) != hold.caseId.has_value()) {
        return makeError(ErrorCode::InvalidArgument, "a hold on a person names the person, a hold on a case the case, "
                                                     "and a hold on everything neither");
    }
    if (hold.releasedOn) {
        return makeError(ErrorCode::InvalidArgument, "a new hold is not released");
    }
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    if (hold.person) {
        Result<std::int64_t> n = intWhere(m_db, "SELECT count(*) FROM person WHERE id = ?1", hold.person->value);
        if (!n || *n == 0) {
            return n ? sql::notFound("person", hold.person->value) : n.error();
        }
    }
    if (hold.caseId) {
        Result<std::int64_t> n = intWhere(m_db, "SELECT count(*) FROM case_file WHERE id = ?1", hold.caseId->value);
        if (!n || *n == 0) {
            return n ? sql::notFound("case", hold.caseId->value) : n.error();
        }
    }
    auto stmt = m_db.prepare("INSERT INTO legal_hold(scope, person_id, case_id, kind, reference, placed_on) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, toCode(hold.scope));
    sql::bindOptionalId(*stmt, 2, hold.person ? std::optional(hold.person->value) : std::nullopt);
    sql::bindOptionalId(*stmt, 3, hold.caseId ? std::optional(hold.caseId->value) : std::nullopt);
    stmt->bind(4, toCode(hold.kind)).bind(5, hold.reference);
    sql::bindDate(*stmt, 6, hold.placedOn);
    Result<std::int64_t> id = sql::insertReturningId(*stmt);
    if (!id) {
        return id.error();
    }
    hold.id = *id;
    if (Status logged = auditProcedureChange(m_audit, m_db, m_actor, AuditAction::Create, "legal_hold", *id, nullptr,
                                             holdJson(hold));
        !logged) {
        return logged.error();
    }
    if (Status done = tx->commit(); !done) {
        return done.error();
    }
    return *id;
}

Status HoldService::release(std::int64_t id, Date on)
{
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    auto find = m_db.prepare(sql::select(kHoldColumns, "FROM legal_hold WHERE id = ?1"));
    if (!find) {
        return find.error();
    }
    find->bind(1, id);
    Result<LegalHold> before = sql::single<LegalHold>(*find, readHold, "legal hold", id);
    if (!before) {
        return before.error();
    }
    if (before->releasedOn) {
        return invalidProblem("legal hold " + std::to_string(id) + " was already released on "
                                  + before->releasedOn->toIso(),
                              "released on", "legal_hold.already_released", {before->releasedOn->toIso()});
    }
    if (on < before->placedOn) {
        return invalidProblem("a hold cannot be released before it was placed (" + before->placedOn.toIso() + ")",
                              "released on", "legal_hold.released_before_placed", {before->placedOn.toIso()});
    }
    LegalHold after = *before;
    after.releasedOn = on;
    auto stmt = m_db.prepare("UPDATE legal_hold SET released_on = ?1 WHERE id = ?2");
    if (!stmt) {
        return stmt.error();
    }
    sql::bindDate(*stmt, 1, on);
    stmt->bind(2, id);
    if (Status st = stmt->run(); !st) {
        return st;
    }
    if (Status logged = auditProcedureChange(m_audit, m_db, m_actor, AuditAction::Update, "legal_hold", id,
                                             holdJson(*before), holdJson(after));
        !logged) {
        return logged;
    }
    return tx->commit();
}

Result<std::vector<LegalHold>> HoldService::list(bool includeReleased) const
{
    auto stmt = m_db.prepare(sql::select(kHoldColumns, "FROM legal_hold WHERE ?1 OR released_on IS NULL ORDER BY id"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, std::int64_t{includeReleased ? 1 : 0});
    return sql::collect<LegalHold>(*stmt, readHold);
}

Result<std::vector<LegalHold>> HoldService::coveringPerson(PersonId person) const
{
    auto stmt = m_db.prepare(sql::select(
        kHoldColumns, "FROM legal_hold WHERE released_on IS NULL AND (scope = 'all' OR (scope = 'person' AND "
                      "person_id = ?1) OR (scope = 'case' AND case_id IN (SELECT id FROM case_file WHERE person_id = "
                      "?1))) ORDER BY id"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, person.value);
    return sql::collect<LegalHold>(*stmt, readHold);
}

Result<std::vector<LegalHold>> HoldService::coveringCase(CaseId caseId) const
{
    auto stmt = m_db.prepare(sql::select(
        kHoldColumns, "FROM legal_hold WHERE released_on IS NULL AND (scope = 'all' OR (scope = 'case' AND case_id = "
                      "?1) OR (scope = 'person' AND person_id = (SELECT person_id FROM case_file WHERE id = ?1))) "
                      "ORDER BY id"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId.value);
    return sql::collect<LegalHold>(*stmt, readHold);
}

ErasureService::ErasureService(Database& db, const AuditLog& audit, const Clock& clock, std::string actor)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Result<DisposalCertificate> ErasureService::erasePerson(PersonId person, const std::string& reason,
                                                        const std::string& rule)
{
    return erase("person", person.value, person, reason, rule);
}

Result<DisposalCertificate> ErasureService::eraseCase(CaseId caseId, const std::string& reason, const std::string& rule)
{
    Result<std::int64_t> person =
        intWhere(m_db, "SELECT coalesce(max(person_id), 0) FROM case_file WHERE id = ?1", caseId.value);
    if (!person) {
        return person.error();
    }
    if (*person == 0) {
        return sql::notFound("case", caseId.value);
    }
    return erase("case", caseId.value, PersonId{*person}, reason, rule);
}

Result<DisposalCertificate> ErasureService::anonymisePerson(PersonId person, const std::string& reason,
                                                            const std::string& rule)
{
    return erase("person", person.value, person, reason, rule, true);
}

Result<DisposalCertificate> ErasureService::anonymiseCase(CaseId caseId, const std::string& reason,
                                                          const std::string& rule)
{
    Result<std::int64_t> person =
        intWhere(m_db, "SELECT coalesce(max(person_id), 0) FROM case_file WHERE id = ?1", caseId.value);
    if (!person) {
        return person.error();
    }
    if (*person == 0) {
        return sql::notFound("case", caseId.value);
    }
    return erase("case", caseId.value, PersonId{*person}, reason, rule, true);
}

Status ErasureService::scrub(bool wholePerson, std::int64_t refId, const std::vector<std::string>& caseTableNames)
{
    const std::string cases =
        wholePerson ? "SELECT id FROM case_file WHERE person_id = ?1" : "SELECT id FROM case_file WHERE id = ?1";
    // Rows that point at each other (an action plan at its procedure) go in any order.
    if (Status st = m_db.exec("PRAGMA defer_foreign_keys = ON"); !st) {
        return st;
    }
    std::vector<std::string> statements;
    for (const std::string& table : caseTableNames) {
        if (table != "case_type") { // the case's types are what the overview counts
            statements.push_back("DELETE FROM \"" + table + "\" WHERE case_id IN (" + cases + ")");
        }
    }
    statements.push_back("UPDATE case_file SET summary = 'Anonymised', owner = '', outcome_note = '', "
                         "next_review_on = NULL, anonymised_on = date('now') WHERE id IN ("
                         + cases + ")");
    if (wholePerson) {
        statements.emplace_back("DELETE FROM consent WHERE person_id = ?1");
        statements.emplace_back("UPDATE person SET line_manager_name = '' WHERE line_manager_id = ?1");
        statements.emplace_back(
            "UPDATE person SET name = 'Anonymised person ' || id, number = '', rank_or_grade = '', role = '', "
            "team = '', line_manager_id = NULL, line_manager_name = '', notes = '', pension_scheme = 'unknown', "
            "staff_association = 'unknown', anonymised_on = date('now') WHERE id = ?1");
        statements.emplace_back("DELETE FROM subject_key WHERE person_id = ?1");
    }
    for (const std::string& sqlText : statements) {
        auto stmt = m_db.prepare(sqlText);
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, refId);
        if (Status st = stmt->run(); !st) {
            return st;
        }
    }
    return Ok{};
}

std::int64_t ErasurePreview::totalRows() const
{
    std::int64_t total = 0;
    for (const auto& [table, n] : rows) {
        total += n;
    }
    return total;
}

Result<ErasurePreview> ErasureService::previewPerson(PersonId person) const
{
    return preview(true, person.value);
}

Result<ErasurePreview> ErasureService::previewCase(CaseId caseId) const
{
    return preview(false, caseId.value);
}

Result<ErasurePreview> ErasureService::preview(bool wholePerson, std::int64_t refId) const
{
    Result<std::int64_t> person =
        wholePerson ? intWhere(m_db, "SELECT count(*) * ?1 FROM person WHERE id = ?1", refId)
                    : intWhere(m_db, "SELECT coalesce(max(person_id), 0) FROM case_file WHERE id = ?1", refId);
    if (!person) {
        return person.error();
    }
    if (*person == 0) {
        return sql::notFound(wholePerson ? "person" : "case", refId);
    }
    ErasurePreview preview;
    const std::string cases =
        wholePerson ? "SELECT id FROM case_file WHERE person_id = ?1" : "SELECT id FROM case_file WHERE id = ?1";
    Result<std::vector<std::string>> tables = caseTables(m_db);
    if (!tables) {
        return tables.error();
    }
    for (const std::string& table : *tables) {
        Result<std::int64_t> n =
            intWhere(m_db, "SELECT count(*) FROM \"" + table + "\" WHERE case_id IN (" + cases + ")", refId);
        if (!n) {
            return n.error();
        }
        preview.rows[table] = *n;
    }
    Result<std::int64_t> caseCount = intWhere(m_db, "SELECT count(*) FROM (" + cases + ")", refId);
    Result<std::int64_t> bytes =
        intWhere(m_db, "SELECT coalesce(sum(size), 0) FROM attachment WHERE case_id IN (" + cases + ")", refId);
    const std::string index = "SELECT count(*) FROM search_index WHERE rowid IN (SELECT id * 4 + 2 FROM (" + cases
                              + ")) OR rowid IN (SELECT id * 4 + 3 FROM chronology_entry WHERE case_id IN (" + cases
                              + ")) OR rowid IN (SELECT id * 4 FROM chronology_amendment WHERE case_id IN (" + cases
                              + "))" + (wholePerson ? " OR rowid = ?1 * 4 + 1" : "");
    Result<std::int64_t> indexEntries = intWhere(m_db, index, refId);
    if (!caseCount || !bytes || !indexEntries) {
        return !caseCount ? caseCount.error() : !bytes ? bytes.error() : indexEntries.error();
    }
    preview.rows["case_file"] = *caseCount;
    preview.attachments = preview.rows.count("attachment") ? preview.rows["attachment"] : 0;
    preview.attachmentBytes = *bytes;
    preview.indexEntries = *indexEntries;
    if (wholePerson) {
        preview.rows["person"] = 1;
        for (const char* table : {"consent", "sar_request"}) {
            Result<std::int64_t> n =
                intWhere(m_db, "SELECT count(*) FROM " + std::string(table) + " WHERE person_id = ?1", refId);
            if (!n) {
                return n.error();
            }
            preview.rows[table] = *n;
        }
    }
    HoldService holds(m_db, m_audit, m_actor);
    Result<std::vector<LegalHold>> covering =
        wholePerson ? holds.coveringPerson(PersonId{refId}) : holds.coveringCase(CaseId{refId});
    if (!covering) {
        return covering.error();
    }
    for (const LegalHold& h : *covering) {
        preview.blockedBy.push_back("legal hold " + std::to_string(h.id) + " (" + std::string(toCode(h.kind)) + ")");
    }
    auto open = m_db.prepare("SELECT id FROM sar_request WHERE person_id = ?1 AND status = 'open' ORDER BY id");
    if (!open) {
        return open.error();
    }
    open->bind(1, *person);
    Result<std::vector<std::int64_t>> requests =
        sql::collect<std::int64_t>(*open, [](const Statement& s) { return s.columnInt(0); });
    if (!requests) {
        return requests.error();
    }
    for (const std::int64_t id : *requests) {
        preview.blockedBy.push_back("open subject access request " + std::to_string(id));
    }
    return preview;
}

Result<DisposalCertificate> ErasureService::erase(const std::string& scope, std::int64_t refId, PersonId person,
                                                  const std::string& reason, const std::string& rule, bool anonymise)
{
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        return invalidProblem("an erasure needs a reason (the ground and who authorised it)", "reason",
                              "erasure.no_reason");
    }
    Result<std::int64_t> secure = m_db.queryInt("PRAGMA secure_delete");
    if (!secure || *secure != 1) {
        return makeError(ErrorCode::Database, "secure_delete is not on; nothing was erased");
    }
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    const bool wholePerson = scope == "person";
    Result<std::int64_t> exists = intWhere(m_db,
                                           wholePerson ? "SELECT count(*) FROM person WHERE id = ?1"
                                                       : "SELECT count(*) FROM case_file WHERE id = ?1",
                                           refId);
    if (!exists) {
        return exists.error();
    }
    if (*exists == 0) {
        return sql::notFound(scope, refId);
    }
    HoldService holds(m_db, m_audit, m_actor);
    Result<std::vector<LegalHold>> covering =
        wholePerson ? holds.coveringPerson(person) : holds.coveringCase(CaseId{refId});
    if (!covering) {
        return covering.error();
    }
    if (Status clear = refuseIfHeld(*covering, m_db, person, scope + " " + std::to_string(refId)); !clear) {
        return clear.error();
    }
    // Count what goes, per table, before the cascade takes it.
    DisposalCertificate certificate;
    const std::string cases =
        wholePerson ? "SELECT id FROM case_file WHERE person_id = ?1" : "SELECT id FROM case_file WHERE id = ?1";
    Result<std::vector<std::string>> tables = caseTables(m_db);
    if (!tables) {
        return tables.error();
    }
    for (const std::string& table : *tables) {
        Result<std::int64_t> n =
            intWhere(m_db, "SELECT count(*) FROM \"" + table + "\" WHERE case_id IN (" + cases + ")", refId);
        if (!n) {
            return n.error();
        }
        certificate.counts[table] = *n;
    }
    Result<std::int64_t> caseCount = intWhere(m_db, "SELECT count(*) FROM (" + cases + ")", refId);
    if (!caseCount) {
        return caseCount.error();
    }
    certificate.counts["case_file"] = *caseCount;
    if (wholePerson) {
        certificate.counts["person"] = 1;
        for (const char* table : {"consent", "sar_request"}) {
            Result<std::int64_t> n =
                intWhere(m_db, "SELECT count(*) FROM " + std::string(table) + " WHERE person_id = ?1", refId);
            if (!n) {
                return n.error();
            }
            certificate.counts[table] = *n;
        }
    }
    if (anonymise) {
        // Kept (anonymised), not destroyed: the person, the cases and their types; and the
        // person's subject access requests, which their own retention rule reviews.
        for (const char* kept : {"person", "case_file", "case_type", "sar_request"}) {
            certificate.counts.erase(kept);
        }
        certificate.anonymised = true;
        if (Status st = scrub(wholePerson, refId, *tables); !st) {
            return st.error();
        }
    } else {
        if (wholePerson) {
            // Other people's records keep a line-manager link by id only; the copied name goes.
            auto unlinkManager = m_db.prepare("UPDATE person SET line_manager_name = '' WHERE line_manager_id = ?1");
            if (!unlinkManager) {
                return unlinkManager.error();
            }
            unlinkManager->bind(1, refId);
            if (Status st = unlinkManager->run(); !st) {
                return st.error();
            }
        }
        const std::string removeSql =
            wholePerson ? "DELETE FROM person WHERE id = ?1" : "DELETE FROM case_file WHERE id = ?1";
        auto del = m_db.prepare(removeSql);
        if (!del) {
            return del.error();
        }
        del->bind(1, refId);
        if (Status st = del->run(); !st) {
            return st.error();
        }
        if (wholePerson) {
            auto key = m_db.prepare("DELETE FROM subject_key WHERE person_id = ?1");
            if (!key) {
                return key.error();
            }
            key->bind(1, refId);
            if (Status st = key->run(); !st) {
                return st.error();
            }
        }
    }
    if (Status st = m_db.exec("INSERT INTO search_index(search_index) VALUES ('optimize')"); !st) {
        return st.error();
    }
    certificate.scope = scope;
    certificate.refId = refId;
    certificate.rule = rule;
    return certify(std::move(certificate), person, reason, *tx);
}

Result<CompactionReport> ErasureService::compact()
{
    CompactionReport report;
    Result<std::int64_t> pages = m_db.queryInt("PRAGMA page_count");
    Result<std::int64_t> freePages = m_db.queryInt("PRAGMA freelist_count");
    if (!pages || !freePages) {
        return !pages ? pages.error() : freePages.error();
    }
    report.pagesBefore = *pages;
    report.freePagesBefore = *freePages;
    if (Status st = m_db.exec("INSERT INTO search_index(search_index) VALUES ('optimize')"); !st) {
        return st.error();
    }
    for (const char* step : {"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        if (std::string_view(step) == "VACUUM") {
            if (Status st = m_db.exec(step); !st) {
                return st.error();
            }
            continue;
        }
        auto stmt = m_db.prepare(step);
        if (!stmt) {
            return stmt.error();
        }
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (*row && stmt->columnInt(0) != 0) {
            return makeError(ErrorCode::Database, "another connection is reading the store; the WAL was not truncated");
        }
    }
    Result<std::int64_t> after = m_db.queryInt("PRAGMA page_count");
    if (!after) {
        return after.error();
    }
    report.pagesAfter = *after;
    return report;
}

Result<std::vector<DisposalCertificate>> ErasureService::certificates() const
{
    auto stmt = m_db.prepare("SELECT id, issued_at, actor, scope, ref_id, rule, counts, text FROM disposal_certificate "
                             "ORDER BY id");
    if (!stmt) {
        return stmt.error();
    }
    return sql::collect<DisposalCertificate>(*stmt, [](const Statement& s) {
        DisposalCertificate c;
        c.id = s.columnInt(0);
        c.issuedAt = s.columnText(1);
        c.actor = s.columnText(2);
        c.scope = s.columnText(3);
        c.refId = s.columnInt(4);
        c.rule = s.columnText(5);
        const nlohmann::json counts = nlohmann::json::parse(s.columnText(6), nullptr, false);
        if (counts.is_object()) {
            for (const auto& [kind, count] : counts.items()) {
                c.counts[kind] = count.is_number_integer() ? count.get<std::int64_t>() : 0;
            }
        }
        c.text = s.columnText(7);
        return c;
    });
}

} // namespace casebook::core
