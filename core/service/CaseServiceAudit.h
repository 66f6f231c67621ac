// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "service/CaseService.h"
#include "store/Database.h"
#include "support/Result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace casebook::core {

/// What CaseService writes to the audit log for one change.
struct CaseChange {
    AuditAction action = AuditAction::Update;
    std::string_view recordType; ///< "person", "case", "chronology", ...
    std::int64_t recordId = 0;
    std::string_view summary; ///< a few words, never medical content
};

/// Appends the audit entry for `change`, its digest taken over the JSON images before and after
/// (null for the missing side of a create or delete). Call inside the change's transaction.
Status appendCaseAudit(const AuditLog& log, Database& db, const std::string& actor, const CaseChange& change,
                       const nlohmann::json& before, const nlohmann::json& after);

// Defined here, not in CaseService.h, so that CaseService's users need no JSON headers.
template <typename Before, typename After>
Status CaseService::audit(AuditAction action, std::string_view recordType, std::int64_t recordId,
                          std::string_view summary, const Before& before, const After& after)
{
    return appendCaseAudit(m_audit, m_db, m_actor, CaseChange{action, recordType, recordId, summary},
                           nlohmann::json(before), nlohmann::json(after));
}

} // namespace casebook::core
