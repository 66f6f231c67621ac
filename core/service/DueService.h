// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "domain/Date.h"
#include "domain/Ids.h"
#include "procedure/DateClosure.h"
#include "procedure/DateOverride.h"
#include "procedure/ProcedureRules.h"
#include "service/ProcedureDueDates.h"
#include "store/Database.h"
#include "support/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace casebook::core {

/// Where a date stands on the day asked about.
enum class DueState {
    Overdue, ///< a deadline or review whose date has passed with nothing recorded
    DueSoon, ///< on or after the day, within the window
    Later,   ///< after the window
    Paused,  ///< the record is paused (DueDate::pausedFrom): shown, but its time limit is not running
    Problem, ///< the record's dates could not be worked out (DueDate::problem says why); listed first
};

/// One line of the due list: the date (after any local override), its rule, case and person.
struct DueItem {
    DueDate source; ///< source.derived.date is the effective date
    DueState state = DueState::Later;
    int daysFromAsOf = 0;    ///< negative when the date has passed
    bool overridden = false; ///< a local override replaced the rule's date
    Date shippedDate;        ///< the date the rule gives; equals the effective date unless overridden
    std::string overrideReason;
    bool operator==(const DueItem&) const = default;
};

/// What a user asks to change about one derived date; the reason is mandatory.
struct DateOverrideRequest {
    std::string recordType;
    std::int64_t recordId = 0;
    std::string ruleId;
    Date date;
    std::string reason;
};

/// What a user asks to close: one record's date under one rule, as done, not applicable or
/// waived, on a day, with a mandatory reason.
struct DateClosureRequest {
    std::string recordType;
    std::int64_t recordId = 0;
    std::string ruleId;
    ClosureOutcome outcome = ClosureOutcome::Done;
    std::string reason;
    Date closedOn;
};

/// The caseload's derived dates (ProcedureDueDates) classed against a day, with the local
/// overrides of single dates (table date_override, every change audited).
class DueService {
public:
    DueService(Database& db, const ProcedureRules& rules, const AuditLog& audit, std::string actor);

    /// Overdue items and those due from `asOf` to `asOf + withinDays`, by date, then case, then rule.
    Result<std::vector<DueItem>> due(Date asOf, int withinDays = 28) const;
    /// Every open item, including later ones and milestones, in the same order.
    Result<std::vector<DueItem>> all(Date asOf, int withinDays = 28) const;
    /// all() for one person's open cases only: what changes when one of their records is edited.
    Result<std::vector<DueItem>> allFor(PersonId person, Date asOf, int withinDays = 28) const;
    /// The order due() and all() return: problems first, then by date, then case, then rule, then
    /// record.
    static bool before(const DueItem& a, const DueItem& b);

    /// Records (or replaces) a local date for one record's rule. NotFound when the record has no
    /// such derived date; InvalidArgument without a reason. The shipped date is kept beside it.
    Result<DateOverrideId> overrideDate(const DateOverrideRequest& request);
    /// Removes an override so the rule's date applies again.
    Status removeOverride(DateOverrideId id);
    Result<std::vector<DateOverride>> overrides(CaseId caseId) const;

    /// Takes a date off the due list as done, not applicable or waived: the date it falls on now
    /// (after any override) is recorded with the reason, who (the actor) and when, and audited.
    /// NotFound when the record has no such open date; InvalidArgument without a reason or when
    /// the date is already closed.
    Result<DateClosureId> closeDate(const DateClosureRequest& request);
    /// Puts a closed date back on the due list (the closure is deleted; the audit log keeps it).
    Status reopenDate(DateClosureId id);
    /// Closures recorded for a case, oldest first.
    Result<std::vector<DateClosure>> closures(CaseId caseId) const;

private:
    Result<std::vector<DueItem>> classify(Date asOf, int withinDays, bool dueOnly,
                                          std::optional<PersonId> person = std::nullopt) const;

    Database& m_db;
    const ProcedureRules& m_rules;
    const AuditLog& m_audit;
    std::string m_actor;
};

} // namespace casebook::core
