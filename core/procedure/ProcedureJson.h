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

#include <nlohmann/json_fwd.hpp>

namespace casebook::core {

/// The JSON form of each procedure record (dates ISO, enums their stable codes, missing values
/// null). The audit log digests it (ChangeDigest) and exports can reuse it.
nlohmann::json procedureJson(const Adjustment& record);
nlohmann::json procedureJson(const Absence& record);
nlohmann::json procedureJson(const LimitedDuty& record);
nlohmann::json procedureJson(const OhReferral& record);
nlohmann::json procedureJson(const UppProcedure& record);
nlohmann::json procedureJson(const ConductReferral& record);
nlohmann::json procedureJson(const IllHealthRetirement& record);
nlohmann::json procedureJson(const InjuryAward& record);
nlohmann::json procedureJson(const ActionPlan& record);
nlohmann::json procedureJson(const DateOverride& record);
nlohmann::json procedureJson(const DateClosure& record);

} // namespace casebook::core
