// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/DeadlineEngine.h"
#include "rules/RulePack.h"
#include "support/Result.h"

#include <optional>
#include <vector>

namespace casebook::core {

/// One spell of sickness absence as the rules see it (calendar days, rest days included).
struct SicknessSpell {
    Date start;
    std::optional<Date> end; ///< last day of absence; empty while ongoing
    bool disabilityRelated = false;
    bool coveredByAdjustment = false;       ///< absence covered by an agreed reasonable adjustment
    std::optional<int> fullPayDaysRecorded; ///< full-pay days payroll actually gave, if known
};

/// The projected pay of one absence: full pay, then half pay, then nil, with discretion reviews.
struct PayProjection {
    Date start;
    std::optional<Date> end;
    int fullPayDaysBefore = 0;  ///< full-pay sick days in the look-back window before `start`
    int halfPayDaysBefore = 0;  ///< half-pay sick days in that window
    int fullPayEntitlement = 0; ///< allowance minus fullPayDaysBefore, at the first day of the absence
    int halfPayEntitlement = 0;
    std::optional<Date> fullPayTo;   ///< last full-pay day
    std::optional<Date> halfPayFrom; ///< set only if the absence reaches half pay
    std::optional<Date> halfPayTo;
    std::optional<Date> nilPayFrom;   ///< set only if the absence reaches nil pay
    std::vector<DerivedDate> reviews; ///< pay discretion reviews before each transition
};

/// Projects police sick pay (Police Regulations 2003 reg 28, Annex K, as the sick-pay pack states
/// it): entitlement at the first day of an absence is the full-pay allowance less full-pay sick days
/// in the look-back window immediately before that day, likewise for half pay. Spells are taken in
/// date order and must not overlap; only the last may be ongoing. Review dates come from the pack's
/// date rules on the basis events "half_pay_start" and "nil_pay_start".
Result<std::vector<PayProjection>> projectSickPay(const RulePack& sickPayPack, const DeadlineEngine& engine,
                                                  std::vector<SicknessSpell> spells);

} // namespace casebook::core
