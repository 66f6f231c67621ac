// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "domain/Date.h"
#include "procedure/ProcedureRules.h"
#include "rules/RulePack.h"
#include "store/Database.h"
#include "support/Result.h"

#include <string>
#include <vector>

namespace casebook::core {

/// A force-wide replacement of one rule's amount, as stored.
struct StoredRuleOverride {
    std::string packId;
    std::string ruleId;
    int amount = 0;
    std::string reason;
    bool operator==(const StoredRuleOverride&) const = default;
};

/// A force's choice of one counting policy (rules/CountingPolicies.h), as stored.
struct StoredCountingPolicy {
    std::string name;
    std::string value;
    std::string reason;
    bool operator==(const StoredCountingPolicy&) const = default;
};

enum class CalendarEditKind { AddHoliday, RemoveHoliday };

/// A force's local edit of the bank-holiday table: an extra holiday, or a shipped one that did not
/// happen (e.g. a projected date the government moved).
struct CalendarEdit {
    Date date;
    CalendarEditKind kind = CalendarEditKind::AddHoliday;
    std::string title; ///< the holiday's name (for an added one) or the removed one's
    std::string reason;
    bool operator==(const CalendarEdit&) const = default;
};

/// The force's local rules, kept in the store so they survive restarts and travel with backups:
/// overrides of a rule's amount and edits of the bank-holiday table. Each change is one
/// transaction with one audit entry, and takes effect at once on the session's rules (`live`),
/// which are always `shipped` plus every stored change.
class LocalRulesService {
public:
    LocalRulesService(Database& db, const ProcedureRules& shipped, ProcedureRules& live, const AuditLog& audit,
                      std::string actor);

    /// Rebuilds `live` from `shipped` and the stored changes (done when a session opens).
    /// A stored change the shipped rules no longer accept (a rule removed in a new pack) is skipped
    /// and returned, so the app can say so; it stays stored.
    Result<std::vector<std::string>> reapply();

    Result<std::vector<StoredRuleOverride>> ruleOverrides() const;
    /// Replaces a rule's amount for the force. NotFound for an unknown pack or rule;
    /// InvalidArgument for a blank reason, a negative amount or a constraint rule.
    Status setRuleOverride(const std::string& packId, const RuleOverrideRequest& request);
    /// Back to the shipped amount. NotFound when there was no override.
    Status clearRuleOverride(const std::string& packId, const std::string& ruleId);

    Result<std::vector<CalendarEdit>> calendarEdits() const;
    /// Adds a local holiday (AlreadyExists when the day is already one) or removes a shipped one
    /// (NotFound when it is not one). The reason is mandatory.
    Status editCalendar(const CalendarEdit& edit);
    /// Undoes a calendar edit so the shipped table applies on that day again. NotFound otherwise.
    Status clearCalendarEdit(Date date);

    Result<std::vector<StoredCountingPolicy>> countingPolicies() const;
    /// Sets a counting policy for the force (NotFound for an unknown name, InvalidArgument for an
    /// unknown value or a blank reason); it applies at once to every derived date and figure.
    Status setCountingPolicy(const StoredCountingPolicy& policy);
    /// Back to the default. NotFound when the policy was not set.
    Status clearCountingPolicy(const std::string& name);

private:
    template <typename Work> Status inTransaction(Work&& work);

    Database& m_db;
    const ProcedureRules& m_shipped;
    ProcedureRules& m_live;
    const AuditLog& m_audit;
    std::string m_actor;
};

} // namespace casebook::core
