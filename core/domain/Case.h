// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "support/Result.h"

#include <array>
#include <optional>
#include <set>
#include <string>

namespace casebook::core {

enum class CaseType {
    ReasonableAdjustments,
    Upp,
    Uap,
    Sickness,
    LimitedDuties,
    OccupationalHealth,
    Conduct,
    IllHealthRetirement,
    ActionPlan,
    Wellbeing,
};
enum class CaseStatus { Open, Monitoring, Paused, Closed };
enum class Rag { Red, Amber, Green };
enum class CaseOutcome {
    ReturnedToFullDuties,
    AdjustmentsAgreed,
    UppOutcome,
    IllHealthRetirement,
    Resignation,
    Dismissal,
    Other,
};

/// One case about one person: several procedures may run in it at once (its types).
struct Case {
    CaseId id;
    PersonId person;
    std::string summary; ///< a one-line description the caseload list shows
    std::set<CaseType> types;
    CaseStatus status = CaseStatus::Open;
    Rag rag = Rag::Green;
    std::string owner;
    Date opened;
    std::optional<Date> closed;
    std::optional<Date> nextReview;
    std::optional<CaseOutcome> outcome;
    std::string outcomeNote;

    bool operator==(const Case&) const = default;
};

/// Person set, at least one type, closed only with status Closed (and then required), no date
/// before the opening date, outcome only on a closed case, text within limits.
Status validate(const Case& value);

template <> struct EnumCodes<CaseType> {
    static constexpr std::array entries{
        CodeEntry<CaseType>{CaseType::ReasonableAdjustments, "reasonable_adjustments"},
        CodeEntry<CaseType>{CaseType::Upp, "upp"},
        CodeEntry<CaseType>{CaseType::Uap, "uap"},
        CodeEntry<CaseType>{CaseType::Sickness, "sickness"},
        CodeEntry<CaseType>{CaseType::LimitedDuties, "limited_duties"},
        CodeEntry<CaseType>{CaseType::OccupationalHealth, "occupational_health"},
        CodeEntry<CaseType>{CaseType::Conduct, "conduct"},
        CodeEntry<CaseType>{CaseType::IllHealthRetirement, "ill_health_retirement"},
        CodeEntry<CaseType>{CaseType::ActionPlan, "action_plan"},
        CodeEntry<CaseType>{CaseType::Wellbeing, "wellbeing"},
    };
};
template <> struct EnumCodes<CaseStatus> {
    static constexpr std::array entries{
        CodeEntry<CaseStatus>{CaseStatus::Open, "open"},
        CodeEntry<CaseStatus>{CaseStatus::Monitoring, "monitoring"},
        CodeEntry<CaseStatus>{CaseStatus::Paused, "paused"},
        CodeEntry<CaseStatus>{CaseStatus::Closed, "closed"},
    };
};
template <> struct EnumCodes<Rag> {
    static constexpr std::array entries{CodeEntry<Rag>{Rag::Red, "red"}, CodeEntry<Rag>{Rag::Amber, "amber"},
                                        CodeEntry<Rag>{Rag::Green, "green"}};
};
template <> struct EnumCodes<CaseOutcome> {
    static constexpr std::array entries{
        CodeEntry<CaseOutcome>{CaseOutcome::ReturnedToFullDuties, "returned_to_full_duties"},
        CodeEntry<CaseOutcome>{CaseOutcome::AdjustmentsAgreed, "adjustments_agreed"},
        CodeEntry<CaseOutcome>{CaseOutcome::UppOutcome, "upp_outcome"},
        CodeEntry<CaseOutcome>{CaseOutcome::IllHealthRetirement, "ill_health_retirement"},
        CodeEntry<CaseOutcome>{CaseOutcome::Resignation, "resignation"},
        CodeEntry<CaseOutcome>{CaseOutcome::Dismissal, "dismissal"},
        CodeEntry<CaseOutcome>{CaseOutcome::Other, "other"},
    };
};

} // namespace casebook::core
