// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The read-only caseload commands: list, show, due, search and calendar, driven through the real
// binary on a store filled through the core services.
#include "support/CliRunner.h"
#include "support/TempDir.h"
#include "support/TestSupport.h"

#include "procedure/Absence.h"
#include "procedure/UppProcedure.h"
#include "service/Session.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <chrono>
#include <fstream>
#include <tuple>

using namespace casebook::cli::test;
namespace core = casebook::core;

namespace {

core::Date day(const char* iso)
{
    return core::Date::parseIso(iso).value();
}

/// One officer with a legacy-regime UPP whose WIN was received on Friday 2026-11-20, a welfare
/// note and a decision. Returns the case id.
std::int64_t fill(const std::filesystem::path& store)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "test";
    auto session = core::Session::open(store, core::SecretString("pw"), options);
    REQUIRE(session);
    core::Person person;
    person.name = "Robin Example";
    person.number = "4321";
    auto personId = (*session)->cases().createPerson(person);
    REQUIRE(personId);
    core::Case c;
    c.person = *personId;
    c.summary = "Attendance support";
    c.types = {core::CaseType::Upp};
    c.opened = day("2026-10-01");
    auto caseId = (*session)->cases().openCase(c);
    REQUIRE(caseId);
    core::UppProcedure upp;
    upp.caseId = *caseId;
    upp.cameToAttention = day("2025-01-10");
    upp.stage = core::UppStage::First;
    upp.events = {{"win_dated", day("2026-11-20"), ""}, {"win_received", day("2026-11-20"), ""}};
    REQUIRE((*session)->procedures().add(upp));
    core::ChronologyEntry note;
    note.caseId = *caseId;
    note.date = day("2026-11-02");
    note.title = "Welfare call";
    note.body = "Discussed the welfare plan";
    note.author = "PS Test";
    REQUIRE((*session)->cases().addEntry(note));
    core::ChronologyEntry decision = note;
    decision.title = "Adjusted hours";
    REQUIRE((*session)->cases().recordDecision(decision, {"Agree day shifts for a month", "day shifts; no change",
                                                          "OH advice supports it", "Insp Test", false, ""}));
    return caseId->value;
}

} // namespace

TEST_CASE("list prints one line per open case with the person and types", "[caseload-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto caseId = fill(store);
    const auto run = runCli(withStore(store, {"list"}), "pw\n");
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("Robin Example") && Catch::Contains("upp") && Catch::Contains("1 case"));
    CHECK_THAT(run.out, Catch::Contains(std::to_string(caseId) + " "));
}

TEST_CASE("show prints the case, its derived dates and each decision's rationale, an unknown id is refused",
          "[caseload-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto caseId = fill(store);
    const auto run = runCli(withStore(store, {"show", std::to_string(caseId)}), "pw\n");
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("Attendance support") && Catch::Contains("Welfare call")
                            && Catch::Contains("rationale: OH advice supports it") && Catch::Contains("1 UPP/UAP"));

    const auto missing = runCli(withStore(store, {"show", "999"}), "pw\n");
    CHECK(missing.exitCode == 1);
    CHECK_THAT(missing.err, Catch::Contains("no case 999"));
    CHECK(runCli(withStore(store, {"show", "abc"}), "pw\n").exitCode == 2);
}

TEST_CASE("show --as-of --format json gives the Bradford factor (sick_pay.bradford.window) and the sick-pay position "
          "(sick_pay.full_pay.allowance, sick_pay.lookback)",
          "[caseload-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto caseId = fill(store);
    {
        core::SessionOptions options;
        options.resourcesDir = CASEBOOK_RESOURCES_DIR;
        options.actor = "test";
        auto session = core::Session::open(store, core::SecretString("pw"), options);
        REQUIRE(session);
        // 10 days in March (ordinary), 5 in May (disability-related), then off from 2026-10-01 onwards.
        for (auto [start, end, disability] :
             {std::tuple{"2026-03-02", "2026-03-11", false}, std::tuple{"2026-05-04", "2026-05-08", true}}) {
            core::Absence a;
            a.caseId = core::CaseId{caseId};
            a.start = day(start);
            a.end = day(end);
            a.reasonCategory = "other";
            a.disabilityRelated = disability;
            REQUIRE((*session)->procedures().add(a));
        }
        core::Absence ongoing;
        ongoing.caseId = core::CaseId{caseId};
        ongoing.start = day("2026-10-01");
        ongoing.reasonCategory = "other";
        REQUIRE((*session)->procedures().add(ongoing));
    }
    const auto run =
        runCli(withStore(store, {"show", std::to_string(caseId), "--as-of", "2026-12-01", "--format", "json"}), "pw\n");
    REQUIRE(run.exitCode == 0);
    const auto doc = nlohmann::json::parse(run.out);
    CHECK(doc["asOf"] == "2026-12-01");
    // Bradford: 3 spells; the ongoing one counts to 2026-12-01 (62 days): 10 + 5 + 62 = 77 days.
    CHECK(doc["bradford"]["all"]["spells"] == 3);
    CHECK(doc["bradford"]["all"]["days"] == 77);
    CHECK(doc["bradford"]["all"]["score"] == 9 * 77);
    CHECK(doc["bradford"]["excludingProtected"]["spells"] == 2);
    CHECK(doc["bradford"]["excludingProtected"]["score"] == 4 * 72);
    // Sick pay: 183 - 15 prior full-pay days = 168 days of full pay from 2026-10-01: full pay to 2027-03-17.
    CHECK(doc["sickPay"]["band"] == "full");
    CHECK(doc["sickPay"]["fullPayDaysUsed"] == 77);
    // sick_pay.full_pay.allowance (183 days) less the 77 used in the look-back year (issue 10, item 8).
    CHECK(doc["sickPay"]["fullPayAllowance"] == 183);
    CHECK(doc["sickPay"]["fullPayDaysLeft"] == 106);
    CHECK(doc["sickPay"]["halfPayDaysLeft"] == doc["sickPay"]["halfPayAllowance"]);
    CHECK(doc["sickPay"]["nextTransition"]["band"] == "half");
    CHECK(doc["sickPay"]["nextTransition"]["date"] == "2027-03-18");
    bool listed = false;
    for (const auto& d : doc["dates"]) {
        listed = listed || d["ruleId"] == "upp.legacy.first_stage_appeal.notice";
    }
    CHECK(listed);

    const auto text = runCli(withStore(store, {"show", std::to_string(caseId), "--as-of", "2026-12-01"}), "pw\n");
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("Dates (as of 2026-12-01)") && Catch::Contains("Bradford factor")
                             && Catch::Contains("Sick pay on 2026-12-01: full")
                             && Catch::Contains("next: half pay from 2027-03-18")
                             && Catch::Contains("left: 106 of 183 full-pay days"));
    CHECK(runCli(withStore(store, {"show", std::to_string(caseId), "--as-of", "2026-02-30"}), "pw\n").exitCode == 2);
    CHECK(runCli(withStore(store, {"show", std::to_string(caseId), "--format", "xml"}), "pw\n").exitCode == 2);
}

TEST_CASE("due --format json lists upp.legacy.first_stage_appeal.notice on 2026-12-01 with its citation and status",
          "[caseload-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    fill(store);
    const auto run = runCli(withStore(store, {"due", "--as-of", "2026-11-23", "--format", "json"}), "pw\n");
    REQUIRE(run.exitCode == 0);
    const auto json = nlohmann::json::parse(run.out);
    REQUIRE(json.is_array());
    const auto notice = std::find_if(json.begin(), json.end(), [](const nlohmann::json& row) {
        return row.at("ruleId") == "upp.legacy.first_stage_appeal.notice";
    });
    REQUIRE(notice != json.end());
    // 7 working days after the WIN was received on Fri 2026-11-20 (domain.md check 2).
    CHECK((*notice)["date"] == "2026-12-01");
    CHECK((*notice)["state"] == "due");
    CHECK((*notice)["status"] == "analogue");
    CHECK_FALSE((*notice)["citation"]["provision"].get<std::string>().empty());
    CHECK((*notice)["person"] == "Robin Example");

    const auto text = runCli(withStore(store, {"due", "--as-of", "2026-11-23"}), "pw\n");
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("2026-12-01") && Catch::Contains("upp.legacy.first_stage_appeal.notice")
                             && Catch::Contains("analogue"));
}

TEST_CASE("due --explain says what upp.legacy.first_stage_appeal.notice was counted from and how", "[caseload-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    fill(store);
    const auto text = runCli(withStore(store, {"due", "--as-of", "2026-11-23", "--explain"}), "pw\n");
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("    Counted from: Written improvement notice received, 20 November 2026.")
                             && Catch::Contains("    7 working days after 20 November 2026, skipping 4 weekend days: "
                                                "Tuesday 1 December 2026.")
                             && Catch::Contains("    1 December 2026: in 8 days"));

    const auto json =
        runCli(withStore(store, {"due", "--as-of", "2026-11-23", "--explain", "--format", "json"}), "pw\n");
    REQUIRE(json.exitCode == 0);
    const auto rows = nlohmann::json::parse(json.out);
    const auto notice = std::find_if(rows.begin(), rows.end(), [](const nlohmann::json& row) {
        return row.at("ruleId") == "upp.legacy.first_stage_appeal.notice";
    });
    REQUIRE(notice != rows.end());
    REQUIRE((*notice)["explanation"].is_array());
    CHECK((*notice)["explanation"][0] == (*notice)["title"]);
}

TEST_CASE("due refuses an impossible --as-of date and an unknown format before asking for the passphrase",
          "[caseload-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto bad = runCli(withStore(store, {"due", "--as-of", "2026-02-30"}), "");
    CHECK(bad.exitCode == 2);
    CHECK_THAT(bad.err, Catch::Contains("YYYY-MM-DD"));
    CHECK(runCli(withStore(store, {"due", "--format", "xml"}), "").exitCode == 2);
}

TEST_CASE("search finds the chronology entry by a word of its body", "[caseload-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    fill(store);
    const auto run = runCli(withStore(store, {"search", "welfare"}), "pw\n");
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("Welfare call") && Catch::Contains("[welfare]"));
    const auto none = runCli(withStore(store, {"search", "\"unbalanced ( quote"}), "pw\n");
    CHECK(none.exitCode == 0);
    CHECK_THAT(none.out, Catch::Contains("0 matches"));
}

TEST_CASE("calendar add-working-days skips Christmas Day and the Boxing Day substitute (Mon 28 Dec 2026)",
          "[caseload-cli]")
{
    const auto run = runCli({"calendar", "add-working-days", "2026-12-24", "1"});
    CHECK(run.exitCode == 0);
    CHECK(run.out == "2026-12-29\n");
    // Backwards: the working day before Tue 2026-12-29 is Thu 2026-12-24.
    // A negative N follows "--", which ends the options.
    CHECK(runCli({"calendar", "add-working-days", "--", "2026-12-29", "-1"}).out == "2026-12-24\n");
    const auto bad = runCli({"calendar", "add-working-days", "2026-13-01", "1"});
    CHECK(bad.exitCode == 2);
    CHECK_THAT(bad.err, Catch::Contains("not a date"));
    CHECK(runCli({"calendar", "add-working-days", "2026-12-24", "x"}).exitCode == 2);
}

TEST_CASE("export-json then import into a new store, then export again, gives the same file", "[caseload-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    fill(store);
    const auto exported = runCli(withStore(store, {"export-json", "--out", (dir / "out.json").string()}), "pw\n");
    REQUIRE(exported.exitCode == 0);
    CHECK_THAT(exported.err, Catch::Contains("NOT encrypted"));
    CHECK((std::filesystem::status(dir / "out.json").permissions() & std::filesystem::perms::all)
          == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    // Failed before the fix: the whole caseload left in clear text with no audit entry.
    const auto log = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK_THAT(log.out, Catch::Contains("\texport\tcaseload\t")
                            && Catch::Contains("whole caseload in interchange JSON exported as json"));
    const auto again = runCli(withStore(store, {"export-json", "--out", (dir / "out.json").string()}), "pw\n");
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err, Catch::Contains("already exists"));

    const auto fresh = dir / "fresh.cbk";
    REQUIRE(initStore(fresh, "pw2").exitCode == 0);
    const auto imported = runCli(withStore(fresh, {"import", (dir / "out.json").string()}), "pw2\n");
    REQUIRE(imported.exitCode == 0);
    CHECK_THAT(imported.out, Catch::StartsWith("Imported ") && Catch::Contains("case_file 1;"));
    const auto first = runCli(withStore(store, {"export-json"}), "pw\n");
    const auto second = runCli(withStore(fresh, {"export-json"}), "pw2\n");
    REQUIRE(first.exitCode == 0);
    // The same records; only the audit head differs, since it pins each store's own log.
    auto firstDoc = nlohmann::json::parse(first.out);
    auto secondDoc = nlohmann::json::parse(second.out);
    REQUIRE(firstDoc.contains("auditHead"));
    REQUIRE(secondDoc.contains("auditHead"));
    CHECK(firstDoc["auditHead"] != secondDoc["auditHead"]);
    firstDoc.erase("auditHead");
    secondDoc.erase("auditHead");
    CHECK(secondDoc == firstDoc);
}

TEST_CASE("import of a bad file lists every problem with its JSON path, exits 1 and writes nothing", "[caseload-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto file = dir / "bad.json";
    {
        std::ofstream out(file);
        out << R"({"format": "casebook-interchange", "version": 1, "tables": {
                 "person": [{"id": 1, "name": "", "kind": "wizard"}],
                 "case_file": [{"id": 1, "person_id": 1, "opened_on": "2026-02-30"}]}})";
    }
    const auto run = runCli(withStore(store, {"import", file.string()}), "pw\n");
    CHECK(run.exitCode == 1);
    CHECK_THAT(run.err, Catch::Contains("nothing was written") && Catch::Contains("/tables/case_file/0/opened_on")
                            && Catch::Contains("/tables/case_file/0/status: is missing"));
    const auto list = runCli(withStore(store, {"list", "--all"}), "pw\n");
    CHECK_THAT(list.out, Catch::Contains("0 cases"));

    {
        std::ofstream out(dir / "cut.json");
        out << R"({"format": "casebook-interchange", "version": 1, "tab)";
    }
    const auto cut = runCli(withStore(store, {"import", (dir / "cut.json").string()}), "pw\n");
    CHECK(cut.exitCode == 1);
    CHECK_THAT(cut.err, Catch::Contains("not valid JSON"));
}

// Failed before the fix: a partial left by a killed export stayed on disk, in clear text.
TEST_CASE("an export removes stale partial files and leaves none of its own", "[caseload-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto stale = dir / "out.json.partial-Ab12Cd";
    std::ofstream(stale) << "{\"left\": \"by a killed export\"}";
    std::filesystem::last_write_time(stale, std::filesystem::file_time_type::clock::now() - std::chrono::hours(1));
    REQUIRE(runCli(withStore(store, {"export-json", "--out", (dir / "out.json").string()}), "pw\n").exitCode == 0);
    CHECK_FALSE(std::filesystem::exists(stale));
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        CHECK(entry.path().filename().string().find(".partial") == std::string::npos);
    }
}

TEST_CASE("Two absences of one person sharing a day take down neither the due list, the calendar, the summaries "
          "nor show: the absences' dates are replaced by a line naming them and the rule",
          "[caseload-cli][bad-record]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto goodCase = fill(store);
    std::int64_t badCase = 0;
    {
        // As an older import could leave them: the service refuses the second absence when typed.
        core::SessionOptions options;
        options.resourcesDir = CASEBOOK_RESOURCES_DIR;
        options.actor = "test";
        auto session = core::Session::open(store, core::SecretString("pw"), options);
        REQUIRE(session);
        core::Person person;
        person.name = "Alex Overlap";
        const auto personId = (*session)->cases().createPerson(person);
        REQUIRE(personId);
        core::Case c;
        c.person = *personId;
        c.summary = "Sickness";
        c.types = {core::CaseType::Sickness};
        c.opened = day("2026-09-01");
        badCase = (*session)->cases().openCase(c).value().value;
        auto& db = (*session)->database();
        for (const char* range : {"'2026-10-01', '2026-10-20'", "'2026-10-15', NULL"}) {
            REQUIRE(db.exec("INSERT INTO absence(case_id, start_date, end_date, reason_category, work_related,"
                            " assault_on_duty, disability_related, covered_by_adjustment, rtw_interview) VALUES ("
                            + std::to_string(badCase) + ", " + range + ", 'stress', 0, 0, 0, 0, NULL)"));
        }
    }
    const auto due = runCli(withStore(store, {"due", "--as-of", "2026-11-23", "--format", "json"}), "pw\n");
    INFO(due.err);
    REQUIRE(due.exitCode == 0);
    const auto json = nlohmann::json::parse(due.out);
    CHECK(std::any_of(json.begin(), json.end(), [](const nlohmann::json& row) {
        return row.at("ruleId") == "upp.legacy.first_stage_appeal.notice";
    }));
    const auto problems = std::count_if(json.begin(), json.end(), [&](const nlohmann::json& row) {
        return row.at("state") == "problem" && row.at("caseId") == badCase && row.at("ruleId") == "absence.no_overlap"
               && row.at("problem").get<std::string>().find("shares days with absence") != std::string::npos;
    });
    CHECK(problems == 2);
    CHECK(json.front().at("state") == "problem"); // listed first

    const auto text = runCli(withStore(store, {"due", "--as-of", "2026-11-23"}), "pw\n");
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("problem")
                             && Catch::Contains("dates not worked out: sick pay dates of absence")
                             && Catch::Contains("may not overlap"));

    const auto show = runCli(withStore(store, {"show", std::to_string(badCase)}), "pw\n");
    INFO(show.err);
    CHECK(show.exitCode == 0);
    CHECK_THAT(show.out, Catch::Contains("not worked out: sick pay dates of absence"));
    // The figures the two absences feed are replaced by a line naming the rule; the rest is shown.
    CHECK_THAT(show.out, Catch::Contains("Bradford factor and sick pay not worked out: absence.no_overlap")
                             && Catch::Contains("Chronology ("));
    const auto showJson = runCli(withStore(store, {"show", std::to_string(badCase), "--format", "json"}), "pw\n");
    CHECK(showJson.exitCode == 0);
    CHECK_THAT(nlohmann::json::parse(showJson.out).at("attendanceProblem").get<std::string>(),
               Catch::StartsWith("absence.no_overlap"));

    const auto ics = dir / "dates.ics";
    const auto calendar = runCli(withStore(store, {"calendar", "export", "--out", ics.string()}), "pw\n");
    INFO(calendar.err);
    CHECK(calendar.exitCode == 0);
    const std::vector<std::uint8_t> eventBytes = casebook::test::readFile(ics);
    const std::string events(eventBytes.begin(), eventBytes.end());
    CHECK_THAT(events, Catch::Contains("dates not worked out for a record of case " + std::to_string(badCase)));

    for (const auto id : {goodCase, badCase}) {
        const auto out = dir / ("summary-" + std::to_string(id) + ".html");
        const auto summary =
            runCli(withStore(store, {"summary", "--case", std::to_string(id), "--out", out.string()}), "pw\n");
        INFO(summary.err);
        CHECK(summary.exitCode == 0);
        CHECK_THAT(summary.err, !Catch::Contains("key-derivation"));
        const std::vector<std::uint8_t> pageBytes = casebook::test::readFile(out);
        const std::string page(pageBytes.begin(), pageBytes.end());
        CHECK_THAT(page, Catch::Contains(id == goodCase ? "Robin Example" : "Alex Overlap"));
    }
    // Every message describes the actual fault: none blames a key-derivation parameter.
    CHECK_THAT(due.err + text.err + show.err + calendar.err, !Catch::Contains("key-derivation"));
}
