// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/ProcedureIds.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// One objective of an action plan with its owner and due date.
struct ActionObjective {
    std::string text;
    std::string owner;
    std::optional<Date> due;
    std::optional<Date> completed;
    bool operator==(const ActionObjective&) const = default;
};

/// A dated review of an action plan.
struct ActionReview {
    Date date;
    std::string note;
    bool operator==(const ActionReview&) const = default;
};

/// An action plan agreed for a case.
struct ActionPlan {
    ActionPlanId id;
    CaseId caseId;
    std::string title;
    Date agreedOn;
    std::vector<ActionObjective> objectives;
    std::vector<ActionReview> reviews;
    bool operator==(const ActionPlan&) const = default;
};

} // namespace casebook::core
