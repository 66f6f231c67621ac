// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/ProcedureIds.h"

#include <cstdint>
#include <string>

namespace casebook::core {

/// A local replacement of one derived date on one record, with the reason and the shipped value.
struct DateOverride {
    DateOverrideId id;
    CaseId caseId;
    std::string recordType; ///< e.g. "upp_procedure", "absence"
    std::int64_t recordId = 0;
    std::string ruleId;
    Date shippedDate; ///< what the rule gave when the override was recorded
    Date date;
    std::string reason;
    bool operator==(const DateOverride&) const = default;
};

} // namespace casebook::core
