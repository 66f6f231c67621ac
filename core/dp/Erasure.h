// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "domain/Date.h"
#include "domain/Ids.h"
#include "store/Database.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

enum class RetentionKind; // dp/Retention.h

enum class HoldScope { All, Person, Case };
enum class HoldKind { Litigation, Tribunal, PersonalInjury, Investigation, Inquiry, Complaint, Other };
std::string_view toCode(HoldScope value);
std::string_view toCode(HoldKind value);
std::optional<HoldScope> holdScopeFromCode(std::string_view code);
std::optional<HoldKind> holdKindFromCode(std::string_view code);

/// A legal hold (CPR PD 31B para 7: preserve once litigation is contemplated): while it is not
/// released, nothing it covers can be deleted, erased or disposed of.
struct LegalHold {
    std::int64_t id = 0;
    HoldScope scope = HoldScope::Person;
    std::optional<PersonId> person; ///< for HoldScope::Person
    std::optional<CaseId> caseId;   ///< for HoldScope::Case
    HoldKind kind = HoldKind::Litigation;
    std::string reference; ///< e.g. a tribunal claim number; no names
    Date placedOn;
    std::optional<Date> releasedOn;
    bool operator==(const LegalHold&) const = default;
};

/// Legal holds (table legal_hold): placed, listed and released, each change audited. A hold is
/// never deleted; the store's triggers refuse deletes it covers even from raw SQL.
class HoldService {
public:
    HoldService(Database& db, const AuditLog& audit, std::string actor);
    /// NotFound for an unknown person or case; InvalidArgument for a scope without its subject.
    Result<std::int64_t> place(LegalHold hold);
    /// InvalidArgument when already released or released before it was placed.
    Status release(std::int64_t id, Date on);
    Result<std::vector<LegalHold>> list(bool includeReleased = false) const;
    /// The open holds that cover the person (scope all, the person, or one of their cases).
    Result<std::vector<LegalHold>> coveringPerson(PersonId person) const;
    /// The open holds that cover the case (scope all, its person, or the case).
    Result<std::vector<LegalHold>> coveringCase(CaseId caseId) const;

private:
    Database& m_db;
    const AuditLog& m_audit;
    std::string m_actor;
};

/// The record of one destruction: what kind, how many, when, who, under which rule. No content.
struct DisposalCertificate {
    std::int64_t id = 0;
    std::string issuedAt; ///< UTC, ISO 8601
    std::string actor;
    std::string scope; ///< "person", "case", or the one record's table ("sar_request", "conduct_referral")
    std::int64_t refId = 0;
    std::string rule;                           ///< the retention rule id, or "erasure" for an erasure on request
    std::map<std::string, std::int64_t> counts; ///< record kind -> rows destroyed
    std::string auditHead;   ///< "<seq>:<hex>" of the tombstone entry, as `audit verify` prints heads
    bool anonymised = false; ///< the person or cases were kept, anonymised, not destroyed
    std::string text;        ///< the certificate as printed
};

/// What an erasure would take, for the confirmation that names it before anything goes.
struct ErasurePreview {
    std::map<std::string, std::int64_t> rows; ///< table -> rows, as the certificate will count them
    std::int64_t attachments = 0;
    std::int64_t attachmentBytes = 0;
    std::int64_t indexEntries = 0;      ///< full-text search index entries
    std::vector<std::string> blockedBy; ///< "legal hold 3 (tribunal)", "open subject access request 2"
    std::int64_t totalRows() const;
};

/// What the last compaction did to the files, for the caller to report.
struct CompactionReport {
    std::int64_t pagesBefore = 0;
    std::int64_t pagesAfter = 0;
    std::int64_t freePagesBefore = 0;
};

/// Erasure that erases (UK GDPR Art 17): every row of a person or a case, their attachments and
/// search-index entries go in one transaction; the search index is merged, the WAL checkpointed
/// and truncated, and the file rebuilt (VACUUM) so that no page, free page or WAL frame keeps
/// them. The audit log keeps a tombstone (counts only); the person's audit key is destroyed, so
/// the old change digests can no longer confirm a guess at the erased content, while the hash
/// chain still verifies. Refused (RuleViolation) while a legal hold or an open subject access
/// request covers what would go.
class ErasureService {
public:
    ErasureService(Database& db, const AuditLog& audit, const Clock& clock, std::string actor);

    /// `rule` is "erasure" for a request, or the retention rule that called for destruction.
    Result<DisposalCertificate> erasePerson(PersonId person, const std::string& reason,
                                            const std::string& rule = "erasure");
    Result<DisposalCertificate> eraseCase(CaseId caseId, const std::string& reason,
                                          const std::string& rule = "erasure");
    /// The retention action "anonymise": keeps what a caseload overview counts and destroys the
    /// rest. The person becomes "Anonymised person <id>" with no number, rank, role, team, line
    /// manager, notes, pension scheme or staff association; each case keeps its types, status,
    /// RAG, dates and outcome, its summary becomes "Anonymised" and its owner, outcome note and
    /// review date go. Every other row about them (chronology, amendments, attachments, procedure
    /// records, contacts, consents, reviews) is deleted with its search-index entries, the
    /// person's audit key is destroyed and the file compacted, as for an erasure; the certificate
    /// says what was kept. Refused under a legal hold or an open subject access request. An
    /// anonymised person or case leaves the retention review.
    Result<DisposalCertificate> anonymisePerson(PersonId person, const std::string& reason, const std::string& rule);
    Result<DisposalCertificate> anonymiseCase(CaseId caseId, const std::string& reason, const std::string& rule);
    Result<std::vector<DisposalCertificate>> certificates() const;
    /// Counts what erasePerson / eraseCase would take, and what would refuse it. Changes nothing.
    Result<ErasurePreview> previewPerson(PersonId person) const;
    Result<ErasurePreview> previewCase(CaseId caseId) const;
    /// Disposes of one record under its own retention rule (the kinds for which isSingleRecord is
    /// true: a closed subject access request's file, the local copy of a conduct referral): the
    /// record, the rows that cascade from it (a request's clock events and review items) and the
    /// dates closed or overridden on it go, the file is compacted and a certificate issued, as for
    /// an erasure. The person's audit key stays: their other records need it. Refused
    /// (RuleViolation) for an open request, under a legal hold on the record's case or person, and
    /// while a subject access request of the person is open; InvalidArgument for a person or case.
    Result<DisposalCertificate> disposeRecord(RetentionKind kind, std::int64_t id, const std::string& reason,
                                              const std::string& rule);
    /// Counts what disposeRecord would take, and what would refuse it. Changes nothing.
    Result<ErasurePreview> previewRecord(RetentionKind kind, std::int64_t id) const;
    /// Merges the search index, checkpoints and truncates the WAL, VACUUMs, and truncates again.
    /// Database when another connection holds the WAL (nothing is lost; run it again later).
    Result<CompactionReport> compact();

private:
    Result<ErasurePreview> preview(bool wholePerson, std::int64_t refId) const;
    Result<DisposalCertificate> erase(const std::string& scope, std::int64_t refId, PersonId person,
                                      const std::string& reason, const std::string& rule, bool anonymise = false);
    /// Deletes every row under the cases (but their types) and the person's consents, and
    /// rewrites the kept rows without anything that names or describes them.
    Status scrub(bool wholePerson, std::int64_t refId, const std::vector<std::string>& caseTableNames);
    /// Records a destruction whose rows are gone inside `tx`: the erasure register, the
    /// certificate, the audit tombstone (ids and counts only); then commits and compacts the file.
    Result<DisposalCertificate> certify(DisposalCertificate certificate, PersonId person, const std::string& reason,
                                        Transaction& tx);

    Database& m_db;
    const AuditLog& m_audit;
    const Clock& m_clock;
    std::string m_actor;
};

/// The change digest for an audit entry about `person`'s records: HMAC-SHA256 under the person's
/// key (table subject_key, created on first use) over the unkeyed digest of before/after. Records
/// with no person (contacts, rules) keep the unkeyed digest.
Result<AuditHash> subjectChangeDigest(Database& db, std::optional<PersonId> person, const nlohmann::json& before,
                                      const nlohmann::json& after);
/// The person a record's JSON is about: "person_id" / "person", or the person of its "case_id".
std::optional<PersonId> subjectOf(Database& db, std::string_view recordType, std::int64_t recordId,
                                  const nlohmann::json& before, const nlohmann::json& after);

} // namespace casebook::core
