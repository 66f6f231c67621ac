// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "RulesFixture.h"

#include "rules/BankHolidayRules.h"
#include "rules/DeadlineEngine.h"
#include "rules/WorkingCalendar.h"

#include <set>

using namespace casebook::core;
using casebook::core::test::d;
using casebook::core::test::shippedCalendar;
using casebook::core::test::shippedPack;

// Working day: not a Saturday, Sunday or England & Wales bank holiday (Banking and Financial
// Dealings Act 1971) [analogue], from resources/calendars/bank-holidays.json.

TEST_CASE("calendar: the one-off and substitute bank holidays listed in domain.md are in the table",
          "[rules][calendar]")
{
    const WorkingCalendar calendar = shippedCalendar();
    for (const char* date :
         {"2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08", "2020-12-28", "2021-12-27",
          "2021-12-28", "2022-01-03", "2022-12-27", "2023-01-02", "2026-12-28", "2027-12-27", "2027-12-28"}) {
        INFO(date);
        CHECK(calendar.isBankHoliday(d(date)));
        CHECK_FALSE(calendar.isWorkingDay(d(date)));
    }
    // Moved, not added: the usual early May and spring Mondays were working days those years.
    CHECK(calendar.isWorkingDay(d("2020-05-04")));
    CHECK(calendar.isWorkingDay(d("2022-05-30")));
}

TEST_CASE("calendar: the shipped table matches the usual rules plus the listed one-offs", "[rules][calendar]")
{
    const WorkingCalendar calendar = shippedCalendar();
    const std::set<Date> oneOffs{d("2020-05-08"), d("2022-06-02"), d("2022-06-03"), d("2022-09-19"), d("2023-05-08")};
    const std::set<Date> replaced{d("2020-05-04"), d("2022-05-30")};
    std::set<Date> expected = oneOffs;
    for (int year = 2020; year <= 2030; ++year) {
        for (const BankHoliday& holiday : regularEnglandWalesHolidays(year)) {
            if (!replaced.contains(holiday.date)) {
                expected.insert(holiday.date);
            }
        }
    }
    std::set<Date> shipped;
    for (const BankHoliday& holiday : calendar.holidays()) {
        shipped.insert(holiday.date);
        CHECK(holiday.projected == (holiday.date.year() >= 2029));
    }
    CHECK(shipped == expected);
    CHECK(calendar.isYearConfirmed(2020));
    CHECK(calendar.isYearConfirmed(2027));
    CHECK(calendar.isYearConfirmed(2028)); // GOV.UK publishes 2028 (issue 14)
    CHECK_FALSE(calendar.isYearConfirmed(2029));
    CHECK_FALSE(calendar.isYearConfirmed(2031));
}

TEST_CASE("calendar: Easter dates", "[rules][calendar]")
{
    CHECK(easterSunday(2026) == d("2026-04-05"));
    CHECK(easterSunday(2027) == d("2027-03-28"));
    CHECK(easterSunday(2024) == d("2024-03-31"));
    CHECK(easterSunday(2030) == d("2030-04-21"));
}

TEST_CASE("calendar: Easter 2026 week skips Good Friday and Easter Monday", "[rules][calendar]")
{
    const WorkingCalendar calendar = shippedCalendar();
    CHECK_FALSE(calendar.isWorkingDay(d("2026-04-03"))); // Good Friday
    CHECK_FALSE(calendar.isWorkingDay(d("2026-04-06"))); // Easter Monday
    CHECK(calendar.isWorkingDay(d("2026-04-02")));
    CHECK(calendar.isWorkingDay(d("2026-04-07")));
    // Thu 2 Apr + 1 working day = Tue 7 Apr; + 3 = Thu 9 Apr.
    CHECK(calendar.addWorkingDays(d("2026-04-02"), 1) == d("2026-04-07"));
    CHECK(calendar.addWorkingDays(d("2026-04-02"), 3) == d("2026-04-09"));
    CHECK(calendar.workingDaysBetween(d("2026-03-30"), d("2026-04-10")) == 7);
}

TEST_CASE("calendar: Christmas 2026 with the 28 December substitute day", "[rules][calendar]")
{
    const WorkingCalendar calendar = shippedCalendar();
    CHECK_FALSE(calendar.isWorkingDay(d("2026-12-25"))); // Friday
    CHECK_FALSE(calendar.isWorkingDay(d("2026-12-26"))); // Saturday, Boxing Day
    CHECK_FALSE(calendar.isWorkingDay(d("2026-12-28"))); // Monday, Boxing Day substitute
    CHECK(calendar.holiday(d("2026-12-28"))->notes == "Substitute day");
    CHECK(calendar.addWorkingDays(d("2026-12-24"), 1) == d("2026-12-29"));
    CHECK(calendar.addWorkingDays(d("2026-12-31"), 1) == d("2027-01-04")); // 1 Jan 2027 is a Friday
}

TEST_CASE("calendar: Christmas 2027 with the 27 and 28 December substitute days", "[rules][calendar]")
{
    const WorkingCalendar calendar = shippedCalendar();
    for (const char* date : {"2027-12-25", "2027-12-26", "2027-12-27", "2027-12-28"}) {
        CHECK_FALSE(calendar.isWorkingDay(d(date)));
    }
    CHECK(calendar.addWorkingDays(d("2027-12-24"), 1) == d("2027-12-29"));
    CHECK(calendar.workingDaysBetween(d("2027-12-24"), d("2027-12-31")) == 3);
}

TEST_CASE("calendar: addWorkingDays properties over 2020-2030", "[rules][calendar][property]")
{
    const WorkingCalendar calendar = shippedCalendar();
    for (Date start = d("2020-01-01"); start <= d("2030-12-01"); start = start.addDays(11)) {
        Date previous = start;
        for (int n = 1; n <= 25; ++n) {
            const Date result = calendar.addWorkingDays(start, n);
            INFO(start.toIso() << " + " << n << " working days = " << result.toIso());
            CHECK(calendar.isWorkingDay(result));                   // always lands on a working day
            CHECK(result > previous);                               // strictly monotonic in n
            CHECK(calendar.workingDaysBetween(start, result) == n); // counting back gives n
            if (calendar.isWorkingDay(start)) {
                CHECK(calendar.addWorkingDays(result, -n) == start); // and stepping back returns
            }
            previous = result;
        }
        CHECK(calendar.addWorkingDays(start, 0) == start);
    }
}

TEST_CASE("calendar: local additions and removals change working days", "[rules][calendar]")
{
    WorkingCalendar calendar = shippedCalendar();
    const Date localDay = d("2026-07-13");
    REQUIRE(calendar.isWorkingDay(localDay));
    REQUIRE(calendar.addLocalHoliday(localDay, "Force local holiday").has_value());
    CHECK_FALSE(calendar.isWorkingDay(localDay));
    CHECK(calendar.holiday(localDay)->local);
    CHECK(calendar.addWorkingDays(d("2026-07-10"), 1) == d("2026-07-14"));

    const Status duplicate = calendar.addLocalHoliday(d("2026-12-25"), "again");
    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().code == ErrorCode::AlreadyExists);

    REQUIRE(calendar.removeHoliday(d("2029-05-07")).has_value()); // a projection that did not happen
    CHECK(calendar.isWorkingDay(d("2029-05-07")));
    const Status missing = calendar.removeHoliday(d("2026-07-14"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("calendar: period arithmetic of the regulations", "[rules][calendar]")
{
    WorkingCalendar calendar = shippedCalendar();
    // "within N days after X" is X + N calendar days.
    CHECK(WorkingCalendar::withinDaysAfter(d("2026-11-02"), 28) == d("2026-11-30"));
    // "a period of 12 months beginning with D" ends the day before the corresponding date.
    CHECK(calendar.monthsPeriodEnd(d("2026-03-15"), 12) == d("2027-03-14"));
    CHECK(calendar.monthsPeriodEnd(d("2028-02-29"), 12) == d("2029-02-27"));
    CHECK(calendar.monthsPeriodEnd(d("2026-01-31"), 1) == d("2026-02-27"));
    calendar.setMonthEndPolicy(MonthEndPolicy::FirstDayOfNextMonth);
    CHECK(calendar.monthsPeriodEnd(d("2028-02-29"), 12) == d("2029-02-28"));
    CHECK(calendar.monthsPeriodEnd(d("2026-01-31"), 1) == d("2026-02-28"));
    CHECK(calendar.monthsPeriodEnd(d("2026-03-15"), 12) == d("2027-03-14"));
}

TEST_CASE("calendar: a malformed table is rejected with JSON paths", "[rules][calendar]")
{
    const Result<WorkingCalendar> notJson = WorkingCalendar::fromGovUkJson("{");
    REQUIRE_FALSE(notJson.has_value());
    CHECK(notJson.error().code == ErrorCode::InvalidRulePack);

    const Result<WorkingCalendar> bad = WorkingCalendar::fromGovUkJson(R"({"england-and-wales": {
        "division": "england-and-wales",
        "events": [{"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true},
                   {"title": "Nonsense", "date": "2026-02-30", "notes": "", "bunting": true},
                   {"date": "2026-12-25", "bunting": "yes"}]}})");
    REQUIRE_FALSE(bad.has_value());
    const std::string& detail = bad.error().detail;
    CHECK(detail.find("$.england-and-wales.events[1].date: no such date: 2026-02-30") != std::string::npos);
    CHECK(detail.find("$.england-and-wales.events[2].title: is required") != std::string::npos);
    CHECK(detail.find("$.england-and-wales.events[2].bunting: must be true or false") != std::string::npos);

    const Result<WorkingCalendar> noDivision = WorkingCalendar::fromGovUkJson(R"({"scotland": {"events": []}})");
    REQUIRE_FALSE(noDivision.has_value());
    CHECK(noDivision.error().detail == "$.england-and-wales: is required");
}

TEST_CASE("months_period.no_corresponding_date (counting policy): day_before_clamped_date and last_day_of_month",
          "[rules][calendar][policy]")
{
    // upp.legacy.win.validity (12 months beginning with the notice's date) for a notice dated 29 February.
    WorkingCalendar calendar = shippedCalendar();
    CountingPolicies policies;
    calendar.setMonthsPeriodEndPolicy(policies.monthsPeriodEnd);
    CHECK(calendar.monthsPeriodEnd(d("2028-02-29"), 12) == d("2029-02-27")); // default: as before
    CHECK(calendar.monthsPeriodEnd(d("2026-01-31"), 1) == d("2026-02-27"));
    REQUIRE(setPolicy(policies, "months_period.no_corresponding_date", "last_day_of_month").has_value());
    calendar.setMonthsPeriodEndPolicy(policies.monthsPeriodEnd);
    CHECK(calendar.monthsPeriodEnd(d("2028-02-29"), 12) == d("2029-02-28"));
    CHECK(calendar.monthsPeriodEnd(d("2026-01-31"), 1) == d("2026-02-28"));
    // Dates with a counterpart are the same under both, and months_after is untouched.
    CHECK(calendar.monthsPeriodEnd(d("2026-03-15"), 12) == d("2027-03-14"));
    CHECK(calendar.monthsAfter(d("2026-01-31"), 1) == d("2026-02-28"));
    const DeadlineEngine engine(calendar);
    const auto dates = engine.derive(shippedPack("upp-legacy"), {{"win_dated", d("2028-02-29")}});
    REQUIRE_FALSE(dates.empty());
    CHECK(dates.front().ruleId == "upp.legacy.win.validity");
    CHECK(dates.front().date == d("2029-02-28"));
}
