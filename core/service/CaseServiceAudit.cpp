// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/CaseServiceAudit.h"

#include "audit/ChangeDigest.h"

#include <nlohmann/json.hpp>

namespace casebook::core {

Status appendCaseAudit(const AuditLog& log, Database& db, const std::string& actor, const CaseChange& change,
                       const nlohmann::json& before, const nlohmann::json& after)
{
    auto digest = changeDigest(before, after);
    if (!digest) {
        return digest.error();
    }
    AuditEntry entry;
    entry.actor = actor;
    entry.action = change.action;
    entry.recordType = std::string(change.recordType);
    entry.recordId = std::to_string(change.recordId);
    entry.summary = std::string(change.summary);
    entry.changeDigest = *digest;
    return log.append(db, entry);
}

} // namespace casebook::core
