// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/UppRegime.h"

#include <algorithm>

namespace casebook::core {

namespace {

/// The citation and status of one of a pack's transition rules, if it ships it.
std::string transitionCitation(const RulePack& pack, std::string_view suffix)
{
    const Rule* rule = pack.find(pack.id + std::string(suffix));
    if (rule == nullptr) {
        return {};
    }
    return " (" + rule->citation.instrument + " " + rule->citation.provision + "; "
           + std::string(toString(rule->status)) + ")";
}

std::string knownKeys(const std::vector<const RulePack*>& packs)
{
    std::string keys;
    for (const RulePack* pack : packs) {
        keys += (keys.empty() ? "" : ", ") + pack->regime->key;
    }
    return keys;
}

/// Where `key` sits in `packs` (oldest first), or packs.size().
std::size_t indexOf(const std::vector<const RulePack*>& packs, const UppRegime& key)
{
    const auto it =
        std::find_if(packs.begin(), packs.end(), [&key](const RulePack* pack) { return pack->regime->key == key.key; });
    return static_cast<std::size_t>(it - packs.begin());
}

/// Why the dates give packs[chosen]: on or after its cut-over (if a regime came before it), before
/// the next regime's (if one comes after it).
std::string dateExplanation(const std::vector<const RulePack*>& packs, std::size_t chosen, Date cameToAttention)
{
    std::string text = "came to attention " + cameToAttention.toIso();
    const RulePack& pack = *packs[chosen];
    if (chosen > 0 || chosen + 1 == packs.size()) {
        text += ", on or after " + pack.effectiveFrom.toIso() + transitionCitation(pack, ".transition");
    }
    if (chosen + 1 < packs.size()) {
        const RulePack& next = *packs[chosen + 1];
        text += ", before " + next.effectiveFrom.toIso() + transitionCitation(next, ".transition");
    }
    return text;
}

} // namespace

Result<RegimeDecision> deriveUppRegime(const RegimeInput& input, std::vector<const RulePack*> packs)
{
    std::erase_if(packs, [](const RulePack* pack) { return pack == nullptr || !pack->regime; });
    if (packs.empty()) {
        return makeError(ErrorCode::NotFound, "no UPP/UAP regime pack is loaded");
    }
    std::stable_sort(packs.begin(), packs.end(),
                     [](const RulePack* a, const RulePack* b) { return a->effectiveFrom < b->effectiveFrom; });
    const RulePack& earliest = *packs.front();
    if (input.cameToAttention < earliest.effectiveFrom) {
        Error error =
            makeError(ErrorCode::RuleViolation, earliest.id + ": came to attention " + input.cameToAttention.toIso()
                                                    + ", before " + earliest.effectiveFrom.toIso()
                                                    + "; earlier Performance Regulations apply (not modelled)");
        error.problems.push_back(Problem{"cameToAttention",
                                         "upp_regime.before_first",
                                         {input.cameToAttention.toIso(), earliest.effectiveFrom.toIso()}});
        return error;
    }
    std::size_t chosen = 0;
    while (chosen + 1 < packs.size() && !(input.cameToAttention < packs[chosen + 1]->effectiveFrom)) {
        ++chosen;
    }
    RegimeDecision decision;
    if (input.linkedMatterRegime) {
        const std::size_t linked = indexOf(packs, *input.linkedMatterRegime);
        if (linked == packs.size()) {
            return makeError(ErrorCode::InvalidArgument, "the linked matter's regime '" + input.linkedMatterRegime->key
                                                             + "' is not a loaded regime (" + knownKeys(packs) + ")");
        }
        if (linked < chosen) { // a later matter linked to one under an earlier regime stays under it
            decision.derivedRegime = *input.linkedMatterRegime;
            decision.explanation = "linked to an earlier matter under the " + input.linkedMatterRegime->key + " regime"
                                   + transitionCitation(*packs[chosen], ".transition.linked");
        }
    }
    if (decision.derivedRegime.key.empty()) {
        decision.derivedRegime = UppRegime{packs[chosen]->regime->key};
        decision.explanation = dateExplanation(packs, chosen, input.cameToAttention);
    }
    decision.regime = decision.derivedRegime;
    if (input.regimeOverride) {
        if (input.regimeOverride->reason.find_first_not_of(" \t\r\n") == std::string::npos) {
            return makeError(ErrorCode::InvalidArgument, "a regime override needs a reason");
        }
        if (indexOf(packs, input.regimeOverride->regime) == packs.size()) {
            return makeError(ErrorCode::InvalidArgument, "the regime chosen, '" + input.regimeOverride->regime.key
                                                             + "', is not a loaded regime (" + knownKeys(packs) + ")");
        }
        decision.regime = input.regimeOverride->regime;
        decision.overridden = true;
        decision.overrideReason = input.regimeOverride->reason;
    }
    return decision;
}

} // namespace casebook::core
