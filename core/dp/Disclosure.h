// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "dp/SubjectAccess.h"
#include "report/ReportDocument.h"
#include "store/Database.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// What the reviewer decided for one item of a disclosure.
enum class DisclosureDecision { Disclose, Redact, Withhold };
std::string_view toCode(DisclosureDecision value);
std::optional<DisclosureDecision> disclosureDecisionFromCode(std::string_view code);

/// One thing held about the subject: a row of the store (the person, a case, a chronology
/// entry, a procedure record, an attachment's details, a contact on a case), shown as labelled
/// fields. Ids and links are left out; blobs (attachment bytes) are files in the package.
struct DisclosureItem {
    std::string key;   ///< stable across sittings: "<table>:<rowid>", "case_contact:<case>:<contact>"
    std::string kind;  ///< the table
    std::string title; ///< "Chronology entry 12 (case 3)": made here, holds no content
    std::optional<std::int64_t> caseId;
    std::optional<std::int64_t> attachmentId; ///< the item is an attachment: its file goes in the folder
    std::vector<std::pair<std::string, std::string>> fields;
    /// Why the item is suggested for third-party review; empty when nothing was found.
    std::vector<std::string> thirdParties;
};

/// A stored decision (table sar_item) with its redactions (table sar_redaction: internal only).
struct ItemReview {
    std::string key;
    DisclosureDecision decision = DisclosureDecision::Disclose;
    std::string reason;
    std::vector<std::string> redactions;
    std::string decidedAt;
    std::string actor;
};

/// Everything held about the subject of one request, with the decisions taken so far.
struct DisclosureReview {
    SarId sar;
    PersonId person;
    std::string personName;
    std::string reference;
    Date receivedOn;
    std::vector<DisclosureItem> items;
    std::map<std::string, ItemReview> decisions; ///< by item key
    std::vector<AuditRecord> auditEntries;       ///< about the subject's records (not the review itself)
    std::vector<AuditRecord> exports;            ///< Export entries that included the subject's records

    const DisclosureItem* find(std::string_view key) const;
    /// Items suggested for third-party review that have no decision yet: a package waits for them.
    std::vector<const DisclosureItem*> undecidedSuggestions() const;
};

/// An attachment that goes in the package's folder.
struct PackagedAttachment {
    std::int64_t id = 0;
    std::string fileName; ///< "<id>-<name>" with path separators and control characters replaced
    std::string bytes;
};

/// A package ready to render and write: the document for the PDF (redactions applied, withheld
/// items absent) and the disclosed attachments.
struct DisclosurePackage {
    ReportDocument document;
    std::vector<PackagedAttachment> attachments;
    int disclosed = 0; ///< items disclosed as held
    int redacted = 0;
    int withheld = 0;
};

/// The marker that replaces redacted words in a package.
inline constexpr std::string_view kRedactionMarker = "[REDACTED]";

/// The package's manifest: one line per file, "<sha256>  <size>  <name>", the PDF first.
std::string disclosureManifest(std::string_view pdfName, std::string_view pdfBytes,
                               const std::vector<PackagedAttachment>& attachments);

/// The disclosure for a subject access request (UK GDPR Art 15), reviewed for third parties
/// (DPA 2018 Sch 2 para 16).
///
/// Third parties are suggested by a matcher that finds, case-insensitively and as whole words,
/// the full name of every other person and contact in the store, and the surname (last word of
/// three letters or more, not part of the subject's own name) of each. It cannot find people who
/// are not in the store, nicknames, initials, misspellings, or someone identifiable from context
/// ("his wife", "the DI on the night shift"): the reviewer still reads every item. Contacts on
/// the subject's cases are always suggested.
class DisclosureService {
public:
    DisclosureService(Database& db, const AuditLog& audit, const Clock& clock, std::string actor);

    /// NotFound for an unknown request.
    Result<DisclosureReview> collect(SarId sar) const;
    /// Records the decision for one item (replacing an earlier one), audited with no content.
    /// Redact needs a reason and the words to take out, which must occur in the item (a typo
    /// would leave the words in); a second Redact adds words. Withhold needs a reason.
    /// Attachments can be disclosed or withheld, not redacted. InvalidArgument otherwise,
    /// NotFound for an unknown item; RuleViolation once the request is closed.
    Status decide(SarId sar, const std::string& key, DisclosureDecision decision, const std::string& reason,
                  const std::string& redact = {});
    /// Builds the package. RuleViolation naming the items while a suggested item is undecided.
    /// Items with no decision that nothing suggested are disclosed.
    Result<DisclosurePackage> build(SarId sar, Date preparedOn) const;
    /// Records the package that was written: a disclosure_package row and an Export audit entry
    /// (record "sar_request", the request id) with both digests and the counts. No content.
    Status recordPackage(SarId sar, const DisclosurePackage& package, const std::string& pdfSha256,
                         const std::string& manifestSha256);

private:
    Database& m_db;
    const AuditLog& m_audit;
    const Clock& m_clock;
    std::string m_actor;
};

} // namespace casebook::core
