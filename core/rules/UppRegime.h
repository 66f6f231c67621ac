// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/RulePack.h"
#include "support/Result.h"

#include <compare>
#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// Which version of the Police (Performance) Regulations 2020 governs a UPP/UAP matter: the key its
/// regime pack declares (`regime.key`: "legacy", three stages, WIN and FWIN; "amended", two stages
/// after SI 2025/558; or any regime a further pack adds). Resolved against the loaded packs
/// (ProcedureRules::uppPack); empty until derived.
struct UppRegime {
    std::string key;
    auto operator<=>(const UppRegime&) const = default;
};

/// A user's decision to treat a matter under another regime, with the reason recorded.
struct RegimeOverride {
    UppRegime regime;
    std::string reason;
};

/// What the regime derivation needs from a UPP/UAP record.
struct RegimeInput {
    Date cameToAttention;                        ///< date it came to the line manager's or a chief officer's attention
    std::optional<UppRegime> linkedMatterRegime; ///< regime of an earlier matter this one is linked to
    std::optional<RegimeOverride> regimeOverride;
};

/// The regime a matter runs under and why.
struct RegimeDecision {
    UppRegime regime;        ///< the regime to use (the override, if any)
    UppRegime derivedRegime; ///< what the dates alone give
    bool overridden = false;
    std::string explanation; ///< e.g. "came to attention 2025-05-27, before 2025-05-28 (SI 2025/558 reg 65)"
    std::string overrideReason;
};

/// Derives the regime from the regime packs' effective dates (`packs`: every loaded UPP/UAP pack,
/// each with a `regime`, in any order): the pack with the latest `effective.from` not after the date
/// the matter came to attention; each pack's `effective.from` is its cut-over. A matter linked to a
/// matter under an earlier regime stays under that regime (`<pack>.transition.linked` of the pack
/// the dates give, e.g. `upp.amended.transition.linked`: inferred, by analogy with SI 2020/3 reg
/// 3(2)(b)); each explanation cites the transition rule it rests on and its status.
/// RuleViolation if the matter came to attention before the earliest pack starts (2012
/// Regulations); InvalidArgument for an override without a reason or a regime no pack declares;
/// NotFound when no regime pack is loaded.
Result<RegimeDecision> deriveUppRegime(const RegimeInput& input, std::vector<const RulePack*> packs);

} // namespace casebook::core
