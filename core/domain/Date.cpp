// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Date.h"

#include <array>
#include <cstdio>

namespace casebook::core {

namespace {

using namespace std::chrono;

std::chrono::sys_days toSysDays(std::int32_t days)
{
    return sys_days{std::chrono::days{days}};
}

bool parseDigits(std::string_view text, int& out)
{
    out = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        out = out * 10 + (c - '0');
    }
    return !text.empty();
}

} // namespace

Result<Date> Date::fromYmd(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "no such date: %04d-%02d-%02d", year, month, day);
        return makeError(ErrorCode::InvalidDate, buffer);
    }
    const year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                             std::chrono::day{static_cast<unsigned>(day)}};
    return fromSysDays(sys_days{ymd});
}

Result<Date> Date::parseIso(std::string_view text)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !parseDigits(text.substr(0, 4), year)
        || !parseDigits(text.substr(5, 2), month) || !parseDigits(text.substr(8, 2), day)) {
        return makeError(ErrorCode::InvalidDate, "expected a date as YYYY-MM-DD, got \"" + std::string(text) + "\"");
    }
    return fromYmd(year, month, day);
}

Date Date::fromSysDays(std::chrono::sys_days days)
{
    return Date(static_cast<std::int32_t>(days.time_since_epoch().count()));
}

std::chrono::sys_days Date::sysDays() const
{
    return toSysDays(m_days);
}

std::chrono::year_month_day Date::ymd() const
{
    return year_month_day{sysDays()};
}

int Date::year() const
{
    return static_cast<int>(ymd().year());
}

int Date::month() const
{
    return static_cast<int>(static_cast<unsigned>(ymd().month()));
}

int Date::day() const
{
    return static_cast<int>(static_cast<unsigned>(ymd().day()));
}

Weekday Date::weekday() const
{
    return static_cast<Weekday>(std::chrono::weekday{sysDays()}.iso_encoding());
}

bool Date::isWeekend() const
{
    const Weekday w = weekday();
    return w == Weekday::Saturday || w == Weekday::Sunday;
}

std::string Date::toIso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year(), month(), day());
    return buffer;
}

Date Date::addDays(int days) const
{
    return Date(m_days + days);
}

Date Date::addMonths(int months, MonthEndPolicy policy) const
{
    const year_month_day from = ymd();
    const year_month target = year_month{from.year(), from.month()} + std::chrono::months{months};
    const year_month_day candidate{target.year(), target.month(), from.day()};
    if (candidate.ok()) {
        return fromSysDays(sys_days{candidate});
    }
    const year_month_day_last last{target.year(), month_day_last{target.month()}};
    if (policy == MonthEndPolicy::LastDayOfMonth) {
        return fromSysDays(sys_days{last});
    }
    return fromSysDays(sys_days{last} + std::chrono::days{1});
}

int Date::daysUntil(Date later) const
{
    return later.m_days - m_days;
}

bool Date::isLeapYear(int year)
{
    return std::chrono::year{year}.is_leap();
}

int Date::daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) {
        return 0;
    }
    if (month == 2 && isLeapYear(year)) {
        return 29;
    }
    return lengths[static_cast<std::size_t>(month - 1)];
}

} // namespace casebook::core
