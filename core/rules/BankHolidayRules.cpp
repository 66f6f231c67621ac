// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/BankHolidayRules.h"

#include <algorithm>

namespace casebook::core {

namespace {

Date ymd(int year, int month, int day)
{
    return Date::fromYmd(year, month, day).value();
}

Date firstMonday(int year, int month)
{
    Date day = ymd(year, month, 1);
    while (day.weekday() != Weekday::Monday) {
        day = day.addDays(1);
    }
    return day;
}

Date lastMonday(int year, int month)
{
    Date day = ymd(year, month, Date::daysInMonth(year, month));
    while (day.weekday() != Weekday::Monday) {
        day = day.addDays(-1);
    }
    return day;
}

BankHoliday projected(Date date, const char* title, bool substitute = false)
{
    return BankHoliday{date, title, substitute ? "Substitute day" : "", true, false};
}

void addChristmas(int year, std::vector<BankHoliday>& list)
{
    const Date christmas = ymd(year, 12, 25);
    switch (christmas.weekday()) {
    case Weekday::Friday: // Boxing Day is a Saturday
        list.push_back(projected(christmas, "Christmas Day"));
        list.push_back(projected(ymd(year, 12, 28), "Boxing Day", true));
        break;
    case Weekday::Saturday:
        list.push_back(projected(ymd(year, 12, 27), "Christmas Day", true));
        list.push_back(projected(ymd(year, 12, 28), "Boxing Day", true));
        break;
    case Weekday::Sunday: // Boxing Day keeps the Monday, Christmas moves to the Tuesday
        list.push_back(projected(ymd(year, 12, 26), "Boxing Day"));
        list.push_back(projected(ymd(year, 12, 27), "Christmas Day", true));
        break;
    default:
        list.push_back(projected(christmas, "Christmas Day"));
        list.push_back(projected(ymd(year, 12, 26), "Boxing Day"));
        break;
    }
}

} // namespace

Date easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return ymd(year, month, day);
}

std::vector<BankHoliday> regularEnglandWalesHolidays(int year)
{
    std::vector<BankHoliday> list;
    const Date newYear = ymd(year, 1, 1);
    if (newYear.isWeekend()) {
        list.push_back(projected(firstMonday(year, 1), "New Year’s Day", true));
    } else {
        list.push_back(projected(newYear, "New Year’s Day"));
    }
    const Date easter = easterSunday(year);
    list.push_back(projected(easter.addDays(-2), "Good Friday"));
    list.push_back(projected(easter.addDays(1), "Easter Monday"));
    list.push_back(projected(firstMonday(year, 5), "Early May bank holiday"));
    list.push_back(projected(lastMonday(year, 5), "Spring bank holiday"));
    list.push_back(projected(lastMonday(year, 8), "Summer bank holiday"));
    addChristmas(year, list);
    std::sort(list.begin(), list.end(), [](const BankHoliday& x, const BankHoliday& y) { return x.date < y.date; });
    return list;
}

} // namespace casebook::core
