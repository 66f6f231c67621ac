// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Case.h"
#include "domain/Date.h"
#include "domain/Person.h"
#include "procedure/ProcedureEnums.h"

#include <map>
#include <string>
#include <vector>

namespace casebook::core {

/// Per case: how many records of each kind, and the furthest UPP/UAP stage.
struct CaseloadCounts {
    std::map<CaseId, int> oh, psd, ihr, plans;
    std::map<CaseId, UppStage> stage;
};

/// Everything the overview is made from, gathered by the report service (caseloadInputs).
struct CaseloadInputs {
    std::vector<Case> cases; ///< open and closed
    std::vector<Person> people;
    CaseloadCounts counts;
};

/// One case in the caseload overview.
struct OverviewRow {
    std::string subject; ///< the person's name, or "Officer A", "Officer B"... when anonymised
    std::int64_t caseId = 0;
    std::string types; ///< type codes, "; "-separated
    std::string status;
    std::string stage; ///< the furthest UPP/UAP stage, else empty
    Date opened;
    std::string closed;   ///< ISO date or empty
    int durationDays = 0; ///< opened to closed, or to the overview's day while open
    std::string outcome;
    int ohReferrals = 0;
    int psdReferrals = 0;
    int illHealthRetirements = 0;
    int actionPlans = 0;
    bool operator==(const OverviewRow&) const = default;
};

/// The caseload figures for the chief inspector: a row per case and the totals the practice
/// reports (cases by type and status, OH and PSD referrals, ill-health retirements, action plans,
/// outcomes such as returns to full duties and resignations). Holds no medical detail.
struct CaseloadOverview {
    Date asOf;
    bool anonymised = false;
    std::vector<OverviewRow> rows;
    /// "Cases by type: UPP" -> 3, "Cases by outcome: Resignation" -> 1, "OH referrals" -> 4, ...
    std::map<std::string, int> totals;
    /// The store's audit log head ("seq:hex") when the overview was read, set by the caller;
    /// the CSV ends with it and the PDF has it in the footer.
    std::string auditHead{};

    /// A row per case of `inputs`, in order of case id, and the totals. With `anonymised`, names
    /// become "Officer A", "Officer B"..., given in order of the people's ids so the same store
    /// gives the same labels.
    static CaseloadOverview build(const CaseloadInputs& inputs, Date asOf, bool anonymised);
    /// The rows as CSV with a header row, a blank line, then "Figure,Count" rows of the totals.
    std::string toCsv() const;
};

/// The columns of the per-case rows, the same in the CSV and the PDF, and one row's cells.
std::vector<std::string> overviewColumns();
std::vector<std::string> overviewCells(const OverviewRow& row);

/// "Officer A" for 0, ... "Officer Z", "Officer AA" for 26, ...
std::string anonymousLabel(std::size_t index);

} // namespace casebook::core
