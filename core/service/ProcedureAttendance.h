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
/// An absence pinned to a sick-pay pack version the loaded packs do not have (issue 14).
inline constexpr std::string_view kAbsencePinnedVersionRule = "absence.pinned_version";

/// The projected pay of one stored absence.
struct AbsencePay {
    AbsenceId absence;
    CaseId caseId;
    PayProjection projection;               ///< full, half and nil pay dates and the pay discretion reviews
    std::vector<SickPayDecision> decisions; ///< pay discretion decisions recorded on the absence
    /// The sick-pay pack version the projection was worked out under: the absence's pinned one.
    int packVersion = {};
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
/// Each absence's pay is worked out under the sick-pay version it is pinned to (issue 14), counting
/// the person's earlier absences by that version's rules. The Bradford factor and the position on a
/// day use the version of the person's latest absence starting on or before that day (the absence
/// whose pay the position reports), else the version that day selects.
class ProcedureAttendance {
public:
    ProcedureAttendance(Database& db, const ProcedureRules& rules);

    /// RuleViolation (detail "absence.no_overlap: ...", naming both records) when two of the
    /// person's absences overlap (across cases too), or one ends before it starts.
    Result<AttendanceReport> forPerson(PersonId person, Date asOf) const;
    /// The pay projections alone, by start date.
    Result<std::vector<AbsencePay>> payFor(PersonId person) const;
    /// One absence's pay worked out under `version` of the sick-pay pack (re-pinning's preview),
    /// with the person's other absences as stored.
    Result<PayProjection> payUnder(const Absence& absence, const RulePack& version) const;

private:
    struct Spells {
        std::vector<Absence> absences; ///< by start date
        std::vector<SicknessSpell> spells;
    };
    Result<Spells> spellsOf(PersonId person) const;
    Result<PersonId> personOf(CaseId caseId) const;

    Database& m_db;
    const ProcedureRules& m_rules;
};

} // namespace casebook::core
