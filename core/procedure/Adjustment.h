// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/ProcedureIds.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// Where a decision on a request stands (Equality Act 2010 s.20).
enum class AdjustmentDecision { Pending, Agreed, PartlyAgreed, Declined };

/// One reasonable adjustment request and its decision, review and passport version (domain.md §5).
struct Adjustment {
    AdjustmentId id;
    CaseId caseId;
    std::string measure; ///< what the adjustment is ("no night shifts", "a sit-stand desk")
    std::string barrier; ///< the barrier it removes
    Date requestedDate;
    std::string requestedBy;
    std::string ohAdvice;
    std::string accessToWorkAdvice;
    AdjustmentDecision decision = AdjustmentDecision::Pending;
    std::string rationale;
    std::string decisionMaker;
    std::optional<Date> decisionDate;
    std::optional<Date> implementedDate;
    std::optional<Date> reviewDate;
    std::string passportVersion;           ///< workplace adjustments passport version that records it
    std::vector<UppProcedureId> linkedUpp; ///< UPP/UAP procedures it was considered for
    bool operator==(const Adjustment&) const = default;
};

} // namespace casebook::core
