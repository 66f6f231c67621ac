// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/ProcedureAudit.h"

#include "audit/ChangeDigest.h"

#include <nlohmann/json.hpp>

namespace casebook::core {

Status auditRecordChange(const AuditLog& audit, Database& db, const std::string& actor, AuditAction action,
                         std::string_view recordType, std::string recordId, const nlohmann::json& before,
                         const nlohmann::json& after)
{
    Result<AuditHash> digest = changeDigest(before, after);
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
