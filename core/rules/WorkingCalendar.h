// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/CountingPolicies.h"
#include "support/Result.h"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// One bank holiday: shipped (GOV.UK table, possibly a projection) or added locally by the force.
struct BankHoliday {
    Date date;
    std::string title;
    std::string notes;
    bool projected = false; ///< not yet announced; computed from the usual pattern
    bool local = false;     ///< added in this installation, not shipped
    bool operator==(const BankHoliday&) const = default;
};

/// England & Wales working days (not Saturday, Sunday or a bank holiday) and the period arithmetic
/// of the police regulations; owns the bank-holiday table and the force's local edits to it.
class WorkingCalendar {
public:
    /// Weekends only, no bank holidays (useful in tests and as a fallback).
    WorkingCalendar() = default;

    /// Reads GOV.UK's bank-holidays.json shape; events may carry `"projected": true` (our extension).
    static Result<WorkingCalendar> fromGovUkJson(std::string_view json,
                                                 std::string_view division = "england-and-wales");
    static Result<WorkingCalendar> loadFile(const std::filesystem::path& path,
                                            std::string_view division = "england-and-wales");

    MonthEndPolicy monthEndPolicy() const { return m_monthEndPolicy; }
    void setMonthEndPolicy(MonthEndPolicy policy) { m_monthEndPolicy = policy; }
    /// The force's counting policy for a months period whose start has no counterpart (29 February).
    MonthsPeriodEnd monthsPeriodEndPolicy() const { return m_periodEnd; }
    void setMonthsPeriodEndPolicy(MonthsPeriodEnd policy) { m_periodEnd = policy; }

    /// A force's local holiday; AlreadyExists if the date is already a holiday.
    Status addLocalHoliday(Date date, std::string title);
    /// Removes a shipped or local holiday (e.g. a projection that did not happen); NotFound otherwise.
    Status removeHoliday(Date date);

    std::vector<BankHoliday> holidays() const;
    const BankHoliday* holiday(Date date) const;
    bool isBankHoliday(Date date) const { return m_holidays.contains(date); }
    bool isWorkingDay(Date date) const { return !date.isWeekend() && !isBankHoliday(date); }

    /// True when `year` is inside the table and not a projection; dates outside it may miss holidays.
    bool isYearConfirmed(int year) const { return m_confirmedYears.contains(year); }

    /// The |n|th working day after `from` (n > 0) or before it (n < 0); `from` itself never counts.
    Date addWorkingDays(Date from, int n) const;
    /// Working days in (from, to]; negative when `to` is earlier.
    int workingDaysBetween(Date from, Date to) const;

    /// "Before the end of N working days beginning with the first working day after X": day 1 is the
    /// first working day after X, and the deadline is the Nth working day (N >= 1).
    Date endOfWorkingDaysAfter(Date x, int n) const { return addWorkingDays(x, n); }
    /// "Within N days after X": X + N calendar days.
    static Date withinDaysAfter(Date x, int n) { return x.addDays(n); }
    /// The corresponding date N months later (month-end policy applies).
    Date monthsAfter(Date d, int n) const { return d.addMonths(n, m_monthEndPolicy); }
    /// "A period of N months beginning with D": ends at the end of the day before the corresponding date.
    /// Where D has no counterpart in the end month, MonthsPeriodEnd decides (27 or 28 Feb for 29 Feb + 12).
    Date monthsPeriodEnd(Date d, int n) const;

private:
    std::map<Date, BankHoliday> m_holidays;
    std::set<int> m_confirmedYears;
    MonthEndPolicy m_monthEndPolicy = MonthEndPolicy::LastDayOfMonth;
    MonthsPeriodEnd m_periodEnd = MonthsPeriodEnd::DayBeforeClampedDate;
};

} // namespace casebook::core
