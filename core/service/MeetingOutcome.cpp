// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/MeetingOutcome.h"

#include "domain/ChronologyEntry.h"
#include "domain/Validator.h"
#include "procedure/ActionPlan.h"
#include "procedure/ProcedureValidator.h"
#include "report/Words.h"
#include "service/Session.h"

namespace casebook::core {
namespace {

/// Prefixes the detail of `error` with the part of the outcome it is about ("decisions[1].").
Error about(const Error& error, const std::string& part)
{
    return withFieldPrefix(error, part);
}

std::string meetingBody(const MeetingOutcome& o)
{
    std::string body = o.notes;
    const auto line = [&](const std::string& text) { body += (body.empty() ? "" : "\n") + text; };
    if (!o.attendees.empty()) {
        std::string names;
        for (const std::string& name : o.attendees) {
            names += (names.empty() ? "" : "; ") + name;
        }
        line("Attendees: " + names);
    }
    for (const AgreedAction& a : o.actions) {
        line("Action agreed: " + a.text + " (" + a.owner + (a.due ? ", by " + dateInWords(*a.due) : "") + ")");
    }
    for (const AgreedDecision& d : o.decisions) {
        line("Decided: " + d.decision);
    }
    if (o.nextMeeting) {
        line("Next meeting: " + dateInWords(*o.nextMeeting));
    }
    return body;
}

} // namespace

Result<RecordedOutcome> recordMeetingOutcome(Session& session, const MeetingOutcome& outcome)
{
    auto view = session.cases().loadCase(outcome.caseId);
    if (!view) {
        return view.error();
    }
    ChronologyEntry meeting;
    meeting.caseId = outcome.caseId;
    meeting.date = outcome.date;
    meeting.kind = EntryKind::Meeting;
    meeting.title = outcome.title;
    meeting.body = meetingBody(outcome);
    meeting.medicalDetail = outcome.medicalNotes;
    meeting.author = outcome.author;
    if (auto st = validate(meeting); !st) {
        return st.error();
    }
    std::vector<ChronologyEntry> decisions;
    for (std::size_t i = 0; i < outcome.decisions.size(); ++i) {
        const AgreedDecision& d = outcome.decisions[i];
        ChronologyEntry e;
        e.caseId = outcome.caseId;
        e.date = outcome.date;
        e.kind = EntryKind::Decision;
        e.title = "Decided at the " + outcome.title;
        e.author = outcome.author;
        e.medical = !d.medicalRationale.empty();
        e.decision = DecisionRecord{d.decision, "", d.rationale, d.decidedBy, false, d.medicalRationale};
        if (auto st = validate(e); !st) {
            return about(st.error(), "decisions[" + std::to_string(i) + "].");
        }
        decisions.push_back(std::move(e));
    }
    ActionPlan plan;
    plan.caseId = outcome.caseId;
    plan.title = "Actions agreed at the meeting on " + dateInWords(outcome.date);
    plan.agreedOn = outcome.date;
    for (std::size_t i = 0; i < outcome.actions.size(); ++i) {
        const AgreedAction& a = outcome.actions[i];
        const std::string part = "actions[" + std::to_string(i) + "].";
        if (a.text.find_first_not_of(" \t\n") == std::string::npos) {
            return invalidProblem(part + "text must say what is to be done", part + "text",
                                  "meeting.action_without_text");
        }
        if (a.owner.find_first_not_of(" \t\n") == std::string::npos) {
            return invalidProblem(part + "owner must name who will do it", part + "owner",
                                  "meeting.action_without_owner");
        }
        plan.objectives.push_back({a.text, a.owner, a.due, std::nullopt});
    }
    if (auto st = ProcedureValidator::check(plan); !st) {
        return about(st.error(), "actions: ");
    }
    if (outcome.nextMeeting && *outcome.nextMeeting < outcome.date) {
        return invalidField("next meeting", "meeting.next_before_this", "is before the meeting it follows");
    }

    RecordedOutcome recorded;
    recorded.caseId = outcome.caseId;
    // Each write is its own audited transaction; when one fails, the earlier ones are taken back
    // so that a half-recorded meeting is never left behind.
    const auto failed = [&](const Error& error) -> Result<RecordedOutcome> {
        (void)undoMeetingOutcome(session, recorded);
        return error;
    };
    auto meetingId = session.cases().addEntry(meeting);
    if (!meetingId) {
        return meetingId.error();
    }
    recorded.meeting = *meetingId;
    for (ChronologyEntry& e : decisions) {
        DecisionRecord record = *e.decision;
        auto id = session.cases().recordDecision(std::move(e), std::move(record));
        if (!id) {
            return failed(id.error());
        }
        recorded.decisions.push_back(*id);
    }
    if (!plan.objectives.empty()) {
        auto planId = session.procedures().add(plan);
        if (!planId) {
            return failed(planId.error());
        }
        recorded.actionPlan = *planId;
    }
    if (outcome.nextMeeting) {
        Case updated = view->record;
        updated.nextReview = outcome.nextMeeting;
        if (auto st = session.cases().updateCase(updated); !st) {
            return failed(st.error());
        }
        recorded.nextReviewChanged = true;
        recorded.previousNextReview = view->record.nextReview;
    }
    return recorded;
}

Status undoMeetingOutcome(Session& session, const RecordedOutcome& recorded)
{
    if (recorded.nextReviewChanged) {
        auto view = session.cases().loadCase(recorded.caseId);
        if (!view) {
            return view.error();
        }
        Case restored = view->record;
        restored.nextReview = recorded.previousNextReview;
        if (auto st = session.cases().updateCase(restored); !st) {
            return st;
        }
    }
    if (recorded.actionPlan) {
        if (auto st = session.procedures().remove<ActionPlan>(*recorded.actionPlan); !st) {
            return st;
        }
    }
    for (auto it = recorded.decisions.rbegin(); it != recorded.decisions.rend(); ++it) {
        if (auto st = session.cases().deleteEntry(*it); !st) {
            return st;
        }
    }
    if (recorded.meeting.value != 0) {
        return session.cases().deleteEntry(recorded.meeting);
    }
    return Ok{};
}

} // namespace casebook::core
