// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"
#include "procedure/ProcedureIds.h"
#include "support/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

class Session;

/// An action agreed at a meeting: it becomes an objective of an action plan, with its date.
struct AgreedAction {
    std::string text;
    std::string owner;
    std::optional<Date> due;
};

/// A decision taken at a meeting: it goes into the decision log. A medical rationale is kept apart
/// from the rest, so that exports without consent withhold only that.
struct AgreedDecision {
    std::string decision;
    std::string rationale;
    std::string medicalRationale;
    std::string decidedBy;
};

/// What a meeting (held from a summary's agenda) came to.
struct MeetingOutcome {
    CaseId caseId;
    Date date;
    std::string title = "Case meeting";
    std::vector<std::string> attendees;
    std::string notes;
    std::string medicalNotes; ///< kept apart in the meeting entry: only this is withheld without consent
    std::vector<AgreedAction> actions;
    std::vector<AgreedDecision> decisions;
    std::optional<Date> nextMeeting; ///< becomes the case's next review date
    std::string author;
};

/// What recordMeetingOutcome() stored.
struct RecordedOutcome {
    ChronologyEntryId meeting;
    std::optional<ActionPlanId> actionPlan; ///< when actions were agreed
    std::vector<ChronologyEntryId> decisions;
    CaseId caseId;
    bool nextReviewChanged = false;         ///< the next meeting replaced the case's next review
    std::optional<Date> previousNextReview; ///< what it was before, for undoMeetingOutcome()
};

/// Records a meeting's outcome: a meeting entry in the chronology (notes, attendees, actions
/// agreed, next meeting), one decision-log entry per decision, one action plan "Actions agreed at
/// the meeting on …" with an objective (owner, due date) per action, and the next meeting as the
/// case's next review date. Everything is checked before anything is written; each write is
/// audited. The next summary's chronology starts from this meeting by default. When a write fails
/// part way, what was already written is taken back (each removal audited) before the error is
/// returned.
Result<RecordedOutcome> recordMeetingOutcome(Session& session, const MeetingOutcome& outcome);

/// Takes back what recordMeetingOutcome() stored (the undo of the app): the action plan, the
/// decisions and the meeting entry are removed and the case's next review is put back as it was.
/// Each removal is audited. Stops at the first failure and returns it.
Status undoMeetingOutcome(Session& session, const RecordedOutcome& recorded);

} // namespace casebook::core
