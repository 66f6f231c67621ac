// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/TextOutput.h"

#include "report/DateExplanation.h"
#include "service/Session.h"
#include "support/SystemClock.h"

#include <nlohmann/json.hpp>

#include <map>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 5> kOptions = {
    {{"as-of", true}, {"within", true}, {"format", true}, {"case", true}, {"explain", false}}};

std::string_view stateText(core::DueState state)
{
    switch (state) {
    case core::DueState::Overdue:
        return "overdue";
    case core::DueState::DueSoon:
        return "due";
    case core::DueState::Later:
        return "later";
    case core::DueState::Paused:
        return "paused";
    case core::DueState::Problem:
        return "problem";
    }
    return "";
}

int runDue(const Context& context, const ParsedArgs& args)
{
    core::Date asOf;
    if (const auto text = args.value("as-of")) {
        auto parsed = core::Date::parseIso(*text);
        if (!parsed) {
            return context.fail(ExitCode::Usage, "due: --as-of takes a date as YYYY-MM-DD, such as 2026-11-23.");
        }
        asOf = *parsed;
    } else {
        asOf = core::today(core::SystemClock{});
    }
    int within = 28;
    if (const auto text = args.value("within")) {
        const auto number = parseUnsigned(*text);
        if (!number || *number > 3660) {
            return context.fail(ExitCode::Usage, "due: --within takes a number of days from 0 to 3660.");
        }
        within = static_cast<int>(*number);
    }
    const std::string format = args.value("format").value_or("text");
    if (format != "text" && format != "json") {
        return context.fail(ExitCode::Usage, "due: --format is 'text' or 'json'.");
    }
    std::optional<std::int64_t> onlyCase;
    if (const auto text = args.value("case")) {
        const auto number = parseUnsigned(*text);
        if (!number || *number == 0) {
            return context.fail(ExitCode::Usage, "due: --case takes a case id from 'casebook-cli list'.");
        }
        onlyCase = *number;
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto items = session->due().all(asOf, within);
    auto people = session->cases().listPeople();
    if (!items || !people) {
        return context.fail(items ? people.error() : items.error(), context.storePath);
    }
    std::map<std::int64_t, std::string> names;
    for (const core::Person& p : *people) {
        names[p.id.value] = p.name;
    }
    nlohmann::json json = nlohmann::json::array();
    if (format == "text") {
        context.out << "Derived dates as of " << asOf.toIso() << " (due = within " << within << " days)\n";
        context.out << column("DATE", 10) << "  " << column("STATE", 7) << "  " << column("DAYS", 5) << "  "
                    << column("CASE", 5) << "  " << column("PERSON", 20) << "  " << column("RULE", 44) << "  "
                    << column("STATUS", 9) << "  CITATION\n";
    }
    const bool explain = args.has("explain");
    std::size_t shown = 0;
    for (const core::DueItem& item : *items) {
        const auto& d = item.source.derived;
        if (onlyCase && item.source.caseId.value != *onlyCase) {
            continue;
        }
        ++shown;
        if (format == "json") {
            nlohmann::json row = {
                {"date", d.date.toIso()},
                {"state", stateText(item.state)},
                {"daysFromAsOf", item.daysFromAsOf},
                {"caseId",
                 item.source.caseId.value == 0 ? nlohmann::json(nullptr) : nlohmann::json(item.source.caseId.value)},
                {"person", names[item.source.person.value]},
                {"recordType", item.source.recordType},
                {"recordId", item.source.recordId},
                {"ruleId", d.ruleId},
                {"title", d.title},
                {"basisEvent", d.basisEvent},
                {"basisDate", d.basisDate.toIso()},
                {"status", core::toString(d.status)},
                {"citation",
                 {{"instrument", d.citation.instrument}, {"provision", d.citation.provision}, {"url", d.citation.url}}},
                {"needsAction", item.source.needsAction},
                {"ruleAmountOverridden", d.overridden},
                {"dateOverridden", item.overridden},
                {"calendarUnconfirmed", d.calendarUnconfirmed}};
            if (!item.source.problem.empty()) {
                row["problem"] = item.source.problem;
            }
            if (item.overridden) {
                row["shippedDate"] = item.shippedDate.toIso();
                row["overrideReason"] = item.overrideReason;
            }
            if (explain) {
                row["explanation"] = core::explanationLines(core::explainDate(item, session->rules()));
            }
            json.push_back(std::move(row));
            continue;
        }
        std::string rule = d.ruleId + (item.overridden ? " *" : "") + (d.calendarUnconfirmed ? " ~" : "");
        context.out << d.date.toIso() << "  " << column(stateText(item.state), 7) << "  "
                    << column(std::to_string(item.daysFromAsOf), 5) << "  "
                    << column(item.source.caseId.value == 0 ? "-" : std::to_string(item.source.caseId.value), 5) << "  "
                    << column(names[item.source.person.value], 20) << "  " << column(rule, 44) << "  "
                    << column(core::toString(d.status), 9) << "  ";
        if (item.source.problem.empty()) {
            context.out << oneLine(d.citation.instrument) << ", " << oneLine(d.citation.provision) << '\n';
        } else {
            context.out << "dates not worked out: " << oneLine(item.source.problem) << '\n';
        }
        if (explain) {
            for (const std::string& line : core::explanationLines(core::explainDate(item, session->rules()))) {
                context.out << "    " << oneLine(line) << '\n';
            }
        }
    }
    if (format == "json") {
        context.out << json.dump(2) << '\n';
    } else {
        context.out << shown << (shown == 1 ? " date" : " dates")
                    << ". * = a local date replaced the rule's date; ~ = working days counted across a year whose "
                       "bank holidays are projected, not yet published. Status: verified = read in the instrument; "
                       "analogue = a parallel instrument; secondary; local = force policy.\n";
    }
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& dueCommand()
{
    static const CommandSpec spec{
        "due",
        "List every derived date in the caseload with its rule, citation and status.",
        "[--as-of DATE] [--within DAYS] [--case ID] [--explain] [--format text|json]",
        "Computes the deadlines and review dates of every open case as of a day (default today):\n"
        "overdue ones first, then by date. Each line names the rule it comes from, the citation\n"
        "and how sure the rule is (verified, analogue, secondary, local). Paused UPP/UAP dates\n"
        "are listed as 'paused'. Open subject access requests are listed too (CASE '-', record\n"
        "type sar_request). The JSON form is an array with the same fields, for scripts.\n",
        "  --as-of DATE            the day to classify against (YYYY-MM-DD); default today\n"
        "  --within DAYS           what counts as due soon (default 28)\n"
        "  --case ID               only this case\n"
        "  --explain               under each date, say why it is that date: the event it was\n"
        "                          counted from, the arithmetic, the rule and what its status means\n"
        "  --format text|json      output form (default text)\n",
        kOptions,
        {},
        runDue,
    };
    return spec;
}

} // namespace casebook::cli
