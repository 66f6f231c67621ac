// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "domain/Ids.h"
#include "procedure/ProcedureRules.h"
#include "procedure/UppProcedure.h"
#include "rules/DeadlineEngine.h"
#include "rules/UppRegime.h"
#include "store/Database.h"
#include "support/Result.h"

#include <string>
#include <vector>

namespace casebook::core {

/// The use cases on procedure records (adjustments, absences, limited duties, OH referrals,
/// UPP/UAP, conduct referrals, ill-health retirements, injury awards, action plans): each mutation
/// validates, runs in one transaction with its audit entry, and leaves nothing behind on failure.
///
/// `T` is one of the record types of core/procedure/. Errors: NotFound (no such record or case),
/// InvalidArgument (a missing or inconsistent field, named in the detail), RuleViolation (a
/// procedural rule, named by its id first in the detail), Database / StoreDamaged from the store.
class ProcedureService {
public:
    ProcedureService(Database& db, const ProcedureRules& rules, const AuditLog& audit, std::string actor);

    /// Stores a new record (its id is ignored) and returns the id it was given.
    template <typename T> Result<decltype(T::id)> add(T record);
    /// Replaces a stored record; a record cannot move to another case.
    template <typename T> Status update(T record);
    /// Deletes a record with its child rows and any overrides of its derived dates.
    template <typename T> Status remove(decltype(T::id) id);

    template <typename T> Result<T> get(decltype(T::id) id) const;
    template <typename T> Result<std::vector<T>> listForCase(CaseId caseId) const;

    /// The regime a UPP/UAP record would run under and why (the record's own override applies).
    Result<RegimeDecision> deriveRegime(const UppProcedure& record) const;
    /// Every date the record's regime pack derives from its events.
    Result<std::vector<DerivedDate>> uppDates(UppProcedureId id) const;

private:
    template <typename T> Status prepare(T& record) const;
    Status requireCase(CaseId caseId) const;
    Status checkPause(const UppProcedure& record) const;

    Database& m_db;
    const ProcedureRules& m_rules;
    const AuditLog& m_audit;
    std::string m_actor;
};

} // namespace casebook::core
