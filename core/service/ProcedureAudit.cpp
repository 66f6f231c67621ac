// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/ProcedureAudit.h"

#include "audit/ChangeDigest.h"
#include "dp/Erasure.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

namespace casebook::core {

Status auditRecordChange(const AuditLog& audit, Database& db, const std::string& actor, AuditAction action,
                         std::string_view recordType, std::string recordId, const nlohmann::json& before,
                         const nlohmann::json& after)
{
    // Keyed per person (core/dp/Erasure.h): erasing the person destroys the key.
    const std::int64_t numericId =
        std::all_of(recordId.begin(), recordId.end(), [](char c) { return c >= '0' && c <= '9'; }) && !recordId.empty()
                && recordId.size() < 19
            ? std::stoll(recordId)
            : 0;
    Result<AuditHash> digest =
        subjectChangeDigest(db, subjectOf(db, recordType, numericId, before, after), before, after);
    if (!digest) {
        return digest.error();
    }
    AuditEntry entry;
    entry.actor = actor;
    entry.action = action;
    entry.recordType = std::string(recordType);
    entry.recordId = std::move(recordId);
    entry.summary = entry.recordType;
    entry.summary += ": ";
    entry.summary += toString(action);
    entry.changeDigest = *digest;
    return audit.append(db, entry);
}

Status auditProcedureChange(const AuditLog& audit, Database& db, const std::string& actor, AuditAction action,
                            std::string_view recordType, std::int64_t recordId, const nlohmann::json& before,
                            const nlohmann::json& after)
{
    return auditRecordChange(audit, db, actor, action, recordType, std::to_string(recordId), before, after);
}

} // namespace casebook::core
