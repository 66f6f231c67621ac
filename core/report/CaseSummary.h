// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ChronologyEntry.h"
#include "domain/Consent.h"
#include "domain/Date.h"
#include "domain/Ids.h"
#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/ImprovementPeriod.h"
#include "procedure/OhReferral.h"
#include "procedure/UppProcedure.h"
#include "report/ReportDocument.h"
#include "service/CaseService.h"
#include "service/DueService.h"

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

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

/// Which chronology entries a summary carries.
enum class ChronologyRange {
    SinceLastMeeting, ///< from the last meeting recorded before the meeting date (all when none)
    Since,            ///< from SummaryOptions::chronologySince
    KeyEvents,        ///< meetings and decisions only
    All,              ///< every entry
};

/// The code of a range ("last-meeting", "since", "key", "all") and back.
std::string_view toCode(ChronologyRange range);
std::optional<ChronologyRange> chronologyRangeFromCode(std::string_view code);

/// What a summary is for and who receives it.
struct SummaryOptions {
    ConsentAudience audience = ConsentAudience::Hr;
    std::string marking = "OFFICIAL-SENSITIVE";
    std::string handling = "Personal data: share only with the meeting's attendees; do not forward.";
    Date generatedOn;   ///< also the day consent is judged on
    std::string author; ///< who prepared it, as they sign ("PS 1234 Sam Jones"); left out when empty
    std::string meetingPurpose;
    std::optional<Date> meetingDate;
    std::vector<std::string> attendees;
    std::vector<std::string> agenda; ///< what the meeting needs to decide
    ChronologyRange chronology = ChronologyRange::SinceLastMeeting;
    std::optional<Date> chronologySince; ///< for ChronologyRange::Since
    std::set<SummarySection> sections = allSummarySections();

    static std::set<SummarySection> allSummarySections();
};

/// The section's code ("chronology"), and the section for a code.
std::string_view toCode(SummarySection section);
std::optional<SummarySection> summarySectionFromCode(std::string_view code);
/// The audience in words: "HR", "Line manager", ...
std::string audienceName(ConsentAudience audience);

/// True when every category of medical information about the person may go to `audience` on
/// `asOf`: their recorded consent covers each, or the audience is the officer themselves (it is
/// their own data).
bool medicalDetailAllowed(std::span<const Consent> consents, ConsentAudience audience, Date asOf);
/// The same for one category: consent by audience and category, as of `asOf`.
bool medicalDetailAllowed(std::span<const Consent> consents, ConsentAudience audience, ConsentCategory category,
                          Date asOf);

/// The first day of the chronology a summary with `options` shows for `chronology` (entries in
/// time order), or nullopt for all of it: the chosen date, or the last meeting before the meeting
/// date (else before the day it is made).
std::optional<Date> chronologyStart(std::span<const ChronologyEntry> chronology, const SummaryOptions& options);

/// A UPP/UAP procedure with its improvement period worked out on the store's working calendar.
struct SummaryProcedure {
    UppProcedure procedure;
    ImprovementPeriod period;
};

/// Everything a case summary is made from, as plain values: the report service gathers them
/// (service/ReportService.h), so the summary itself reads nothing.
struct CaseSummaryInputs {
    CaseView view;
    std::vector<Adjustment> adjustments;
    std::vector<SummaryProcedure> procedures;
    std::vector<OhReferral> referrals;
    std::vector<Absence> absences;
    std::vector<ActionPlan> plans;
    std::vector<DueItem> due; ///< the case's dates on the summary's day (other cases' are ignored)
};

/// Builds the case summary of `inputs` for a meeting, in plain words (dates written out, codes as
/// words, no rule ids; empty fields left out). Page 1: the meeting (who it is about, purpose, date,
/// attendees, for whom and by whom), the situation from the latest holistic review, the consent
/// statement and what needs deciding; then adjustments, procedures and their next dates, open
/// actions, decisions and chronology (from chronologyStart()), person and case, occupational
/// health, absences, a key to the rule statuses, and last what was withheld. Medical detail is left out here unless the
/// officer's consent covers the audience for its category on the summary's date (OH advice: OH
/// recommendations and advice on adjustments; diagnosis and medical detail: OH referral reason and
/// questions, chronology entries and decisions flagged medical; absence reasons; fit notes), and
/// the document says what was left out by category,
/// so no renderer can leak it.
ReportDocument buildCaseSummary(const CaseSummaryInputs& inputs, const SummaryOptions& options);

} // namespace casebook::core
