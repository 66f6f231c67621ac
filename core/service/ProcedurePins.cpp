// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Pack versions pinned per record (issue 14 item 1): conduct referrals, ill-health retirements,
// injury awards, limited duties and absences are pinned to the version their dates select when they
// are made, as UPP/UAP procedures are, and every kind moves only when the sergeant re-pins it.
#include "domain/Validator.h"
#include "procedure/PackPin.h"
#include "procedure/ProcedureJson.h"
#include "procedure/ProcedureValidator.h"
#include "repo/ProcedureRepository.h"
#include "service/ProcedureAttendance.h"
#include "service/ProcedureAudit.h"
#include "service/ProcedureService.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>

namespace casebook::core {

namespace {

bool blank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

template <typename T> std::string tableOf()
{
    return std::string(ProcedureRows<T>::table);
}

template <typename T> Error missingPin(const T& record)
{
    return makeError(ErrorCode::NotFound, tableOf<T>() + ".pinnedVersion: pinned to " + record.pinnedPack + " version "
                                              + std::to_string(record.pinnedVersion)
                                              + ", which the loaded rule packs do not have; re-pin it");
}

/// The pack (every version) a record's dates come from; nullptr for a UPP/UAP procedure whose
/// regime no loaded pack declares.
template <typename T> const RulePack* wholePack(const ProcedureRules& rules, const T& record)
{
    if constexpr (std::is_same_v<T, UppProcedure>) {
        return rules.uppPack(record.regime());
    } else {
        return &packOf(rules, record);
    }
}

/// The version of that pack the record's dates select now (nullptr as wholePack).
template <typename T> const RulePack* selectedNow(const ProcedureRules& rules, const T& record)
{
    if constexpr (std::is_same_v<T, UppProcedure>) {
        return rules.uppSelectedVersion(record);
    } else {
        return &selectedVersion(rules, record);
    }
}

/// The version that governs the record (nullptr when it is pinned to one the packs do not have).
template <typename T> const RulePack* governing(const ProcedureRules& rules, const T& record)
{
    if constexpr (std::is_same_v<T, UppProcedure>) {
        return rules.uppPackFor(record);
    } else {
        return governingVersion(rules, record);
    }
}

} // namespace

std::vector<MovedDate> movedDates(const std::vector<DerivedDate>& before, const std::vector<DerivedDate>& after)
{
    auto dateIn = [](const std::vector<DerivedDate>& dates, const std::string& ruleId) -> std::optional<Date> {
        for (const DerivedDate& d : dates) {
            if (d.ruleId == ruleId) {
                return d.date;
            }
        }
        return std::nullopt;
    };
    std::vector<MovedDate> moved;
    for (const DerivedDate& d : before) {
        const std::optional<Date> now = dateIn(after, d.ruleId);
        if (now != d.date) {
            moved.push_back({d.ruleId, d.title, d.date, now});
        }
    }
    for (const DerivedDate& d : after) {
        if (!dateIn(before, d.ruleId)) {
            moved.push_back({d.ruleId, d.title, std::nullopt, d.date});
        }
    }
    return moved;
}

Result<std::vector<std::int64_t>> ProcedureService::closedCases() const
{
    Result<Statement> closed = m_db.prepare("SELECT id FROM case_file WHERE status = 'closed'");
    if (!closed) {
        return closed.error();
    }
    std::vector<std::int64_t> out;
    for (;;) {
        Result<bool> row = closed->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return out;
        }
        out.push_back(closed->columnInt(0));
    }
}

template <typename T> Status ProcedureService::pin(T& record) const
{
    const RulePack& pack = packOf(m_rules, record);
    if (record.pinnedVersion == 0 && record.id.value != 0) {
        // An update that did not carry the pin keeps the stored one.
        if (Result<T> stored = ProcedureRepository<T>(m_db).get(record.id); stored) {
            record.pinnedPack = stored->pinnedPack;
            record.pinnedVersion = stored->pinnedVersion;
            record.pinReason = stored->pinReason;
        }
    }
    if (record.pinnedVersion == 0) {
        if (canPin(record)) { // the version its dates select; a retirement waits for its first step
            record.pinnedPack = pack.id;
            record.pinnedVersion = selectedVersion(m_rules, record).version;
            record.pinReason.clear();
        }
        return Ok{};
    }
    // A kept pin, or a version chosen for a new record.
    if (record.pinnedPack.empty()) {
        record.pinnedPack = pack.id;
    }
    if (record.pinnedPack != pack.id || pack.atVersion(record.pinnedVersion) == nullptr) {
        return invalidField(tableOf<T>() + ".pinnedVersion", "procedure.no_such_version",
                            pack.id + " has no version " + std::to_string(record.pinnedVersion) + " of pack "
                                + record.pinnedPack,
                            {record.pinnedPack, std::to_string(record.pinnedVersion)});
    }
    const int selected = selectedVersion(m_rules, record).version;
    if (record.id.value == 0 && record.pinnedVersion != selected && blank(record.pinReason)) {
        return invalidField(tableOf<T>() + ".pinReason", "procedure.pin_needs_reason",
                            "pinning to version " + std::to_string(record.pinnedVersion) + " rather than version "
                                + std::to_string(selected) + ", which the dates select, needs a reason",
                            {std::to_string(record.pinnedVersion), std::to_string(selected)});
    }
    return Ok{};
}

template <typename T>
Result<std::vector<DerivedDate>> ProcedureService::pinnedDates(const T& record, const RulePack& version) const
{
    if constexpr (std::is_same_v<T, UppProcedure>) {
        return this->datesUnder(record, version);
    } else if constexpr (std::is_same_v<T, Absence>) {
        Result<PayProjection> pay = ProcedureAttendance(m_db, m_rules).payUnder(record, version);
        if (!pay) {
            return pay.error();
        }
        return payDates(*pay, version);
    } else {
        return core::datesUnder(m_rules.engine(), record, version);
    }
}

template <typename T> Result<Repin> ProcedureService::planRepinOf(const T& record, std::optional<int> version) const
{
    const RulePack* pack = wholePack(m_rules, record);
    if (pack == nullptr) {
        if constexpr (std::is_same_v<T, UppProcedure>) { // only a regime can be missing
            return makeError(ErrorCode::NotFound, "upp_procedure.regime: no loaded rule pack declares the regime '"
                                                      + record.regime().key + "'");
        }
        return makeError(ErrorCode::NotFound, tableOf<T>() + ": its rule pack is not loaded");
    }
    const RulePack& all = *pack;
    const RulePack* target = version ? all.atVersion(*version) : selectedNow(m_rules, record);
    if (target == nullptr) {
        std::string known;
        for (const RulePack* v : all.allVersions()) {
            known += (known.empty() ? "" : ", ") + std::to_string(v->version);
        }
        return makeError(ErrorCode::NotFound, "version: " + all.id + " has no version " + std::to_string(*version)
                                                  + " (it has " + known + ")");
    }
    Repin plan;
    plan.pack = all.id;
    plan.toVersion = target->version;
    plan.fromVersion = record.pinnedPack == all.id ? record.pinnedVersion : 0;
    std::vector<DerivedDate> before;
    if (const RulePack* current = governing(m_rules, record)) {
        Result<std::vector<DerivedDate>> dates = pinnedDates(record, *current);
        if (!dates) {
            return dates.error();
        }
        before = std::move(*dates);
    }
    Result<std::vector<DerivedDate>> after = pinnedDates(record, *target);
    if (!after) {
        return after.error();
    }
    plan.moved = movedDates(before, *after);
    return plan;
}

template <typename T>
Result<Repin> ProcedureService::previewRepinOf(decltype(T::id) id, std::optional<int> version) const
{
    Result<T> record = get<T>(id);
    if (!record) {
        return record.error();
    }
    return planRepinOf(*record, version);
}

template <typename T>
Result<Repin> ProcedureService::repinOf(decltype(T::id) id, std::optional<int> version, const std::string& reason)
{
    if (blank(reason)) {
        return invalidField("reason", "procedure.repin_needs_reason", "re-pinning needs a reason");
    }
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    Result<T> before = get<T>(id);
    if (!before) {
        return before.error();
    }
    Result<Repin> plan = planRepinOf(*before, version);
    if (!plan) {
        return plan.error();
    }
    T after = *before;
    after.pinnedPack = plan->pack;
    after.pinnedVersion = plan->toVersion;
    after.pinReason = reason;
    const RulePack* pinned = governing(m_rules, after);
    if (pinned == nullptr) {
        return missingPin(after);
    }
    Status valid = Ok{};
    if constexpr (std::is_same_v<T, UppProcedure>) {
        valid = ProcedureValidator::check(after, *pinned, m_rules.engine());
    } else {
        valid = ProcedureValidator::check(after);
    }
    if (!valid) {
        return valid.error();
    }
    if (Status saved = ProcedureRepository<T>(m_db).update(after); !saved) {
        return saved.error();
    }
    if (Status logged = auditProcedureChange(m_audit, m_db, m_actor, AuditAction::Update, tableOf<T>(), id.value,
                                             procedureJson(*before), procedureJson(after));
        !logged) {
        return logged.error();
    }
    if (Status done = tx->commit(); !done) {
        return done.error();
    }
    return plan;
}

namespace {

template <typename T> PinnedRecord pinnedRecord(const ProcedureRules& rules, const T& record)
{
    PinnedRecord out;
    out.recordType = tableOf<T>();
    out.id = record.id.value;
    out.caseId = record.caseId;
    out.from = transitionDate(record, "came_to_attention");
    out.pinnedPack = record.pinnedPack;
    out.pinnedVersion = record.pinnedVersion;
    out.selectedVersion = selectedVersion(rules, record).version;
    if (record.pinnedVersion == 0 && canPin(record)) { // not pinned yet: the version it selects
        out.pinnedPack = packOf(rules, record).id;
        out.pinnedVersion = selectedVersion(rules, record).version;
    }
    return out;
}

} // namespace

Result<std::vector<PinnedRecord>> ProcedureService::openPinnedRecords() const
{
    Result<std::vector<std::int64_t>> closed = closedCases();
    if (!closed) {
        return closed.error();
    }
    std::vector<PinnedRecord> out;
    auto gather = [&]<typename T>(const T*) -> Status {
        Result<std::vector<T>> all = ProcedureRepository<T>(m_db).listAll();
        if (!all) {
            return all.error();
        }
        for (const T& record : *all) {
            if (std::find(closed->begin(), closed->end(), record.caseId.value) != closed->end()) {
                continue;
            }
            if constexpr (std::is_same_v<T, LimitedDuty>) {
                if (record.end) {
                    continue;
                }
            }
            out.push_back(pinnedRecord(m_rules, record));
        }
        return Ok{};
    };
    for (Status st :
         {gather(static_cast<const ConductReferral*>(nullptr)),
          gather(static_cast<const IllHealthRetirement*>(nullptr)), gather(static_cast<const InjuryAward*>(nullptr)),
          gather(static_cast<const LimitedDuty*>(nullptr)), gather(static_cast<const Absence*>(nullptr))}) {
        if (!st) {
            return st.error();
        }
    }
    return out;
}

#define CASEBOOK_PINNED_KIND(Type)                                                                                     \
    template Status ProcedureService::pin<Type>(Type&) const;                                                          \
    template Result<Repin> ProcedureService::previewRepinOf<Type>(decltype(Type::id), std::optional<int>) const;       \
    template Result<Repin> ProcedureService::repinOf<Type>(decltype(Type::id), std::optional<int>, const std::string&);

CASEBOOK_PINNED_KIND(ConductReferral)
CASEBOOK_PINNED_KIND(IllHealthRetirement)
CASEBOOK_PINNED_KIND(InjuryAward)
CASEBOOK_PINNED_KIND(LimitedDuty)
CASEBOOK_PINNED_KIND(Absence)
template Result<Repin> ProcedureService::previewRepinOf<UppProcedure>(UppProcedureId, std::optional<int>) const;
template Result<Repin> ProcedureService::repinOf<UppProcedure>(UppProcedureId, std::optional<int>, const std::string&);

#undef CASEBOOK_PINNED_KIND

} // namespace casebook::core
