// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "dp/SubjectAccess.h"
#include "service/ProcedureDueDates.h"
#include "store/Database.h"
#include "support/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// Subject access requests (table sar_request): recorded, checked against the subject-access rule
/// packs, and every change audited (summary "sar_request: create|update", never the content).
class SarService {
public:
    SarService(Database& db, const SubjectAccessRules& rules, const AuditLog& audit, std::string actor);

    /// NotFound for an unknown person; InvalidArgument or RuleViolation (naming the rule id) for
    /// a request that does not hold together.
    Result<SarId> add(SarRequest sar);
    /// Replaces the stored request (clock events included).
    Status update(const SarRequest& sar);
    Result<SarRequest> find(SarId id) const;
    /// Oldest first; closed requests only with `includeClosed`.
    Result<std::vector<SarRequest>> list(bool includeClosed = false, std::optional<PersonId> person = {}) const;
    /// True while the person has an open request: their records must not be disposed of (DPA 2018 s.173).
    Result<bool> hasOpenRequest(PersonId person) const;
    /// The deadline in force of every open request, for the due list and the calendar
    /// (record type "sar_request", no case).
    Result<std::vector<DueDate>> dueDates(std::optional<PersonId> person = {}) const;

private:
    Database& m_db;
    const SubjectAccessRules& m_rules;
    const AuditLog& m_audit;
    std::string m_actor;
};

} // namespace casebook::core
