// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <compare>
#include <string>
#include <string_view>

namespace casebook::core {

/// A local time of day to the minute ("14:05"), for chronology entries that record one.
class TimeOfDay {
public:
    constexpr TimeOfDay() = default;
    /// Rejects hour outside 0..23 or minute outside 0..59 with InvalidArgument.
    static Result<TimeOfDay> fromHm(int hour, int minute);
    /// Parses exactly "HH:MM".
    static Result<TimeOfDay> parse(std::string_view text);

    int hour() const { return m_minutes / 60; }
    int minute() const { return m_minutes % 60; }
    /// "HH:MM".
    std::string toText() const;

    auto operator<=>(const TimeOfDay&) const = default;

private:
    explicit constexpr TimeOfDay(int minutes)
        : m_minutes(minutes)
    {
    }
    int m_minutes = 0;
};

} // namespace casebook::core
