// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/ProcedureIds.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// One OH recommendation; it may become an adjustment or an action.
struct OhRecommendation {
    std::string text;
    std::optional<AdjustmentId> adjustment;
    std::optional<ActionPlanId> actionPlan;
    bool operator==(const OhRecommendation&) const = default;
};

/// The officer's consent to the OH report being shared, per audience. Empty: not asked yet.
struct OhConsent {
    std::optional<bool> given;
    bool sergeant = false;
    bool hr = false;
    bool lineManager = false;
    bool operator==(const OhConsent&) const = default;
};

/// An occupational health referral and what came back (domain.md §6).
struct OhReferral {
    OhReferralId id;
    CaseId caseId;
    Date referralDate;
    std::string reason;
    std::vector<std::string> questions;
    std::optional<Date> appointment;
    std::optional<Date> reportReceived;
    std::vector<OhRecommendation> recommendations;
    OhConsent consent;
    bool operator==(const OhReferral&) const = default;
};

} // namespace casebook::core
