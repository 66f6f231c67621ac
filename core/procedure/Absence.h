// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "procedure/ProcedureIds.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// A fit note covering part of an absence.
struct FitNote {
    Date from;
    Date to;
    std::string note;
    bool operator==(const FitNote&) const = default;
};

/// The pay change a discretion decision is about.
enum class SickPayTransition { HalfPay, NilPay };
/// What the chief officer decided at a pay discretion review (Police Regulations 2003 reg 28).
enum class SickPayDecisionKind { Maintain, Restore, ApplyReduction };

/// A recorded pay discretion decision with its rationale.
struct SickPayDecision {
    SickPayTransition transition = SickPayTransition::HalfPay;
    SickPayDecisionKind decision = SickPayDecisionKind::ApplyReduction;
    std::string rationale;
    std::string decidedBy;
    Date decidedOn;
    bool operator==(const SickPayDecision&) const = default;
};

/// One spell of sickness absence with its flags, fit notes and pay decisions (domain.md §3).
struct Absence {
    AbsenceId id;
    CaseId caseId;
    Date start;
    std::optional<Date> end; ///< last day of absence; empty while ongoing
    std::string reasonCategory;
    bool workRelated = false;
    bool assaultOnDuty = false; ///< Operation Hampshire
    bool disabilityRelated = false;
    bool coveredByAdjustment = false;
    std::vector<FitNote> fitNotes;
    std::optional<Date> returnToWorkInterview;
    std::vector<SickPayDecision> payDecisions;
    /// The rule pack version that governs its dates (issue 14, as UppProcedure's): pinned when the
    /// record is made and moved only by re-pinning. `pinnedVersion` 0: not pinned yet.
    std::string pinnedPack = {};
    int pinnedVersion = {};
    std::string pinReason = {};
    bool operator==(const Absence&) const = default;
};

} // namespace casebook::core
