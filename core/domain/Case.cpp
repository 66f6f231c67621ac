// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Case.h"

#include "domain/Validator.h"

namespace casebook::core {

Status validate(const Case& value)
{
    Validator v;
    const bool isClosed = value.status == CaseStatus::Closed;
    v.check(value.person.value != 0, "person", "not_chosen", "must be chosen")
        .check(!value.types.empty(), "types", "case.no_types", "must include at least one case type")
        .maxLength("summary", value.summary)
        .maxLength("owner", value.owner)
        .maxLength("outcome note", value.outcomeNote, kMaxFreeTextChars)
        .check(!isClosed || value.closed.has_value(), "closed date", "case.closed_date_missing",
               "is required when the case is closed")
        .check(isClosed || !value.closed.has_value(), "closed date", "case.closed_date_on_open_case",
               "is only set on a closed case")
        .check(isClosed || !value.outcome.has_value(), "outcome", "case.outcome_on_open_case",
               "is only recorded on a closed case")
        .notBefore("closed date", value.closed, "the opening date", value.opened)
        .notBefore("next review", value.nextReview, "the opening date", value.opened);
    return v.status();
}

} // namespace casebook::core
