// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dp/Retention.h"

#include "dp/CodeTable.h"

#include "domain/Validator.h"
#include "repo/SqlValues.h"
#include "rules/JsonChecker.h"
#include "rules/TextFile.h"
#include "service/ProcedureAudit.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace casebook::core {

namespace {

using dp::codeOf;
using dp::CodeTable;
using dp::fromTable;

constexpr CodeTable<RetentionKind, 4> kKinds{{{RetentionKind::Case, "case"},
                                              {RetentionKind::Person, "person"},
                                              {RetentionKind::SarRequest, "sar_request"},
                                              {RetentionKind::ConductReferral, "conduct_referral"}}};
constexpr CodeTable<RetentionTrigger, 5> kTriggers{
    {{RetentionTrigger::CaseClosed, "case_closed"},
     {RetentionTrigger::ServiceEnded, "service_ended"},
     {RetentionTrigger::LaterOfCaseClosedServiceEnded, "later_of_case_closed_service_ended"},
     {RetentionTrigger::SarClosed, "sar_closed"},
     {RetentionTrigger::ConductReportGiven, "conduct_report_given"}}};
constexpr CodeTable<RetentionAction, 3> kActions{{{RetentionAction::Review, "review"},
                                                  {RetentionAction::Anonymise, "anonymise"},
                                                  {RetentionAction::Destroy, "destroy"}}};
constexpr CodeTable<RetentionStatus, 3> kStatuses{{{RetentionStatus::Verified, "verified"},
                                                   {RetentionStatus::Typical, "typical"},
                                                   {RetentionStatus::Local, "local"}}};

template <typename E, std::size_t N>
E readCode(const nlohmann::json& rule, const char* key, const std::string& at, const CodeTable<E, N>& table,
           JsonChecker& checker)
{
    const auto text = checker.string(rule, key, at);
    if (!text) {
        return table.front().first;
    }
    const auto value = fromTable(table, *text);
    if (!value) {
        std::string choices;
        for (const auto& entry : table) {
            choices += (choices.empty() ? "" : ", ") + std::string(entry.second);
        }
        checker.report(JsonChecker::member(at, key),
                       "unknown value \"" + *text + "\" (expected one of: " + choices + ")");
        return table.front().first;
    }
    return *value;
}

/// The optional date in `column` of the current row; an unreadable one is StoreDamaged.
Result<std::optional<Date>> dateOrNull(const Statement& s, int column)
{
    sql::RowReader read(s);
    const std::optional<Date> date = read.optionalDate(column);
    if (Status st = read.status(); !st) {
        return st.error();
    }
    return date;
}

/// Whether a record of `kind` has the date `trigger` counts from: a request file has no case, a
/// person no single case, and only a conduct referral has an outcome report.
bool triggerFits(RetentionKind kind, RetentionTrigger trigger)
{
    switch (trigger) {
    case RetentionTrigger::CaseClosed:
    case RetentionTrigger::LaterOfCaseClosedServiceEnded:
        return kind == RetentionKind::Case || kind == RetentionKind::ConductReferral;
    case RetentionTrigger::ServiceEnded:
        return kind != RetentionKind::SarRequest;
    case RetentionTrigger::SarClosed:
        return kind == RetentionKind::SarRequest;
    case RetentionTrigger::ConductReportGiven:
        return kind == RetentionKind::ConductReferral;
    }
    return false;
}

} // namespace

std::string_view toCode(RetentionKind value)
{
    return codeOf(kKinds, value);
}
std::string_view toCode(RetentionTrigger value)
{
    return codeOf(kTriggers, value);
}
std::string_view toCode(RetentionAction value)
{
    return codeOf(kActions, value);
}
std::string_view toCode(RetentionStatus value)
{
    return codeOf(kStatuses, value);
}
std::optional<RetentionKind> retentionKindFromCode(std::string_view code)
{
    return fromTable(kKinds, code);
}

bool isSingleRecord(RetentionKind kind)
{
    return kind == RetentionKind::SarRequest || kind == RetentionKind::ConductReferral;
}

const RetentionRule* RetentionPack::find(std::string_view ruleId) const
{
    const auto it = std::find_if(rules.begin(), rules.end(), [&](const RetentionRule& r) { return r.id == ruleId; });
    return it == rules.end() ? nullptr : &*it;
}

Result<RetentionPack> parseRetentionPack(std::string_view text)
{
    const nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        return makeError(ErrorCode::InvalidRulePack, "$: not a JSON object");
    }
    JsonChecker checker;
    checker.rejectUnknownKeys(document, {"format", "id", "title", "version", "notes", "rules"}, "$");
    if (const auto format = checker.integer(document, "format", "$"); format && *format != 1) {
        checker.report("$.format", "unsupported retention pack format " + std::to_string(*format));
    }
    RetentionPack pack;
    pack.id = checker.string(document, "id", "$").value_or("");
    pack.title = checker.string(document, "title", "$").value_or("");
    pack.version = static_cast<int>(checker.integer(document, "version", "$").value_or(0));
    pack.notes = checker.string(document, "notes", "$", false).value_or("");
    std::set<std::string> ids;
    if (const nlohmann::json* rules = checker.array(document, "rules", "$")) {
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const std::string at = JsonChecker::element("$.rules", i);
            const nlohmann::json& json = (*rules)[i];
            if (!json.is_object()) {
                checker.report(at, "must be an object");
                continue;
            }
            checker.rejectUnknownKeys(
                json, {"id", "title", "record_kind", "trigger", "months", "action", "citation", "status", "notes"}, at);
            RetentionRule rule;
            rule.id = checker.string(json, "id", at).value_or("");
            if (!rule.id.empty() && (rule.id.rfind(pack.id + ".", 0) != 0 || !ids.insert(rule.id).second)) {
                checker.report(JsonChecker::member(at, "id"), "must be unique and start with \"" + pack.id + ".\"");
            }
            rule.title = checker.string(json, "title", at).value_or("");
            rule.kind = readCode(json, "record_kind", at, kKinds, checker);
            rule.trigger = readCode(json, "trigger", at, kTriggers, checker);
            rule.action = readCode(json, "action", at, kActions, checker);
            rule.status = readCode(json, "status", at, kStatuses, checker);
            if (json.contains("record_kind") && json.contains("trigger") && !triggerFits(rule.kind, rule.trigger)) {
                checker.report(JsonChecker::member(at, "trigger"),
                               "a " + std::string(toCode(rule.kind)) + " record has no date \""
                                   + std::string(toCode(rule.trigger)) + "\" to count from");
            }
            const auto months = checker.integer(json, "months", at);
            if (months && (*months < 0 || *months > 1800)) {
                checker.report(JsonChecker::member(at, "months"), "must be between 0 and 1800");
            }
            rule.months = static_cast<int>(months.value_or(0));
            if (const nlohmann::json* citation = checker.object(json, "citation", at)) {
                const std::string path = JsonChecker::member(at, "citation");
                checker.rejectUnknownKeys(*citation, {"instrument", "provision", "url"}, path);
                rule.citation.instrument = checker.string(*citation, "instrument", path).value_or("");
                rule.citation.provision = checker.string(*citation, "provision", path).value_or("");
                rule.citation.url =
                    checker.string(*citation, "url", path, rule.status != RetentionStatus::Local).value_or("");
            }
            rule.notes = checker.string(json, "notes", at, false).value_or("");
            pack.rules.push_back(std::move(rule));
        }
    }
    if (!checker.ok()) {
        return makeError(ErrorCode::InvalidRulePack, checker.summary());
    }
    return pack;
}

Result<RetentionPack> loadRetentionPack(const std::filesystem::path& resourcesDir)
{
    const std::filesystem::path file = resourcesDir / "rules" / "retention.json";
    Result<std::string> text = readTextFile(file);
    if (!text) {
        return text.error();
    }
    Result<RetentionPack> pack = parseRetentionPack(*text);
    if (!pack) {
        return makeError(pack.error().code, "retention.json: " + pack.error().detail);
    }
    return pack;
}

RetentionService::RetentionService(Database& db, const AuditLog& audit, std::string actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{
}

Result<RetentionPack> RetentionService::pack(const std::filesystem::path& resourcesDir) const
{
    Result<RetentionPack> pack = loadRetentionPack(resourcesDir);
    if (!pack) {
        return pack;
    }
    auto stmt = m_db.prepare("SELECT rule_id, months, reason FROM retention_override");
    if (!stmt) {
        return stmt.error();
    }
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const std::string id = stmt->columnText(0);
        auto it =
            std::find_if(pack->rules.begin(), pack->rules.end(), [&](const RetentionRule& r) { return r.id == id; });
        if (it == pack->rules.end()) {
            continue; // a rule the shipped pack no longer has
        }
        it->shippedMonths = it->months;
        it->months = static_cast<int>(stmt->columnInt(1));
        it->overrideReason = stmt->columnText(2);
    }
    return pack;
}

Status RetentionService::setServiceEnd(PersonId person, std::optional<Date> endedOn, const std::string& reason)
{
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    Result<std::int64_t> exists = sql::intWhere(m_db, "SELECT count(*) FROM person WHERE id = ?1", person.value);
    if (!exists) {
        return exists.error();
    }
    if (*exists == 0) {
        return makeError(ErrorCode::NotFound, "person " + std::to_string(person.value) + " not found");
    }
    Result<std::optional<Date>> before = serviceEnd(person);
    if (!before) {
        return before.error();
    }
    auto stmt = endedOn
                    ? m_db.prepare("INSERT INTO person_service(person_id, service_ended_on, reason) VALUES (?1, ?2, "
                                   "?3) ON CONFLICT(person_id) DO UPDATE SET service_ended_on = excluded."
                                   "service_ended_on, reason = excluded.reason")
                    : m_db.prepare("DELETE FROM person_service WHERE person_id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, person.value);
    if (endedOn) {
        stmt->bind(2, std::string_view(endedOn->toIso())).bind(3, reason);
    }
    if (Status st = stmt->run(); !st) {
        return st;
    }
    auto image = [&](const std::optional<Date>& d) -> nlohmann::json {
        return d ? nlohmann::json{{"person_id", person.value}, {"service_ended_on", d->toIso()}, {"reason", reason}}
                 : nlohmann::json(nullptr);
    };
    if (Status logged =
            auditProcedureChange(m_audit, m_db, m_actor, endedOn ? AuditAction::Update : AuditAction::Delete,
                                 "person_service", person.value, image(*before), image(endedOn));
        !logged) {
        return logged;
    }
    return tx->commit();
}

Result<std::optional<Date>> RetentionService::serviceEnd(PersonId person) const
{
    auto stmt = m_db.prepare("SELECT service_ended_on FROM person_service WHERE person_id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, person.value);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<Date>{};
    }
    return dateOrNull(*stmt, 0);
}

Status RetentionService::overridePeriod(const RetentionPack& shipped, const std::string& ruleId, int months,
                                        const std::string& reason)
{
    const RetentionRule* rule = shipped.find(ruleId);
    if (rule == nullptr) {
        return makeError(ErrorCode::NotFound, "rule " + ruleId + " is not in the retention pack");
    }
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos || months < 0 || months > 1800) {
        return invalidProblem("rule " + ruleId + ": a local period needs a reason and 0 to 1800 months", "reason",
                              "retention.period_needs_reason", {"1800"});
    }
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    auto stmt = m_db.prepare("INSERT INTO retention_override(rule_id, months, reason) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT(rule_id) DO UPDATE SET months = excluded.months, reason = excluded.reason");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, ruleId).bind(2, std::int64_t{months}).bind(3, reason);
    if (Status st = stmt->run(); !st) {
        return st;
    }
    if (Status logged = auditRecordChange(m_audit, m_db, m_actor, AuditAction::Update, "retention_override", ruleId,
                                          {{"months", rule->shippedMonths.value_or(rule->months)}},
                                          {{"months", months}, {"reason", reason}});
        !logged) {
        return logged;
    }
    return tx->commit();
}

Status RetentionService::retain(const RetentionRule& rule, std::int64_t refId, Date decidedOn, Date nextReview,
                                const std::string& reason)
{
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos || nextReview <= decidedOn) {
        return invalidProblem("a decision to retain needs a reason and a next review date after the decision", "reason",
                              "retention.decision_needs_reason");
    }
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    auto stmt = m_db.prepare("INSERT INTO retention_decision(rule_id, ref_id, decided_on, next_review_on, reason) "
                             "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, rule.id).bind(2, refId).bind(3, std::string_view(decidedOn.toIso()));
    stmt->bind(4, std::string_view(nextReview.toIso())).bind(5, reason);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    const std::int64_t id = stmt->columnInt(0);
    stmt->reset();
    if (Status logged =
            auditProcedureChange(m_audit, m_db, m_actor, AuditAction::Create, "retention_decision", id, nullptr,
                                 {{"rule_id", rule.id},
                                  {"ref_id", refId},
                                  {"decided_on", decidedOn.toIso()},
                                  {"next_review_on", nextReview.toIso()},
                                  {"reason", reason}});
        !logged) {
        return logged;
    }
    return tx->commit();
}

Result<std::vector<RetentionDue>> RetentionService::review(const RetentionPack& pack, Date asOf, int withinDays) const
{
    const Date horizon = asOf.addDays(withinDays);
    std::vector<RetentionDue> out;
    // One row per candidate record: id, person, case closed, service ended, the record's own
    // trigger date (request closed, conduct report given), whether the person still has cases,
    // and the case it belongs to (0 for a person or a request).
    struct Candidate {
        std::int64_t id;
        PersonId person;
        std::optional<Date> caseClosed;
        std::optional<Date> serviceEnded;
        std::optional<Date> recordDate;
        bool personHasCases;
        std::int64_t caseId;
    };
    for (const RetentionRule& rule : pack.rules) {
        std::string query;
        switch (rule.kind) {
        case RetentionKind::Case:
            query = "SELECT c.id, c.person_id, c.closed_on, s.service_ended_on, NULL, 1, c.id FROM case_file c "
                    "LEFT JOIN person_service s ON s.person_id = c.person_id WHERE c.anonymised_on IS NULL";
            break;
        case RetentionKind::Person:
            // A person is reviewed once no case is left to review (gone, or anonymised).
            query = "SELECT p.id, p.id, NULL, s.service_ended_on, NULL, EXISTS (SELECT 1 FROM case_file c WHERE "
                    "c.person_id = p.id AND c.anonymised_on IS NULL), 0 FROM person p LEFT JOIN person_service s ON "
                    "s.person_id = p.id WHERE p.anonymised_on IS NULL";
            break;
        case RetentionKind::SarRequest:
            query =
                "SELECT r.id, r.person_id, NULL, NULL, r.closed_on, 1, 0 FROM sar_request r WHERE r.status <> 'open'";
            break;
        case RetentionKind::ConductReferral:
            query = "SELECT r.id, c.person_id, c.closed_on, s.service_ended_on, r.report_date, 1, c.id FROM "
                    "conduct_referral r JOIN case_file c ON c.id = r.case_id LEFT JOIN person_service s ON "
                    "s.person_id = c.person_id WHERE c.anonymised_on IS NULL";
            break;
        }
        auto stmt = m_db.prepare(query);
        if (!stmt) {
            return stmt.error();
        }
        std::vector<Candidate> candidates;
        for (;;) {
            auto row = stmt->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            auto first = dateOrNull(*stmt, 2);
            auto second = dateOrNull(*stmt, 3);
            auto third = dateOrNull(*stmt, 4);
            if (!first || !second || !third) {
                return (!first ? first : (!second ? second : third)).error();
            }
            candidates.push_back({stmt->columnInt(0), PersonId{stmt->columnInt(1)}, *first, *second, *third,
                                  stmt->columnInt(5) != 0, stmt->columnInt(6)});
        }
        for (const Candidate& c : candidates) {
            std::optional<Date> trigger;
            switch (rule.trigger) {
            case RetentionTrigger::CaseClosed:
                trigger = c.caseClosed;
                break;
            case RetentionTrigger::ServiceEnded:
                trigger = c.serviceEnded;
                break;
            case RetentionTrigger::LaterOfCaseClosedServiceEnded:
                if (c.caseClosed && c.serviceEnded) {
                    trigger = std::max(*c.caseClosed, *c.serviceEnded);
                }
                break;
            case RetentionTrigger::SarClosed:
            case RetentionTrigger::ConductReportGiven:
                trigger = c.recordDate;
                break;
            }
            if (!trigger || (rule.kind == RetentionKind::Person && c.personHasCases)) {
                continue; // not yet triggered; a person is reviewed once their cases are gone
            }
            RetentionDue due;
            due.rule = &rule;
            due.refId = c.id;
            due.person = c.person;
            due.triggerDate = *trigger;
            due.dueOn = trigger->addMonths(rule.months);
            if (due.dueOn > horizon) {
                continue;
            }
            auto decided = m_db.prepare("SELECT max(next_review_on) FROM retention_decision WHERE rule_id = ?1 AND "
                                        "ref_id = ?2");
            if (!decided) {
                return decided.error();
            }
            decided->bind(1, rule.id).bind(2, c.id);
            if (auto row = decided->step(); !row) {
                return row.error();
            } else if (*row) {
                auto until = dateOrNull(*decided, 0);
                if (!until) {
                    return until.error();
                }
                due.retainedUntil = *until;
            }
            if (due.retainedUntil && *due.retainedUntil > horizon) {
                continue; // a review decided to keep it; it comes back at the next review date
            }
            auto holds = m_db.prepare(
                "SELECT id FROM legal_hold WHERE released_on IS NULL AND (scope = 'all' OR (scope = 'person' AND "
                "person_id = ?1) OR (scope = 'case' AND (case_id = ?2 OR (?3 AND case_id IN (SELECT id FROM "
                "case_file WHERE person_id = ?1))))) ORDER BY id");
            if (!holds) {
                return holds.error();
            }
            holds->bind(1, c.person.value)
                .bind(2, c.caseId != 0 ? c.caseId : std::int64_t{-1})
                .bind(3, std::int64_t{rule.kind == RetentionKind::Person ? 1 : 0});
            for (;;) {
                auto row = holds->step();
                if (!row) {
                    return row.error();
                }
                if (!*row) {
                    break;
                }
                due.blockedBy.push_back("legal hold " + std::to_string(holds->columnInt(0)));
            }
            Result<std::int64_t> openRequests = sql::intWhere(
                m_db, "SELECT count(*) FROM sar_request WHERE person_id = ?1 AND status = 'open'", c.person.value);
            if (!openRequests) {
                return openRequests.error();
            }
            if (*openRequests > 0) {
                due.blockedBy.emplace_back("open subject access request");
            }
            out.push_back(std::move(due));
        }
    }
    std::sort(out.begin(), out.end(), [](const RetentionDue& a, const RetentionDue& b) {
        return std::tie(a.dueOn, a.rule->id, a.refId) < std::tie(b.dueOn, b.rule->id, b.refId);
    });
    return out;
}

} // namespace casebook::core
