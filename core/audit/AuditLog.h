// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

class Database;

/// Where and why the chain first fails to hold.
struct AuditBreak {
    enum class Reason {
        SeqGap,           ///< the entry's seq is not the previous seq + 1 (an entry was removed)
        PrevHashMismatch, ///< prev_hash is not the previous entry's hash (removed, reordered or re-hashed)
        HashMismatch,     ///< the entry's hash does not match its own fields (a field was altered)
        Malformed,        ///< a field cannot be read (unknown action, hash of the wrong length)
        TailMissing,      ///< entries up to the recorded head are missing (the end was cut off)
        HeadMismatch,     ///< the last entry is not the recorded head (added or replaced behind the app)
    };
    std::int64_t seq = 0; ///< the first entry that fails (for TailMissing: the first missing seq)
    Reason reason = Reason::HashMismatch;
    std::string detail; ///< one line for the log, e.g. "expected seq 3"
};

/// Result of AuditLog::verify: ok when no link is broken.
struct AuditVerification {
    std::int64_t entriesChecked = 0;
    std::int64_t headSeq = 0; ///< the seq recorded in store_meta 'audit_head'; 0 when the log is empty
    std::optional<AuditBreak> firstBreak;
    bool ok() const { return !firstBreak.has_value(); }
};

/// Which entries AuditLog::list returns. Empty fields match everything.
struct AuditFilter {
    std::optional<std::string> recordType;
    std::optional<std::string> recordId;
    std::optional<std::string> actor;
    std::optional<AuditAction> action;
    std::int64_t fromSeq = 0; ///< only entries with seq >= fromSeq
    std::size_t limit = 0;    ///< at most this many; 0 = no limit
    bool newestFirst = false; ///< order by seq descending (with limit: the latest entries)
};

/// The append-only, hash-chained audit log in table `audit_log` (schema migration 2).
///
/// Entry n's hash is SHA-256 over the length-prefixed fields (each an 8-byte big-endian length,
/// then the bytes; seq as 8 big-endian bytes) prev_hash, seq, at, actor, action, record_type,
/// record_id, summary, change_digest, where prev_hash is entry n-1's hash (32 zero bytes for
/// seq 1). The latest seq and hash are also kept in store_meta 'audit_head', updated in the same
/// transaction, so that cutting entries off the end is detected.
///
/// Limits: the chain has no secret key. Anyone who can open the store (they need the passphrase)
/// and who knows this format can rewrite or append entries, re-chain every hash after them and
/// update 'audit_head'; verify() cannot tell that from the app's own work. The log is evidence
/// against accidental damage and naive edits, not against a determined holder of the passphrase.
class AuditLog {
public:
    explicit AuditLog(const Clock& clock);

    /// Appends `entry` stamped with the clock's time. Must run inside the caller's open
    /// transaction (the same one as the change it records), else InvalidArgument and nothing is
    /// written. StoreDamaged when the table's last entry is not the recorded head (the log was cut
    /// or extended behind the app): appending then would hide that.
    Status append(Database& db, const AuditEntry& entry) const;

    /// Walks the whole chain in seq order, then compares its end with the recorded head.
    /// A broken chain is a successful verification with `firstBreak` set; Error only when the
    /// log cannot be read at all.
    Result<AuditVerification> verify(Database& db) const;

    /// The entries matching `filter`, by seq (ascending unless filter.newestFirst).
    Result<std::vector<AuditRecord>> list(Database& db, const AuditFilter& filter = {}) const;

    /// The hash of `record` from its fields and prevHash (record.hash itself is ignored).
    static AuditHash chainHash(const AuditRecord& record);

private:
    const Clock& m_clock;
};

} // namespace casebook::core
