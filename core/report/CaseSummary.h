// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Consent.h"
#include "domain/Date.h"
#include "domain/Ids.h"
#include "report/ReportDocument.h"
#include "support/Result.h"

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

class Session;

/// The parts of a case summary a user can choose.
enum class SummarySection {
    Meeting,            ///< purpose, date, attendees and agenda
    Person,             ///< person and case details
    Chronology,         ///< the chronology table
    Adjustments,        ///< current reasonable adjustments
    Procedures,         ///< each procedure's status and derived dates with citations
    OccupationalHealth, ///< OH referrals and absences
    Decisions,          ///< the decision log
    Actions,            ///< open action-plan objectives
};

/// What a summary is for and who receives it.
struct SummaryOptions {
    ConsentAudience audience = ConsentAudience::Hr;
    std::string marking = "OFFICIAL-SENSITIVE";
    std::string handling = "Personal data: share only with the meeting's attendees; do not forward.";
    Date generatedOn; ///< also the day consent is judged on
    std::string author;
    std::string meetingPurpose;
    std::optional<Date> meetingDate;
    std::vector<std::string> attendees;
    std::vector<std::string> agenda;
    std::set<SummarySection> sections = allSummarySections();

    static std::set<SummarySection> allSummarySections();
};

/// The section's code ("chronology"), and the section for a code.
std::string_view toCode(SummarySection section);
std::optional<SummarySection> summarySectionFromCode(std::string_view code);
/// The audience in words: "HR", "Line manager", ...
std::string audienceName(ConsentAudience audience);

/// True when medical detail about the person may go to `audience` on `asOf`: their recorded
/// consent covers it, or the audience is the officer themselves (it is their own data).
bool medicalDetailAllowed(std::span<const Consent> consents, ConsentAudience audience, Date asOf);

/// Builds the case summary of `caseId` for a meeting. Medical detail (OH referral content, absence
/// reasons and fit notes, OH advice on adjustments, chronology entries flagged medical) is left
/// out here, unless medicalDetailAllowed(), and the document says what was left out by category,
/// so no renderer can leak it. NotFound when there is no such case.
Result<ReportDocument> buildCaseSummary(Session& session, CaseId caseId, const SummaryOptions& options);

} // namespace casebook::core
