// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"

#include "rules/WorkingCalendar.h"
#include "support/ResourceLocator.h"

#include <charconv>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<std::string_view, 3> kPositionals = {"ACTION", "DATE", "N"};
constexpr std::array<std::string_view, 1> kActions = {"add-working-days"};

int runCalendar(const Context& context, const ParsedArgs& args)
{
    const std::string& action = args.positionals.at(0);
    if (action != "add-working-days") {
        return context.fail(ExitCode::Usage, "calendar: unknown action '" + action
                                                 + "' (use 'add-working-days'). Try 'casebook-cli calendar --help'.");
    }
    auto from = core::Date::parseIso(args.positionals.at(1));
    if (!from) {
        return context.fail(ExitCode::Usage, "calendar: '" + args.positionals.at(1)
                                                 + "' is not a date; give it as YYYY-MM-DD, such as 2026-12-24.");
    }
    const std::string& countText = args.positionals.at(2);
    int n = 0;
    const auto [end, ec] = std::from_chars(countText.data(), countText.data() + countText.size(), n);
    if (ec != std::errc{} || end != countText.data() + countText.size() || n < -3660 || n > 3660) {
        return context.fail(ExitCode::Usage, "calendar: N must be a whole number of working days from -3660 to 3660.");
    }
    auto resources = core::findResourcesDir();
    if (!resources) {
        return context.fail(ExitCode::Failure, "calendar: " + resources.error().detail);
    }
    auto calendar = core::WorkingCalendar::loadFile(*resources / "calendars" / "bank-holidays.json");
    if (!calendar) {
        return context.fail(calendar.error(), *resources / "calendars" / "bank-holidays.json");
    }
    const core::Date result = n == 0 ? *from : calendar->addWorkingDays(*from, n);
    context.out << result.toIso() << '\n';
    if (!calendar->isYearConfirmed(result.year()) || !calendar->isYearConfirmed(from->year())) {
        context.err << "casebook-cli: note: the bank holidays of " << result.year()
                    << " are projected, not yet announced; check the date again later.\n";
    }
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& calendarCommand()
{
    static const CommandSpec spec{
        "calendar",
        "Working-day arithmetic on the bank-holiday calendar; 'calendar export' writes an .ics.",
        "add-working-days DATE N | export --out FILE [--audience WHO]",
        "Prints the date N working days after DATE (before it when N is negative), as the police\n"
        "regulations count them: DATE itself never counts, and weekends and bank holidays are\n"
        "skipped. Uses the calendar shipped with Casebook (no store is opened, so a force's local\n"
        "holidays are not applied). A note on stderr says when a year's holidays are projected.\n"
        "For a negative N, end the options first: calendar add-working-days -- 2026-12-29 -1\n"
        "'calendar export --out FILE' writes the derived dates of the open cases as an iCalendar\n"
        "file (see 'casebook-cli calendar export --help').\n",
        {},
        {},
        kPositionals,
        runCalendar,
        kActions,
    };
    return spec;
}

} // namespace casebook::cli
