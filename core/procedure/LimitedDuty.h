// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/ProcedureIds.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// Police Regulations 2003 reg 28A and Annex EE categories.
enum class LimitedDutyCategory { Recuperative, Adjusted, ManagementRestricted };

/// A placement on limited duties with its local review dates (domain.md §4).
struct LimitedDuty {
    LimitedDutyId id;
    CaseId caseId;
    LimitedDutyCategory category = LimitedDutyCategory::Recuperative;
    Date start;
    std::optional<Date> end;
    std::string ohBasis;
    std::vector<Date> reviewDates; ///< local review dates; the adjusted 12-month review is derived
    std::string outcome;
    /// The rule pack version that governs its dates (issue 14, as UppProcedure's): pinned when the
    /// record is made and moved only by re-pinning. `pinnedVersion` 0: not pinned yet.
    std::string pinnedPack = {};
    int pinnedVersion = {};
    std::string pinReason = {};
    bool operator==(const LimitedDuty&) const = default;
};

} // namespace casebook::core
