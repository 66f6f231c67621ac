// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/TypedDate.h"

#include <catch2/catch.hpp>

#include <string>

using namespace casebook::core;

namespace {

const Date kToday = Date::fromYmd(2026, 12, 5).value();

std::string read(std::string_view typed)
{
    const auto date = parseTypedDate(typed, kToday);
    return date ? date.value().toIso() : "error: " + date.error().detail;
}

} // namespace

TEST_CASE("Typed dates: the four forms a sergeant types all mean 4 December 2026", "[typed-date]")
{
    CHECK(read("4/12/2026") == "2026-12-04");
    CHECK(read("04/12/26") == "2026-12-04");
    CHECK(read("4 Dec 2026") == "2026-12-04");
    CHECK(read("2026-12-04") == "2026-12-04");
}

TEST_CASE("Typed dates: separators, month names and spacing people use", "[typed-date]")
{
    CHECK(read("  4.12.2026 ") == "2026-12-04");
    CHECK(read("4-12-26") == "2026-12-04");
    CHECK(read("4 december 2026") == "2026-12-04");
    CHECK(read("4-DEC-2026") == "2026-12-04");
    CHECK(read("4 Sept 2026") == "2026-09-04");
    CHECK(read("4 Sep 26") == "2026-09-04");
    CHECK(read("04 Dec, 2026") == "2026-12-04");
    CHECK(read("29/2/2028") == "2028-02-29");
}

TEST_CASE("Typed dates: a two-digit year falls in the hundred years around today", "[typed-date]")
{
    CHECK(read("1/1/45") == "2045-01-01"); // 19 years on: still this century
    CHECK(read("1/1/46") == "1946-01-01"); // 20 years on would be too far: 80 years back
    CHECK(read("1/1/95") == "1995-01-01"); // a service start date
}

TEST_CASE("Typed dates: the day comes first, as in Britain", "[typed-date]")
{
    CHECK(read("3/4/2026") == "2026-04-03");
    const std::string american = read("12/31/2026");
    CHECK(american.starts_with("error: "));
    CHECK(american.find("no month 31") != std::string::npos);
    CHECK(american.find("type the day first") != std::string::npos);
}

TEST_CASE("Typed dates: an impossible date names what is wrong", "[typed-date]")
{
    CHECK(read("31/2/2026") == "error: \"31/2/2026\" is not a date: February 2026 has 28 days");
    CHECK(read("29/2/2027").find("February 2027 has 28 days") != std::string::npos);
    CHECK(read("0/1/2026").find("January 2026 has 31 days") != std::string::npos);
}

TEST_CASE("Typed dates: text that is not a date says which forms are understood", "[typed-date]")
{
    for (const char* typed : {"", "tomorrow", "4/12", "4 12 2026 10", "2026/12", "4 Dx 2026", "4 De 2026",
                              "123/12/2026", "4/12/202", "4/12/2026!", "Dec 4 2026"}) {
        INFO(typed);
        const std::string result = read(typed);
        CHECK(result.starts_with("error: "));
        CHECK(result.find("4/12/2026, 04/12/26, 4 Dec 2026 or 2026-12-04") != std::string::npos);
    }
}

TEST_CASE("Typed dates: huge input is refused without reading it as a number", "[typed-date]")
{
    const std::string huge(100000, '9');
    CHECK(read(huge + "/12/2026").starts_with("error: "));
    CHECK(read("4/12/" + huge).starts_with("error: "));
}
