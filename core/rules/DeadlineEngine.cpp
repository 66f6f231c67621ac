// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/DeadlineEngine.h"

namespace casebook::core {

Status toStatus(const std::vector<RuleBreach>& breaches)
{
    if (breaches.empty()) {
        return Ok{};
    }
    Error error = makeError(ErrorCode::RuleViolation);
    for (const RuleBreach& breach : breaches) {
        error.detail += (error.detail.empty() ? "" : "\n") + breach.message;
        error.problems.push_back(Problem{"rule", "rule.breach", {breach.ruleId}}); // the ui names the rule
    }
    return error;
}

Result<Date> DeadlineEngine::apply(const Rule& rule, Date basis) const
{
    switch (rule.kind) {
    case RuleKind::WorkingDaysAfter:
        return m_calendar.endOfWorkingDaysAfter(basis, rule.amount);
    case RuleKind::CalendarDaysAfter:
        return WorkingCalendar::withinDaysAfter(basis, rule.amount);
    case RuleKind::CalendarDaysBefore:
        return basis.addDays(-rule.amount);
    case RuleKind::MonthsPeriod:
        return m_calendar.monthsPeriodEnd(basis, rule.amount);
    case RuleKind::MonthsAfter:
        return m_calendar.monthsAfter(basis, rule.amount);
    case RuleKind::MonthsBefore:
        return m_calendar.monthsAfter(basis, -rule.amount);
    case RuleKind::MaxMonths:
    case RuleKind::DayAllowance:
    case RuleKind::MonthsWindow:
    case RuleKind::WeeksWindow:
    case RuleKind::Constraint:
        break;
    }
    return makeError(ErrorCode::InvalidArgument,
                     "rule " + rule.id + " (" + std::string(toString(rule.kind)) + ") does not derive a date");
}

DerivedDate DeadlineEngine::describe(const Rule& rule, Date basis, Date date, const EventDates& events) const
{
    DerivedDate derived;
    derived.ruleId = rule.id;
    derived.title = rule.title;
    derived.date = date;
    derived.basisEvent = rule.basis;
    derived.basisDate = basis;
    derived.kind = rule.kind;
    derived.amount = rule.amount;
    derived.citation = rule.citation;
    derived.status = rule.status;
    derived.overridden = rule.localOverride.has_value();
    derived.shippedAmount = rule.localOverride ? rule.localOverride->shippedAmount : rule.amount;
    derived.overrideReason = rule.localOverride ? rule.localOverride->reason : std::string{};
    derived.targetEvent = rule.target;
    if (const auto it = events.find(rule.target); !rule.target.empty() && it != events.end()) {
        derived.targetDate = it->second;
        derived.late = it->second > date;
    }
    if (rule.kind == RuleKind::WorkingDaysAfter) {
        for (int year = basis.year(); year <= date.year(); ++year) {
            derived.calendarUnconfirmed = derived.calendarUnconfirmed || !m_calendar.isYearConfirmed(year);
        }
    }
    return derived;
}

std::vector<DerivedDate> DeadlineEngine::derive(const RulePack& pack, const EventDates& events) const
{
    std::vector<DerivedDate> derived;
    EventDates known = events;
    std::vector<bool> done(pack.rules.size(), false);
    // Rules may build on other rules in any order; repeat until a pass adds nothing.
    for (bool progress = true; progress;) {
        progress = false;
        for (std::size_t i = 0; i < pack.rules.size(); ++i) {
            const Rule& rule = pack.rules[i];
            const auto basis = known.find(rule.basis);
            if (done[i] || !derivesDate(rule.kind) || basis == known.end()) {
                continue;
            }
            const Date date = apply(rule, basis->second).value();
            derived.push_back(describe(rule, basis->second, date, events));
            known.emplace(rule.id, date);
            done[i] = true;
            progress = true;
        }
    }
    return derived;
}

std::vector<RuleBreach> DeadlineEngine::checkOrder(const RulePack& pack, const EventDates& events) const
{
    std::vector<RuleBreach> breaches;
    for (const Rule& rule : pack.rules) {
        const auto basis = events.find(rule.basis);
        const auto target = events.find(rule.target);
        if (rule.target.empty() || basis == events.end() || target == events.end()) {
            continue;
        }
        // A "before" rule governs something that must precede its basis (notice before a hearing).
        const bool precedes = rule.kind == RuleKind::CalendarDaysBefore || rule.kind == RuleKind::MonthsBefore;
        const bool outOfOrder = precedes ? target->second > basis->second : target->second < basis->second;
        if (outOfOrder) {
            breaches.push_back({rule.id, rule.id + ": " + rule.target + " (" + target->second.toIso() + ") is recorded "
                                             + (precedes ? "after " : "before ") + rule.basis + " ("
                                             + basis->second.toIso() + ")"});
        }
    }
    return breaches;
}

} // namespace casebook::core
