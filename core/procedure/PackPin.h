// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/Absence.h"
#include "procedure/Conduct.h"
#include "procedure/LimitedDuty.h"
#include "procedure/ProcedureRules.h"
#include "procedure/Retirement.h"
#include "rules/DeadlineEngine.h"
#include "rules/RulePack.h"
#include "rules/SickPay.h"

#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace casebook::core {

/// The record kinds besides UPP/UAP whose dates come from a rule pack and are pinned to one of its
/// versions (issue 14): `pinnedPack`, `pinnedVersion`, `pinReason`, as UppProcedure's.
template <typename T>
inline constexpr bool kPinnedKind =
    std::is_same_v<
        T,
        ConductReferral> || std::is_same_v<T, IllHealthRetirement> || std::is_same_v<T, InjuryAward> || std::is_same_v<T, LimitedDuty> || std::is_same_v<T, Absence>;

/// The pack (every version of it) a record's dates come from.
const RulePack& packOf(const ProcedureRules& rules, const ConductReferral& record);
const RulePack& packOf(const ProcedureRules& rules, const IllHealthRetirement& record);
const RulePack& packOf(const ProcedureRules& rules, const InjuryAward& record);
const RulePack& packOf(const ProcedureRules& rules, const LimitedDuty& record);
const RulePack& packOf(const ProcedureRules& rules, const Absence& record);

/// The date a version's transition `by` names for the record: `came_to_attention` is the date the
/// matter began (a conduct referral's date, the injury's date, the start of a limited duty or of an
/// absence, a retirement's earliest recorded step); any other name is a recorded event of the
/// record. nullopt when the record has no such date.
std::optional<Date> transitionDate(const ConductReferral& record, std::string_view by);
std::optional<Date> transitionDate(const IllHealthRetirement& record, std::string_view by);
std::optional<Date> transitionDate(const InjuryAward& record, std::string_view by);
std::optional<Date> transitionDate(const LimitedDuty& record, std::string_view by);
std::optional<Date> transitionDate(const Absence& record, std::string_view by);

/// The version of the record's pack its dates select now.
template <typename T> const RulePack& selectedVersion(const ProcedureRules& rules, const T& record)
{
    return packOf(rules, record).select([&record](std::string_view by) { return transitionDate(record, by); });
}

/// False while the record has no date to select a version by (a retirement with no step recorded,
/// which has no dates either): it is pinned when it has one.
template <typename T> bool canPin(const T& record)
{
    return transitionDate(record, "came_to_attention").has_value();
}

/// The version that governs the record: the pinned one (the selected one while not pinned).
/// nullptr when the record is pinned to a pack or version the loaded packs do not have.
template <typename T> const RulePack* governingVersion(const ProcedureRules& rules, const T& record)
{
    const RulePack& pack = packOf(rules, record);
    if (record.pinnedVersion == 0) {
        return &selectedVersion(rules, record);
    }
    return record.pinnedPack == pack.id ? pack.atVersion(record.pinnedVersion) : nullptr;
}

/// The dates the record's rules derive under `version` (one version of packOf(record); for a
/// retirement, its scheme's rules of that version). Target dates are filled as the engine does.
std::vector<DerivedDate> datesUnder(const DeadlineEngine& engine, const ConductReferral& record,
                                    const RulePack& version);
std::vector<DerivedDate> datesUnder(const DeadlineEngine& engine, const IllHealthRetirement& record,
                                    const RulePack& version);
std::vector<DerivedDate> datesUnder(const DeadlineEngine& engine, const InjuryAward& record, const RulePack& version);
std::vector<DerivedDate> datesUnder(const DeadlineEngine& engine, const LimitedDuty& record, const RulePack& version);

/// An absence's pay dates as dated rules of the sick-pay `version`: half pay and nil pay starting
/// (the full-pay and half-pay allowance rules) and the pay discretion reviews.
std::vector<DerivedDate> payDates(const PayProjection& projection, const RulePack& version);

} // namespace casebook::core
