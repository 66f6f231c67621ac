// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/ProcedureAttendance.h"

#include "procedure/PackPin.h"
#include "repo/ProcedureRepository.h"

#include <algorithm>
#include <map>

namespace casebook::core {

ProcedureAttendance::ProcedureAttendance(Database& db, const ProcedureRules& rules)
    : m_db(db)
    , m_rules(rules)
{
}

Result<ProcedureAttendance::Spells> ProcedureAttendance::spellsOf(PersonId person) const
{
    Result<std::vector<Absence>> absences = ProcedureRepository<Absence>(m_db).listForPerson(person);
    if (!absences) {
        return absences.error();
    }
    Spells out;
    out.absences = std::move(*absences);
    // projectSickPay returns projections in start order; sorting first keeps them aligned.
    std::stable_sort(out.absences.begin(), out.absences.end(),
                     [](const Absence& a, const Absence& b) { return a.start < b.start; });
    // Checked here, with the records named, so that a caller can say which record is at fault
    // (ProcedureDueDates shows it in place of the person's pay dates). The service refuses both
    // when an absence is typed; an older import or a damaged copy may still hold them.
    for (std::size_t i = 0; i < out.absences.size(); ++i) {
        const Absence& a = out.absences[i];
        if (a.end && *a.end < a.start) {
            Error error = makeError(ErrorCode::RuleViolation,
                                    std::string(kAbsenceEndsAfterStartRule) + ": absence " + std::to_string(a.id.value)
                                        + " on case " + std::to_string(a.caseId.value) + " ends (" + a.end->toIso()
                                        + ") before it starts (" + a.start.toIso() + ")");
            error.problems.push_back(
                Problem{"",
                        "absence.stored_ends_before_start",
                        {std::to_string(a.id.value), std::to_string(a.caseId.value), a.end->toIso(), a.start.toIso()}});
            return error;
        }
        if (i + 1 < out.absences.size() && (!a.end || *a.end >= out.absences[i + 1].start)) {
            const Absence& b = out.absences[i + 1];
            Error error = makeError(ErrorCode::RuleViolation,
                                    std::string(kAbsenceNoOverlapRule) + ": absence " + std::to_string(b.id.value)
                                        + " on case " + std::to_string(b.caseId.value) + " (from " + b.start.toIso()
                                        + ") shares days with absence " + std::to_string(a.id.value) + " on case "
                                        + std::to_string(a.caseId.value) + " (from " + a.start.toIso()
                                        + "); one person's absences may not overlap, as sick pay counts them together");
            error.problems.push_back(
                Problem{"",
                        "absence.stored_overlap",
                        {std::to_string(b.id.value), std::to_string(b.caseId.value), b.start.toIso(),
                         std::to_string(a.id.value), std::to_string(a.caseId.value), a.start.toIso()}});
            return error;
        }
    }
    for (const Absence& absence : out.absences) {
        SicknessSpell spell;
        spell.start = absence.start;
        spell.end = absence.end;
        spell.disabilityRelated = absence.disabilityRelated;
        spell.coveredByAdjustment = absence.coveredByAdjustment;
        out.spells.push_back(spell);
    }
    return out;
}

Result<std::vector<AbsencePay>> ProcedureAttendance::payFor(PersonId person) const
{
    Result<Spells> spells = spellsOf(person);
    if (!spells) {
        return spells.error();
    }
    // One projection of the whole history per version the absences are pinned to.
    std::map<int, std::vector<PayProjection>> byVersion;
    std::vector<AbsencePay> pay;
    for (std::size_t i = 0; i < spells->absences.size(); ++i) {
        const Absence& absence = spells->absences[i];
        const RulePack* version = governingVersion(m_rules, absence);
        if (version == nullptr) {
            Error error = makeError(ErrorCode::RuleViolation,
                                    std::string(kAbsencePinnedVersionRule) + ": absence "
                                        + std::to_string(absence.id.value) + " is pinned to " + absence.pinnedPack
                                        + " version " + std::to_string(absence.pinnedVersion)
                                        + ", which the loaded rule packs do not have; re-pin it");
            error.problems.push_back(
                Problem{"",
                        "absence.pinned_version_missing",
                        {std::to_string(absence.id.value), absence.pinnedPack, std::to_string(absence.pinnedVersion)}});
            return error;
        }
        auto projected = byVersion.find(version->version);
        if (projected == byVersion.end()) {
            Result<std::vector<PayProjection>> projections =
                projectSickPay(*version, m_rules.engine(), spells->spells, m_rules.policies.sickPayLookback);
            if (!projections) {
                return projections.error();
            }
            projected = byVersion.emplace(version->version, std::move(*projections)).first;
        }
        pay.push_back({absence.id, absence.caseId, projected->second[i], absence.payDecisions, version->version});
    }
    return pay;
}

Result<PersonId> ProcedureAttendance::personOf(CaseId caseId) const
{
    Result<Statement> st = m_db.prepare("SELECT person_id FROM case_file WHERE id = ?");
    if (!st) {
        return st.error();
    }
    st->bind(1, caseId.value);
    Result<bool> row = st->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::NotFound, "case_file " + std::to_string(caseId.value) + ": no such case");
    }
    return PersonId{st->columnInt(0)};
}

Result<PayProjection> ProcedureAttendance::payUnder(const Absence& absence, const RulePack& version) const
{
    Result<PersonId> person = personOf(absence.caseId);
    if (!person) {
        return person.error();
    }
    Result<Spells> spells = spellsOf(*person);
    if (!spells) {
        return spells.error();
    }
    Result<std::vector<PayProjection>> projections =
        projectSickPay(version, m_rules.engine(), spells->spells, m_rules.policies.sickPayLookback);
    if (!projections) {
        return projections.error();
    }
    for (std::size_t i = 0; i < spells->absences.size(); ++i) {
        if (spells->absences[i].id == absence.id) {
            return (*projections)[i];
        }
    }
    return makeError(ErrorCode::NotFound, "absence " + std::to_string(absence.id.value) + ": no such absence");
}

Result<AttendanceReport> ProcedureAttendance::forPerson(PersonId person, Date asOf) const
{
    Result<Spells> spells = spellsOf(person);
    if (!spells) {
        return spells.error();
    }
    // The version of the latest absence starting by asOf (its pay is the position's), else asOf's.
    const RulePack* version = &m_rules.sickPay.select([asOf](std::string_view) { return asOf; });
    for (const Absence& absence : spells->absences) {
        if (!(asOf < absence.start)) {
            version = governingVersion(m_rules, absence);
        }
    }
    if (version == nullptr) {
        Error error = makeError(ErrorCode::RuleViolation, std::string(kAbsencePinnedVersionRule)
                                                              + ": the latest absence is pinned to a sick_pay version "
                                                                "the loaded rule packs do not have; re-pin it");
        error.problems.push_back(Problem{"", "absence.latest_pinned_version_missing", {}});
        return error;
    }
    Result<BradfordResult> bradford = bradfordFactor(*version, spells->spells, asOf, m_rules.policies);
    if (!bradford) {
        return bradford.error();
    }
    Result<std::vector<AbsencePay>> pay = payFor(person);
    if (!pay) {
        return pay.error();
    }
    std::vector<PayProjection> projections;
    projections.reserve(pay->size());
    for (const AbsencePay& absence : *pay) {
        projections.push_back(absence.projection);
    }
    Result<SickPayPosition> position =
        sickPayPosition(*version, projections, asOf, m_rules.calendar, m_rules.policies.sickPayLookback);
    if (!position) {
        return position.error();
    }
    AttendanceReport report;
    report.person = person;
    report.asOf = asOf;
    report.pay = std::move(*pay);
    report.bradford = *bradford;
    report.sickPay = *position;
    return report;
}

} // namespace casebook::core
