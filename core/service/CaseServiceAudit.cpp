// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/CaseServiceAudit.h"

#include "audit/ChangeDigest.h"
#include "dp/Erasure.h"

#include <nlohmann/json.hpp>

namespace casebook::core {

Status appendCaseAudit(const AuditLog& log, Database& db, const std::string& actor, const CaseChange& change,
                       const nlohmann::json& before, const nlohmann::json& after)
{
    // Keyed per person (core/dp/Erasure.h): erasing the person destroys the key.
    auto digest =
        subjectChangeDigest(db, subjectOf(db, change.recordType, change.recordId, before, after), before, after);
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
