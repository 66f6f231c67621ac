// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

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

/// `at` as UTC ISO 8601 to the second: "2026-12-05T21:40:00Z".
std::string utcIso(Clock::TimePoint at);

} // namespace casebook::core
