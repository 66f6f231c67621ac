// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/ProcedureService.h"

#include "domain/Validator.h"
#include "procedure/Absence.h"
#include "procedure/ImprovementPeriod.h"
#include "procedure/PackPin.h"
#include "procedure/ProcedureJson.h"
#include "procedure/ProcedureValidator.h"
#include "repo/ProcedureRepository.h"
#include "service/ProcedureAudit.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include <utility>

namespace casebook::core {

ProcedureService::ProcedureService(Database& db, const ProcedureRules& rules, const AuditLog& audit, std::string actor)
    : m_db(db)
    , m_rules(rules)
    , m_audit(audit)
    , m_actor(std::move(actor))
{
}

Status ProcedureService::requireCase(CaseId caseId) const
{
    Result<Statement> st = m_db.prepare("SELECT 1 FROM case_file WHERE id = ?");
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
    return Ok{};
}

Status ProcedureService::checkPause(const UppProcedure& record) const
{
    if (!record.pausedFor) {
        return Ok{};
    }
    Result<ConductReferral> referral = ProcedureRepository<ConductReferral>(m_db).get(*record.pausedFor);
    if (!referral) {
        return referral.error();
    }
    if (referral->caseId != record.caseId) {
        return invalidField("upp_procedure.pausedFor", "upp_procedure.pause_on_other_case",
                            "the conduct referral is on another case");
    }
    return Ok{};
}

Result<RegimeDecision> ProcedureService::deriveRegime(const UppProcedure& record) const
{
    RegimeInput input;
    input.cameToAttention = record.cameToAttention;
    if (record.linkedEarlierMatter) {
        if (*record.linkedEarlierMatter == record.id) {
            return invalidField("upp_procedure.linkedEarlierMatter", "upp_procedure.links_itself",
                                "a matter cannot link to itself");
        }
        Result<UppProcedure> earlier = ProcedureRepository<UppProcedure>(m_db).get(*record.linkedEarlierMatter);
        if (!earlier) {
            return earlier.error();
        }
        input.linkedMatterRegime = earlier->regime();
    }
    if (record.regimeOverride) {
        if (record.regimeOverrideReason.find_first_not_of(" \t\r\n") == std::string::npos) {
            return invalidField("upp_procedure.regimeOverrideReason", "upp_procedure.no_override_reason",
                                "a regime override needs a reason");
        }
        input.regimeOverride = RegimeOverride{*record.regimeOverride, record.regimeOverrideReason};
    }
    return deriveUppRegime(input, m_rules.uppPacks());
}

std::vector<DerivedDate> ProcedureService::datesUnder(const UppProcedure& record, const RulePack& pack) const
{
    EventDates events;
    for (const ProcedureEvent& event : record.events) {
        events.insert_or_assign(event.name, event.date);
    }
    std::vector<DerivedDate> dates = m_rules.engine().derive(pack, events);
    if (auto end = improvementPeriodEndDate(record, pack, m_rules.calendar)) {
        if (end->typedDate) { // the typed end governs; the derived end is named beside it
            end->title += " (typed; derived " + end->date.toIso() + "; " + end->typedReason + ")";
            end->date = *end->typedDate;
        }
        dates.push_back(std::move(*end));
    }
    return dates;
}

namespace {

Error missingPin(const UppProcedure& record)
{
    return makeError(ErrorCode::NotFound, "upp_procedure.pinnedVersion: pinned to " + record.pinnedPack + " version "
                                              + std::to_string(record.pinnedVersion)
                                              + ", which the loaded rule packs do not have; re-pin it");
}

bool blank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

Result<std::vector<DerivedDate>> ProcedureService::uppDates(UppProcedureId id) const
{
    Result<UppProcedure> record = get<UppProcedure>(id);
    if (!record) {
        return record.error();
    }
    const RulePack* pack = m_rules.uppPackFor(*record);
    if (pack == nullptr) {
        return missingPin(*record);
    }
    return datesUnder(*record, *pack);
}

Result<std::vector<UppProcedure>> ProcedureService::openUppProcedures() const
{
    Result<std::vector<UppProcedure>> all = ProcedureRepository<UppProcedure>(m_db).listAll();
    if (!all) {
        return all.error();
    }
    Result<std::vector<std::int64_t>> closedCaseIds = closedCases();
    if (!closedCaseIds) {
        return closedCaseIds.error();
    }
    const std::vector<std::int64_t>& closed = *closedCaseIds;
    std::erase_if(*all, [&](const UppProcedure& u) {
        return u.stage == UppStage::Concluded
               || std::find(closed.begin(), closed.end(), u.caseId.value) != closed.end();
    });
    return all;
}

template <typename T> Status ProcedureService::prepare(T& record) const
{
    if (Status valid = ProcedureValidator::check(record); !valid) {
        return valid;
    }
    if (Status found = requireCase(record.caseId); !found) {
        return found;
    }
    if constexpr (kPinnedKind<T>) {
        return pin(record);
    }
    return Ok{};
}

template <> Status ProcedureService::prepare(UppProcedure& record) const
{
    if (Status found = requireCase(record.caseId); !found) {
        return found;
    }
    Result<RegimeDecision> regime = deriveRegime(record);
    if (!regime) {
        return regime.error();
    }
    record.derivedRegime = regime->derivedRegime;
    const RulePack* packOfRegime = m_rules.uppPack(record.regime());
    const RulePack* selectedNow = m_rules.uppSelectedVersion(record);
    if (packOfRegime == nullptr || selectedNow == nullptr) { // deriveRegime accepts only loaded regimes
        return invalidField("upp_procedure.regimeOverride", "upp_procedure.regime_not_loaded",
                            "'" + record.regime().key + "' is not a loaded regime", {record.regime().key});
    }
    const RulePack& pack = *packOfRegime;
    if (record.pinnedVersion == 0 && record.id.value != 0) {
        // An update that did not carry the pin keeps the stored one.
        if (Result<UppProcedure> stored = ProcedureRepository<UppProcedure>(m_db).get(record.id); stored) {
            record.pinnedPack = stored->pinnedPack;
            record.pinnedVersion = stored->pinnedVersion;
            record.pinReason = stored->pinReason;
        }
    }
    const RulePack& selected = *selectedNow;
    if (record.pinnedVersion != 0 && (record.pinnedPack.empty() || record.pinnedPack == pack.id)) {
        // A kept pin, or a version chosen for a new record.
        if (pack.atVersion(record.pinnedVersion) == nullptr) {
            return invalidField("upp_procedure.pinnedVersion", "procedure.no_such_version",
                                pack.id + " has no version " + std::to_string(record.pinnedVersion),
                                {pack.id, std::to_string(record.pinnedVersion)});
        }
        record.pinnedPack = pack.id;
        if (record.id.value == 0 && record.pinnedVersion != selected.version && blank(record.pinReason)) {
            return invalidField("upp_procedure.pinReason", "procedure.pin_needs_reason",
                                "pinning to version " + std::to_string(record.pinnedVersion) + " rather than version "
                                    + std::to_string(selected.version) + ", which the dates select, needs a reason",
                                {std::to_string(record.pinnedVersion), std::to_string(selected.version)});
        }
    } else { // not pinned yet, or its regime changed: the version its dates select
        record.pinnedPack = pack.id;
        record.pinnedVersion = selected.version;
        record.pinReason.clear();
    }
    const RulePack* pinned = m_rules.uppPackFor(record);
    if (pinned == nullptr) {
        return missingPin(record);
    }
    if (Status valid = ProcedureValidator::check(record, *pinned, m_rules.engine()); !valid) {
        return valid;
    }
    return checkPause(record);
}

template <> Status ProcedureService::prepare(Absence& record) const
{
    if (Status valid = ProcedureValidator::check(record); !valid) {
        return valid;
    }
    if (Status found = requireCase(record.caseId); !found) {
        return found;
    }
    if (Status pinned = pin(record); !pinned) {
        return pinned;
    }
    // Sick pay counts a person's absences across all cases, so they may not overlap anywhere.
    Result<Statement> person = m_db.prepare("SELECT person_id FROM case_file WHERE id = ?");
    if (!person) {
        return person.error();
    }
    person->bind(1, record.caseId.value);
    if (Result<bool> row = person->step(); !row) {
        return row.error();
    }
    Result<std::vector<Absence>> others =
        ProcedureRepository<Absence>(m_db).listForPerson(PersonId{person->columnInt(0)});
    if (!others) {
        return others.error();
    }
    for (const Absence& other : *others) {
        const bool overlaps = (!record.end || other.start <= *record.end) && (!other.end || record.start <= *other.end);
        if (other.id != record.id && overlaps) {
            return invalidField("absence.start", "absence.overlaps", "overlaps the absence from " + other.start.toIso(),
                                {other.start.toIso()});
        }
    }
    return Ok{};
}

template <typename T> Result<decltype(T::id)> ProcedureService::add(T record)
{
    using Rows = ProcedureRows<T>;
    record.id = {};
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    if (Status ready = prepare(record); !ready) {
        return ready.error();
    }
    Result<decltype(T::id)> id = ProcedureRepository<T>(m_db).insert(record);
    if (!id) {
        return id.error();
    }
    record.id = *id;
    if (Status logged = auditProcedureChange(m_audit, m_db, m_actor, AuditAction::Create, Rows::table, id->value,
                                             nullptr, procedureJson(record));
        !logged) {
        return logged.error();
    }
    if (Status done = tx->commit(); !done) {
        return done.error();
    }
    return id;
}

template <typename T> Status ProcedureService::update(T record)
{
    using Rows = ProcedureRows<T>;
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    Result<T> before = ProcedureRepository<T>(m_db).get(record.id);
    if (!before) {
        return before.error();
    }
    if (before->caseId != record.caseId) {
        return invalidField(std::string(Rows::table) + ".caseId", "record.case_changed",
                            "a record cannot move to another case");
    }
    if (Status ready = prepare(record); !ready) {
        return ready;
    }
    if (Status saved = ProcedureRepository<T>(m_db).update(record); !saved) {
        return saved;
    }
    if (Status logged = auditProcedureChange(m_audit, m_db, m_actor, AuditAction::Update, Rows::table, record.id.value,
                                             procedureJson(*before), procedureJson(record));
        !logged) {
        return logged;
    }
    return tx->commit();
}

template <typename T> Status ProcedureService::remove(decltype(T::id) id)
{
    using Rows = ProcedureRows<T>;
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    ProcedureRepository<T> repo(m_db);
    Result<T> before = repo.get(id);
    if (!before) {
        return before.error();
    }
    if (Status removed = repo.remove(id); !removed) {
        return removed;
    }
    Result<Statement> overrides = m_db.prepare("DELETE FROM date_override WHERE record_type = ? AND record_id = ?");
    if (!overrides) {
        return overrides.error();
    }
    overrides->bind(1, Rows::table).bind(2, id.value);
    if (Status cleared = overrides->run(); !cleared) {
        return cleared;
    }
    // Closed dates go with their record too (their case keeps the audit entries).
    Result<Statement> closures = m_db.prepare("DELETE FROM date_closure WHERE record_type = ? AND record_id = ?");
    if (!closures) {
        return closures.error();
    }
    closures->bind(1, Rows::table).bind(2, id.value);
    if (Status cleared = closures->run(); !cleared) {
        return cleared;
    }
    if (Status logged = auditProcedureChange(m_audit, m_db, m_actor, AuditAction::Delete, Rows::table, id.value,
                                             procedureJson(*before), nullptr);
        !logged) {
        return logged;
    }
    return tx->commit();
}

template <typename T> Result<T> ProcedureService::get(decltype(T::id) id) const
{
    return ProcedureRepository<T>(m_db).get(id);
}

template <typename T> Result<std::vector<T>> ProcedureService::listForCase(CaseId caseId) const
{
    return ProcedureRepository<T>(m_db).listForCase(caseId);
}

#define CASEBOOK_PROCEDURE_SERVICE(Type)                                                                               \
    template Result<decltype(Type::id)> ProcedureService::add<Type>(Type);                                             \
    template Status ProcedureService::update<Type>(Type);                                                              \
    template Status ProcedureService::remove<Type>(decltype(Type::id));                                                \
    template Result<Type> ProcedureService::get<Type>(decltype(Type::id)) const;                                       \
    template Result<std::vector<Type>> ProcedureService::listForCase<Type>(CaseId) const;

CASEBOOK_PROCEDURE_SERVICE(Adjustment)
CASEBOOK_PROCEDURE_SERVICE(Absence)
CASEBOOK_PROCEDURE_SERVICE(LimitedDuty)
CASEBOOK_PROCEDURE_SERVICE(OhReferral)
CASEBOOK_PROCEDURE_SERVICE(UppProcedure)
CASEBOOK_PROCEDURE_SERVICE(ConductReferral)
CASEBOOK_PROCEDURE_SERVICE(IllHealthRetirement)
CASEBOOK_PROCEDURE_SERVICE(InjuryAward)
CASEBOOK_PROCEDURE_SERVICE(ActionPlan)

#undef CASEBOOK_PROCEDURE_SERVICE

} // namespace casebook::core
