// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Ids.h"

#include <compare>
#include <cstdint>

namespace casebook::core {

/// A strong row id for one kind of procedure record; zero means "not saved yet".
template <typename Tag> struct ProcedureRecordId {
    std::int64_t value = 0;
    bool isNew() const { return value == 0; }
    auto operator<=>(const ProcedureRecordId&) const = default;
};

using AdjustmentId = ProcedureRecordId<struct AdjustmentTag>;
using AbsenceId = ProcedureRecordId<struct AbsenceTag>;
using LimitedDutyId = ProcedureRecordId<struct LimitedDutyTag>;
using OhReferralId = ProcedureRecordId<struct OhReferralTag>;
using UppProcedureId = ProcedureRecordId<struct UppProcedureTag>;
using ConductReferralId = ProcedureRecordId<struct ConductReferralTag>;
using IllHealthRetirementId = ProcedureRecordId<struct IllHealthRetirementTag>;
using InjuryAwardId = ProcedureRecordId<struct InjuryAwardTag>;
using ActionPlanId = ProcedureRecordId<struct ActionPlanTag>;
using DateOverrideId = ProcedureRecordId<struct DateOverrideTag>;
using DateClosureId = ProcedureRecordId<struct DateClosureTag>;

} // namespace casebook::core
