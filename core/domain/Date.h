// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <chrono>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace casebook::core {

/// ISO weekday numbering: Monday = 1 ... Sunday = 7.
enum class Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

/// What adding months does when the later month has no corresponding day (31 Jan + 1 month).
///
/// Courts apply the "corresponding date" rule (Dodds v Walker [1981] 1 WLR 1441): the period ends on
/// the corresponding date of the later month, and where that month is too short, the law is
/// unsettled enough that Casebook makes the choice a setting instead of guessing:
/// - LastDayOfMonth (default): clamp to the last day of the later month (31 Jan + 1 month = 28 Feb).
/// - FirstDayOfNextMonth: roll over to the first day of the month after (31 Jan + 1 month = 1 Mar).
/// Dates whose day exists in the later month are never affected.
enum class MonthEndPolicy { LastDayOfMonth, FirstDayOfNextMonth };

/// A calendar date (proleptic Gregorian, no time or zone): a small value type over days since 1970-01-01.
class Date {
public:
    /// 1970-01-01; exists so that Date can sit in default-constructed structs.
    constexpr Date() = default;

    /// Rejects impossible dates (month 13, 30 February, 29 February outside leap years) with InvalidDate.
    static Result<Date> fromYmd(int year, int month, int day);
    /// Parses exactly "YYYY-MM-DD"; anything else (or an impossible date) is InvalidDate.
    static Result<Date> parseIso(std::string_view text);
    static Date fromSysDays(std::chrono::sys_days days);

    int year() const;
    int month() const;
    int day() const;
    Weekday weekday() const;
    bool isWeekend() const;

    /// "YYYY-MM-DD".
    std::string toIso() const;

    std::chrono::sys_days sysDays() const;
    std::chrono::year_month_day ymd() const;

    Date addDays(int days) const;
    /// Same day-of-month `months` later (or earlier, when negative), resolving a missing day by `policy`.
    Date addMonths(int months, MonthEndPolicy policy = MonthEndPolicy::LastDayOfMonth) const;
    /// Whole days from this date to `later` (negative when `later` is earlier).
    int daysUntil(Date later) const;

    static bool isLeapYear(int year);
    static int daysInMonth(int year, int month);

    auto operator<=>(const Date&) const = default;

private:
    explicit constexpr Date(std::int32_t daysSinceEpoch)
        : m_days(daysSinceEpoch)
    {
    }

    std::int32_t m_days = 0;
};

} // namespace casebook::core
