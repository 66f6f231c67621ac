// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/ChronologyEntry.h"

#include "domain/Validator.h"

namespace casebook::core {

Status validate(const ChronologyEntry& entry)
{
    Validator v;
    v.check(entry.caseId.value != 0, "case", "not_chosen", "must be chosen")
        .required("title", entry.title)
        .maxLength("body", entry.body, kMaxFreeTextChars)
        .maxLength("author", entry.author);
    const bool isDecision = entry.kind == EntryKind::Decision;
    v.check(!isDecision || entry.decision.has_value(), "decision", "chronology.decision_missing",
            "is required on a decision entry")
        .check(isDecision || !entry.decision.has_value(), "decision", "chronology.decision_on_other_entry",
               "is only recorded on a decision entry")
        .check(!isDecision || entry.medicalDetail.empty(), "medical detail",
               "chronology.medical_detail_outside_rationale", "goes in the medical rationale on a decision entry")
        .maxLength("medical detail", entry.medicalDetail, kMaxFreeTextChars);
    if (entry.decision.has_value()) {
        const DecisionRecord& d = *entry.decision;
        v.required("decision", d.decision, kMaxFreeTextChars)
            .maxLength("options considered", d.optionsConsidered, kMaxFreeTextChars)
            .required("rationale", d.rationale, kMaxFreeTextChars)
            .required("decided by", d.decidedBy)
            .maxLength("medical rationale", d.medicalRationale, kMaxFreeTextChars);
    }
    return v.status();
}

Status validate(const EntryAmendment& amendment)
{
    Validator v;
    v.check(amendment.entryId.value != 0, "entry", "not_chosen", "must be chosen")
        .required("reason", amendment.reason, kMaxFreeTextChars)
        .required("correction", amendment.correction, kMaxFreeTextChars)
        .maxLength("amended by", amendment.amendedBy);
    return v.status();
}

} // namespace casebook::core
