// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/DueService.h"

#include "domain/Validator.h"
#include "dp/SarService.h"
#include "procedure/ProcedureJson.h"
#include "procedure/ProcedureValidator.h"
#include "repo/ProcedureRepository.h"
#include "service/ProcedureAudit.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace casebook::core {

namespace {

using OverrideKey = std::tuple<std::string, std::int64_t, std::string>;

OverrideKey keyOf(const DueDate& d)
{
    return {d.recordType, d.recordId, d.derived.ruleId};
}

/// Deletes one local record about a date (an override, a closure) and audits it, in one transaction.
template <typename T>
Status removeAudited(Database& db, const AuditLog& audit, const std::string& actor, decltype(T::id) id)
{
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    ProcedureRepository<T> repo(db);
    Result<T> before = repo.get(id);
    if (!before) {
        return before.error();
    }
    if (Status removed = repo.remove(id); !removed) {
        return removed;
    }
    if (Status logged =
            auditProcedureChange(audit, db, actor, AuditAction::Delete, std::string(ProcedureRows<T>::table), id.value,
                                 procedureJson(*before), nullptr);
        !logged) {
        return logged;
    }
    return tx->commit();
}

/// The open date a request names (a record's rule), as the rules give it now; NotFound otherwise.
Result<DueDate> openDate(Database& db, const ProcedureRules& rules, const OverrideKey& key)
{
    Result<std::vector<DueDate>> dates = ProcedureDueDates(db, rules).collect();
    if (!dates) {
        return dates.error();
    }
    const auto source = std::find_if(dates->begin(), dates->end(),
                                     [&](const DueDate& d) { return d.problem.empty() && keyOf(d) == key; });
    if (source == dates->end()) {
        return makeError(ErrorCode::NotFound, std::get<0>(key) + " " + std::to_string(std::get<1>(key))
                                                  + " has no open date for rule " + std::get<2>(key));
    }
    return std::move(*source);
}

} // namespace

DueService::DueService(Database& db, const ProcedureRules& rules, const AuditLog& audit, std::string actor)
    : m_db(db)
    , m_rules(rules)
    , m_audit(audit)
    , m_actor(std::move(actor))
{
}

Result<std::vector<DueItem>> DueService::due(Date asOf, int withinDays) const
{
    return classify(asOf, withinDays, true);
}

Result<std::vector<DueItem>> DueService::all(Date asOf, int withinDays) const
{
    return classify(asOf, withinDays, false);
}

Result<std::vector<DueItem>> DueService::allFor(PersonId person, Date asOf, int withinDays) const
{
    return classify(asOf, withinDays, false, person);
}

bool DueService::before(const DueItem& a, const DueItem& b)
{
    const bool aLater = a.state != DueState::Problem;
    const bool bLater = b.state != DueState::Problem;
    return std::tie(aLater, a.source.derived.date, a.source.caseId, a.source.derived.ruleId, a.source.recordId)
           < std::tie(bLater, b.source.derived.date, b.source.caseId, b.source.derived.ruleId, b.source.recordId);
}

Result<std::vector<DueItem>> DueService::classify(Date asOf, int withinDays, bool dueOnly,
                                                  std::optional<PersonId> person) const
{
    // One snapshot for every query below (and one lock instead of one per statement).
    Result<Transaction> snapshot = Transaction::begin(m_db, Transaction::Mode::Read);
    if (!snapshot) {
        return snapshot.error();
    }
    Result<std::vector<DueDate>> dates = ProcedureDueDates(m_db, m_rules, person).collect();
    if (!dates) {
        return dates.error();
    }
    // Subject access deadlines belong to a person, not a case (case id 0).
    Result<SubjectAccessRules> sarRules = SubjectAccessRules::shipped(m_rules.calendar);
    if (!sarRules) {
        return sarRules.error();
    }
    Result<std::vector<DueDate>> requests = SarService(m_db, *sarRules, m_audit, m_actor).dueDates(person);
    if (!requests) {
        return requests.error();
    }
    dates->insert(dates->end(), std::make_move_iterator(requests->begin()), std::make_move_iterator(requests->end()));
    Result<std::vector<DateOverride>> stored = ProcedureRepository<DateOverride>(m_db).listAll();
    if (!stored) {
        return stored.error();
    }
    std::map<OverrideKey, const DateOverride*> overrides;
    for (const DateOverride& o : *stored) {
        overrides.emplace(OverrideKey{o.recordType, o.recordId, o.ruleId}, &o);
    }
    Result<std::vector<DateClosure>> closed = ProcedureRepository<DateClosure>(m_db).listAll();
    if (!closed) {
        return closed.error();
    }
    std::set<std::pair<OverrideKey, Date>> closures;
    for (const DateClosure& c : *closed) {
        closures.emplace(OverrideKey{c.recordType, c.recordId, c.ruleId}, c.date);
    }
    std::vector<DueItem> items;
    items.reserve(dates->size());
    for (DueDate& date : *dates) {
        DueItem item;
        item.shippedDate = date.derived.date;
        if (const auto found = overrides.find(keyOf(date)); found != overrides.end()) {
            item.overridden = true;
            item.overrideReason = found->second->reason;
            date.derived.date = found->second->date;
        } else if (date.derived.typedDate) {
            item.overridden = true;
            item.overrideReason = date.derived.typedReason;
            date.derived.date = *date.derived.typedDate;
        }
        if (date.problem.empty() && closures.contains({keyOf(date), date.derived.date})) {
            continue; // closed as done, not applicable or waived on this very date
        }
        item.daysFromAsOf = asOf.daysUntil(date.derived.date);
        if (!date.problem.empty()) {
            // No date to class: the line is shown as of the day asked about, in every list.
            item.state = DueState::Problem;
            item.daysFromAsOf = 0;
            date.derived.date = asOf;
        } else if (date.pausedFrom) {
            item.state = DueState::Paused; // listed by due() too, so a paused procedure is not forgotten
        } else if (item.daysFromAsOf < 0) {
            if (!date.needsAction) {
                continue; // a milestone that has passed
            }
            item.state = DueState::Overdue;
        } else {
            item.state = item.daysFromAsOf <= withinDays ? DueState::DueSoon : DueState::Later;
        }
        if (dueOnly && item.state == DueState::Later) {
            continue;
        }
        item.source = std::move(date);
        items.push_back(std::move(item));
    }
    std::sort(items.begin(), items.end(), &DueService::before);
    return items;
}

Result<DateOverrideId> DueService::overrideDate(const DateOverrideRequest& request)
{
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    const OverrideKey key{request.recordType, request.recordId, request.ruleId};
    Result<DueDate> source = openDate(m_db, m_rules, key);
    if (!source) {
        return source.error();
    }
    DateOverride record;
    record.caseId = source->caseId;
    record.recordType = request.recordType;
    record.recordId = request.recordId;
    record.ruleId = request.ruleId;
    record.shippedDate = source->derived.date;
    record.date = request.date;
    record.reason = request.reason;
    if (Status valid = ProcedureValidator::check(record); !valid) {
        return valid.error();
    }
    ProcedureRepository<DateOverride> repo(m_db);
    Result<std::vector<DateOverride>> existing = repo.listForCase(record.caseId);
    if (!existing) {
        return existing.error();
    }
    const auto previous = std::find_if(existing->begin(), existing->end(), [&](const DateOverride& o) {
        return OverrideKey{o.recordType, o.recordId, o.ruleId} == key;
    });
    nlohmann::json before = nullptr;
    if (previous != existing->end()) {
        record.id = previous->id;
        before = procedureJson(*previous);
        if (Status saved = repo.update(record); !saved) {
            return saved.error();
        }
    } else {
        Result<DateOverrideId> id = repo.insert(record);
        if (!id) {
            return id.error();
        }
        record.id = *id;
    }
    const AuditAction action = before.is_null() ? AuditAction::Create : AuditAction::Update;
    if (Status logged = auditProcedureChange(m_audit, m_db, m_actor, action, "date_override", record.id.value, before,
                                             procedureJson(record));
        !logged) {
        return logged.error();
    }
    if (Status done = tx->commit(); !done) {
        return done.error();
    }
    return record.id;
}

Status DueService::removeOverride(DateOverrideId id)
{
    return removeAudited<DateOverride>(m_db, m_audit, m_actor, id);
}

Result<std::vector<DateOverride>> DueService::overrides(CaseId caseId) const
{
    return ProcedureRepository<DateOverride>(m_db).listForCase(caseId);
}

Result<DateClosureId> DueService::closeDate(const DateClosureRequest& request)
{
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    const OverrideKey key{request.recordType, request.recordId, request.ruleId};
    Result<DueDate> source = openDate(m_db, m_rules, key);
    if (!source) {
        return source.error();
    }
    DateClosure record;
    record.caseId = source->caseId;
    record.recordType = request.recordType;
    record.recordId = request.recordId;
    record.ruleId = request.ruleId;
    record.date = source->derived.typedDate.value_or(source->derived.date);
    ProcedureRepository<DateClosure> repo(m_db);
    Result<std::vector<DateOverride>> overridden = ProcedureRepository<DateOverride>(m_db).listForCase(record.caseId);
    if (!overridden) {
        return overridden.error();
    }
    for (const DateOverride& o : *overridden) {
        if (OverrideKey{o.recordType, o.recordId, o.ruleId} == key) {
            record.date = o.date;
        }
    }
    record.outcome = request.outcome;
    record.reason = request.reason;
    record.closedBy = m_actor;
    record.closedOn = request.closedOn;
    if (Status valid = ProcedureValidator::check(record); !valid) {
        return valid.error();
    }
    Result<std::vector<DateClosure>> existing = repo.listForCase(record.caseId);
    if (!existing) {
        return existing.error();
    }
    for (const DateClosure& c : *existing) {
        if (OverrideKey{c.recordType, c.recordId, c.ruleId} == key && c.date == record.date) {
            return invalidField("date_closure", "date_closure.already_closed",
                                "this date is already closed (reopen it first)");
        }
    }
    Result<DateClosureId> id = repo.insert(record);
    if (!id) {
        return id.error();
    }
    record.id = *id;
    if (Status logged = auditProcedureChange(m_audit, m_db, m_actor, AuditAction::Create, "date_closure",
                                             record.id.value, nullptr, procedureJson(record));
        !logged) {
        return logged.error();
    }
    if (Status done = tx->commit(); !done) {
        return done.error();
    }
    return record.id;
}

Status DueService::reopenDate(DateClosureId id)
{
    return removeAudited<DateClosure>(m_db, m_audit, m_actor, id);
}

Result<std::vector<DateClosure>> DueService::closures(CaseId caseId) const
{
    return ProcedureRepository<DateClosure>(m_db).listForCase(caseId);
}

} // namespace casebook::core
