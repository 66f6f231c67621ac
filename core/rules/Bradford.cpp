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

Result<BradfordResult> bradfordFactor(const RulePack& pack, const std::vector<SicknessSpell>& spells, Date asOf)
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
        const Date first = std::max(spell.start, result.windowStart);
        const Date last = std::min(spell.end.value_or(asOf), asOf);
        if (last < first) {
            continue;
        }
        const int days = first.daysUntil(last) + 1;
        addSpell(result.all, days);
        if (!spell.disabilityRelated && !spell.coveredByAdjustment) {
            addSpell(result.excludingProtected, days);
        }
    }
    return result;
}

} // namespace casebook::core
