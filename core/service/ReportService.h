// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Consent.h"
#include "domain/Date.h"
#include "domain/Ids.h"
#include "report/CaseSummary.h"
#include "report/CaseloadOverview.h"
#include "report/ICalendar.h"
#include "report/ReportDocument.h"
#include "support/Result.h"

namespace casebook::core {

class Session;

/// The one place the reports read the store. Each `…Inputs` function gathers the plain values a renderer in core/report
/// needs; core/report itself makes no query. The other functions gather and build in one call, as the app and the CLI
/// use them.
///
/// Errors: NotFound (no such case), Database / StoreDamaged from the store, RuleViolation when
/// the rules cannot be applied to what is recorded.
Result<CaseSummaryInputs> caseSummaryInputs(Session& session, CaseId caseId, Date asOf);
Result<CaseloadInputs> caseloadInputs(Session& session);
Result<CalendarInputs> calendarInputs(Session& session, ConsentAudience audience, Date asOf);

/// The summary of `caseId` for `options` (buildCaseSummary on caseSummaryInputs), with the store's
/// audit head at the time it was read.
Result<ReportDocument> caseSummary(Session& session, CaseId caseId, const SummaryOptions& options);
/// The caseload overview as of `asOf`, with the store's audit head at the time it was read.
Result<CaseloadOverview> caseloadOverview(Session& session, Date asOf, bool anonymised);
/// The caseload's dates as iCalendar for `options` (whose auditHead is filled from the store).
Result<CalendarExport> calendarExport(Session& session, CalendarOptions options);

} // namespace casebook::core
