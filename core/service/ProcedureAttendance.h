// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"
#include "procedure/Absence.h"
#include "procedure/ProcedureIds.h"
#include "procedure/ProcedureRules.h"
#include "rules/Bradford.h"
#include "rules/SickPay.h"
#include "store/Database.h"
#include "support/Result.h"

#include <string_view>
#include <vector>

namespace casebook::core {

/// The rules a person's absences must keep for their pay to be worked out; a RuleViolation from
/// ProcedureAttendance starts its detail with one of these ids.
inline constexpr std::string_view kAbsenceNoOverlapRule = "absence.no_overlap";
inline constexpr std::string_view kAbsenceEndsAfterStartRule = "absence.ends_after_start";

/// The projected pay of one stored absence.
struct AbsencePay {
    AbsenceId absence;
    CaseId caseId;
    PayProjection projection;               ///< full, half and nil pay dates and the pay discretion reviews
    std::vector<SickPayDecision> decisions; ///< pay discretion decisions recorded on the absence
};

/// A person's sickness picture on a date: pay projections and the Bradford factor.
struct AttendanceReport {
    PersonId person;
    Date asOf;
    std::vector<AbsencePay> pay; ///< one per absence across all the person's cases, by start date
    BradfordResult bradford;     ///< with and without disability-related and adjustment-covered absences
    SickPayPosition sickPay;     ///< the band on asOf, days used in the look-back window and days left
};

/// Reads a person's absences and applies the existing SickPay and Bradford rules with the
/// sick-pay pack (allowances, look-back, review lead days: default 28, local policy; window 52 weeks).
class ProcedureAttendance {
public:
    ProcedureAttendance(Database& db, const ProcedureRules& rules);

    /// RuleViolation (detail "absence.no_overlap: ...", naming both records) when two of the
    /// person's absences overlap (across cases too), or one ends before it starts.
    Result<AttendanceReport> forPerson(PersonId person, Date asOf) const;
    /// The pay projections alone, by start date.
    Result<std::vector<AbsencePay>> payFor(PersonId person) const;

private:
    struct Spells {
        std::vector<Absence> absences; ///< by start date
        std::vector<SicknessSpell> spells;
    };
    Result<Spells> spellsOf(PersonId person) const;

    Database& m_db;
    const ProcedureRules& m_rules;
};

} // namespace casebook::core
