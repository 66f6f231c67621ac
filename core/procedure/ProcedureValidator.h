// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/DateClosure.h"
#include "procedure/DateOverride.h"
#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"
#include "procedure/Retirement.h"
#include "procedure/UppProcedure.h"
#include "rules/DeadlineEngine.h"
#include "rules/RulePack.h"
#include "support/Result.h"

namespace casebook::core {

/// Checks procedure records before they are stored. Missing or inconsistent facts are
/// InvalidArgument and the detail names the field ("adjustment.rationale: ..."); a breach of a
/// procedural rule is RuleViolation and the detail starts with the rule id.
class ProcedureValidator {
public:
    static Status check(const Adjustment& record);
    static Status check(const Absence& record);
    static Status check(const LimitedDuty& record);
    static Status check(const OhReferral& record);
    static Status check(const ConductReferral& record);
    static Status check(const IllHealthRetirement& record);
    static Status check(const InjuryAward& record);
    static Status check(const ActionPlan& record);
    static Status check(const DateOverride& record);
    static Status check(const DateClosure& record);
    /// Field checks plus the regime pack's rules through `checkUpp` (no FWIN in the amended
    /// regime, gross incompetence never for attendance, improvement-period caps, event order).
    static Status check(const UppProcedure& record, const RulePack& regimePack, const DeadlineEngine& engine);
};

} // namespace casebook::core
