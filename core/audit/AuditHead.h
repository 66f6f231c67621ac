// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"
#include "support/Result.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace casebook::core {

class Database;

/// The end of the audit chain: the latest seq and its hash. AuditLog keeps the one it wrote last
/// in store_meta 'audit_head' ("<seq>:<64 lower-case hex digits>") to detect a cut-off tail.
struct AuditHead {
    std::int64_t seq = 0;
    AuditHash hash{};
    bool operator==(const AuditHead&) const = default;
};

/// The hash in `blob`, or nullopt when it is not exactly 32 bytes.
std::optional<AuditHash> auditHashFromBlob(const std::vector<std::uint8_t>& blob);

/// The recorded head: nullopt when there is none; StoreDamaged when it cannot be parsed.
Result<std::optional<AuditHead>> readAuditHead(Database& db);
/// Records `head` in store_meta (insert or replace the value); call inside the append's transaction.
Status writeAuditHead(Database& db, const AuditHead& head);
/// The last row of audit_log (seq and stored hash), whether or not it is chained correctly.
Result<std::optional<AuditHead>> readAuditTail(Database& db);

} // namespace casebook::core
