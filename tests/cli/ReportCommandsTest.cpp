// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The export commands: summary, overview and calendar export, driven through the real binary on
// a store filled through the core services.
#include "support/CliRunner.h"
#include "support/TempDir.h"
#include "support/TestSupport.h"

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/OhReferral.h"
#include "service/Session.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using namespace casebook::cli::test;
namespace core = casebook::core;

namespace {

constexpr const char* kCanary = "CANARY-CLI-MEDICAL";

core::Date day(const char* iso)
{
    return core::Date::parseIso(iso).value();
}

/// One officer with an OH referral whose reason holds the canary, a medical note and an HR
/// consent. Returns the case id.
std::int64_t fill(const std::filesystem::path& store)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "test";
    auto session = core::Session::open(store, core::SecretString("pw"), options);
    REQUIRE(session);
    core::Person person;
    person.name = "Robin Example";
    const auto personId = (*session)->cases().createPerson(person).value();
    core::Case c;
    c.person = personId;
    c.summary = "Attendance support";
    c.types = {core::CaseType::OccupationalHealth};
    c.opened = day("2026-10-01");
    c.nextReview = day("2030-01-10");
    const auto caseId = (*session)->cases().openCase(c).value();
    core::OhReferral oh;
    oh.caseId = caseId;
    oh.referralDate = day("2026-10-02");
    oh.reason = kCanary;
    REQUIRE((*session)->procedures().add(oh));
    for (core::ConsentCategory category : core::kConsentCategories) {
        REQUIRE((*session)->cases().recordConsent({core::ConsentId{},
                                                   personId,
                                                   core::ConsentAudience::Hr,
                                                   category,
                                                   day("2026-10-01"),
                                                   {},
                                                   "",
                                                   core::ConsentAnswer::Given,
                                                   ""}));
    }
    return caseId.value;
}

std::string readAll(const std::filesystem::path& path)
{
    const std::vector<std::uint8_t> bytes = casebook::test::readFile(path);
    return {bytes.begin(), bytes.end()};
}

bool privateFile(const std::filesystem::path& path)
{
    return (std::filesystem::status(path).permissions() & std::filesystem::perms::all)
           == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

} // namespace

TEST_CASE("summary writes HTML without medical detail for a line manager, with it for HR, and audits both",
          "[report-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const std::string caseId = std::to_string(fill(store));
    const auto manager = dir / "manager.html";
    const auto run =
        runCli(withStore(store, {"summary", "--case", caseId, "--audience", "line_manager", "--format", "html", "--out",
                                 manager.string(), "--marking", "OFFICIAL", "--handling", "Not for circulation"}),
               "pw\n");
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.err, Catch::Contains("NOT encrypted") && Catch::Contains("withheld occupational health"));
    CHECK(privateFile(manager));
    const std::string html = readAll(manager);
    CHECK(html.find(kCanary) == std::string::npos);
    CHECK_THAT(html, Catch::Contains("<p class=\"marking\">OFFICIAL</p>") && Catch::Contains("Withheld: ")
                         && Catch::Contains("Not for circulation"));

    const auto hr = dir / "hr.html";
    REQUIRE(runCli(withStore(store, {"summary", "--case", caseId, "--audience", "hr", "--out", hr.string()}), "pw\n")
                .exitCode
            == 0);
    CHECK(readAll(hr).find(kCanary) != std::string::npos);

    const auto audit = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK_THAT(audit.out, Catch::Contains("case summary exported as html for Line manager")
                              && Catch::Contains("withheld: occupational health referral detail (1)")
                              && Catch::Contains("case summary exported as html for HR"));
    CHECK(audit.out.find(kCanary) == std::string::npos);
}

TEST_CASE("summary --format pdf and odt: the marking on the pages, no medical detail for a line manager, and the "
          "canary for HR",
          "[report-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const std::string caseId = std::to_string(fill(store));
    for (const std::string format : {"pdf", "odt"}) {
        INFO(format);
        const auto manager = dir / ("manager." + format);
        const auto run = runCli(withStore(store, {"summary", "--case", caseId, "--audience", "line_manager", "--format",
                                                  format, "--out", manager.string()}),
                                "pw\n");
        REQUIRE(run.exitCode == 0);
        CHECK(privateFile(manager));
        const auto hr = dir / ("hr." + format);
        REQUIRE(runCli(withStore(store, {"summary", "--case", caseId, "--audience", "hr", "--format", format, "--out",
                                         hr.string()}),
                       "pw\n")
                    .exitCode
                == 0);
        // Read as a person would: the PDF's text, the ODT's content and page styles.
        const std::string reader = format == "pdf" ? "pdftotext '%s' -" : "unzip -p '%s' content.xml styles.xml";
        auto text = [&](const std::filesystem::path& path) {
            std::string command = reader;
            command.replace(command.find("%s"), 2, path.string());
            std::string out;
            FILE* pipe = ::popen(command.c_str(), "r");
            REQUIRE(pipe != nullptr);
            char buffer[4096];
            while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
                out.append(buffer, n);
            }
            REQUIRE(::pclose(pipe) == 0);
            // A PDF may wrap the canary at a hyphen, and pdftotext joins such a word without it:
            // compare as one run of text with no line breaks or hyphens.
            std::erase(out, '\n');
            std::erase(out, '-');
            return out;
        };
        const std::string withheld = text(manager);
        std::string canary = kCanary;
        std::erase(canary, '-');
        CHECK(withheld.find(canary) == std::string::npos);
        CHECK_THAT(withheld, Catch::Contains("OFFICIALSENSITIVE") && Catch::Contains("Robin Example"));
        CHECK(text(hr).find(canary) != std::string::npos);
    }
    const auto audit = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK_THAT(audit.out, Catch::Contains("case summary exported as pdf for Line manager")
                              && Catch::Contains("case summary exported as odt for HR"));
}

TEST_CASE("summary refuses an unknown format or audience and a missing --out, before unlocking", "[report-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto doc = runCli(withStore(store, {"summary", "--case", "1", "--format", "docx", "--out", "x.docx"}), "");
    CHECK(doc.exitCode == 2);
    CHECK_THAT(doc.err, Catch::Contains("use pdf, odt or html"));
    CHECK(runCli(withStore(store, {"summary", "--case", "1", "--audience", "press", "--out", "x"}), "").exitCode == 2);
    CHECK(runCli(withStore(store, {"summary", "--case", "1"}), "").exitCode == 2);
}

TEST_CASE("overview anonymises by default (--anonymised still accepted), --named names and is audited as such",
          "[report-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    fill(store);
    for (const bool legacyFlag : {false, true}) {
        INFO(legacyFlag);
        const auto csv = dir / (legacyFlag ? "legacy.csv" : "overview.csv");
        std::vector<std::string> args = {"overview", "--format", "csv", "--out", csv.string()};
        if (legacyFlag) {
            args.push_back("--anonymised");
        }
        const auto run = runCli(withStore(store, args), "pw\n");
        REQUIRE(run.exitCode == 0);
        CHECK(privateFile(csv));
        const std::string text = readAll(csv);
        CHECK(text.find("Robin Example") == std::string::npos);
        CHECK_THAT(text, Catch::Contains("\r\nOfficer A,") && Catch::Contains("OH referrals,1"));
    }
    const auto named = dir / "named.csv";
    REQUIRE(runCli(withStore(store, {"overview", "--named", "--out", named.string()}), "pw\n").exitCode == 0);
    CHECK_THAT(readAll(named), Catch::Contains("\r\nRobin Example,"));
    CHECK(runCli(withStore(store, {"overview", "--named", "--anonymised", "--out", (dir / "x.csv").string()}), "")
              .exitCode
          == 2);
    const auto audit = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK_THAT(audit.out, Catch::Contains("anonymised caseload overview exported as csv")
                              && Catch::Contains("named caseload overview exported as csv"));
}

TEST_CASE("calendar export: case references, not names, in titles by default, a reminder on every event",
          "[report-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const std::int64_t caseId = fill(store);
    auto count = [](const std::string& text, const std::string& what) {
        std::size_t n = 0;
        for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
            ++n;
        }
        return n;
    };
    const auto ics = dir / "deadlines.ics";
    const auto calendar = runCli(withStore(store, {"calendar", "export", "--out", ics.string()}), "pw\n");
    REQUIRE(calendar.exitCode == 0);
    CHECK_THAT(calendar.err, Catch::Contains("NOT encrypted"));
    const std::string text = readAll(ics);
    CHECK_THAT(text, Catch::StartsWith("BEGIN:VCALENDAR\r\n") && Catch::Contains("DTSTART;VALUE=DATE:20300110")
                         && Catch::Contains("Case " + std::to_string(caseId) + "\r\n"));
    CHECK(text.find("Robin Example") == std::string::npos);
    const std::size_t events = count(text, "BEGIN:VEVENT");
    REQUIRE(events > 0);
    CHECK(count(text, "BEGIN:VALARM\r\nACTION:DISPLAY") == events);
    CHECK(count(text, "TRIGGER;RELATED=START:-P1DT15H\r\n") == events); // 2 days before, at 09:00

    const auto named = dir / "named.ics";
    REQUIRE(runCli(withStore(store, {"calendar", "export", "--named", "--reminder-days", "5", "--out", named.string()}),
                   "pw\n")
                .exitCode
            == 0);
    const std::string namedText = readAll(named);
    CHECK(namedText.find("Robin Example") != std::string::npos);
    CHECK(count(namedText, "TRIGGER;RELATED=START:-P4DT15H\r\n") == events);
    const auto audit = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK_THAT(audit.out, Catch::Contains("\tcalendar exported as ics") && Catch::Contains("named calendar exported"));

    for (const char* days : {"-1", "366", "two"}) {
        const auto bad = runCli(
            withStore(store, {"calendar", "export", "--reminder-days", days, "--out", (dir / "x").string()}), "");
        CHECK(bad.exitCode == 2);
        CHECK_THAT(bad.err, Catch::Contains("--reminder-days"));
    }
    const auto again = runCli(withStore(store, {"calendar", "export", "--out", ics.string()}), "pw\n");
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err, Catch::Contains("already exists"));
    CHECK(runCli({"calendar", "add-working-days", "2026-12-24", "1"}).out == "2026-12-29\n");
}

TEST_CASE("overview --format pdf: a chart page, the figures and a row per case in landscape, anonymised names no one",
          "[report-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    fill(store);
    auto read = [](const std::string& command) {
        std::string text;
        FILE* pipe = ::popen(command.c_str(), "r");
        REQUIRE(pipe != nullptr);
        char buffer[4096];
        while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
            text.append(buffer, n);
        }
        REQUIRE(::pclose(pipe) == 0);
        return text;
    };
    const auto pdf = dir / "overview.pdf";
    REQUIRE(runCli(withStore(store, {"overview", "--format", "pdf", "--out", pdf.string()}), "pw\n").exitCode == 0);
    CHECK(privateFile(pdf));
    const std::string text = read("pdftotext '" + pdf.string() + "' -");
    CHECK_THAT(text, Catch::Contains("OFFICIAL-SENSITIVE") && Catch::Contains("Caseload overview as of")
                         && Catch::Contains("(anonymised)") && Catch::Contains("Officer A")
                         && Catch::Contains("Page 1 of"));
    CHECK(text.find("Robin") == std::string::npos);
    CHECK(text.find(kCanary) == std::string::npos);
    // Words are whole: the type column grows to "Occupational" rather than breaking it.
    CHECK_THAT(text, Catch::Contains("Occupational") && Catch::Contains("Ill-health retirements"));
    // Page 1 is the chart, drawn as text and shapes (counts and categories only).
    const std::string chart = read("pdftotext -f 1 -l 1 '" + pdf.string() + "' -");
    CHECK_THAT(chart, Catch::Contains("Caseload at a glance") && Catch::Contains("Cases by type")
                          && Catch::Contains("Cases by UPP/UAP stage")
                          && Catch::Contains("Open cases at the end of each month")
                          && Catch::Contains("Outcomes of closed cases") && Catch::Contains("Occupational health"));
    CHECK(chart.find("Robin") == std::string::npos);
    CHECK(chart.find("Officer A") == std::string::npos);
    // Nothing to count is said in words, never as a bar called "None" (no UPP here, nothing closed).
    CHECK_THAT(chart, Catch::Contains("No case is in an unsatisfactory performance")
                          && Catch::Contains("No case is "
                                             "closed yet."));
    CHECK(chart.find("None") == std::string::npos);
    // Landscape A4 (842 x 595 pt) on every page.
    const std::string info = read("pdfinfo -f 1 -l 3 '" + pdf.string() + "'");
    CHECK_THAT(info,
               Catch::Contains("Page    1 size:  842 x 595 pts") && Catch::Contains("Page    2 size:  842 x 595 pts"));

    // Named: the rows name the officer; the chart still names no one.
    const auto named = dir / "named.pdf";
    REQUIRE(
        runCli(withStore(store, {"overview", "--named", "--format", "pdf", "--out", named.string()}), "pw\n").exitCode
        == 0);
    // (The name may wrap between its words in the narrow Officer column.)
    CHECK_THAT(read("pdftotext '" + named.string() + "' -"), Catch::Contains("Robin") && Catch::Contains("Example"));
    const std::string namedChart = read("pdftotext -f 1 -l 1 '" + named.string() + "' -");
    CHECK(namedChart.find("Robin") == std::string::npos);
    CHECK(namedChart.find("Example") == std::string::npos);
    const auto audit = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK_THAT(audit.out, Catch::Contains("anonymised caseload overview exported as pdf")
                              && Catch::Contains("named caseload overview exported as pdf"));
}

namespace {

/// The text of pages `first` to `last` of a PDF, as pdftotext reads it (0: to the end).
std::string pdfText(const std::filesystem::path& pdf, int first = 1, int last = 0)
{
    std::string command = "pdftotext -f " + std::to_string(first);
    if (last > 0) {
        command += " -l " + std::to_string(last);
    }
    command += " '" + pdf.string() + "' -";
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
        out.append(buffer, n);
    }
    REQUIRE(::pclose(pipe) == 0);
    return out;
}

} // namespace

TEST_CASE("summary --format pdf for a meeting: page 1 holds the purpose and the consent statement, dates in words, "
          "no rule ids, a medical decision's medical rationale only with consent",
          "[report-cli][meeting]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const std::int64_t caseNumber = fill(store);
    const std::string caseId = std::to_string(caseNumber);
    std::vector<std::string> ruleIds;
    {
        core::SessionOptions options;
        options.resourcesDir = CASEBOOK_RESOURCES_DIR;
        options.actor = "test";
        auto session = core::Session::open(store, core::SecretString("pw"), options);
        REQUIRE(session);
        core::Absence absence;
        absence.caseId = core::CaseId{caseNumber};
        absence.start = day("2026-06-01"); // still off: sick-pay dates are due
        absence.reasonCategory = "musculoskeletal";
        REQUIRE((*session)->procedures().add(absence));
        core::ChronologyEntry entry;
        entry.caseId = core::CaseId{caseNumber};
        entry.date = day("2026-10-20");
        entry.title = "Stage two";
        entry.medical = true;
        REQUIRE((*session)->cases().recordDecision(entry, {"Second stage deferred", "",
                                                           "Meeting not possible before the review", "Insp Grey", false,
                                                           std::string("OH says ") + kCanary + "-RATIONALE"}));
        const auto due = (*session)->due().all(day("2026-11-01")).value();
        for (const auto& item : due) {
            if (item.source.caseId.value == caseNumber) {
                ruleIds.push_back(item.source.derived.ruleId);
            }
        }
    }
    REQUIRE_FALSE(ruleIds.empty());
    const auto summary = [&](const std::string& audience) {
        const auto out = dir / (audience + ".pdf");
        const auto run = runCli(withStore(store, {"summary",
                                                  "--case",
                                                  caseId,
                                                  "--audience",
                                                  audience,
                                                  "--format",
                                                  "pdf",
                                                  "--out",
                                                  out.string(),
                                                  "--purpose",
                                                  "Stage two review",
                                                  "--meeting-date",
                                                  "2026-12-04",
                                                  "--attendee",
                                                  "Insp Grey; Dana Price",
                                                  "--decide",
                                                  "Whether to resume stage two",
                                                  "--prepared-by",
                                                  "PS 1234 Sam Jones",
                                                  "--chronology",
                                                  "all"}),
                                "pw\n");
        REQUIRE(run.exitCode == 0);
        return out;
    };
    const auto manager = summary("line_manager");
    const std::string page1 = pdfText(manager, 1, 1);
    CHECK_THAT(page1, Catch::Contains("Stage two review") && Catch::Contains("4 December 2026")
                          && Catch::Contains("Prepared by") && Catch::Contains("PS 1234 Sam Jones")
                          && Catch::Contains("Whether to resume stage two"));
    // The consent statement (pdftotext may wrap it; compare without line breaks).
    const std::string flat = std::regex_replace(page1, std::regex("\\s+"), " ");
    CHECK_THAT(flat, Catch::Contains("The officer consented on 1 October 2026 to share OH advice")
                         && Catch::Contains("Consent does not cover any medical information"));
    const std::string all = std::regex_replace(pdfText(manager), std::regex("\\s+"), " ");
    for (const std::string& id : ruleIds) {
        INFO(id);
        CHECK(all.find(id) == std::string::npos);
    }
    CHECK_FALSE(std::regex_search(all, std::regex("\\b20[0-9]{2}-[0-9]{2}-[0-9]{2}\\b")));
    CHECK_THAT(all, Catch::Contains("Key to rule status") && Catch::Contains("Second stage deferred")
                        && Catch::Contains("medical rationale withheld"));
    CHECK(all.find(kCanary) == std::string::npos);
    CHECK(all.find("casebook-cli") == std::string::npos); // never the computer's user name

    // pdftotext drops the hyphen where a line wraps inside the canary: compare without breaks or hyphens.
    std::string hr = pdfText(summary("hr"));
    std::erase_if(hr, [](char c) { return c == '-' || c == '\n' || c == ' '; });
    std::string expected = std::string("OH says ") + kCanary + "-RATIONALE";
    std::erase_if(expected, [](char c) { return c == '-' || c == ' '; });
    CHECK(hr.find(expected) != std::string::npos);
}

TEST_CASE("summary --chronology refuses a value it does not know", "[report-cli][meeting]")
{
    const TempDir dir;
    const auto run = runCli({"--store", (dir / "none.cbk").string(), "summary", "--case", "1", "--out",
                             (dir / "x.html").string(), "--chronology", "lately"});
    CHECK(run.exitCode == 2);
    CHECK_THAT(run.err, Catch::Contains("--chronology takes last-meeting, key, all or a date"));
}

TEST_CASE("meeting outcome recorded from the agenda appears in the decision log, the action plans and the due list, "
          "and the next summary starts from it",
          "[report-cli][meeting]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const std::string caseId = std::to_string(fill(store));
    const auto run = runCli(
        withStore(
            store,
            {"meeting",         "outcome",
             "--case",          caseId,
             "--date",          "2026-11-30",
             "--title",         "Attendance review meeting",
             "--attendee",      "Insp Grey; Dana Price (HR)",
             "--notes",         "Agreed a phased return.",
             "--medical-notes", "MEDICAL-CANARY-NOTES: new medication",
             "--action",        "Book the OH follow-up; Dana Price; 2026-12-14",
             "--action",        "Share the rota; Insp Grey",
             "--decision",      "Extend the later start to March; Attendance has improved; MEDICAL-CANARY-RATIONALE",
             "--decided-by",    "Insp Grey",
             "--next",          "2027-01-11"}),
        "pw\n");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("Recorded the meeting of 30 November 2026")
                            && Catch::Contains("1 decision in the decision log") && Catch::Contains("2 actions agreed")
                            && Catch::Contains("next meeting 11 January 2027"));

    // The decision log (with its medical rationale kept apart) and the meeting entry.
    const auto shown = runCli(withStore(store, {"show", caseId}), "pw\n");
    REQUIRE(shown.exitCode == 0);
    CHECK_THAT(shown.out, Catch::Contains("decision: Extend the later start to March")
                              && Catch::Contains("medical rationale: MEDICAL-CANARY-RATIONALE")
                              && Catch::Contains("medical detail: MEDICAL-CANARY-NOTES: new medication")
                              && Catch::Contains("Attendance review meeting") && Catch::Contains("1 action plan;"));
    // The action with a due date is in the due list; the case's next review is the next meeting.
    const auto due =
        runCli(withStore(store, {"due", "--as-of", "2026-12-01", "--within", "60", "--case", caseId}), "pw\n");
    REQUIRE(due.exitCode == 0);
    CHECK_THAT(due.out, Catch::Contains("2026-12-14  due") && Catch::Contains("action_plan."));
    {
        core::SessionOptions options;
        options.resourcesDir = CASEBOOK_RESOURCES_DIR;
        options.actor = "test";
        auto session = core::Session::open(store, core::SecretString("pw"), options);
        REQUIRE(session);
        const core::CaseId id{std::stoll(caseId)};
        CHECK((*session)->cases().loadCase(id).value().record.nextReview == day("2027-01-11"));
        const auto plans = (*session)->procedures().listForCase<core::ActionPlan>(id).value();
        REQUIRE(plans.size() == 1);
        REQUIRE(plans[0].objectives.size() == 2);
        CHECK(plans[0].objectives[0].owner == "Dana Price");
        CHECK(plans[0].objectives[0].due == day("2026-12-14"));
        CHECK_FALSE(plans[0].objectives[1].due.has_value());
    }

    // The next summary starts from that meeting, lists its decision and open actions, and keeps
    // the medical rationale from a line manager.
    const auto next = dir / "next.html";
    REQUIRE(runCli(withStore(store, {"summary", "--case", caseId, "--audience", "line_manager", "--meeting-date",
                                     "2027-01-11", "--out", next.string()}),
                   "pw\n")
                .exitCode
            == 0);
    const std::string html = readAll(next);
    CHECK_THAT(html, Catch::Contains("Chronology since 30 November 2026")
                         && Catch::Contains("Decisions since 30 November 2026")
                         && Catch::Contains("Extend the later start to March")
                         && Catch::Contains("Book the OH follow-up") && Catch::Contains("Share the rota"));
    CHECK(html.find("MEDICAL-CANARY-RATIONALE") == std::string::npos);
    // The meeting's medical notes, kept apart, are withheld alone and said so in place.
    CHECK(html.find("MEDICAL-CANARY-NOTES") == std::string::npos);
    CHECK_THAT(html, Catch::Contains("Agreed a phased return.")
                         && Catch::Contains("Medical detail: [withheld: no consent for this audience]"));
}

TEST_CASE("meeting outcome refuses bad input with a clear message and records nothing", "[report-cli][meeting]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const std::string caseId = std::to_string(fill(store));
    const auto badDue = runCli(withStore(store, {"meeting", "outcome", "--case", caseId, "--date", "2026-11-30",
                                                 "--action", "Book it; Dana; 14/12/2026"}),
                               "pw\n");
    CHECK(badDue.exitCode == 2);
    CHECK_THAT(badDue.err, Catch::Contains("'14/12/2026' is not a date"));
    const auto oneField = runCli(
        withStore(store, {"meeting", "outcome", "--case", caseId, "--date", "2026-11-30", "--decision", "Extend"}),
        "pw\n");
    CHECK(oneField.exitCode == 2);
    CHECK_THAT(oneField.err, Catch::Contains("--decision takes 'DECISION; RATIONALE'"));
    const auto noRationale = runCli(withStore(store, {"meeting", "outcome", "--case", caseId, "--date", "2026-11-30",
                                                      "--notes", "Met", "--decision", "Extend; "}),
                                    "pw\n");
    CHECK(noRationale.exitCode == 2);
    CHECK_THAT(noRationale.err, Catch::Contains("nothing was recorded") && Catch::Contains("rationale"));
    const auto early = runCli(
        withStore(store, {"meeting", "outcome", "--case", caseId, "--date", "2026-11-30", "--next", "2026-11-01"}),
        "pw\n");
    CHECK(early.exitCode == 2);
    CHECK_THAT(early.err, Catch::Contains("next meeting"));
    CHECK(runCli(withStore(store, {"meeting", "outcome", "--case", "999", "--date", "2026-11-30"}), "pw\n").exitCode
          == 1);
    CHECK(runCli(withStore(store, {"meeting", "minutes", "--case", caseId}), "").exitCode == 2);
    const auto shown = runCli(withStore(store, {"show", caseId}), "pw\n");
    CHECK_THAT(shown.out, Catch::Contains("Chronology (0 entries)") && Catch::Contains("0 action plans"));
}

namespace {

/// Everything a command prints on stdout (pdftotext, unzip), or a failed check.
std::string commandOutput(const std::string& command)
{
    std::string text;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
        text.append(buffer, n);
    }
    REQUIRE(::pclose(pipe) == 0);
    return text;
}

/// The body of a page's text: the footer lines ("Generated … by …", the audit head) are machine
/// fields and may keep ISO dates; they are left out.
std::string bodyOf(const std::string& text)
{
    std::string body;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        std::string lower = line;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (line.rfind("Generated ", 0) == 0 || lower.find("audit") != std::string::npos) {
            continue;
        }
        body += line + '\n';
    }
    return body;
}

/// `text` with its line breaks as spaces, so that a date wrapped in a table cell reads whole.
std::string flat(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

/// The first ISO date (YYYY-MM-DD) in `text`, also across a line break, or "" when none.
std::string isoDateIn(std::string text)
{
    static const std::regex iso(R"(\d{4}-\d{2}-\d{2})");
    std::smatch match;
    if (std::regex_search(text, match, iso)) {
        return match.str();
    }
    std::erase(text, '\n');
    return std::regex_search(text, match, iso) ? match.str() : std::string();
}

} // namespace

TEST_CASE("summary and overview write every date in words: no ISO date in the body of the PDF or the ODT, and "
          "counts agree with their nouns",
          "[report-cli][words]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const std::string caseId = std::to_string(fill(store));
    // Dates of every kind: a meeting, a decision, an action due, the next review.
    REQUIRE(runCli(withStore(store, {"meeting", "outcome", "--case", caseId, "--date", "2026-11-30", "--notes",
                                     "Reviewed.", "--action", "Book the OH follow-up; Dana Price; 2026-12-14",
                                     "--decision", "Keep the later start; It works", "--next", "2027-01-11"}),
                   "pw\n")
                .exitCode
            == 0);
    for (const std::string audience : {"hr", "line_manager"}) {
        INFO(audience);
        const auto pdf = dir / ("summary-" + audience + ".pdf");
        REQUIRE(runCli(withStore(store, {"summary", "--case", caseId, "--audience", audience, "--format", "pdf",
                                         "--chronology", "all", "--meeting-date", "2027-01-11", "--out", pdf.string()}),
                       "pw\n")
                    .exitCode
                == 0);
        const std::string text = commandOutput("pdftotext '" + pdf.string() + "' -");
        CHECK_THAT(flat(text), Catch::Contains("30 November 2026") && Catch::Contains("14 December 2026")
                                   && Catch::Contains("11 January 2027"));
        CHECK(isoDateIn(bodyOf(text)).empty());

        const auto odt = dir / ("summary-" + audience + ".odt");
        REQUIRE(runCli(withStore(store, {"summary", "--case", caseId, "--audience", audience, "--format", "odt",
                                         "--chronology", "all", "--out", odt.string()}),
                       "pw\n")
                    .exitCode
                == 0);
        // content.xml is the body as LibreOffice shows it (the footer is in styles.xml, the
        // document's date in meta.xml: machine fields).
        const std::string content = commandOutput("unzip -p '" + odt.string() + "' content.xml");
        CHECK_THAT(content, Catch::Contains("30 November 2026"));
        CHECK(isoDateIn(content).empty());
    }

    const auto overview = dir / "overview.pdf";
    REQUIRE(runCli(withStore(store, {"overview", "--format", "pdf", "--out", overview.string()}), "pw\n").exitCode
            == 0);
    const std::string text = commandOutput("pdftotext '" + overview.string() + "' -");
    CHECK_THAT(flat(text), Catch::Contains("1 case in the store") && Catch::Contains("1 October 2026"));
    CHECK(text.find("1 cases") == std::string::npos);
    CHECK(isoDateIn(bodyOf(text)).empty());
    // The CSV is for spreadsheets: its dates stay ISO, which sort and parse.
    const auto csv = dir / "overview.csv";
    REQUIRE(runCli(withStore(store, {"overview", "--format", "csv", "--out", csv.string()}), "pw\n").exitCode == 0);
    CHECK(readAll(csv).find("2026-10-01") != std::string::npos);
}
