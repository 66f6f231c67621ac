// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/UppRegime.h"

namespace casebook::core {

namespace {

/// The citation and status of one of the amended pack's transition rules, if it ships it.
std::string transitionCitation(const RulePack& amended, std::string_view suffix)
{
    const Rule* rule = amended.find(amended.id + std::string(suffix));
    if (rule == nullptr) {
        return {};
    }
    return " (" + rule->citation.instrument + " " + rule->citation.provision + "; "
           + std::string(toString(rule->status)) + ")";
}

} // namespace

Result<RegimeDecision> deriveUppRegime(const RegimeInput& input, const RulePack& legacy, const RulePack& amended)
{
    if (input.cameToAttention < legacy.effectiveFrom) {
        return makeError(ErrorCode::RuleViolation, legacy.id + ": came to attention " + input.cameToAttention.toIso()
                                                       + ", before " + legacy.effectiveFrom.toIso()
                                                       + "; earlier Performance Regulations apply (not modelled)");
    }
    RegimeDecision decision;
    const std::string cutOver = amended.effectiveFrom.toIso();
    const std::string why = transitionCitation(amended, ".transition");
    if (input.cameToAttention < amended.effectiveFrom) {
        decision.derivedRegime = UppRegime::Legacy;
        decision.explanation = "came to attention " + input.cameToAttention.toIso() + ", before " + cutOver + why;
    } else if (input.linkedMatterRegime == UppRegime::Legacy) {
        decision.derivedRegime = UppRegime::Legacy;
        decision.explanation =
            "linked to an earlier matter under the legacy regime" + transitionCitation(amended, ".transition.linked");
    } else {
        decision.derivedRegime = UppRegime::Amended;
        decision.explanation = "came to attention " + input.cameToAttention.toIso() + ", on or after " + cutOver + why;
    }
    decision.regime = decision.derivedRegime;
    if (input.regimeOverride) {
        if (input.regimeOverride->reason.find_first_not_of(" \t\r\n") == std::string::npos) {
            return makeError(ErrorCode::InvalidArgument, "a regime override needs a reason");
        }
        decision.regime = input.regimeOverride->regime;
        decision.overridden = true;
        decision.overrideReason = input.regimeOverride->reason;
    }
    return decision;
}

} // namespace casebook::core
