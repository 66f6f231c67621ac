// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/UppProcedure.h"
#include "rules/DeadlineEngine.h"
#include "rules/RulePack.h"
#include "rules/WorkingCalendar.h"

#include <optional>
#include <string>

namespace casebook::core {

/// The improvement (specified) period of a UPP/UAP procedure as the notice and the period chosen
/// give it, and what governs: a typed end replaces the derived one only with a recorded reason.
struct ImprovementPeriod {
    std::optional<Date> start;        ///< the recorded start, else the date of the written improvement notice
    std::string startEvent;           ///< "improvement_period_start" or "win_dated"
    std::optional<Date> derivedEnd;   ///< "a period of N months beginning with" the start, N the period chosen
    std::optional<Date> effectiveEnd; ///< the typed end when there is one, else the derived end
    bool typedOverride = false;       ///< a typed end differs from the derived end
};

ImprovementPeriod improvementPeriod(const UppProcedure& record, const WorkingCalendar& calendar);

/// The end of the improvement period as a dated rule result for the due list: rule id
/// "<pack>.improvement_period.end", citation and status of "<pack>.improvement_period.max" (the rule
/// on the period's length). Empty when there is no end to show.
std::optional<DerivedDate> improvementPeriodEndDate(const UppProcedure& record, const RulePack& regimePack,
                                                    const WorkingCalendar& calendar);

} // namespace casebook::core
