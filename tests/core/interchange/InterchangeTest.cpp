// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The interchange document: export, import with every problem reported by JSON path, and the
// export -> import -> export identity.
#include "domain/DomainFixture.h"
#include "support/TestSupport.h"

#include "demo/FictionalCaseload.h"
#include "interchange/Interchange.h"
#include "procedure/UppProcedure.h"
#include "service/Session.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

using namespace casebook;
using casebook::test::day;
using nlohmann::json;

namespace {

std::unique_ptr<core::Session> makeSession(const test::TempDir& dir, const char* name)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS Test";
    options.clock = std::make_shared<core::FakeClock>(core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
    auto session = core::Session::create(dir / name, test::secret("pw"), options, test::fastKdf());
    REQUIRE(session);
    return std::move(*session);
}

/// A store with every kind of record: the fictional caseload plus a review, an attachment, a
/// paused UPP, a local rule override, a calendar edit and a date override.
void fillEverything(core::Session& s)
{
    core::FictionalCaseloadOptions options;
    options.people = 8;
    options.cases = 14;
    options.chronologyEntries = 120;
    options.today = day("2026-11-22");
    REQUIRE(core::generateFictionalCaseload(s, options));
    const auto cases = s.cases().listCases();
    REQUIRE(cases);
    const core::CaseId first = cases->front().id;

    core::HolisticReview review;
    review.caseId = first;
    review.reviewedOn = day("2026-11-01");
    review.reviewer = "PS Test";
    review.wellbeing = "Sleeping better; still anxious about nights.";
    REQUIRE(s.cases().saveReview(review));

    core::Attachment attachment;
    attachment.caseId = first;
    attachment.fileName = "oh-report.pdf";
    attachment.mediaType = "application/pdf";
    attachment.added = day("2026-11-03");
    attachment.medical = true;
    const std::vector<std::uint8_t> bytes = {0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10};
    REQUIRE(s.cases().addAttachment(attachment, bytes));

    REQUIRE(s.localRules().setRuleOverride("upp.legacy", {"upp.legacy.first_stage_appeal.notice", 9, "policy"}));
    REQUIRE(s.localRules().editCalendar(
        {day("2026-11-23"), core::CalendarEditKind::AddHoliday, "Force day", "chief constable's order"}));

    const auto due = s.due().all(day("2026-11-22"), 28);
    REQUIRE(due);
    REQUIRE_FALSE(due->empty());
    const auto& item = due->front().source;
    REQUIRE(s.due().overrideDate(
        {item.recordType, item.recordId, item.derived.ruleId, day("2027-01-15"), "agreed extension"}));
}

std::int64_t count(core::Session& s, const std::string& table)
{
    return s.database().queryInt("SELECT count(*) FROM " + table).value();
}

std::string problemsText(const core::ImportOutcome& outcome)
{
    std::string out;
    for (const auto& p : outcome.problems) {
        out += p.path + ": " + p.message + "\n";
    }
    return out;
}

bool hasProblem(const core::ImportOutcome& outcome, const std::string& path, const std::string& words)
{
    return std::any_of(outcome.problems.begin(), outcome.problems.end(), [&](const core::InterchangeProblem& p) {
        return p.path == path && p.message.find(words) != std::string::npos;
    });
}

/// A minimal valid document: one person and one open case.
json minimalDocument()
{
    return json::parse(R"({
      "format": "casebook-interchange", "version": 1,
      "tables": {
        "person": [{"id": 1, "name": "Sam Example", "number": "", "kind": "officer", "rank_or_grade": "PC",
                    "role": "", "team": "", "line_manager_id": null, "line_manager_name": "",
                    "duty_status": "full", "pension_scheme": "unknown", "staff_association": "unknown",
                    "notes": ""}],
        "case_file": [{"id": 1, "person_id": 1, "summary": "Support", "status": "open", "rag": "green",
                       "owner": "PS Test", "opened_on": "2026-10-01", "closed_on": null,
                       "next_review_on": null, "outcome": null, "outcome_note": ""}],
        "case_type": [{"case_id": 1, "type": "wellbeing"}]
      }})");
}

} // namespace

TEST_CASE("export -> import -> export gives the identical document, and importing that again too", "[interchange]")
{
    test::TempDir dir;
    auto a = makeSession(dir, "a.cbk");
    fillEverything(*a);
    const auto first = core::exportInterchange(*a);
    REQUIRE(first);

    auto b = makeSession(dir, "b.cbk");
    const auto imported = core::importInterchange(*b, *first);
    REQUIRE(imported);
    INFO(problemsText(*imported));
    REQUIRE(imported->ok());
    CHECK(imported->rows.at("chronology_entry") == 120);
    const auto second = core::exportInterchange(*b);
    REQUIRE(second);
    CHECK(*second == *first);

    auto c = makeSession(dir, "c.cbk");
    const auto again = core::importInterchange(*c, *second);
    REQUIRE(again);
    REQUIRE(again->ok());
    CHECK(core::exportInterchange(*c).value() == *first);

    // What was imported works: the rules carry the force's change, the search index is filled,
    // the attachment's bytes came through, and the audit log records the import.
    CHECK(b->rules().uppLegacy.find("upp.legacy.first_stage_appeal.notice")->amount == 9);
    CHECK(b->rules().calendar.isBankHoliday(day("2026-11-23")));
    CHECK_FALSE(b->search().search("welfare").value().empty());
    const auto attachments = b->database().queryInt("SELECT length(bytes) FROM attachment_content");
    CHECK(attachments.value() == 7);
    CHECK(b->database().queryText("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").value() == "import");
    CHECK(b->audit().verify(b->database()).value().ok());
}

TEST_CASE("A document with several problems reports every one with its JSON path and writes nothing", "[interchange]")
{
    test::TempDir dir;
    auto s = makeSession(dir, "s.cbk");
    const auto auditBefore = count(*s, "audit_log");
    const auto servicesBefore = count(*s, "support_service");
    json doc = minimalDocument();
    doc["tables"]["case_file"][0]["opened_on"] = "2026-02-30";
    doc["tables"]["person"][0]["name"] = 42;
    doc["tables"]["person"][0].erase("kind");
    doc["tables"]["person"][0]["favourite_colour"] = "blue";
    doc["tables"]["rota"] = json::array();
    doc["tables"]["support_service"] = json::array();
    const auto outcome = core::importInterchange(*s, doc.dump());
    REQUIRE(outcome);
    INFO(problemsText(*outcome));
    CHECK(hasProblem(*outcome, "/tables/case_file/0/opened_on", "not a date"));
    CHECK(hasProblem(*outcome, "/tables/person/0/name", "must be text"));
    CHECK(hasProblem(*outcome, "/tables/person/0/kind", "missing"));
    CHECK(hasProblem(*outcome, "/tables/person/0/favourite_colour", "not a column"));
    CHECK(hasProblem(*outcome, "/tables/rota", "not a Casebook table"));
    CHECK(outcome->problems.size() == 5);
    CHECK(count(*s, "person") == 0);
    CHECK(count(*s, "support_service") == servicesBefore);
    CHECK(count(*s, "audit_log") == auditBefore);
}

TEST_CASE("Rows the store refuses, dangling references and domain rules are reported by path and nothing is written",
          "[interchange]")
{
    test::TempDir dir;
    auto s = makeSession(dir, "s.cbk");
    json doc = minimalDocument();
    doc["tables"]["case_type"][0]["type"] = "astrology"; // CHECK constraint
    doc["tables"]["chronology_entry"] = json::array({{{"id", 5},
                                                      {"case_id", 99}, // no such case
                                                      {"entry_date", "2026-11-02"},
                                                      {"entry_time", nullptr},
                                                      {"kind", "note"},
                                                      {"title", "Call"},
                                                      {"body", ""},
                                                      {"medical", 0},
                                                      {"author", "PS Test"}}});
    auto outcome = core::importInterchange(*s, doc.dump());
    REQUIRE(outcome);
    INFO(problemsText(*outcome));
    CHECK(hasProblem(*outcome, "/tables/case_type/0", "refused by the store"));
    CHECK(hasProblem(*outcome, "/tables/chronology_entry/0", "case_file row that is not in the file"));
    CHECK(count(*s, "person") == 0);

    json blankName = minimalDocument();
    blankName["tables"]["person"][0]["name"] = "   ";
    outcome = core::importInterchange(*s, blankName.dump());
    REQUIRE(outcome);
    INFO(problemsText(*outcome));
    CHECK(hasProblem(*outcome, "/tables/person/0", "name"));
    CHECK(count(*s, "person") == 0);

    json huge = minimalDocument();
    huge["tables"]["person"][0]["notes"] = std::string(3 * 1024 * 1024, 'x');
    outcome = core::importInterchange(*s, huge.dump());
    REQUIRE(outcome);
    CHECK(hasProblem(*outcome, "/tables/person/0/notes", "bytes long"));
}

TEST_CASE("Truncated JSON, a newer version and a store that already has cases are refused with clear messages",
          "[interchange]")
{
    test::TempDir dir;
    auto s = makeSession(dir, "s.cbk");
    const std::string text = minimalDocument().dump();
    auto cut = core::importInterchange(*s, text.substr(0, text.size() / 2));
    REQUIRE(cut);
    REQUIRE(cut->problems.size() == 1);
    CHECK_THAT(cut->problems[0].message, Catch::Contains("not valid JSON at byte"));

    json newer = minimalDocument();
    newer["version"] = 2;
    auto future = core::importInterchange(*s, newer.dump());
    REQUIRE(future);
    CHECK(hasProblem(*future, "/version", "newer Casebook"));

    auto ok = core::importInterchange(*s, text);
    REQUIRE(ok);
    REQUIRE(ok->ok());
    auto twice = core::importInterchange(*s, text);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == core::ErrorCode::InvalidArgument);
    CHECK(count(*s, "person") == 1);
}

TEST_CASE("export --case holds that case, its person and what hangs off it, and no other case", "[interchange]")
{
    test::TempDir dir;
    auto s = makeSession(dir, "s.cbk");
    fillEverything(*s);
    const auto cases = s->cases().listCases().value();
    const core::Case& chosen = cases.at(2);
    const auto text = core::exportInterchange(*s, chosen.id);
    REQUIRE(text);
    const json doc = json::parse(*text);
    REQUIRE(doc["tables"]["case_file"].size() == 1);
    CHECK(doc["tables"]["case_file"][0]["id"] == chosen.id.value);
    REQUIRE(doc["tables"]["person"].size() == 1);
    CHECK(doc["tables"]["person"][0]["id"] == chosen.person.value);
    for (const auto& entry : doc["tables"]["chronology_entry"]) {
        CHECK(entry["case_id"] == chosen.id.value);
    }
    CHECK_FALSE(doc["tables"].contains("rule_override"));
    // A one-case file imports into a new store on its own.
    auto fresh = makeSession(dir, "fresh.cbk");
    const auto imported = core::importInterchange(*fresh, *text);
    REQUIRE(imported);
    INFO(problemsText(*imported));
    CHECK(imported->ok());
}

TEST_CASE("resources/schema holds the JSON Schema generated from the store's tables", "[interchange]")
{
    test::TempDir dir;
    auto s = makeSession(dir, "s.cbk");
    const auto generated = core::interchangeJsonSchema(*s);
    REQUIRE(generated);
    const std::filesystem::path file =
        std::filesystem::path(CASEBOOK_RESOURCES_DIR) / "schema" / "casebook-interchange-1.schema.json";
    if (std::getenv("CASEBOOK_UPDATE_SCHEMA") != nullptr) {
        test::writeFile(file, std::vector<std::uint8_t>(generated->begin(), generated->end()));
    }
    REQUIRE(std::filesystem::exists(file));
    const auto bytes = test::readFile(file);
    const std::string committed(bytes.begin(), bytes.end());
    INFO("refresh with: CASEBOOK_UPDATE_SCHEMA=1 core_tests '[interchange]'");
    CHECK(committed == *generated);
    const json schema = json::parse(committed);
    CHECK(schema["properties"]["tables"]["properties"].contains("chronology_entry"));
    CHECK_FALSE(schema["properties"]["tables"]["properties"].contains("audit_log"));
}
