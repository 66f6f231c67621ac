// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "procedure/UppProcedure.h"
#include "rules/CountingPolicies.h"
#include "rules/DeadlineEngine.h"
#include "rules/RulePack.h"
#include "rules/UppRegime.h"
#include "rules/WorkingCalendar.h"
#include "support/Result.h"

#include <filesystem>
#include <vector>

namespace casebook::core {

/// The working calendar and the rule packs the procedure services use, loaded from one resources
/// directory (`<dir>/calendars/bank-holidays.json`, `<dir>/rules/*.json`) so the app, the CLI and
/// the tests each pass their own. Keep it alive while an engine() made from it is in use.
struct ProcedureRules {
    WorkingCalendar calendar;
    /// The UPP/UAP regime packs: every pack in the rules directory that declares a `regime`
    /// (upp-legacy.json, upp-amended.json, and any further regime dropped in), oldest
    /// `effective.from` first.
    std::vector<RulePack> upp;
    RulePack conduct;
    RulePack illHealth;     ///< scheme-specific rules: use forVariant(illHealth, toCode(scheme))
    RulePack injuryBenefit; ///< injury awards (Police (Injury Benefit) Regulations 2006)
    RulePack limitedDuties;
    RulePack sickPay;
    CountingPolicies policies; ///< the force's counting choices (defaults until a force sets them)

    /// InvalidRulePack (or Io) naming the file that failed: a pack with problems, a file in the
    /// rules directory that is not JSON, two regime packs with one key, or no regime pack.
    static Result<ProcedureRules> load(const std::filesystem::path& resourcesDir);

    DeadlineEngine engine() const { return DeadlineEngine(calendar); }
    /// Every pack, the regime packs first (oldest first), for lists and overrides.
    std::vector<const RulePack*> allPacks() const;
    std::vector<RulePack*> allPacks();
    /// The regime packs, oldest first.
    std::vector<const RulePack*> uppPacks() const;
    /// The regime pack whose key is `regime`; nullptr when no loaded pack declares it.
    const RulePack* uppPack(const UppRegime& regime) const;
    /// The version of the record's regime pack that its dates select now (by each version's
    /// transition: the date it came to attention, or a recorded event's date); nullptr when its
    /// regime is not loaded.
    const RulePack* uppSelectedVersion(const UppProcedure& record) const;
    /// The version that governs the record: the pinned one (the selected one while not pinned).
    /// nullptr when the record is pinned to a pack or version the loaded packs do not have.
    const RulePack* uppPackFor(const UppProcedure& record) const;
};

} // namespace casebook::core
