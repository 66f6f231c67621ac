// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/RulePack.h"
#include "rules/WorkingCalendar.h"
#include "support/Result.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// Recorded events of a procedure: basis event name (e.g. "win_received") to its date.
using EventDates = std::map<std::string, Date, std::less<>>;

/// A date the rules derive, with everything the ui shows beside it: why, from what, and how sure.
struct DerivedDate {
    std::string ruleId;
    std::string title;
    Date date;
    std::string basisEvent;
    Date basisDate;
    RuleKind kind = RuleKind::CalendarDaysAfter;
    int amount = 0;
    Citation citation;
    RuleStatus status = RuleStatus::Local;
    bool overridden = false;
    int shippedAmount = 0; ///< equals `amount` unless overridden
    std::string overrideReason;
    std::string targetEvent;          ///< the event this deadline governs, if the rule names one
    std::optional<Date> targetDate;   ///< when that event was recorded
    bool late = false;                ///< the target event was recorded after the date
    bool calendarUnconfirmed = false; ///< working days were counted through a projected or missing holiday year
    /// A date typed on the record in place of this one (a UPP improvement period's typed end), with
    /// its reason: the due list shows it as an override with `date` beside it.
    std::optional<Date> typedDate;
    std::string typedReason;
    bool operator==(const DerivedDate&) const = default;
};

/// A recorded fact that breaks a rule; the message names the rule id.
struct RuleBreach {
    std::string ruleId;
    std::string message;
    bool operator==(const RuleBreach&) const = default;
};

/// Joins breaches into one RuleViolation error (Ok when there are none).
Status toStatus(const std::vector<RuleBreach>& breaches);

/// Derives every date a rule pack defines from the recorded events, using a working calendar.
class DeadlineEngine {
public:
    explicit DeadlineEngine(const WorkingCalendar& calendar)
        : m_calendar(calendar)
    {
    }

    const WorkingCalendar& calendar() const { return m_calendar; }

    /// The date `rule` gives for `basis`; InvalidArgument for parameter and constraint rules.
    Result<Date> apply(const Rule& rule, Date basis) const;

    /// One DerivedDate per date rule whose basis is recorded. A rule's basis may also name another
    /// rule, so derived dates can build on each other (e.g. an extension after a first deadline).
    std::vector<DerivedDate> derive(const RulePack& pack, const EventDates& events) const;

    /// Events recorded before the event they answer (an appeal before the notice appealed against).
    std::vector<RuleBreach> checkOrder(const RulePack& pack, const EventDates& events) const;

private:
    DerivedDate describe(const Rule& rule, Date basis, Date date, const EventDates& events) const;

    const WorkingCalendar& m_calendar;
};

} // namespace casebook::core
