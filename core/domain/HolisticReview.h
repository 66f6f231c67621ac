// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"
#include "support/Result.h"

#include <string>

namespace casebook::core {

/// One version of a case's structured holistic review. Saving makes a new version; none is overwritten.
struct HolisticReview {
    ReviewId id;
    CaseId caseId;
    int version = 0; ///< 1, 2, ... per case; assigned when saved
    Date reviewedOn;
    std::string reviewer;
    std::string background;
    std::string wellbeing;
    std::string attendance;
    std::string performance;
    std::string conduct;
    std::string adjustments;
    std::string occupationalHealth;
    std::string stakeholders;
    std::string recommendations;

    bool operator==(const HolisticReview&) const = default;
};

/// Case and reviewer required; every section within kMaxFreeTextChars.
Status validate(const HolisticReview& review);

} // namespace casebook::core
