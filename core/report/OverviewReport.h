// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/CaseloadOverview.h"
#include "report/ReportDocument.h"

#include <string>

namespace casebook::core {

/// The caseload overview for the chief inspector as a report (for PDF): the figures first, by
/// type, status and outcome, then a row per case. It carries no medical detail, so nothing is
/// withheld; an anonymised overview names no one.
/// The handling line an overview carries unless the user gives another.
inline constexpr const char* kOverviewHandling = "Management information: for the chief inspector; do not forward.";

ReportDocument overviewReport(const CaseloadOverview& overview, std::string marking, std::string handling,
                              std::string author);

} // namespace casebook::core
