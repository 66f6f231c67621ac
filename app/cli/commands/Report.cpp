// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The exports for meetings: summary (one case, HTML), overview (the caseload, CSV) and
// calendar export (derived dates, iCalendar). Each writes a clear-text file atomically with mode
// 0600, records the export in the audit log, and warns that the file is not encrypted.
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/PdfRenderer.h"

#include "report/CaseSummary.h"
#include "report/CaseloadOverview.h"
#include "report/ExportAudit.h"
#include "report/HtmlRenderer.h"
#include "report/ICalendar.h"
#include "report/OdtRenderer.h"
#include "report/OverviewReport.h"
#include "service/ExportService.h"
#include "service/ReportService.h"
#include "service/Session.h"
#include "support/SystemClock.h"

#include <chrono>
#include <ostream>
#include <sstream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 14> kSummaryOptions = {{{"case", true},
                                                         {"prepared-by", true},
                                                         {"decide", true},
                                                         {"chronology", true},
                                                         {"handling", true},
                                                         {"audience", true},
                                                         {"format", true},
                                                         {"out", true},
                                                         {"marking", true},
                                                         {"purpose", true},
                                                         {"meeting-date", true},
                                                         {"attendee", true},
                                                         {"sections", true},
                                                         {"force", false}}};
constexpr std::array<OptionSpec, 6> kOverviewOptions = {
    {{"anonymised", false}, {"named", false}, {"format", true}, {"marking", true}, {"out", true}, {"force", false}}};
constexpr std::array<OptionSpec, 5> kCalendarOptions = {
    {{"out", true}, {"audience", true}, {"named", false}, {"reminder-days", true}, {"force", false}}};
/// The longest reminder a calendar export offers: a year before the date.
constexpr std::uint32_t kMaxReminderDays = 365;

core::Date today()
{
    return core::today(core::SystemClock{});
}

PdfRenderer& renderer()
{
    static PdfRenderer instance;
    return instance;
}

/// Checks --out before anything is asked: required, and not an existing file without --force.
std::optional<int> checkOut(const Context& context, std::string_view command, const ParsedArgs& args)
{
    const auto out = args.value("out");
    if (!out || out->empty()) {
        return context.fail(ExitCode::Usage, std::string(command) + ": --out FILE is required.");
    }
    if (!args.has("force") && std::filesystem::exists(*out)) {
        return context.fail(ExitCode::Failure, std::string(command) + ": " + *out
                                                   + " already exists; choose another name or add --force.");
    }
    return std::nullopt;
}

/// The audience named by --audience (default `fallback`), or nullopt after reporting a usage error.
std::optional<core::ConsentAudience> audienceOption(const Context& context, std::string_view command,
                                                    const ParsedArgs& args, core::ConsentAudience fallback)
{
    const auto text = args.value("audience");
    if (!text) {
        return fallback;
    }
    if (auto audience = core::fromCode<core::ConsentAudience>(*text)) {
        return audience;
    }
    context.fail(ExitCode::Usage, std::string(command) + ": unknown --audience '" + *text
                                      + "'; use hr, line_manager, staff_representative, professional_standards, "
                                        "occupational_health or officer.");
    return std::nullopt;
}

/// Writes the file, records the export, and prints the clear-text warning.
int deliver(const Context& context, core::Session& session, const ParsedArgs& args, const core::ExportRecord& record)
{
    const std::string out = *args.value("out");
    if (auto exported = core::exportFile(session, record, out, args.has("force")); !exported) {
        return context.failExport(record.what, exported.error());
    }
    for (const core::WithheldCategory& w : record.withheld) {
        context.err << "casebook-cli: withheld " << w.category << " (" << w.items
                    << "): the officer's consent does not cover " << record.audience << ".\n";
    }
    context.err << "casebook-cli: wrote " << out
                << ". It is NOT encrypted: keep it safe and delete it when no longer needed.\n";
    return toInt(ExitCode::Ok);
}

/// Fills the meeting and section options of a summary; a usage error message when one is wrong.
std::string summaryOptions(const ParsedArgs& args, core::SummaryOptions& options)
{
    if (const auto marking = args.value("marking")) {
        options.marking = *marking;
    }
    if (const auto handling = args.value("handling")) {
        options.handling = *handling;
    }
    options.meetingPurpose = args.value("purpose").value_or("");
    if (const auto date = args.value("meeting-date")) {
        auto parsed = core::Date::parseIso(*date);
        if (!parsed) {
            return "--meeting-date takes YYYY-MM-DD, such as 2026-12-01.";
        }
        options.meetingDate = *parsed;
    }
    const auto splitList = [](const std::string& text, std::vector<std::string>& into) {
        std::istringstream in(text);
        for (std::string item; std::getline(in, item, ';');) {
            const auto first = item.find_first_not_of(' ');
            const auto last = item.find_last_not_of(' ');
            if (first != std::string::npos) {
                into.push_back(item.substr(first, last - first + 1));
            }
        }
    };
    if (const auto attendees = args.value("attendee")) {
        splitList(*attendees, options.attendees);
    }
    if (const auto decide = args.value("decide")) {
        splitList(*decide, options.agenda);
    }
    options.author = args.value("prepared-by").value_or(preparedByName());
    if (const auto chronology = args.value("chronology")) {
        if (const auto range = core::chronologyRangeFromCode(*chronology);
            range && *range != core::ChronologyRange::Since) {
            options.chronology = *range;
        } else if (auto since = core::Date::parseIso(*chronology)) {
            options.chronology = core::ChronologyRange::Since;
            options.chronologySince = *since;
        } else {
            return "--chronology takes last-meeting, key, all or a date (YYYY-MM-DD), such as 2026-09-01.";
        }
    }
    if (const auto sections = args.value("sections")) {
        options.sections.clear();
        std::istringstream in(*sections);
        for (std::string code; std::getline(in, code, ',');) {
            const auto section = core::summarySectionFromCode(code);
            if (!section) {
                return "unknown section '" + code
                       + "'; use meeting, person, chronology, adjustments, procedures, occupational_health, "
                         "decisions or actions.";
            }
            options.sections.insert(*section);
        }
    }
    return {};
}

int runSummary(const Context& context, const ParsedArgs& args)
{
    const auto caseNumber = parseUnsigned(args.value("case").value_or(""));
    if (!caseNumber || *caseNumber == 0) {
        return context.fail(ExitCode::Usage, "summary: --case takes a case id from 'casebook-cli list'.");
    }
    core::SummaryOptions options;
    options.generatedOn = today();
    if (const std::string problem = summaryOptions(args, options); !problem.empty()) {
        return context.fail(ExitCode::Usage, "summary: " + problem);
    }
    const auto audience = audienceOption(context, "summary", args, core::ConsentAudience::Hr);
    if (!audience) {
        return toInt(ExitCode::Usage);
    }
    options.audience = *audience;
    const std::string format = args.value("format").value_or("html");
    if (format != "html" && format != "odt" && format != "pdf") {
        return context.fail(ExitCode::Usage, "summary: unknown --format '" + format + "'; use pdf, odt or html.");
    }
    if (format == "pdf" && !pdfRenderer()) {
        return context.fail(ExitCode::Usage, "summary: --format pdf is not available in this build; use odt or html.");
    }
    if (auto stop = checkOut(context, "summary", args)) {
        return *stop;
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    const core::CaseId caseId{static_cast<std::int64_t>(*caseNumber)};
    auto document = core::caseSummary(*session, caseId, options);
    if (!document) {
        if (document.error().code == core::ErrorCode::NotFound) {
            return context.fail(ExitCode::Failure, "summary: there is no case " + std::to_string(caseId.value)
                                                       + ". 'casebook-cli list --all' shows every case id.");
        }
        return context.fail(document.error(), context.storePath);
    }
    std::string bytes;
    if (format == "html") {
        bytes = core::HtmlRenderer::render(*document);
    } else if (format == "odt") {
        auto odt = core::OdtRenderer::render(*document);
        if (!odt) {
            return context.fail(odt.error(), context.storePath);
        }
        bytes.assign(odt->begin(), odt->end());
    } else {
        auto pdf = pdfRenderer()(*document);
        if (!pdf) {
            return context.fail(ExitCode::Failure, "summary: the PDF could not be made: " + pdf.error().detail + ".");
        }
        bytes = std::move(*pdf);
    }
    core::ExportRecord record{"case summary",
                              format,
                              "case",
                              std::to_string(caseId.value),
                              document->audience,
                              document->sections,
                              document->withheld,
                              std::move(bytes)};
    return deliver(context, *session, args, record);
}

int runOverview(const Context& context, const ParsedArgs& args)
{
    // Anonymised unless names are asked for, as in the app; --anonymised is still accepted.
    if (args.has("named") && args.has("anonymised")) {
        return context.fail(ExitCode::Usage, "overview: --named and --anonymised cannot be used together.");
    }
    const bool anonymised = !args.has("named");
    const std::string format = args.value("format").value_or("csv");
    if (format != "csv" && format != "pdf") {
        return context.fail(ExitCode::Usage, "overview: unknown --format '" + format + "'; use csv or pdf.");
    }
    if (format == "pdf" && !pdfRenderer()) {
        return context.fail(ExitCode::Usage, "overview: --format pdf is not available in this build; use csv.");
    }
    if (auto stop = checkOut(context, "overview", args)) {
        return *stop;
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto overview = core::caseloadOverview(*session, today(), anonymised);
    if (!overview) {
        return context.fail(overview.error(), context.storePath);
    }
    std::string bytes;
    if (format == "csv") {
        bytes = overview->toCsv();
    } else {
        const core::SummaryOptions defaults;
        auto pdf = pdfRenderer()(core::overviewReport(*overview, args.value("marking").value_or(defaults.marking),
                                                      core::kOverviewHandling, preparedByName()));
        if (!pdf) {
            return context.fail(ExitCode::Failure, "overview: the PDF could not be made: " + pdf.error().detail + ".");
        }
        bytes = std::move(*pdf);
    }
    core::ExportRecord record{anonymised ? "anonymised caseload overview" : "named caseload overview",
                              format,
                              "caseload",
                              "all",
                              "",
                              {},
                              {},
                              std::move(bytes)};
    return deliver(context, *session, args, record);
}

int runCalendarExport(const Context& context, const ParsedArgs& args)
{
    const auto audience = audienceOption(context, "calendar export", args, core::ConsentAudience::LineManager);
    if (!audience) {
        return toInt(ExitCode::Usage);
    }
    core::CalendarOptions options{*audience, today(), std::chrono::system_clock::now()};
    options.named = args.has("named");
    if (const auto days = args.value("reminder-days")) {
        const auto parsed = parseUnsigned(*days);
        if (!parsed || *parsed > kMaxReminderDays) {
            return context.fail(ExitCode::Usage,
                                "calendar export: --reminder-days takes a whole number of days from 0 to "
                                    + std::to_string(kMaxReminderDays) + ".");
        }
        options.reminderDays = static_cast<int>(*parsed);
    }
    if (auto stop = checkOut(context, "calendar export", args)) {
        return *stop;
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto exported = core::calendarExport(*session, options);
    if (!exported) {
        return context.fail(exported.error(), context.storePath);
    }
    std::vector<core::WithheldCategory> withheld;
    if (exported->withheld > 0) {
        withheld.push_back({"health-related event titles", exported->withheld});
    }
    core::ExportRecord record{options.named ? "named calendar" : "calendar",
                              "ics",
                              "caseload",
                              "all",
                              core::audienceName(*audience),
                              {},
                              withheld,
                              exported->text};
    return deliver(context, *session, args, record);
}

} // namespace

const CommandSpec& summaryCommand()
{
    static const CommandSpec spec{
        "summary",
        "Write a case summary for a meeting (PDF, ODT or HTML), with medical detail withheld without consent.",
        "--case ID --out FILE [--audience WHO] [--format pdf|odt|html] [--marking TEXT] [--handling TEXT] [...]",
        "Writes a PDF, an OpenDocument text or one self-contained HTML file: person and case\n"
        "details, chronology, current\n"
        "adjustments, procedures with their derived dates and citations, the OH summary, the\n"
        "decision log and open actions, with the protective marking at the top and bottom.\n"
        "Medical detail (OH referral content, absence reasons, fit notes, OH advice and chronology\n"
        "entries flagged medical) is left out unless the officer's recorded consent covers the\n"
        "audience; the file says what was left out. The export is recorded in the audit log.\n"
        "The file is NOT encrypted.\n",
        "  --case ID               the case (see 'casebook-cli list')\n"
        "  --audience WHO          hr (default), line_manager, staff_representative,\n"
        "                          professional_standards, occupational_health or officer\n"
        "  --format pdf|odt|html   PDF, OpenDocument text or one HTML file (default html)\n"
        "  --out FILE              write to FILE (created 0600, never left half-written)\n"
        "  --marking TEXT          protective marking; default OFFICIAL-SENSITIVE\n"
        "  --handling TEXT         handling line under the marking\n"
        "  --purpose TEXT          the meeting's purpose\n"
        "  --meeting-date DATE     the meeting's date (YYYY-MM-DD)\n"
        "  --attendee 'A; B'       the attendees, separated by semicolons\n"
        "  --decide 'A; B'         what the meeting needs to decide (listed on page 1)\n"
        "  --prepared-by TEXT      who prepared it, as printed (e.g. 'PS 1234 Sam Jones');\n"
        "                          left out when not given\n"
        "  --chronology WHICH      last-meeting (default: from the last meeting recorded before\n"
        "                          the meeting date), key (meetings and decisions), all, or a\n"
        "                          date (YYYY-MM-DD) to start from\n"
        "  --sections LIST         comma-separated: meeting, person, chronology, adjustments,\n"
        "                          procedures, occupational_health, decisions, actions (default all)\n"
        "  --force                 replace FILE if it exists\n",
        kSummaryOptions,
        {},
        runSummary,
    };
    return spec;
}

const CommandSpec& overviewCommand()
{
    static const CommandSpec spec{
        "overview",
        "Write the caseload overview (CSV or PDF), anonymised: cases by type, stage, outcome.",
        "--out FILE [--named] [--format csv|pdf] [--marking TEXT]",
        "Writes one row per case (open and closed) and the totals the practice reports: cases by\n"
        "type and status, UPP/UAP stages, OH and PSD referrals, ill-health retirements, action\n"
        "plans and outcomes. Names are replaced by Officer A, Officer B, ... unless --named is\n"
        "given. The PDF starts with a one-page chart of the caseload (by type and stage, open\n"
        "cases month by month over the last 12 months, outcomes), then the figures, then the\n"
        "cases in landscape. The export (and whether it named anyone) is recorded in the audit\n"
        "log. The file is NOT encrypted.\n",
        "  --named                 include officers' names (noted as such in the audit log)\n"
        "  --anonymised            the default; accepted for older scripts\n"
        "  --format csv|pdf        a spreadsheet (default) or a PDF, the chart and figures first\n"
        "  --out FILE              write to FILE (created 0600, never left half-written)\n"
        "  --force                 replace FILE if it exists\n",
        kOverviewOptions,
        {},
        runOverview,
    };
    return spec;
}

const CommandSpec& calendarExportCommand()
{
    static const CommandSpec spec{
        "calendar export",
        "Write every derived date of the open cases as an iCalendar (.ics) file.",
        "--out FILE [--audience WHO] [--named] [--reminder-days N]",
        "Writes one all-day event per derived date (deadlines, reviews, pay transitions) with a\n"
        "UID that stays the same on every export, so a diary updates instead of duplicating.\n"
        "Titles give the case reference (\"Case 12\"), not the officer's name, unless --named is\n"
        "given: diaries sync to phones. Every event has a reminder N days before (default 2, at\n"
        "09:00). Dates from absences and OH referrals get a neutral title unless the officer's\n"
        "consent covers the audience (default line_manager). The export is recorded in the audit\n"
        "log. The file is NOT encrypted.\n",
        "  --out FILE              write to FILE (created 0600, never left half-written)\n"
        "  --audience WHO          whose diary it is for; default line_manager\n"
        "  --named                 put officers' names in event titles (noted in the audit log)\n"
        "  --reminder-days N       remind N days before each date (0 to 365; default 2)\n"
        "  --force                 replace FILE if it exists\n",
        kCalendarOptions,
        {},
        runCalendarExport,
    };
    return spec;
}

void setPdfRenderer(PdfRenderer pdf)
{
    renderer() = std::move(pdf);
}

const PdfRenderer& pdfRenderer()
{
    return renderer();
}

} // namespace casebook::cli
