// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The export commands: summary, overview and calendar export, driven through the real binary on
// a store filled through the core services.
#include "support/CliRunner.h"
#include "support/TempDir.h"
#include "support/TestSupport.h"

#include "procedure/Absence.h"
#include "procedure/OhReferral.h"
#include "service/Session.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <regex>
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

TEST_CASE("summary --format pdf for a meeting: page 1 holds the purpose and the consent statement; dates in words, "
          "no rule ids; a medical decision's medical rationale only with consent",
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

    const std::string hr = std::regex_replace(pdfText(summary("hr")), std::regex("\\s+"), " ");
    CHECK(hr.find(std::string("OH says ") + kCanary + "-RATIONALE") != std::string::npos);
}

TEST_CASE("summary --chronology refuses a value it does not know", "[report-cli][meeting]")
{
    const TempDir dir;
    const auto run = runCli({"--store", (dir / "none.cbk").string(), "summary", "--case", "1", "--out",
                             (dir / "x.html").string(), "--chronology", "lately"});
    CHECK(run.exitCode == 2);
    CHECK_THAT(run.err, Catch::Contains("--chronology takes last-meeting, key, all or a date"));
}
