// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "store/Database.h"
#include "support/Result.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace casebook::core {

/// Appends the audit entry of one procedure mutation inside the caller's transaction: the summary
/// names only the record type and what was done (never its content); the change digest covers
/// the record's JSON before and after (null for the missing side).
Status auditProcedureChange(const AuditLog& audit, Database& db, const std::string& actor, AuditAction action,
                            std::string_view recordType, std::int64_t recordId, const nlohmann::json& before,
                            const nlohmann::json& after);
/// The same for a record keyed by text (e.g. "upp.legacy/upp.legacy.win.validity", "2026-12-25").
Status auditRecordChange(const AuditLog& audit, Database& db, const std::string& actor, AuditAction action,
                         std::string_view recordType, std::string recordId, const nlohmann::json& before,
                         const nlohmann::json& after);

} // namespace casebook::core
