// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Disposal of one record under its own retention rule, and the certificate every destruction
// ends with (issue 15 item 3).
#include "dp/Erasure.h"

#include "dp/ErasureSupport.h"
#include "dp/Retention.h"

#include "audit/ChangeDigest.h"
#include "audit/HeadAnchor.h"
#include "domain/Validator.h"
#include "repo/SqlValues.h"

#include <nlohmann/json.hpp>

#include <utility>

namespace casebook::core {

namespace {

using sql::intWhere;

/// The table that holds a record of a single-record retention kind; empty for a person or a case.
std::string recordTable(RetentionKind kind)
{
    switch (kind) {
    case RetentionKind::SarRequest:
        return "sar_request";
    case RetentionKind::ConductReferral:
        return "conduct_referral";
    case RetentionKind::Case:
    case RetentionKind::Person:
        break;
    }
    return {};
}

/// Who and which case a record is about: the person, its case (0 for a request) and whether it
/// is still open (a subject access request).
struct RecordSubject {
    PersonId person;
    std::int64_t caseId = 0;
    bool open = false;
};

Result<RecordSubject> subjectOfRecord(Database& db, RetentionKind kind, std::int64_t id)
{
    const std::string table = recordTable(kind);
    const char* sqlText = kind == RetentionKind::SarRequest
                              ? "SELECT person_id, 0, status = 'open' FROM sar_request WHERE id = ?1"
                              : "SELECT c.person_id, c.id, 0 FROM conduct_referral r JOIN case_file c ON "
                                "c.id = r.case_id WHERE r.id = ?1";
    auto stmt = db.prepare(sqlText);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return sql::notFound(table, id);
    }
    return RecordSubject{PersonId{stmt->columnInt(0)}, stmt->columnInt(1), stmt->columnInt(2) != 0};
}

/// Rows that go with the record, per table, counted before anything is deleted: the record, the
/// rows whose foreign key cascades from it (a request's clock events and review items), and the
/// closed or overridden dates derived from it.
Result<std::map<std::string, std::int64_t>> rowsOfRecord(Database& db, const std::string& table, std::int64_t id)
{
    std::map<std::string, std::int64_t> rows{{table, 1}};
    auto children =
        db.prepare("SELECT m.name, f.\"from\" FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f "
                   "WHERE m.type = 'table' AND f.\"table\" = ?1 AND f.on_delete = 'CASCADE' ORDER BY m.name");
    if (!children) {
        return children.error();
    }
    children->bind(1, std::string_view(table));
    auto links = sql::collect<std::pair<std::string, std::string>>(*children, [](const Statement& s) {
        return std::pair{s.columnText(0), s.columnText(1)};
    });
    if (!links) {
        return links.error();
    }
    for (const auto& [child, column] : *links) {
        Result<std::int64_t> n =
            intWhere(db, "SELECT count(*) FROM \"" + child + "\" WHERE \"" + column + "\" = ?1", id);
        if (!n) {
            return n.error();
        }
        rows[child] += *n;
    }
    for (const char* dates : {"date_override", "date_closure"}) {
        Result<std::int64_t> n = intWhere(db,
                                          "SELECT count(*) FROM " + std::string(dates) + " WHERE record_type = '"
                                              + table + "' AND record_id = ?1",
                                          id);
        if (!n) {
            return n.error();
        }
        rows[dates] += *n;
    }
    return rows;
}

} // namespace

Result<ErasurePreview> ErasureService::previewRecord(RetentionKind kind, std::int64_t id) const
{
    const std::string table = recordTable(kind);
    if (table.empty()) {
        return makeError(ErrorCode::InvalidArgument, "a person or a case is erased whole, not as one record");
    }
    Result<RecordSubject> subject = subjectOfRecord(m_db, kind, id);
    if (!subject) {
        return subject.error();
    }
    Result<std::map<std::string, std::int64_t>> rows = rowsOfRecord(m_db, table, id);
    if (!rows) {
        return rows.error();
    }
    ErasurePreview preview;
    preview.rows = std::move(*rows);
    HoldService holds(m_db, m_audit, m_actor);
    Result<std::vector<LegalHold>> covering =
        subject->caseId != 0 ? holds.coveringCase(CaseId{subject->caseId}) : holds.coveringPerson(subject->person);
    if (!covering) {
        return covering.error();
    }
    for (const LegalHold& h : *covering) {
        preview.blockedBy.push_back("legal hold " + std::to_string(h.id) + " (" + std::string(toCode(h.kind)) + ")");
    }
    Result<std::int64_t> open = intWhere(
        m_db, "SELECT count(*) FROM sar_request WHERE person_id = ?1 AND status = 'open'", subject->person.value);
    if (!open) {
        return open.error();
    }
    if (*open > 0) {
        preview.blockedBy.emplace_back("open subject access request");
    }
    return preview;
}

Result<DisposalCertificate> ErasureService::disposeRecord(RetentionKind kind, std::int64_t id,
                                                          const std::string& reason, const std::string& rule)
{
    const std::string table = recordTable(kind);
    if (table.empty()) {
        return makeError(ErrorCode::InvalidArgument, "a person or a case is erased whole, not as one record");
    }
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        return invalidProblem("a disposal needs a reason (the rule and who authorised it)", "reason",
                              "disposal.no_reason");
    }
    Result<std::int64_t> secure = m_db.queryInt("PRAGMA secure_delete");
    if (!secure || *secure != 1) {
        return makeError(ErrorCode::Database, "secure_delete is not on; nothing was disposed of");
    }
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    Result<RecordSubject> subject = subjectOfRecord(m_db, kind, id);
    if (!subject) {
        return subject.error();
    }
    const std::string what = table + " " + std::to_string(id);
    if (subject->open) {
        Error error =
            makeError(ErrorCode::RuleViolation, what + " is still open; close the request before its file goes");
        error.problems.push_back(Problem{"", "disposal.request_open", {}});
        return error;
    }
    HoldService holds(m_db, m_audit, m_actor);
    Result<std::vector<LegalHold>> covering =
        subject->caseId != 0 ? holds.coveringCase(CaseId{subject->caseId}) : holds.coveringPerson(subject->person);
    if (!covering) {
        return covering.error();
    }
    if (Status clear = erasure::refuseIfHeld(*covering, m_db, subject->person, what); !clear) {
        return clear.error();
    }
    Result<std::map<std::string, std::int64_t>> rows = rowsOfRecord(m_db, table, id);
    if (!rows) {
        return rows.error();
    }
    DisposalCertificate certificate;
    certificate.counts = std::move(*rows);
    for (const std::string& sqlText :
         {"DELETE FROM date_override WHERE record_type = '" + table + "' AND record_id = ?1",
          "DELETE FROM date_closure WHERE record_type = '" + table + "' AND record_id = ?1",
          "DELETE FROM " + table + " WHERE id = ?1"}) {
        auto del = m_db.prepare(sqlText);
        if (!del) {
            return del.error();
        }
        del->bind(1, id);
        if (Status st = del->run(); !st) {
            return st.error();
        }
    }
    certificate.scope = table;
    certificate.refId = id;
    certificate.rule = rule;
    return certify(std::move(certificate), subject->person, reason, *tx);
}

Result<DisposalCertificate> ErasureService::certify(DisposalCertificate certificate, PersonId person,
                                                    const std::string& reason, Transaction& tx)
{
    certificate.issuedAt = utcIso(m_clock.now());
    certificate.actor = m_actor;
    nlohmann::json counts = nlohmann::json::object();
    std::int64_t total = 0;
    for (const auto& [kind, count] : certificate.counts) {
        counts[kind] = count;
        total += count;
    }
    auto reg = m_db.prepare("INSERT INTO erasure_register(erased_at, scope, ref_id, person_id, reason) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!reg) {
        return reg.error();
    }
    reg->bind(1, certificate.issuedAt)
        .bind(2, certificate.scope)
        .bind(3, certificate.refId)
        .bind(4, person.value)
        .bind(5, reason);
    if (Status st = reg->run(); !st) {
        return st.error();
    }
    auto cert = m_db.prepare("INSERT INTO disposal_certificate(issued_at, actor, scope, ref_id, rule, counts, text) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, '') RETURNING id");
    if (!cert) {
        return cert.error();
    }
    cert->bind(1, certificate.issuedAt).bind(2, m_actor).bind(3, certificate.scope).bind(4, certificate.refId);
    cert->bind(5, certificate.rule);
    cert->bind(6, counts.dump());
    Result<std::int64_t> certId = sql::insertReturningId(*cert);
    if (!certId) {
        return certId.error();
    }
    certificate.id = *certId;
    // The tombstone: ids and counts, never content or the typed reason.
    Result<AuditHash> digest = changeDigest(nullptr, {{"certificate", *certId}, {"counts", counts}});
    if (!digest) {
        return digest.error();
    }
    AuditEntry tombstone;
    tombstone.actor = m_actor;
    tombstone.action = AuditAction::Erase;
    tombstone.recordType = certificate.scope; // as the services name the record in the audit log
    tombstone.recordId = std::to_string(certificate.refId);
    const bool wholeSubject = certificate.scope == "person" || certificate.scope == "case";
    tombstone.summary = certificate.scope
                        + (certificate.anonymised ? " anonymised: "
                           : wholeSubject         ? " erased: "
                                                  : " disposed of: ")
                        + std::to_string(total) + " rows, disposal certificate " + std::to_string(*certId) + ", rule "
                        + certificate.rule;
    tombstone.changeDigest = *digest;
    if (Status logged = m_audit.append(m_db, tombstone); !logged) {
        return logged.error();
    }
    // The certificate names its tombstone, so a reader can find it in the chain and check it.
    Result<std::optional<AuditHead>> head = readAuditHead(m_db);
    if (!head) {
        return head.error();
    }
    if (*head) {
        certificate.auditHead = formatAuditHead(**head);
    }
    certificate.text = erasure::certificateText(certificate);
    auto setText = m_db.prepare("UPDATE disposal_certificate SET text = ?1 WHERE id = ?2");
    if (!setText) {
        return setText.error();
    }
    setText->bind(1, certificate.text).bind(2, *certId);
    if (Status st = setText->run(); !st) {
        return st.error();
    }
    if (Status done = tx.commit(); !done) {
        return done.error();
    }
    if (Result<CompactionReport> compacted = compact(); !compacted) {
        return makeError(compacted.error().code, "the records were erased, but the file could not be compacted yet ("
                                                     + compacted.error().detail
                                                     + "); run the erasure's compaction "
                                                       "again with nothing else open");
    }
    return certificate;
}

} // namespace casebook::core
