// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/LocalRulesService.h"

#include "domain/Validator.h"
#include "service/ProcedureAudit.h"

#include <nlohmann/json.hpp>

#include <utility>

namespace casebook::core {

namespace {

template <typename Rules> auto* packById(Rules& rules, std::string_view id)
{
    for (auto* pack : rules.allPacks()) {
        if (pack->id == id) {
            return pack;
        }
    }
    return static_cast<decltype(&rules.conduct)>(nullptr);
}

std::string_view kindCode(CalendarEditKind kind)
{
    return kind == CalendarEditKind::AddHoliday ? "add" : "remove";
}

nlohmann::json toJson(const StoredRuleOverride& o)
{
    return {{"packId", o.packId}, {"ruleId", o.ruleId}, {"amount", o.amount}, {"reason", o.reason}};
}

nlohmann::json toJson(const StoredCountingPolicy& p)
{
    return {{"name", p.name}, {"value", p.value}, {"reason", p.reason}};
}

nlohmann::json toJson(const CalendarEdit& e)
{
    return {{"date", e.date.toIso()}, {"kind", kindCode(e.kind)}, {"title", e.title}, {"reason", e.reason}};
}

/// Applies one calendar edit to `calendar`; the error says why it no longer fits.
Status applyEdit(WorkingCalendar& calendar, const CalendarEdit& edit)
{
    if (edit.kind == CalendarEditKind::AddHoliday) {
        return calendar.addLocalHoliday(edit.date, edit.title);
    }
    return calendar.removeHoliday(edit.date);
}

} // namespace

LocalRulesService::LocalRulesService(Database& db, const ProcedureRules& shipped, ProcedureRules& live,
                                     const AuditLog& audit, std::string actor)
    : m_db(db)
    , m_shipped(shipped)
    , m_live(live)
    , m_audit(audit)
    , m_actor(std::move(actor))
{
}

template <typename Work> Status LocalRulesService::inTransaction(Work&& work)
{
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    if (Status done = work(); !done) {
        return done; // rolled back as tx goes out of scope
    }
    if (Status committed = tx->commit(); !committed) {
        return committed;
    }
    if (auto skipped = reapply(); !skipped) {
        return skipped.error();
    }
    return Ok{};
}

Result<std::vector<std::string>> LocalRulesService::reapply()
{
    auto overrides = ruleOverrides();
    if (!overrides) {
        return overrides.error();
    }
    auto edits = calendarEdits();
    if (!edits) {
        return edits.error();
    }
    ProcedureRules rebuilt = m_shipped;
    std::vector<std::string> skipped;
    // An override stored under a rule id the pack has since renamed applies to the rules that
    // replaced it (the pack's "renamed" table), first, so an override set on a new id wins.
    for (const bool renamedPass : {true, false}) {
        for (const StoredRuleOverride& o : *overrides) {
            auto* pack = packById(rebuilt, o.packId);
            if (pack == nullptr) {
                if (!renamedPass) {
                    skipped.push_back("rule override " + o.packId + "/" + o.ruleId + ": no such rule pack");
                }
                continue;
            }
            const std::vector<std::string> renamedTo = pack->renamedTo(o.ruleId);
            if (renamedPass != !renamedTo.empty()) {
                continue;
            }
            for (const std::string& id : renamedPass ? renamedTo : std::vector<std::string>{o.ruleId}) {
                Result<RulePack> applied = applyOverride(*pack, {id, o.amount, o.reason});
                if (!applied) {
                    const bool orphan = applied.error().code == ErrorCode::NotFound;
                    skipped.push_back("rule override " + o.packId + "/" + o.ruleId + ": "
                                      + (orphan ? "the shipped pack has no rule " + id
                                                      + " (removed or renamed); the override stays stored: clear it "
                                                        "or set it on the rule that replaced it"
                                                : applied.error().detail));
                    continue;
                }
                *pack = std::move(*applied);
            }
        }
    }
    for (const CalendarEdit& e : *edits) {
        if (Status st = applyEdit(rebuilt.calendar, e); !st) {
            skipped.push_back("calendar edit " + e.date.toIso() + ": " + st.error().detail);
        }
    }
    auto policies = countingPolicies();
    if (!policies) {
        return policies.error();
    }
    for (const StoredCountingPolicy& p : *policies) {
        if (Status st = setPolicy(rebuilt.policies, p.name, p.value); !st) {
            skipped.push_back("counting policy " + p.name + ": " + st.error().detail);
        }
    }
    rebuilt.calendar.setMonthsPeriodEndPolicy(rebuilt.policies.monthsPeriodEnd);
    m_live = std::move(rebuilt);
    return skipped;
}

Result<std::vector<StoredRuleOverride>> LocalRulesService::ruleOverrides() const
{
    auto st = m_db.prepare("SELECT pack_id, rule_id, amount, reason FROM rule_override ORDER BY pack_id, rule_id");
    if (!st) {
        return st.error();
    }
    std::vector<StoredRuleOverride> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return out;
        }
        out.push_back({st->columnText(0), st->columnText(1), static_cast<int>(st->columnInt(2)), st->columnText(3)});
    }
}

Status LocalRulesService::setRuleOverride(const std::string& packId, const RuleOverrideRequest& request)
{
    const auto* pack = packById(m_shipped, packId);
    if (pack == nullptr) {
        return makeError(ErrorCode::NotFound, "packId: no rule pack " + packId);
    }
    if (Result<RulePack> check = applyOverride(*pack, request); !check) {
        return check.error(); // NotFound, or InvalidArgument naming the field
    }
    return inTransaction([&]() -> Status {
        auto existing = ruleOverrides();
        if (!existing) {
            return existing.error();
        }
        nlohmann::json before = nullptr;
        for (const StoredRuleOverride& o : *existing) {
            if (o.packId == packId && o.ruleId == request.ruleId) {
                before = toJson(o);
            }
        }
        auto st = m_db.prepare("INSERT INTO rule_override(pack_id, rule_id, amount, reason) VALUES (?1, ?2, ?3, ?4)"
                               " ON CONFLICT(pack_id, rule_id) DO UPDATE SET amount = ?3, reason = ?4");
        if (!st) {
            return st.error();
        }
        st->bind(1, packId).bind(2, request.ruleId).bind(3, std::int64_t{request.amount}).bind(4, request.reason);
        if (Status ran = st->run(); !ran) {
            return ran;
        }
        const StoredRuleOverride after{packId, request.ruleId, request.amount, request.reason};
        return auditRecordChange(m_audit, m_db, m_actor, before.is_null() ? AuditAction::Create : AuditAction::Update,
                                 "rule_override", packId + "/" + request.ruleId, before, toJson(after));
    });
}

Status LocalRulesService::clearRuleOverride(const std::string& packId, const std::string& ruleId)
{
    return inTransaction([&]() -> Status {
        auto existing = ruleOverrides();
        if (!existing) {
            return existing.error();
        }
        nlohmann::json before = nullptr;
        for (const StoredRuleOverride& o : *existing) {
            if (o.packId == packId && o.ruleId == ruleId) {
                before = toJson(o);
            }
        }
        if (before.is_null()) {
            return makeError(ErrorCode::NotFound, "no local override of " + packId + "/" + ruleId);
        }
        auto st = m_db.prepare("DELETE FROM rule_override WHERE pack_id = ?1 AND rule_id = ?2");
        if (!st) {
            return st.error();
        }
        st->bind(1, packId).bind(2, ruleId);
        if (Status ran = st->run(); !ran) {
            return ran;
        }
        return auditRecordChange(m_audit, m_db, m_actor, AuditAction::Delete, "rule_override", packId + "/" + ruleId,
                                 before, nullptr);
    });
}

Result<std::vector<CalendarEdit>> LocalRulesService::calendarEdits() const
{
    auto st = m_db.prepare("SELECT date, kind, title, reason FROM calendar_edit ORDER BY date");
    if (!st) {
        return st.error();
    }
    std::vector<CalendarEdit> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return out;
        }
        Result<Date> date = Date::parseIso(st->columnText(0));
        if (!date) {
            return makeError(ErrorCode::StoreDamaged, "calendar_edit holds a date that is not one");
        }
        const auto kind = st->columnText(1) == "add" ? CalendarEditKind::AddHoliday : CalendarEditKind::RemoveHoliday;
        out.push_back({*date, kind, st->columnText(2), st->columnText(3)});
    }
}

Status LocalRulesService::editCalendar(const CalendarEdit& edit)
{
    if (edit.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        return invalidField("reason", "required", "required");
    }
    if (edit.kind == CalendarEditKind::AddHoliday && edit.title.find_first_not_of(" \t\r\n") == std::string::npos) {
        return invalidField("title", "required", "required");
    }
    // Check against the live calendar, so an edit on top of an edit is refused with the same words.
    WorkingCalendar probe = m_live.calendar;
    if (Status fits = applyEdit(probe, edit); !fits) {
        return fits;
    }
    CalendarEdit stored = edit;
    if (edit.kind == CalendarEditKind::RemoveHoliday) {
        stored.title = m_live.calendar.holiday(edit.date)->title;
    }
    return inTransaction([&]() -> Status {
        auto st = m_db.prepare("INSERT INTO calendar_edit(date, kind, title, reason) VALUES (?1, ?2, ?3, ?4)");
        if (!st) {
            return st.error();
        }
        st->bind(1, stored.date.toIso()).bind(2, kindCode(stored.kind)).bind(3, stored.title).bind(4, stored.reason);
        if (Status ran = st->run(); !ran) {
            return ran;
        }
        return auditRecordChange(m_audit, m_db, m_actor, AuditAction::Create, "calendar_edit", stored.date.toIso(),
                                 nullptr, toJson(stored));
    });
}

Status LocalRulesService::clearCalendarEdit(Date date)
{
    return inTransaction([&]() -> Status {
        auto edits = calendarEdits();
        if (!edits) {
            return edits.error();
        }
        nlohmann::json before = nullptr;
        for (const CalendarEdit& e : *edits) {
            if (e.date == date) {
                before = toJson(e);
            }
        }
        if (before.is_null()) {
            return makeError(ErrorCode::NotFound, "no local calendar edit on " + date.toIso());
        }
        auto st = m_db.prepare("DELETE FROM calendar_edit WHERE date = ?1");
        if (!st) {
            return st.error();
        }
        st->bind(1, date.toIso());
        if (Status ran = st->run(); !ran) {
            return ran;
        }
        return auditRecordChange(m_audit, m_db, m_actor, AuditAction::Delete, "calendar_edit", date.toIso(), before,
                                 nullptr);
    });
}

Result<std::vector<StoredCountingPolicy>> LocalRulesService::countingPolicies() const
{
    auto st = m_db.prepare("SELECT name, value, reason FROM counting_policy ORDER BY name");
    if (!st) {
        return st.error();
    }
    std::vector<StoredCountingPolicy> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return out;
        }
        out.push_back({st->columnText(0), st->columnText(1), st->columnText(2)});
    }
}

Status LocalRulesService::setCountingPolicy(const StoredCountingPolicy& policy)
{
    CountingPolicies probe;
    if (Status known = setPolicy(probe, policy.name, policy.value); !known) {
        return known;
    }
    if (policy.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        return invalidField("reason", "local_rules.policy_needs_reason", "a counting policy needs a reason");
    }
    return inTransaction([&]() -> Status {
        auto existing = countingPolicies();
        if (!existing) {
            return existing.error();
        }
        nlohmann::json before = nullptr;
        for (const StoredCountingPolicy& p : *existing) {
            if (p.name == policy.name) {
                before = toJson(p);
            }
        }
        auto st = m_db.prepare("INSERT INTO counting_policy(name, value, reason) VALUES (?1, ?2, ?3)"
                               " ON CONFLICT(name) DO UPDATE SET value = ?2, reason = ?3");
        if (!st) {
            return st.error();
        }
        st->bind(1, policy.name).bind(2, policy.value).bind(3, policy.reason);
        if (Status ran = st->run(); !ran) {
            return ran;
        }
        return auditRecordChange(m_audit, m_db, m_actor, before.is_null() ? AuditAction::Create : AuditAction::Update,
                                 "counting_policy", policy.name, before, toJson(policy));
    });
}

Status LocalRulesService::clearCountingPolicy(const std::string& name)
{
    return inTransaction([&]() -> Status {
        auto existing = countingPolicies();
        if (!existing) {
            return existing.error();
        }
        nlohmann::json before = nullptr;
        for (const StoredCountingPolicy& p : *existing) {
            if (p.name == name) {
                before = toJson(p);
            }
        }
        if (before.is_null()) {
            return makeError(ErrorCode::NotFound, "counting policy " + name + " is not set (the default applies)");
        }
        auto st = m_db.prepare("DELETE FROM counting_policy WHERE name = ?1");
        if (!st) {
            return st.error();
        }
        st->bind(1, name);
        if (Status ran = st->run(); !ran) {
            return ran;
        }
        return auditRecordChange(m_audit, m_db, m_actor, AuditAction::Delete, "counting_policy", name, before, nullptr);
    });
}

} // namespace casebook::core
