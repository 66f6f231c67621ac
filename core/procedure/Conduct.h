// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/ProcedureIds.h"

#include <optional>
#include <string>

namespace casebook::core {

/// Severity assessment outcomes under the Police (Conduct) Regulations 2020.
enum class SeverityAssessment {
    Pending,
    NoCaseToAnswer,
    PracticeRequiringImprovement,
    Misconduct,
    GrossMisconduct,
    VettingReferral, ///< from 28 May 2025
};

/// A referral to PSD and its outcome; PSD holds the investigation (domain.md §8).
struct ConductReferral {
    ConductReferralId id;
    CaseId caseId;
    Date referralDate;
    std::string summary;
    SeverityAssessment severity = SeverityAssessment::Pending;
    std::string outcome;
    std::optional<Date> reportDate;       ///< misconduct meeting report given (basis of the appeal window)
    std::optional<Date> appealNoticeDate; ///< when the officer gave notice of appeal
    /// The rule pack version that governs its dates (issue 14, as UppProcedure's): pinned when the
    /// record is made and moved only by re-pinning. `pinnedVersion` 0: not pinned yet.
    std::string pinnedPack = {};
    int pinnedVersion = {};
    std::string pinReason = {};
    bool operator==(const ConductReferral&) const = default;
};

} // namespace casebook::core
