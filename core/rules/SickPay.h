// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/CountingPolicies.h"
#include "rules/DeadlineEngine.h"
#include "rules/RulePack.h"
#include "support/Result.h"

#include <optional>
#include <string_view>
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
/// `lookback` decides what the window deducts from the full-pay allowance: days paid in full
/// (default) or every sick day (CountingPolicies::sickPayLookback).
Result<std::vector<PayProjection>> projectSickPay(const RulePack& sickPayPack, const DeadlineEngine& engine,
                                                  std::vector<SicknessSpell> spells,
                                                  SickPayLookback lookback = SickPayLookback::FullPayDays);

/// Pay band on a day.
enum class PayBand { NotAbsent, Full, Half, Nil };
std::string_view toString(PayBand band);

/// Where an officer stands on sick pay on a day, from the projections: the band that day, what
/// the look-back window ending that day has used, and the next change of band (if absent).
struct SickPayPosition {
    Date asOf;
    Date windowStart;        ///< first day of the look-back window ending on asOf (inclusive)
    int fullPayDaysUsed = 0; ///< full-pay sick days in the window
    int halfPayDaysUsed = 0; ///< half-pay sick days in the window
    int sickDaysUsed = 0;    ///< every sick day in the window (full, half and nil)
    PayBand band = PayBand::NotAbsent;
    std::optional<Date> nextTransition; ///< the first day of the next band, while absent
    PayBand nextBand = PayBand::NotAbsent;
    // Set by the pack-reading overload below; zero from the plain one.
    int lookbackMonths = 0;
    int fullPayAllowance = 0;
    int halfPayAllowance = 0;
    /// The allowance less what the window ending on asOf deducts from it, as the look-back counting
    /// policy says (days paid in full, or every sick day), never below zero: what an absence
    /// starting the next day would begin with.
    int fullPayDaysLeft = 0;
    int halfPayDaysLeft = 0;
};

/// `lookbackMonths` is the pack's `<pack>.lookback` amount; `calendar` gives its month arithmetic.
SickPayPosition sickPayPosition(const std::vector<PayProjection>& projections, Date asOf, int lookbackMonths,
                                const WorkingCalendar& calendar);
/// The same, with the look-back, the allowances and the days left read from the sick-pay pack;
/// InvalidRulePack when the pack lacks one of those rules.
Result<SickPayPosition> sickPayPosition(const RulePack& sickPayPack, const std::vector<PayProjection>& projections,
                                        Date asOf, const WorkingCalendar& calendar,
                                        SickPayLookback lookback = SickPayLookback::FullPayDays);

} // namespace casebook::core
