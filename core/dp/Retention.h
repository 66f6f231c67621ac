// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "domain/Date.h"
#include "domain/Ids.h"
#include "rules/JsonProblem.h"
#include "rules/RulePack.h"
#include "store/Database.h"
#include "support/Result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// What a retention rule reviews. A case or a person goes with everything under it; a request
/// file or the local copy of a conduct referral is disposed of on its own, before its case.
enum class RetentionKind { Case, Person, SarRequest, ConductReferral };
enum class RetentionTrigger {
    CaseClosed,
    ServiceEnded,
    LaterOfCaseClosedServiceEnded,
    SarClosed,
    ConductReportGiven, ///< the misconduct meeting's outcome report was given to the officer
};
enum class RetentionAction { Review, Anonymise, Destroy };
/// How a retention period is known: read in a source, typical practice, or force policy.
enum class RetentionStatus { Verified, Typical, Local };

std::string_view toCode(RetentionKind value);
std::string_view toCode(RetentionTrigger value);
std::string_view toCode(RetentionAction value);
std::string_view toCode(RetentionStatus value);
std::optional<RetentionKind> retentionKindFromCode(std::string_view code);
/// True for the kinds disposed of one record at a time (ErasureService::disposeRecord), not as a
/// person or a case with everything under it.
bool isSingleRecord(RetentionKind kind);

/// One rule of the retention pack (resources/rules/retention.json).
struct RetentionRule {
    std::string id;
    std::string title;
    RetentionKind kind = RetentionKind::Case;
    RetentionTrigger trigger = RetentionTrigger::CaseClosed;
    int months = 0; ///< effective (after any local override)
    RetentionAction action = RetentionAction::Review;
    Citation citation;
    RetentionStatus status = RetentionStatus::Typical;
    std::string notes;
    std::optional<int> shippedMonths; ///< set when a local override changed the period
    std::string overrideReason;
};

struct RetentionPack {
    std::string id;
    std::string title;
    int version = 0;
    std::string notes;
    std::vector<RetentionRule> rules;
    const RetentionRule* find(std::string_view ruleId) const;
};

/// Every problem with its JSON path, as the rule packs do; InvalidRulePack with them all.
Result<RetentionPack> parseRetentionPack(std::string_view json);
Result<RetentionPack> loadRetentionPack(const std::filesystem::path& resourcesDir);

/// One record whose retention period ends on or before the day asked about (plus the window).
struct RetentionDue {
    const RetentionRule* rule = nullptr;
    std::int64_t refId = 0; ///< case, person, request or referral id
    PersonId person;
    Date triggerDate;
    Date dueOn;
    std::vector<std::string> blockedBy; ///< "legal hold 3", "open subject access request"
    std::optional<Date> retainedUntil;  ///< a "retain" decision put the review off until then
};

/// The retention pack applied to the store: a person's service-end date, local overrides of a
/// period (with a reason), the review queue and the retain decisions, every change audited.
class RetentionService {
public:
    RetentionService(Database& db, const AuditLog& audit, std::string actor);

    /// Loads the pack and applies the stored local overrides.
    Result<RetentionPack> pack(const std::filesystem::path& resourcesDir) const;
    Status setServiceEnd(PersonId person, std::optional<Date> endedOn, const std::string& reason);
    Result<std::optional<Date>> serviceEnd(PersonId person) const;
    /// Replaces a rule's period locally; InvalidArgument without a reason or with a negative period.
    Status overridePeriod(const RetentionPack& shipped, const std::string& ruleId, int months,
                          const std::string& reason);
    /// Records that a review decided to keep the record until `nextReview`, with the reason
    /// ("all reviews that result in a decision to retain records must be recorded").
    Status retain(const RetentionRule& rule, std::int64_t refId, Date decidedOn, Date nextReview,
                  const std::string& reason);
    /// Records due on or before asOf + withinDays, by due date; held ones list what blocks them.
    Result<std::vector<RetentionDue>> review(const RetentionPack& pack, Date asOf, int withinDays = 30) const;

private:
    Database& m_db;
    const AuditLog& m_audit;
    std::string m_actor;
};

} // namespace casebook::core
