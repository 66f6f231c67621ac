// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/CaseloadOverview.h"
#include "report/ReportDocument.h"

#include <string>
#include <utility>
#include <vector>

namespace casebook::core {

/// The handling line an overview carries unless the user gives another.
inline constexpr const char* kOverviewHandling = "Management information: for the chief inspector; do not forward.";

/// How many cases were open at the end of each of the last `months` months (the current month
/// as of the overview's day), oldest first, labelled "Jan 26".
std::vector<std::pair<std::string, int>> openCasesByMonth(const CaseloadOverview& overview, int months);

/// The overview's chart page: cases by type, by UPP/UAP stage, open cases month by month over the
/// last 12 months, and outcomes. Counts only: no chart names anyone, anonymised or not.
std::vector<ReportChart> overviewCharts(const CaseloadOverview& overview);

/// The caseload overview for the chief inspector as a report (for PDF, in landscape): the chart
/// page, the figures by status, type, stage and outcome, then a row per case with the same
/// columns as the CSV. It carries no medical detail, so nothing is withheld; an anonymised
/// overview names no one.
ReportDocument overviewReport(const CaseloadOverview& overview, std::string marking, std::string handling,
                              std::string author);

} // namespace casebook::core
