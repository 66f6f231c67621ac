// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `meeting outcome`: what a meeting held from a summary's agenda came to (issue 12, item 5). The
// notes go into the chronology, each decision into the decision log, the actions agreed into an
// action plan (so their dates reach the due list), and the next meeting becomes the case's next
// review; the next summary's chronology starts from this meeting.
#include "cli/Command.h"
#include "cli/Context.h"

#include "report/Words.h"
#include "service/MeetingOutcome.h"
#include "service/Session.h"

#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 10> kOptions = {{{"case", true},
                                                  {"date", true},
                                                  {"title", true},
                                                  {"attendee", true},
                                                  {"notes", true},
                                                  {"medical-notes", true},
                                                  {"action", true, true},
                                                  {"decision", true, true},
                                                  {"decided-by", true},
                                                  {"next", true}}};
constexpr std::array<std::string_view, 1> kPositionals = {"ACTION"};
constexpr std::array<std::string_view, 1> kActions = {"outcome"};

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

/// `text` split at each ';', each part trimmed.
std::vector<std::string> fields(const std::string& text)
{
    std::vector<std::string> parts;
    std::istringstream in(text);
    for (std::string part; std::getline(in, part, ';');) {
        parts.push_back(trimmed(part));
    }
    if (!text.empty() && text.back() == ';') {
        parts.emplace_back();
    }
    return parts;
}

std::string plural(std::size_t n, const std::string& one, const std::string& many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// Reads the options into `outcome`; a usage message when one is wrong, else empty.
std::string readOutcome(const ParsedArgs& args, core::MeetingOutcome& outcome)
{
    const auto caseNumber = parseUnsigned(args.value("case").value_or(""));
    if (!caseNumber || *caseNumber == 0) {
        return "--case takes a case id from 'casebook-cli list'.";
    }
    outcome.caseId = core::CaseId{static_cast<std::int64_t>(*caseNumber)};
    const auto date = core::Date::parseIso(args.value("date").value_or(""));
    if (!date) {
        return "--date takes the meeting's date as YYYY-MM-DD, such as 2026-12-01.";
    }
    outcome.date = *date;
    if (const auto title = args.value("title")) {
        outcome.title = trimmed(*title);
    }
    outcome.notes = args.value("notes").value_or("");
    outcome.medicalNotes = trimmed(args.value("medical-notes").value_or(""));
    if (const auto attendees = args.value("attendee")) {
        for (std::string& name : fields(*attendees)) {
            if (!name.empty()) {
                outcome.attendees.push_back(std::move(name));
            }
        }
    }
    for (const std::string& text : args.values("action")) {
        const std::vector<std::string> parts = fields(text);
        if (parts.size() < 2 || parts.size() > 3) {
            return "--action takes 'WHAT; OWNER' or 'WHAT; OWNER; DUE' (DUE as YYYY-MM-DD), not '" + text + "'.";
        }
        core::AgreedAction action{parts[0], parts[1], std::nullopt};
        if (parts.size() == 3 && !parts[2].empty()) {
            const auto due = core::Date::parseIso(parts[2]);
            if (!due) {
                return "--action '" + text + "': the due date '" + parts[2]
                       + "' is not a date; give it as YYYY-MM-DD, such as 2026-12-14.";
            }
            action.due = *due;
        }
        outcome.actions.push_back(std::move(action));
    }
    for (const std::string& text : args.values("decision")) {
        const std::vector<std::string> parts = fields(text);
        if (parts.size() < 2 || parts.size() > 3) {
            return "--decision takes 'DECISION; RATIONALE' or 'DECISION; RATIONALE; MEDICAL RATIONALE', not '" + text
                   + "'.";
        }
        outcome.decisions.push_back({parts[0], parts[1], parts.size() == 3 ? parts[2] : "", ""});
    }
    if (const auto next = args.value("next")) {
        const auto nextDate = core::Date::parseIso(*next);
        if (!nextDate) {
            return "--next takes the next meeting's date as YYYY-MM-DD, such as 2027-01-11.";
        }
        outcome.nextMeeting = *nextDate;
    }
    return {};
}

int runMeeting(const Context& context, const ParsedArgs& args)
{
    const std::string& action = args.positionals.at(0);
    if (action != "outcome") {
        return context.fail(ExitCode::Usage, "meeting: unknown action '" + action
                                                 + "' (use 'outcome'). Try 'casebook-cli meeting --help'.");
    }
    core::MeetingOutcome outcome;
    if (const std::string problem = readOutcome(args, outcome); !problem.empty()) {
        return context.fail(ExitCode::Usage, "meeting outcome: " + problem);
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    outcome.author = session->actor();
    const std::string decidedBy = args.value("decided-by").value_or(session->actor());
    for (core::AgreedDecision& d : outcome.decisions) {
        d.decidedBy = decidedBy;
    }
    const auto recorded = core::recordMeetingOutcome(*session, outcome);
    if (!recorded) {
        if (recorded.error().code == core::ErrorCode::NotFound) {
            return context.fail(ExitCode::Failure, "meeting outcome: there is no case "
                                                       + std::to_string(outcome.caseId.value)
                                                       + ". 'casebook-cli list --all' shows every case id.");
        }
        if (recorded.error().code == core::ErrorCode::InvalidArgument) {
            return context.fail(ExitCode::Usage,
                                "meeting outcome: nothing was recorded: " + recorded.error().detail + ".");
        }
        return context.fail(recorded.error(), context.storePath);
    }
    context.out << "Recorded the meeting of " << core::dateInWords(outcome.date) << " on case " << outcome.caseId.value
                << ": " << plural(recorded->decisions.size(), "decision", "decisions") << " in the decision log, "
                << plural(outcome.actions.size(), "action", "actions") << " agreed"
                << (recorded->actionPlan ? " (action plan " + std::to_string(recorded->actionPlan->value) + ")" : "");
    if (outcome.nextMeeting) {
        context.out << ", next meeting " << core::dateInWords(*outcome.nextMeeting);
    }
    context.out << ".\n";
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& meetingCommand()
{
    static const CommandSpec spec{
        "meeting",
        "Record what a meeting came to: notes, decisions, actions agreed, next meeting.",
        "outcome --case ID --date DATE [--notes TEXT] [--medical-notes TEXT] [--action 'WHAT; OWNER; DUE']... [...]",
        "'meeting outcome' records a meeting held from a case summary's agenda: a meeting entry in\n"
        "the chronology (notes, attendees, actions agreed, next meeting), each decision in the\n"
        "decision log, the actions agreed as one action plan (each with its owner and due date, so\n"
        "the dates appear in 'casebook-cli due'), and the next meeting as the case's next review.\n"
        "The next summary's chronology and its decisions start from this meeting. Everything is\n"
        "checked before anything is written; each change is recorded in the audit log.\n",
        "  --case ID               the case (see 'casebook-cli list')\n"
        "  --date DATE             the day the meeting was held (YYYY-MM-DD)\n"
        "  --title TEXT            the meeting's title (default 'Case meeting')\n"
        "  --attendee 'A; B'       who attended, separated by semicolons\n"
        "  --notes TEXT            the meeting's notes\n"
        "  --medical-notes TEXT    medical detail, kept apart: summaries without consent withhold\n"
        "                          only this, and say so in place\n"
        "  --action 'WHAT; OWNER; DUE'\n"
        "                          an action agreed, its owner and due date (YYYY-MM-DD; the\n"
        "                          date may be left out); repeat for each action\n"
        "  --decision 'DECISION; RATIONALE; MEDICAL RATIONALE'\n"
        "                          a decision and why; the medical rationale may be left out and\n"
        "                          is withheld from summaries without consent; repeat for each\n"
        "  --decided-by TEXT       who took the decisions (default: you, as the audit log names you)\n"
        "  --next DATE             the next meeting (YYYY-MM-DD): becomes the case's next review\n",
        kOptions,
        kPositionals,
        runMeeting,
        kActions,
    };
    return spec;
}

} // namespace casebook::cli
