// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The retention pack as data, the review queue, retain decisions and holds (issue 15 item 3).
#include "domain/DomainFixture.h"
#include "support/TestSupport.h"

#include "audit/AuditLog.h"
#include "dp/Erasure.h"
#include "dp/Retention.h"
#include "interchange/Interchange.h"
#include "service/CaseService.h"
#include "service/Session.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>

namespace casebook::test {

namespace {

struct RetentionFixture {
    TempDir dir;
    std::unique_ptr<core::Store> store = makeStore(dir / "retention.cbk", "pw", 0);
    core::Database& db = store->database();
    core::FakeClock clock{core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}}};
    core::AuditLog audit{clock};
    core::CaseService cases{db, audit, "PS Casey"};
    core::RetentionService retention{db, audit, "PS Casey"};
    core::HoldService holds{db, audit, "PS Casey"};

    core::RetentionPack pack()
    {
        auto loaded = retention.pack(CASEBOOK_RESOURCES_DIR);
        if (!loaded) {
            FAIL(loaded.error().detail);
        }
        return std::move(loaded.value());
    }
};

} // namespace

TEST_CASE("retention pack: the shipped pack loads, every rule has a period, an action, a citation and a status",
          "[dp][retention]")
{
    auto pack = core::loadRetentionPack(CASEBOOK_RESOURCES_DIR);
    REQUIRE(pack.has_value());
    CHECK(pack->rules.size() >= 3);
    for (const core::RetentionRule& rule : pack->rules) {
        INFO(rule.id);
        CHECK(rule.id.rfind("retention.", 0) == 0);
        CHECK_FALSE(rule.citation.instrument.empty());
        CHECK(rule.months > 0);
    }
    REQUIRE(pack->find("retention.case") != nullptr);
    CHECK(pack->find("retention.case")->trigger == core::RetentionTrigger::LaterOfCaseClosedServiceEnded);
}

TEST_CASE("retention pack: a bad pack lists every problem with its path", "[dp][retention]")
{
    auto bad = core::parseRetentionPack(R"({"format": 1, "id": "retention", "title": "t", "version": 1, "rules": [
        {"id": "retention.a", "title": "a", "record_kind": "files", "trigger": "case_closed", "months": -1,
         "action": "burn", "status": "typical", "citation": {"instrument": "i", "provision": "p", "url": "https://x"}}]})");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == core::ErrorCode::InvalidRulePack);
    CHECK(bad.error().detail.find("$.rules[0].record_kind") != std::string::npos);
    CHECK(bad.error().detail.find("$.rules[0].months") != std::string::npos);
    CHECK(bad.error().detail.find("$.rules[0].action") != std::string::npos);
}

TEST_CASE("retention review: a case is due six years after the later of closing and service end (retention.case)",
          "[dp][retention]")
{
    RetentionFixture f;
    auto person = f.cases.createPerson(samplePerson("Leaver Person"));
    REQUIRE(person);
    auto caseId = f.cases.openCase(sampleCase(*person));
    REQUIRE(caseId);
    REQUIRE(f.cases.closeCase(*caseId, day("2026-03-31"), core::CaseOutcome::ReturnedToFullDuties, ""));
    // Still serving: nothing is due however late it is.
    CHECK(f.retention.review(f.pack(), day("2040-01-01")).value().empty());
    REQUIRE(f.retention.setServiceEnd(*person, day("2027-06-30"), "Retired"));
    CHECK(f.retention.serviceEnd(*person).value() == day("2027-06-30"));
    core::RetentionPack pack = f.pack();
    CHECK(f.retention.review(pack, day("2033-05-01")).value().empty());
    auto due = f.retention.review(pack, day("2033-06-15"));
    REQUIRE(due.has_value());
    REQUIRE(due->size() == 1);
    CHECK(due->front().rule->id == "retention.case");
    CHECK(due->front().refId == caseId->value);
    CHECK(due->front().triggerDate == day("2027-06-30"));
    CHECK(due->front().dueOn == day("2033-06-30"));
    CHECK(due->front().blockedBy.empty());

    // A hold blocks it; the queue says so.
    core::LegalHold hold;
    hold.scope = core::HoldScope::Person;
    hold.person = *person;
    hold.kind = core::HoldKind::PersonalInjury;
    hold.placedOn = day("2033-06-01");
    REQUIRE(f.holds.place(hold));
    due = f.retention.review(pack, day("2033-06-15"));
    REQUIRE(due->size() == 1);
    REQUIRE(due->front().blockedBy.size() == 1);
    CHECK(due->front().blockedBy.front().find("legal hold") == 0);

    // A recorded decision to retain puts it off until the next review.
    REQUIRE(f.retention.retain(*pack.find("retention.case"), caseId->value, day("2033-06-20"), day("2034-06-20"),
                               "Claim threatened"));
    CHECK(f.retention.review(pack, day("2033-06-21")).value().empty());
    CHECK(f.retention.review(pack, day("2034-06-01")).value().size() == 1);
    CHECK_FALSE(
        f.retention.retain(*pack.find("retention.case"), caseId->value, day("2033-06-20"), day("2033-06-20"), "x"));
}

TEST_CASE("retention override: a local period with a reason replaces the shipped one and is audited", "[dp][retention]")
{
    RetentionFixture f;
    const core::RetentionPack shipped = f.pack();
    CHECK_FALSE(f.retention.overridePeriod(shipped, "retention.case", 84, " ").has_value());
    CHECK_FALSE(f.retention.overridePeriod(shipped, "retention.nope", 84, "Force schedule").has_value());
    REQUIRE(f.retention.overridePeriod(shipped, "retention.case", 84, "Force schedule v3 (7 years)"));
    const core::RetentionPack local = f.pack();
    CHECK(local.find("retention.case")->months == 84);
    CHECK(local.find("retention.case")->shippedMonths == 72);
    CHECK(local.find("retention.case")->overrideReason == "Force schedule v3 (7 years)");
    CHECK(f.db.queryInt("SELECT count(*) FROM audit_log WHERE record_type = 'retention_override'").value() == 1);
}

TEST_CASE("interchange: subject access, holds and retention travel, audit keys, id floors and the erasure register "
          "do not",
          "[dp][interchange]")
{
    TempDir dir;
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS Test";
    auto session = core::Session::create(dir / "s.cbk", secret("pw"), options, fastKdf());
    REQUIRE(session);
    const auto generated = core::interchangeJsonSchema(**session);
    REQUIRE(generated);
    const std::filesystem::path file =
        std::filesystem::path(CASEBOOK_RESOURCES_DIR) / "schema" / "casebook-interchange-1.schema.json";
    if (std::getenv("CASEBOOK_UPDATE_SCHEMA") != nullptr) {
        writeFile(file, std::vector<std::uint8_t>(generated->begin(), generated->end()));
    }
    const nlohmann::json schema = nlohmann::json::parse(*generated);
    const auto& tables = schema["properties"]["tables"]["properties"];
    for (const char* travels : {"sar_request", "sar_clock_event", "legal_hold", "person_service", "retention_override",
                                "retention_decision"}) {
        CHECK(tables.contains(travels));
    }
    for (const char* stays : {"subject_key", "id_floor", "erasure_register", "disposal_certificate", "audit_log"}) {
        CHECK_FALSE(tables.contains(stays));
    }
    const auto bytes = readFile(file);
    CHECK(std::string(bytes.begin(), bytes.end()) == *generated); // refresh with CASEBOOK_UPDATE_SCHEMA=1
}

} // namespace casebook::test
