// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditHead.h"

#include "store/Database.h"

#include <algorithm>
#include <limits>
#include <string>
#include <string_view>

namespace casebook::core {

namespace {

constexpr std::string_view kHeadKey = "audit_head";

std::string toHex(const AuditHash& hash)
{
    static constexpr std::string_view digits = "0123456789abcdef";
    std::string text;
    text.reserve(hash.size() * 2);
    for (const std::uint8_t byte : hash) {
        text += digits[static_cast<std::size_t>(byte >> 4)];
        text += digits[static_cast<std::size_t>(byte & 0x0f)];
    }
    return text;
}

/// Parses store_meta 'audit_head' ("<seq>:<64 hex digits>").
std::optional<AuditHead> parseHead(const std::string& text)
{
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || text.size() != colon + 1 + 64) {
        return std::nullopt;
    }
    AuditHead head;
    for (std::size_t i = 0; i < colon; ++i) {
        if (text[i] < '0' || text[i] > '9' || head.seq > (std::numeric_limits<std::int64_t>::max() - 9) / 10) {
            return std::nullopt;
        }
        head.seq = head.seq * 10 + (text[i] - '0');
    }
    for (std::size_t i = 0; i < head.hash.size(); ++i) {
        const std::string_view pair = std::string_view(text).substr(colon + 1 + 2 * i, 2);
        const auto hi = std::string_view("0123456789abcdef").find(pair[0]);
        const auto lo = std::string_view("0123456789abcdef").find(pair[1]);
        if (hi == std::string_view::npos || lo == std::string_view::npos) {
            return std::nullopt;
        }
        head.hash[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return head;
}

} // namespace

std::optional<AuditHash> auditHashFromBlob(const std::vector<std::uint8_t>& blob)
{
    if (blob.size() != AuditHash{}.size()) {
        return std::nullopt;
    }
    AuditHash hash{};
    std::copy(blob.begin(), blob.end(), hash.begin());
    return hash;
}

/// The recorded head: nullopt when there is none; StoreDamaged when it cannot be read.
Result<std::optional<AuditHead>> readAuditHead(Database& db)
{
    auto stmt = db.prepare("SELECT value FROM store_meta WHERE key = ?");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, kHeadKey);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<AuditHead>();
    }
    auto head = parseHead(stmt->columnText(0));
    if (!head) {
        return makeError(ErrorCode::StoreDamaged, "store_meta audit_head is unreadable");
    }
    return head;
}

Status writeAuditHead(Database& db, const AuditHead& head)
{
    auto stmt = db.prepare("INSERT INTO store_meta(key, value) VALUES (?, ?)"
                           " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, kHeadKey).bind(2, std::to_string(head.seq) + ":" + toHex(head.hash));
    return stmt->run();
}

/// The table's last entry, whether or not it is chained correctly.
Result<std::optional<AuditHead>> readAuditTail(Database& db)
{
    auto stmt = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<AuditHead>();
    }
    const auto hash = auditHashFromBlob(stmt->columnBlob(1));
    if (!hash) {
        return makeError(ErrorCode::StoreDamaged, "audit_log's last hash has the wrong length");
    }
    return std::optional<AuditHead>(AuditHead{stmt->columnInt(0), *hash});
}

} // namespace casebook::core
