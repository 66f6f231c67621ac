// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/DeadlineEngine.h"
#include "rules/RulePack.h"

#include <optional>
#include <vector>

namespace casebook::core {

/// Whether a UPP/UAP matter is about performance or attendance.
enum class UppGround { Performance, Attendance };

/// The facts of one UPP/UAP record that the regime's rules constrain.
struct UppFacts {
    UppGround ground = UppGround::Performance;
    bool grossIncompetence = false; ///< routed straight to the final stage
    bool fwinRecorded = false;      ///< a final written improvement notice is known apart from `events`
    std::optional<Date> improvementPeriodStart;
    std::optional<Date> improvementPeriodEnd; ///< last day of the improvement (specified) period
    bool exceptionalCircumstances = false;    ///< recorded justification for a longer period
    EventDates events;
};

/// Checks a UPP/UAP record against its regime's pack. The checks are keyed by rule ids under the
/// pack id ("<pack>.no_fwin", "<pack>.gross_incompetence.not_attendance",
/// "<pack>.improvement_period.max", "<pack>.improvement_period.max_exceptional"); a check whose rule
/// the pack does not ship is not applied, so a revised pack can drop or add constraints as data.
/// Every constraint's `refuses` events are refused when recorded.
/// Event order is checked for every rule with a target. Each breach message starts with the rule id.
std::vector<RuleBreach> checkUpp(const RulePack& regimePack, const UppFacts& facts, const DeadlineEngine& engine);

} // namespace casebook::core
