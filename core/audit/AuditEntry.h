// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace casebook::core {

/// A SHA-256 value: an entry's hash, the previous entry's hash, or a change digest.
using AuditHash = std::array<std::uint8_t, 32>;

/// What an audit entry records. The set is fixed by the CHECK constraint of `audit_log`
/// (migration 2); adding a value needs a new migration.
enum class AuditAction {
    Create,  ///< a record was created
    Update,  ///< a record was changed (including a legal hold or a correction with a reason)
    Delete,  ///< a record was deleted in the ordinary course of work
    Export,  ///< data left the store: summary, CSV, iCalendar, subject-access or handover export
    Import,  ///< data came in: handover package or JSON import
    Erase,   ///< a data-protection erasure; the entry is the record that it happened
    Open,    ///< a sensitive record was opened for viewing, or the store was unlocked
    Backup,  ///< an encrypted backup was written
    Restore, ///< the store was restored from a backup
};

/// The spelling stored in `audit_log.action` (lower case, e.g. "create").
std::string_view toString(AuditAction action);
/// The action spelled `text`, or nullopt when it is not one of them.
std::optional<AuditAction> auditActionFromString(std::string_view text);

/// One change to record, as the services give it to AuditLog::append. `summary` says what was
/// done in a few words ("status changed", "summary exported for HR meeting"), never medical content:
/// it is shown by `casebook-cli audit list` and kept after erasure.
struct AuditEntry {
    std::string actor; ///< who did it (the user's name or staff number)
    AuditAction action = AuditAction::Update;
    std::string recordType; ///< e.g. "person", "case", "chronology"
    std::string recordId;   ///< the record's id as text
    std::string summary;
    AuditHash changeDigest{}; ///< see changeDigest() in audit/ChangeDigest.h
    bool operator==(const AuditEntry&) const = default;
};

/// One stored entry of the log: the entry plus its position, time and chain links.
struct AuditRecord {
    std::int64_t seq = 0; ///< 1, 2, 3, ... without gaps
    std::string at;       ///< UTC ISO-8601, e.g. "2026-03-05T14:07:09Z"
    AuditEntry entry;
    AuditHash prevHash{}; ///< the previous entry's hash; 32 zero bytes for seq 1
    AuditHash hash{};     ///< see AuditLog::chainHash
    bool operator==(const AuditRecord&) const = default;
};

} // namespace casebook::core
