// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rulebook/RuleEdits.h"

#include "workspace/UndoableChange.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace casebook::ui {

namespace {

/// The stored override of one rule, if any (nullopt too when they cannot be read: the edit then
/// fails on its own, or its undo puts back no override).
std::optional<core::StoredRuleOverride> overrideOf(core::LocalRulesService& rules, const std::string& packId,
                                                   const std::string& ruleId)
{
    if (auto stored = rules.ruleOverrides()) {
        for (core::StoredRuleOverride& o : *stored) {
            if (o.packId == packId && o.ruleId == ruleId) {
                return std::move(o);
            }
        }
    }
    return std::nullopt;
}

std::optional<core::StoredCountingPolicy> policyOf(core::LocalRulesService& rules, const std::string& name)
{
    if (auto stored = rules.countingPolicies()) {
        for (core::StoredCountingPolicy& p : *stored) {
            if (p.name == name) {
                return std::move(p);
            }
        }
    }
    return std::nullopt;
}

std::optional<core::CalendarEdit> calendarEditOf(core::LocalRulesService& rules, core::Date date)
{
    if (auto stored = rules.calendarEdits()) {
        for (core::CalendarEdit& e : *stored) {
            if (e.date == date) {
                return std::move(e);
            }
        }
    }
    return std::nullopt;
}

/// Makes the rule's override `state` again (none when nullopt).
core::Status putOverride(core::LocalRulesService& rules, const std::string& packId, const std::string& ruleId,
                         const std::optional<core::StoredRuleOverride>& state)
{
    if (state) {
        return rules.setRuleOverride(packId, {ruleId, state->amount, state->reason});
    }
    return overrideOf(rules, packId, ruleId) ? rules.clearRuleOverride(packId, ruleId) : core::Status{core::Ok{}};
}

core::Status putPolicy(core::LocalRulesService& rules, const std::string& name,
                       const std::optional<core::StoredCountingPolicy>& state)
{
    if (state) {
        return rules.setCountingPolicy(*state);
    }
    return policyOf(rules, name) ? rules.clearCountingPolicy(name) : core::Status{core::Ok{}};
}

core::Status putCalendarEdit(core::LocalRulesService& rules, core::Date date,
                             const std::optional<core::CalendarEdit>& state)
{
    if (calendarEditOf(rules, date)) {
        if (auto cleared = rules.clearCalendarEdit(date); !cleared) {
            return cleared;
        }
    }
    return state ? rules.editCalendar(*state) : core::Status{core::Ok{}};
}

core::Status push(QUndoStack& undo, QString label, std::function<core::Status()> apply,
                  std::function<core::Status()> revert)
{
    UndoableChange change;
    change.text = std::move(label);
    change.apply = std::move(apply);
    change.revert = std::move(revert);
    change.kind = ChangeKind::Rules;
    return applyUndoable(undo, std::move(change));
}

} // namespace

core::Status setRuleOverrideUndoable(QUndoStack& undo, core::LocalRulesService& rules, const std::string& packId,
                                     const core::RuleOverrideRequest& request)
{
    auto before = overrideOf(rules, packId, request.ruleId);
    return push(
        undo, QCoreApplication::translate("RuleEdits", "change a rule"),
        [&rules, packId, request] { return rules.setRuleOverride(packId, request); },
        [&rules, packId, ruleId = request.ruleId, before] { return putOverride(rules, packId, ruleId, before); });
}

core::Status clearRuleOverrideUndoable(QUndoStack& undo, core::LocalRulesService& rules, const std::string& packId,
                                       const std::string& ruleId)
{
    auto before = overrideOf(rules, packId, ruleId);
    return push(
        undo, QCoreApplication::translate("RuleEdits", "restore a rule"),
        [&rules, packId, ruleId] { return rules.clearRuleOverride(packId, ruleId); },
        [&rules, packId, ruleId, before] { return putOverride(rules, packId, ruleId, before); });
}

core::Status setCountingPolicyUndoable(QUndoStack& undo, core::LocalRulesService& rules,
                                       const core::StoredCountingPolicy& policy)
{
    auto before = policyOf(rules, policy.name);
    return push(
        undo, QCoreApplication::translate("RuleEdits", "set a counting policy"),
        [&rules, policy] { return rules.setCountingPolicy(policy); },
        [&rules, name = policy.name, before] { return putPolicy(rules, name, before); });
}

core::Status clearCountingPolicyUndoable(QUndoStack& undo, core::LocalRulesService& rules, const std::string& name)
{
    auto before = policyOf(rules, name);
    return push(
        undo, QCoreApplication::translate("RuleEdits", "reset a counting policy"),
        [&rules, name] { return rules.clearCountingPolicy(name); },
        [&rules, name, before] { return putPolicy(rules, name, before); });
}

core::Status editCalendarUndoable(QUndoStack& undo, core::LocalRulesService& rules, const core::CalendarEdit& edit)
{
    auto before = calendarEditOf(rules, edit.date);
    return push(
        undo,
        edit.kind == core::CalendarEditKind::AddHoliday
            ? QCoreApplication::translate("RuleEdits", "add a local holiday")
            : QCoreApplication::translate("RuleEdits", "remove a holiday"),
        [&rules, edit] { return rules.editCalendar(edit); },
        [&rules, date = edit.date, before] { return putCalendarEdit(rules, date, before); });
}

core::Status clearCalendarEditUndoable(QUndoStack& undo, core::LocalRulesService& rules, core::Date date)
{
    auto before = calendarEditOf(rules, date);
    return push(
        undo, QCoreApplication::translate("RuleEdits", "take back a calendar change"),
        [&rules, date] { return rules.clearCalendarEdit(date); },
        [&rules, date, before] { return putCalendarEdit(rules, date, before); });
}

} // namespace casebook::ui
