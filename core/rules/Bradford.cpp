// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/Bradford.h"

#include <algorithm>

namespace casebook::core {

namespace {

void addSpell(BradfordScore& score, int days)
{
    score.spells += 1;
    score.days += days;
    score.score = static_cast<std::int64_t>(score.spells) * score.spells * score.days;
}

} // namespace

Result<BradfordResult> bradfordFactor(const RulePack& pack, const std::vector<SicknessSpell>& spells, Date asOf,
                                      const CountingPolicies& policies)
{
    const Rule* window = pack.find(pack.id + ".bradford.window");
    if (window == nullptr || window->kind != RuleKind::WeeksWindow) {
        return makeError(ErrorCode::InvalidRulePack,
                         "pack " + pack.id + " has no weeks_window rule " + pack.id + ".bradford.window");
    }
    BradfordResult result;
    result.windowEnd = asOf;
    constexpr int kDaysPerWeek = 7;
    result.windowStart = asOf.addDays(1 - window->amount * kDaysPerWeek);
    for (const SicknessSpell& spell : spells) {
        const Date last = std::min(spell.end.value_or(asOf), asOf);
        if (last < std::max(spell.start, result.windowStart)) {
            continue; // wholly before the window (or after asOf)
        }
        // A spell across the window's edge is one spell; its days are clipped or whole by policy.
        const Date first = policies.bradfordWindowEdge == BradfordWindowEdge::WholeSpell
                               ? spell.start
                               : std::max(spell.start, result.windowStart);
        const int days = first.daysUntil(last) + 1;
        addSpell(result.all, days);
        const bool adjustmentProtected =
            policies.bradfordProtected == BradfordProtected::DisabilityAndAdjustment && spell.coveredByAdjustment;
        if (!spell.disabilityRelated && !adjustmentProtected) {
            addSpell(result.excludingProtected, days);
        }
    }
    return result;
}

} // namespace casebook::core
