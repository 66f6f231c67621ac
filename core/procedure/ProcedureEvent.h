// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"

#include <string>
#include <vector>

namespace casebook::core {

/// A dated step of a procedure. `name` is a rule pack basis or target event ("win_received",
/// "smp_report_received") so the deadline engine can derive dates from it, or a record-only
/// step (a meeting, an outcome) the packs do not time.
struct ProcedureEvent {
    std::string name;
    Date date;
    std::string note;
    bool operator==(const ProcedureEvent&) const = default;
};

using ProcedureEvents = std::vector<ProcedureEvent>;

} // namespace casebook::core
