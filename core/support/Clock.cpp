// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/Clock.h"

#include <cstdio>
#include <ctime>

namespace casebook::core {

Date localDate(Clock::TimePoint at)
{
    const std::time_t t = std::chrono::system_clock::to_time_t(at);
    std::tm local{};
    if (localtime_r(&t, &local) == nullptr) {
        // Out of the C library's range: the UTC date is the best there is.
        return Date::fromSysDays(std::chrono::floor<std::chrono::days>(at));
    }
    return Date::fromSysDays(std::chrono::sys_days{std::chrono::year{local.tm_year + 1900}
                                                   / std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)}
                                                   / std::chrono::day{static_cast<unsigned>(local.tm_mday)}});
}

Date today(const Clock& clock)
{
    return localDate(clock.now());
}

std::string utcIso(Clock::TimePoint at)
{
    const auto seconds = std::chrono::floor<std::chrono::seconds>(at);
    const auto days = std::chrono::floor<std::chrono::days>(seconds);
    const std::chrono::hh_mm_ss time{seconds - days};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02dZ", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
    return Date::fromSysDays(days).toIso() + buffer;
}

} // namespace casebook::core
