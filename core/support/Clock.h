// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"

#include <chrono>
#include <string>

namespace casebook::core {

/// A source of the current wall-clock time, injected so that code that stamps or compares times
/// can be tested deterministically (see FakeClock). Implementations must be thread-safe to call.
class Clock {
public:
    using TimePoint = std::chrono::system_clock::time_point;

    virtual ~Clock() = default;
    /// The current time (UTC; system_clock counts from the Unix epoch).
    virtual TimePoint now() const = 0;

protected:
    Clock() = default;
    Clock(const Clock&) = default;
    Clock& operator=(const Clock&) = default;
};

/// The calendar date at `at` in the process's local time zone (TZ), summer time included: the
/// date a person here would write down.
Date localDate(Clock::TimePoint at);

/// Today as the user sees it: the local calendar date of `clock`'s now. The one "today" of the
/// app, the ui and the command line (a UTC date is yesterday between midnight and 1 a.m. in a
/// British summer).
Date today(const Clock& clock);

/// `at` as UTC ISO 8601 to the second: "2026-12-05T21:40:00Z".
std::string utcIso(Clock::TimePoint at);

} // namespace casebook::core
