// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"
#include "procedure/ProcedureRules.h"
#include "rules/DeadlineEngine.h"
#include "store/Database.h"
#include "support/Result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// One date the caseload's records give, before local overrides and before it is classed against
/// a day: the rule's DerivedDate (id, title, citation, status, basis) and where it comes from.
struct DueDate {
    CaseId caseId;
    PersonId person;
    std::string recordType; ///< table of the record: "upp_procedure", "absence", "case_file", ...
    std::int64_t recordId = 0;
    DerivedDate derived;
    /// True for a deadline or review someone must act on (overdue once past); false for a
    /// milestone such as a notice's expiry or a pay transition, which simply passes.
    bool needsAction = true;
    /// Set while the record is paused (a UPP/UAP paused pending a conduct referral, regs 12 and 14
    /// of the Performance Regulations): its time limits do not run, so it is never overdue.
    std::optional<Date> pausedFrom;
    /// Set when the record's dates cannot be worked out because the records break a rule (two
    /// absences of one person sharing a day): says which record and which rule (derived.ruleId).
    /// The line stands in for the dates, so that one bad record hides nothing else.
    std::string problem = {};
    bool operator==(const DueDate&) const = default;
};

/// Gathers every open derived date of the records of open cases: UPP/UAP dates per regime, the
/// conduct appeal window, ill-health and injury-award appeal windows, the adjusted-duties 12-month
/// review, sick-pay transitions and pay discretion reviews, adjustment reviews, planned limited-duty
/// reviews, action-plan objectives and the cases' next review dates. Dates whose target event is
/// recorded (an appeal notice given, a pay decision made) are left out; so are concluded UPPs and
/// ended limited duties.
class ProcedureDueDates {
public:
    /// With `person`, only that person's open cases are looked at (to refresh one person's dates
    /// after an edit without reading the whole caseload).
    ProcedureDueDates(Database& db, const ProcedureRules& rules, std::optional<PersonId> person = std::nullopt);

    Result<std::vector<DueDate>> collect() const;

private:
    struct CaseRef {
        CaseId id;
        PersonId person;
        std::optional<Date> nextReview;
    };

    using Cases = std::map<CaseId, CaseRef>;

    Result<Cases> openCases() const;
    /// The records of type T of `cases` (all of them, or the scoped person's case by case).
    template <typename T> Result<std::vector<T>> records(const Cases& cases) const;
    Status addRuleDates(std::vector<DueDate>& out, const Cases& cases) const;
    Status addSickPay(std::vector<DueDate>& out, const Cases& cases) const;
    Status addRecordedReviews(std::vector<DueDate>& out, const Cases& cases) const;
    /// One line per absence of `person` on an open case, in place of their pay dates.
    Status addPayProblem(std::vector<DueDate>& out, const Cases& cases, PersonId person,
                         const std::string& detail) const;

    Database& m_db;
    const ProcedureRules& m_rules;
    std::optional<PersonId> m_person;
};

} // namespace casebook::core
