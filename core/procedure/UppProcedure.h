// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/ProcedureEvent.h"
#include "procedure/ProcedureIds.h"
#include "rules/UppRegime.h"
#include "rules/UppValidator.h"

#include <optional>
#include <string>

namespace casebook::core {

/// Where a UPP/UAP matter stands. A regime has as many stages as its pack lists (the amended
/// regime two: its stage 2 is the former third).
enum class UppStage { NotStarted, First, Second, Third, Concluded };

/// An unsatisfactory performance or attendance procedure (Police (Performance) Regulations 2020).
struct UppProcedure {
    UppProcedureId id;
    CaseId caseId;
    UppGround kind = UppGround::Performance;
    Date cameToAttention;
    std::string cameToAttentionOf; ///< the line manager or chief officer it came to
    std::optional<UppProcedureId> linkedEarlierMatter;
    UppRegime derivedRegime;                 ///< filled by the service from the dates (a regime pack's key)
    std::optional<UppRegime> regimeOverride; ///< the user's choice against the derived regime
    std::string regimeOverrideReason;
    /// The rule pack version that governs the dates: pinned by the service when the record is made
    /// (the version the dates select then) and moved only by re-pinning, so a new pack version never
    /// moves an existing procedure's dates. `pinnedVersion` 0: not pinned yet.
    std::string pinnedPack;
    int pinnedVersion = 0;
    std::string pinReason; ///< why it is pinned to another version than its dates selected, or was re-pinned
    UppStage stage = UppStage::NotStarted;
    bool grossIncompetence = false;
    std::optional<Date> improvementPeriodStart; ///< if absent, the period runs from the WIN's date ("win_dated")
    std::optional<int> improvementPeriodMonths; ///< the period chosen in the notice; the end is derived from it
    std::optional<Date> improvementPeriodEnd;   ///< typed end: an override of the derived end, with a reason
    std::string improvementPeriodEndReason;
    bool exceptionalCircumstances = false;
    ProcedureEvents events;
    std::optional<ConductReferralId> pausedFor; ///< paused pending this conduct referral (regs 12, 14)
    std::optional<Date> pausedFrom;

    UppRegime regime() const { return regimeOverride.value_or(derivedRegime); }
    bool operator==(const UppProcedure&) const = default;
};

} // namespace casebook::core
