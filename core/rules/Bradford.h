// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/CountingPolicies.h"
#include "rules/RulePack.h"
#include "rules/SickPay.h"
#include "support/Result.h"

#include <cstdint>
#include <vector>

namespace casebook::core {

/// Bradford factor S² × D for one selection of spells.
struct BradfordScore {
    int spells = 0;
    int days = 0; ///< calendar days of absence inside the window
    std::int64_t score = 0;
    bool operator==(const BradfordScore&) const = default;
};

/// The Bradford factor over a rolling window, with and without protected absences.
struct BradfordResult {
    Date windowStart;
    Date windowEnd;
    BradfordScore all;
    /// Leaves out disability-related absences and (by default; CountingPolicies::bradfordProtected)
    /// absences covered by agreed adjustments (Equality Act 2010 s.20): the figure a fair trigger
    /// decision should use.
    BradfordScore excludingProtected;
};

/// Scores spells that overlap the window of the pack's "<pack>.bradford.window" weeks ending on
/// `asOf` (inclusive). Days are calendar days clipped to the window; an ongoing spell runs to `asOf`.
/// Trigger points are local policy and not part of this calculation. `policies` decide a spell across
/// the window's edge (clipped by default) and what "protected" leaves out (disability and adjustments).
Result<BradfordResult> bradfordFactor(const RulePack& sickPayPack, const std::vector<SicknessSpell>& spells, Date asOf,
                                      const CountingPolicies& policies = {});

} // namespace casebook::core
