// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/RulePack.h"
#include "support/Result.h"

#include <optional>
#include <string>

namespace casebook::core {

/// Which version of the Police (Performance) Regulations 2020 governs a UPP/UAP matter.
enum class UppRegime {
    Legacy,  ///< three stages, WIN and FWIN (came to attention 1 Feb 2020 to 27 May 2025)
    Amended, ///< two stages after SI 2025/558 (came to attention from 28 May 2025)
};

/// A user's decision to treat a matter under the other regime, with the reason recorded.
struct RegimeOverride {
    UppRegime regime = UppRegime::Legacy;
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
    UppRegime regime = UppRegime::Legacy;        ///< the regime to use (the override, if any)
    UppRegime derivedRegime = UppRegime::Legacy; ///< what the dates alone give
    bool overridden = false;
    std::string explanation; ///< e.g. "came to attention 2025-05-27, before 2025-05-28 (SI 2025/558 reg 65)"
    std::string overrideReason;
};

/// Derives the regime from the packs' effective dates: the amended pack's `effective.from` is the
/// cut-over. A matter linked to a legacy matter stays legacy (`upp.amended.transition.linked`: inferred,
/// by analogy with SI 2020/3 reg 3(2)(b)); each explanation cites the rule it rests on and its status.
/// RuleViolation if the matter came to attention before the legacy pack starts (2012 Regulations);
/// InvalidArgument for an override without a reason.
Result<RegimeDecision> deriveUppRegime(const RegimeInput& input, const RulePack& legacy, const RulePack& amended);

} // namespace casebook::core
