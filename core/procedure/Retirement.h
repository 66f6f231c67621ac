// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/ProcedureEvent.h"
#include "procedure/ProcedureIds.h"

#include <optional>
#include <string>

namespace casebook::core {

/// The officer's pension scheme, which names the regulations that apply.
/// The police pension scheme an ill-health retirement runs under (named apart from Person's
/// PensionScheme, which also covers police staff).
enum class PolicePensionScheme { Pps1987, Nps2006, Cares2015 };

/// The police pension authority's decision on an ill-health retirement.
enum class PpaDecision { Pending, Retire, Retain };

/// An ill-health retirement. Steps are dated events named as in the ill-health pack
/// ("smp_report_received", "appeal_notice_received_by_ppa", "pmab_hearing_date") or record-only.
struct IllHealthRetirement {
    IllHealthRetirementId id;
    CaseId caseId;
    PolicePensionScheme scheme = PolicePensionScheme::Cares2015;
    ProcedureEvents steps;
    PpaDecision decision = PpaDecision::Pending;
    std::optional<Date> decisionDate;
    std::string decisionDetail; ///< retirement date and tier, or how the officer is retained
    /// The rule pack version that governs its dates (issue 14, as UppProcedure's): pinned when the
    /// record is made and moved only by re-pinning. `pinnedVersion` 0: not pinned yet.
    std::string pinnedPack = {};
    int pinnedVersion = {};
    std::string pinReason = {};
    bool operator==(const IllHealthRetirement&) const = default;
};

/// An injury award (Police (Injury Benefit) Regulations 2006); its SMP appeal window uses the
/// ill-health pack's rules on its own steps.
struct InjuryAward {
    InjuryAwardId id;
    CaseId caseId;
    Date injuryDate;
    std::string description;
    ProcedureEvents steps;
    std::string decision;
    std::optional<Date> decisionDate;
    /// The rule pack version that governs its dates (issue 14, as UppProcedure's): pinned when the
    /// record is made and moved only by re-pinning. `pinnedVersion` 0: not pinned yet.
    std::string pinnedPack = {};
    int pinnedVersion = {};
    std::string pinReason = {};
    bool operator==(const InjuryAward&) const = default;
};

} // namespace casebook::core
