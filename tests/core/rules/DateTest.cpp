// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "RulesFixture.h"

#include "domain/Date.h"

using namespace casebook::core;
using casebook::core::test::d;

TEST_CASE("Date rejects impossible dates with InvalidDate", "[rules][date]")
{
    for (const auto& [y, m, day] : {std::tuple{2026, 2, 29},
                                    {2026, 2, 30},
                                    {2026, 4, 31},
                                    {2026, 13, 1},
                                    {2026, 0, 10},
                                    {2026, 1, 0},
                                    {2100, 2, 29},
                                    {0, 1, 1}}) {
        const Result<Date> date = Date::fromYmd(y, m, day);
        REQUIRE_FALSE(date.has_value());
        CHECK(date.error().code == ErrorCode::InvalidDate);
        CHECK(date.error().detail.find("no such date") != std::string::npos);
    }
    CHECK(Date::fromYmd(2028, 2, 29).has_value());
    CHECK(Date::fromYmd(2000, 2, 29).has_value());
}

TEST_CASE("Date parses and formats ISO dates strictly", "[rules][date]")
{
    CHECK(d("2026-03-15").toIso() == "2026-03-15");
    CHECK(d("2026-03-15").year() == 2026);
    CHECK(d("2026-03-15").month() == 3);
    CHECK(d("2026-03-15").day() == 15);
    for (const char* bad :
         {"2026-3-15", "15/03/2026", "2026-03-15T00:00", "", "2026-02-30", "abcd-ef-gh", "2026-03-1x"}) {
        const Result<Date> date = Date::parseIso(bad);
        REQUIRE_FALSE(date.has_value());
        CHECK(date.error().code == ErrorCode::InvalidDate);
    }
}

TEST_CASE("Date knows weekdays and compares in calendar order", "[rules][date]")
{
    CHECK(d("2026-11-20").weekday() == Weekday::Friday);
    CHECK(d("2026-12-22").weekday() == Weekday::Tuesday);
    CHECK(d("2027-01-05").weekday() == Weekday::Tuesday);
    CHECK(d("2026-12-26").isWeekend());
    CHECK_FALSE(d("2026-12-28").isWeekend());
    CHECK(d("2026-01-31") < d("2026-02-01"));
    CHECK(d("2025-12-31") < d("2026-01-01"));
    CHECK(d("2026-06-01") == d("2026-06-01"));
}

TEST_CASE("Date adds days across month, year and leap-day boundaries", "[rules][date]")
{
    CHECK(d("2026-12-31").addDays(1) == d("2027-01-01"));
    CHECK(d("2028-02-28").addDays(1) == d("2028-02-29"));
    CHECK(d("2028-02-29").addDays(1) == d("2028-03-01"));
    CHECK(d("2027-02-28").addDays(1) == d("2027-03-01"));
    CHECK(d("2026-03-01").addDays(-1) == d("2026-02-28"));
    CHECK(d("2026-06-01").daysUntil(d("2026-10-01")) == 122);
    CHECK(d("2026-10-01").daysUntil(d("2026-06-01")) == -122);
}

TEST_CASE("Date adds months with the documented month-end policy", "[rules][date]")
{
    SECTION("a corresponding date exists: both policies agree")
    {
        for (const MonthEndPolicy policy : {MonthEndPolicy::LastDayOfMonth, MonthEndPolicy::FirstDayOfNextMonth}) {
            CHECK(d("2026-03-15").addMonths(12, policy) == d("2027-03-15"));
            CHECK(d("2026-01-10").addMonths(12, policy) == d("2027-01-10"));
            CHECK(d("2026-01-28").addMonths(1, policy) == d("2026-02-28"));
            CHECK(d("2026-06-15").addMonths(-12, policy) == d("2025-06-15"));
        }
    }
    SECTION("LastDayOfMonth (default) clamps to the end of the shorter month")
    {
        CHECK(d("2026-01-31").addMonths(1) == d("2026-02-28"));
        CHECK(d("2026-01-29").addMonths(1) == d("2026-02-28"));
        CHECK(d("2028-01-31").addMonths(1) == d("2028-02-29"));
        CHECK(d("2026-03-31").addMonths(1) == d("2026-04-30"));
        CHECK(d("2028-02-29").addMonths(12) == d("2029-02-28"));
        CHECK(d("2026-05-31").addMonths(-3) == d("2026-02-28"));
    }
    SECTION("FirstDayOfNextMonth rolls over to the next month")
    {
        constexpr auto next = MonthEndPolicy::FirstDayOfNextMonth;
        CHECK(d("2026-01-31").addMonths(1, next) == d("2026-03-01"));
        CHECK(d("2026-01-30").addMonths(1, next) == d("2026-03-01"));
        CHECK(d("2028-01-30").addMonths(1, next) == d("2028-03-01"));
        CHECK(d("2028-02-29").addMonths(12, next) == d("2029-03-01"));
        CHECK(d("2026-03-31").addMonths(1, next) == d("2026-05-01"));
    }
}

TEST_CASE("Date knows leap years and month lengths", "[rules][date]")
{
    CHECK(Date::isLeapYear(2028));
    CHECK(Date::isLeapYear(2000));
    CHECK_FALSE(Date::isLeapYear(2100));
    CHECK_FALSE(Date::isLeapYear(2026));
    CHECK(Date::daysInMonth(2028, 2) == 29);
    CHECK(Date::daysInMonth(2026, 2) == 28);
    CHECK(Date::daysInMonth(2026, 4) == 30);
    CHECK(Date::daysInMonth(2026, 12) == 31);
}
