// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// A Bradford spell that starts before the window and runs into it.
enum class BradfordWindowEdge {
    ClipToWindow, ///< one spell, its days counted from the window's first day (default)
    WholeSpell,   ///< one spell, all its days counted
};

/// What the "without protected absences" Bradford figure leaves out.
enum class BradfordProtected {
    DisabilityAndAdjustment, ///< disability-related and adjustment-covered absences (default)
    DisabilityOnly,          ///< disability-related absences only
};

/// What the sick-pay look-back deducts from the full-pay allowance.
enum class SickPayLookback {
    FullPayDays, ///< only days paid in full in the look-back window (default)
    AllSickDays, ///< every sick day in the window, whatever it was paid
};

/// "A period of N months beginning with D" when D has no counterpart in the end month (29 Feb + 12).
enum class MonthsPeriodEnd {
    DayBeforeClampedDate, ///< the day before the clamped date: 29 Feb 2028 + 12 → 27 Feb 2029 (default)
    LastDayOfMonthIfNone, ///< the end month's last day: 29 Feb 2028 + 12 → 28 Feb 2029
};

/// The force's choices where the sources disagree (resources/rules/README.md, "Counting policies").
/// Defaults keep the counting Casebook has always done, so no stored date moves until a force
/// chooses otherwise with a reason.
struct CountingPolicies {
    BradfordWindowEdge bradfordWindowEdge = BradfordWindowEdge::ClipToWindow;
    BradfordProtected bradfordProtected = BradfordProtected::DisabilityAndAdjustment;
    SickPayLookback sickPayLookback = SickPayLookback::FullPayDays;
    MonthsPeriodEnd monthsPeriodEnd = MonthsPeriodEnd::DayBeforeClampedDate;
    bool operator==(const CountingPolicies&) const = default;
};

/// One setting as listed to the user: its name, the allowed values (the first is the default), the
/// current value, and where each reading comes from.
struct CountingPolicyInfo {
    std::string name;
    std::vector<std::string> values;
    std::string value;
    std::string source;
};

std::vector<CountingPolicyInfo> describe(const CountingPolicies& policies);
/// Sets one policy by name ("bradford.window_edge") and value code ("whole_spell"); InvalidArgument
/// naming the known names or values otherwise.
Status setPolicy(CountingPolicies& policies, std::string_view name, std::string_view value);

} // namespace casebook::core
