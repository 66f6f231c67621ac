// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "crypto/SecretString.h"
#include "domain/Ids.h"
#include "store/Store.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

class Database;

/// What `handover export` writes into a package; `cases` empty means every case that is not closed.
struct HandoverExportOptions {
    std::vector<CaseId> cases;
    KdfChoice kdf = KdfChoice::calibrated();
    ProgressFn progress; ///< rows copied so far of the total; returning false cancels (nothing is kept)
};

/// What `handover import` does beyond the copy.
struct HandoverImportOptions {
    /// When set, the package must be signed by this fingerprint (as `handover fingerprint` prints
    /// it, spaces optional), else it is refused as not from the expected store.
    std::optional<std::string> expectedSigner;
    ProgressFn progress; ///< rows copied so far of the total; returning false cancels and rolls back
};

/// One case as a package shows it before import.
struct HandoverCase {
    std::int64_t id = 0; ///< its id inside the package (not the source's, not the target's)
    std::string person;
    std::string summary;
    std::string status;
};

/// The signed manifest of a package and what it holds. The manifest itself holds no personal
/// data: ids, counts, the source's audit head and the signer's public key.
struct HandoverSummary {
    std::string packageId;                      ///< 32 hex digits, random per package
    std::int64_t sequence = 0;                  ///< the source store's handover counter (1 for its first package)
    std::string createdAt;                      ///< UTC ISO-8601
    std::string sourceHead;                     ///< the source's audit head when the package was written, "seq:hex"
    std::string signerFingerprint;              ///< see handoverFingerprint()
    std::string contentSha256;                  ///< over every copied row, in a fixed order (Handover.cpp)
    std::map<std::string, std::int64_t> counts; ///< table -> rows in the package
    std::vector<HandoverCase> cases;            ///< filled by inspect and import
    std::vector<std::string> people;            ///< names, filled by inspect and import
    std::string fileSha256;                     ///< of the package file; filled by export
    std::vector<std::string> notCarried;        ///< tables of the schema that never travel
};

/// What an import added to the target.
struct HandoverImportResult {
    HandoverSummary package;
    std::map<std::int64_t, std::int64_t> caseIds;   ///< package case id -> new target case id
    std::map<std::int64_t, std::int64_t> personIds; ///< package person id -> new target person id
};

/// The signer fingerprint of the store's handover key (created on first use): the first 20 bytes
/// of SHA-256 of the Ed25519 public key, as 10 groups of 4 hex digits.
Result<std::string> handoverFingerprint(Database& db);

/// Writes a handover package to `out` (refuses an existing file): a new Casebook store with its
/// own data key, file id and passphrase, holding the chosen cases, their people and every record
/// that hangs off them, plus a manifest signed with this store's Ed25519 handover key. Audits the
/// export here (counts, package id and file digest; no content). On any failure no package is left.
Result<HandoverSummary> exportHandover(Database& source, const AuditLog& audit, const Clock& clock,
                                       const std::string& actor, const std::filesystem::path& out,
                                       const SecretString& packagePassphrase, const HandoverExportOptions& options);

/// Opens the package, checks every page and both header copies, the signature and the content
/// digest, and says what it holds. Writes nothing. WrongPassphrase for a wrong passphrase;
/// StoreDamaged for anything tampered with.
Result<HandoverSummary> inspectHandover(const std::filesystem::path& package, const SecretString& packagePassphrase,
                                        const HandoverImportOptions& options = {});

/// Verifies the package as inspectHandover() does, then copies it into `target` in one transaction
/// with new ids (every person is created anew, never merged with an existing one), records the
/// package id so that it cannot be imported twice, and audits the import naming the source's
/// signed head. On any failure the target is left as it was.
Result<HandoverImportResult> importHandover(Database& target, const AuditLog& audit, const std::string& actor,
                                            const std::filesystem::path& package, const SecretString& packagePassphrase,
                                            const HandoverImportOptions& options = {});

/// The tables of the current schema that a package never carries, each with why (for the README and
/// the tests): store settings, the audit chain, keys and the source's own registers.
std::map<std::string, std::string> handoverExcludedTables();

} // namespace casebook::core
