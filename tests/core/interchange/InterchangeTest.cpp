// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The interchange document: export, import with every problem reported by JSON path, and the
// export -> import -> export identity.
#include "domain/DomainFixture.h"
#include "support/TestSupport.h"

#include "demo/FictionalCaseload.h"
#include "domain/Attachment.h"
#include "interchange/Interchange.h"
#include "procedure/UppProcedure.h"
#include "service/Session.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <limits>

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

namespace {

/// The document without its audit head, which pins the log of the store it came from.
std::string withoutHead(const std::string& document)
{
    auto doc = nlohmann::json::parse(document);
    CHECK(doc.contains("auditHead"));
    doc.erase("auditHead");
    return doc.dump(2);
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
    CHECK(withoutHead(*second) == withoutHead(*first));

    auto c = makeSession(dir, "c.cbk");
    const auto again = core::importInterchange(*c, *second);
    REQUIRE(again);
    REQUIRE(again->ok());
    CHECK(withoutHead(core::exportInterchange(*c).value()) == withoutHead(*first));

    // What was imported works: the rules carry the force's change, the search index is filled,
    // the attachment's bytes came through, and the audit log records the import.
    CHECK(b->rules().uppPack({"legacy"})->find("upp.legacy.first_stage_appeal.notice")->amount == 9);
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

namespace {

/// The index of the first row of `table` in `doc` for which `pick` holds.
template <typename Pick> std::size_t rowWhere(const json& doc, const std::string& table, Pick pick)
{
    const json& rows = doc["tables"][table];
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (pick(rows[i])) {
            return i;
        }
    }
    FAIL("no matching row in " << table);
    return 0;
}

/// Imports `doc` into a new store and returns the outcome; the store must stay empty when refused.
core::ImportOutcome importInto(const test::TempDir& dir, const char* name, const json& doc)
{
    auto s = makeSession(dir, name);
    auto outcome = core::importInterchange(*s, doc.dump());
    REQUIRE(outcome);
    if (!outcome->ok()) {
        CHECK(count(*s, "person") == 0);
    }
    return *outcome;
}

} // namespace

TEST_CASE("Import derives a procedure's regime from its dates and linked matter as the service does",
          "[interchange][import-rules]")
{
    test::TempDir dir;
    auto a = makeSession(dir, "a.cbk");
    fillEverything(*a);
    const json exported = json::parse(core::exportInterchange(*a).value());
    REQUIRE_FALSE(exported["tables"]["upp_procedure"].empty());

    json doc = exported;
    const std::size_t i = rowWhere(doc, "upp_procedure", [](const json& r) { return r["linked_upp_id"].is_null(); });
    json& upp = doc["tables"]["upp_procedure"][i];
    const std::string derived = upp["derived_regime"];
    upp["derived_regime"] = derived == "legacy" ? "amended" : "legacy";
    auto outcome = importInto(dir, "b.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, "/tables/upp_procedure/" + std::to_string(i) + "/derived_regime",
                     "the dates give '" + derived + "'"));

    // A matter that links to itself, and one that came to attention before the regulations.
    doc = exported;
    doc["tables"]["upp_procedure"][i]["linked_upp_id"] = doc["tables"]["upp_procedure"][i]["id"];
    outcome = importInto(dir, "c.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, "/tables/upp_procedure/" + std::to_string(i) + "/linked_upp_id", "loop"));
    doc = exported;
    doc["tables"]["upp_procedure"][i]["came_to_attention"] = "1990-01-01";
    outcome = importInto(dir, "d.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, "/tables/upp_procedure/" + std::to_string(i), "not modelled"));

    // An unknown code in a column without a CHECK constraint is a problem at its row, not an error.
    doc = exported;
    doc["tables"]["upp_procedure"][i]["stage"] = "stage_nine";
    outcome = importInto(dir, "e.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, "/tables/upp_procedure/" + std::to_string(i), "unknown code 'stage_nine'"));
}

TEST_CASE("Import checks a procedure's regime keys against the loaded regime packs", "[interchange][import-rules]")
{
    test::TempDir dir;
    auto a = makeSession(dir, "a.cbk");
    fillEverything(*a);
    const json exported = json::parse(core::exportInterchange(*a).value());
    json doc = exported;
    const std::size_t i = rowWhere(doc, "upp_procedure", [](const json& r) { return r["linked_upp_id"].is_null(); });
    const std::string at = "/tables/upp_procedure/" + std::to_string(i);
    doc["tables"]["upp_procedure"][i]["regime_override"] = "test2027";
    doc["tables"]["upp_procedure"][i]["regime_override_reason"] = "a regime this build has no pack for";
    auto outcome = importInto(dir, "b.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, at + "/regime_override",
                     "'test2027' is not a regime of this build's rule packs (legacy, amended)"));

    doc = exported;
    doc["tables"]["upp_procedure"][i]["derived_regime"] = "test2027";
    outcome = importInto(dir, "c.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, at + "/derived_regime", "is 'test2027' but the dates give '"));
}

TEST_CASE("Export carries every record's pinned pack version and import refuses a version the packs do not have",
          "[interchange][import-rules][versions]")
{
    test::TempDir dir;
    auto a = makeSession(dir, "a.cbk");
    fillEverything(*a);
    const json exported = json::parse(core::exportInterchange(*a).value());
    const std::pair<const char*, int> shipped[] = {
        {"absence", 2}, {"limited_duty", 1}, {"conduct_referral", 1}}; // the kinds the caseload makes
    for (const auto& [table, version] : shipped) {
        INFO(table);
        REQUIRE_FALSE(exported["tables"][table].empty());
        for (const json& row : exported["tables"][table]) {
            CHECK(row["pinned_version"] == version);
            CHECK(row["pin_reason"] == "");
        }
    }

    json doc = exported;
    doc["tables"]["absence"][0]["pinned_version"] = 7;
    doc["tables"]["conduct_referral"][0]["pinned_pack"] = "sick_pay";
    const auto outcome = importInto(dir, "b.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, "/tables/absence/0", "pinned to sick_pay version 7"));
    CHECK(hasProblem(outcome, "/tables/conduct_referral/0", "pinned to sick_pay version 1"));
}

TEST_CASE("Import runs the domain's validators on attachments, consents, contacts, reviews and absences",
          "[interchange][import-rules]")
{
    test::TempDir dir;
    auto a = makeSession(dir, "a.cbk");
    fillEverything(*a);
    const json exported = json::parse(core::exportInterchange(*a).value());

    json doc = exported;
    doc["tables"]["attachment"][0]["file_name"] = "../../../.bashrc";
    doc["tables"]["consent"][0]["obtained"] = std::string(5000, 'x');
    doc["tables"]["holistic_review"][0]["reviewer"] = "";
    doc["tables"]["contact"][0]["email"] = "not an address";
    auto outcome = importInto(dir, "b.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, "/tables/attachment/0", "must not contain a folder"));
    CHECK(hasProblem(outcome, "/tables/consent/0", "how obtained"));
    CHECK(hasProblem(outcome, "/tables/holistic_review/0", "reviewer"));
    CHECK(hasProblem(outcome, "/tables/contact/0", "e-mail"));

    // The recorded size is the content's, and the content is within the app's 25 MiB.
    doc = exported;
    doc["tables"]["attachment"][0]["size"] = 3;
    outcome = importInto(dir, "c.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, "/tables/attachment/0/size", "its content holds 7 bytes"));
    doc = exported;
    const std::size_t big = core::kMaxAttachmentBytes + 3;
    doc["tables"]["attachment_content"][0]["bytes"] = std::string((big + 2) / 3 * 4, 'A');
    outcome = importInto(dir, "d.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, "/tables/attachment_content/0/bytes", "limited to 25 MiB"));

    // Two absences of one person that share a day, as the service refuses when typed.
    doc = exported;
    json& absences = doc["tables"]["absence"];
    REQUIRE_FALSE(absences.empty());
    json twin = absences[0];
    twin["id"] = 9000;
    absences.push_back(twin);
    outcome = importInto(dir, "e.cbk", doc);
    INFO(problemsText(outcome));
    CHECK(hasProblem(outcome, "/tables/absence/" + std::to_string(absences.size() - 1), "may not share a day"));
}

TEST_CASE("Import refuses numbers it cannot keep and NUL characters, each at its JSON path",
          "[interchange][import-rules]")
{
    test::TempDir dir;
    auto s = makeSession(dir, "s.cbk");
    json doc = minimalDocument();
    doc["tables"]["person"][0]["id"] = std::numeric_limits<std::uint64_t>::max();
    doc["tables"]["case_file"][0]["person_id"] = std::numeric_limits<std::uint64_t>::max();
    doc["tables"]["person"][0]["notes"] = std::string("before\0after", 12);
    auto outcome = core::importInterchange(*s, doc.dump());
    REQUIRE(outcome);
    INFO(problemsText(*outcome));
    CHECK(hasProblem(*outcome, "/tables/person/0/id", "larger than the largest whole number"));
    CHECK(hasProblem(*outcome, "/tables/case_file/0/person_id", "larger than"));
    CHECK(hasProblem(*outcome, "/tables/person/0/notes", "NUL"));
    CHECK(count(*s, "person") == 0);

    std::string text = minimalDocument().dump();
    const std::string from = "\"line_manager_id\":null";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "\"line_manager_id\":1e999");
    outcome = core::importInterchange(*s, text);
    REQUIRE(outcome);
    INFO(problemsText(*outcome));
    REQUIRE(outcome->problems.size() == 1);
    CHECK(outcome->problems[0].path == "/tables/person/0/line_manager_id");
    CHECK_THAT(outcome->problems[0].message, Catch::Contains("1e999") && Catch::Contains("too large"));

    outcome = core::importInterchange(
        *s, R"({"format": "casebook-interchange", "version": 1, "tables": {"person": [{}, 1e400]}})");
    REQUIRE(outcome);
    REQUIRE(outcome->problems.size() == 1);
    CHECK(outcome->problems[0].path == "/tables/person/1");

    outcome = core::importInterchange(*s, std::string(100, '[') + std::string(100, ']'));
    REQUIRE(outcome);
    REQUIRE(outcome->problems.size() == 1);
    CHECK_THAT(outcome->problems[0].message, Catch::Contains("nests deeper"));
    CHECK(count(*s, "person") == 0);
}

TEST_CASE("Writes a one-case export for the fuzz corpus to $CASEBOOK_FUZZ_SEED", "[.fuzz-seed]")
{
    const char* out = std::getenv("CASEBOOK_FUZZ_SEED");
    REQUIRE(out != nullptr);
    test::TempDir dir;
    auto s = makeSession(dir, "s.cbk");
    fillEverything(*s);
    // The first case: it has the review, the attachment and the date override.
    const auto text = core::exportInterchange(*s, s->cases().listCases().value().front().id);
    REQUIRE(text);
    test::writeFile(out, std::vector<std::uint8_t>(text->begin(), text->end()));
}
