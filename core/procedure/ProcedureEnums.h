// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/EnumCodes.h"
#include "procedure/Absence.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/LimitedDuty.h"
#include "procedure/Retirement.h"
#include "procedure/UppProcedure.h"

#include <array>

namespace casebook::core {

// Stable storage codes of the procedure enums (and of the rules' UppGround, which procedures
// store); read and written with toCode / fromCode. A UPP/UAP regime is stored as its pack's key.

template <> struct EnumCodes<AdjustmentDecision> {
    static constexpr std::array<CodeEntry<AdjustmentDecision>, 4> entries{{{AdjustmentDecision::Pending, "pending"},
                                                                           {AdjustmentDecision::Agreed, "agreed"},
                                                                           {AdjustmentDecision::PartlyAgreed, "partly"},
                                                                           {AdjustmentDecision::Declined, "declined"}}};
};
template <> struct EnumCodes<SickPayTransition> {
    static constexpr std::array<CodeEntry<SickPayTransition>, 2> entries{
        {{SickPayTransition::HalfPay, "half_pay"}, {SickPayTransition::NilPay, "nil_pay"}}};
};
template <> struct EnumCodes<SickPayDecisionKind> {
    static constexpr std::array<CodeEntry<SickPayDecisionKind>, 3> entries{
        {{SickPayDecisionKind::Maintain, "maintain"},
         {SickPayDecisionKind::Restore, "restore"},
         {SickPayDecisionKind::ApplyReduction, "apply_reduction"}}};
};
template <> struct EnumCodes<LimitedDutyCategory> {
    static constexpr std::array<CodeEntry<LimitedDutyCategory>, 3> entries{
        {{LimitedDutyCategory::Recuperative, "recuperative"},
         {LimitedDutyCategory::Adjusted, "adjusted"},
         {LimitedDutyCategory::ManagementRestricted, "management_restricted"}}};
};
template <> struct EnumCodes<UppGround> {
    static constexpr std::array<CodeEntry<UppGround>, 2> entries{
        {{UppGround::Performance, "performance"}, {UppGround::Attendance, "attendance"}}};
};
template <> struct EnumCodes<UppStage> {
    static constexpr std::array<CodeEntry<UppStage>, 5> entries{{{UppStage::NotStarted, "not_started"},
                                                                 {UppStage::First, "first"},
                                                                 {UppStage::Second, "second"},
                                                                 {UppStage::Third, "third"},
                                                                 {UppStage::Concluded, "concluded"}}};
};
template <> struct EnumCodes<SeverityAssessment> {
    static constexpr std::array<CodeEntry<SeverityAssessment>, 6> entries{
        {{SeverityAssessment::Pending, "pending"},
         {SeverityAssessment::NoCaseToAnswer, "no_case_to_answer"},
         {SeverityAssessment::PracticeRequiringImprovement, "practice_requiring_improvement"},
         {SeverityAssessment::Misconduct, "misconduct"},
         {SeverityAssessment::GrossMisconduct, "gross_misconduct"},
         {SeverityAssessment::VettingReferral, "vetting_referral"}}};
};
template <> struct EnumCodes<PolicePensionScheme> {
    static constexpr std::array<CodeEntry<PolicePensionScheme>, 3> entries{
        {{PolicePensionScheme::Pps1987, "pps_1987"},
         {PolicePensionScheme::Nps2006, "nps_2006"},
         {PolicePensionScheme::Cares2015, "care_2015"}}};
};
template <> struct EnumCodes<PpaDecision> {
    static constexpr std::array<CodeEntry<PpaDecision>, 3> entries{
        {{PpaDecision::Pending, "pending"}, {PpaDecision::Retire, "retire"}, {PpaDecision::Retain, "retain"}}};
};

} // namespace casebook::core
