// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/Clock.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

using namespace casebook::core;

namespace {

/// Sets TZ for one test and puts the old value back after it.
class ZoneForTest {
public:
    explicit ZoneForTest(const char* zone)
    {
        if (const char* old = std::getenv("TZ")) {
            m_old = old;
        }
        ::setenv("TZ", zone, 1);
        ::tzset();
    }
    ~ZoneForTest()
    {
        if (m_old) {
            ::setenv("TZ", m_old->c_str(), 1);
        } else {
            ::unsetenv("TZ");
        }
        ::tzset();
    }
    ZoneForTest(const ZoneForTest&) = delete;
    ZoneForTest& operator=(const ZoneForTest&) = delete;

private:
    std::optional<std::string> m_old;
};

Clock::TimePoint utc(int y, unsigned m, unsigned d, int hour, int minute)
{
    using namespace std::chrono;
    return sys_days{year{y} / month{m} / day{d}} + hours{hour} + minutes{minute};
}

} // namespace

TEST_CASE("today is the local date: 00:30 in a London summer is already the next day", "[support][clock]")
{
    const ZoneForTest london("Europe/London");
    FakeClock clock(utc(2026, 7, 15, 23, 30)); // 00:30 BST on 16 July
    CHECK(today(clock).toIso() == "2026-07-16");
    CHECK(utcIso(clock.now()) == "2026-07-15T23:30:00Z"); // the UTC date would say the 15th

    clock.set(utc(2026, 7, 15, 22, 59)); // 23:59 BST
    CHECK(today(clock).toIso() == "2026-07-15");
}

TEST_CASE("today in a London winter is the UTC date", "[support][clock]")
{
    const ZoneForTest london("Europe/London");
    const FakeClock clock(utc(2026, 1, 15, 0, 30));
    CHECK(today(clock).toIso() == "2026-01-15");
    CHECK(localDate(utc(2026, 1, 14, 23, 59)).toIso() == "2026-01-14");
}
