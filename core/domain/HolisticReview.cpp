// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/HolisticReview.h"

#include "domain/Validator.h"

namespace casebook::core {

Status validate(const HolisticReview& review)
{
    Validator v;
    v.check(review.caseId.value != 0, "case", "not_chosen", "must be chosen")
        .required("reviewer", review.reviewer)
        .maxLength("background", review.background, kMaxFreeTextChars)
        .maxLength("wellbeing", review.wellbeing, kMaxFreeTextChars)
        .maxLength("attendance", review.attendance, kMaxFreeTextChars)
        .maxLength("performance", review.performance, kMaxFreeTextChars)
        .maxLength("conduct", review.conduct, kMaxFreeTextChars)
        .maxLength("adjustments", review.adjustments, kMaxFreeTextChars)
        .maxLength("occupational health", review.occupationalHealth, kMaxFreeTextChars)
        .maxLength("stakeholders", review.stakeholders, kMaxFreeTextChars)
        .maxLength("recommendations", review.recommendations, kMaxFreeTextChars);
    return v.status();
}

} // namespace casebook::core
