// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `hold add|list|release` and `retention review --as-of` (issue 15 item 3), through the real
// binary: what each prints, and that an open hold stops `erase` and `retention dispose` until it
// is released.
#include "support/CliRunner.h"
#include "support/TempDir.h"
#include "support/TestSupport.h"

#include "service/Session.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace casebook::cli::test;
namespace core = casebook::core;

namespace {

core::Date day(const char* iso)
{
    return core::Date::parseIso(iso).value();
}

struct Filled {
    std::int64_t person = 0;
    std::int64_t caseId = 0;
};

/// One person with one case closed on 2026-03-31.
Filled fill(const std::filesystem::path& store)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS 1234 Test";
    auto session = core::Session::open(store, core::SecretString("pw"), options);
    REQUIRE(session);
    core::CaseService& cases = (*session)->cases();
    Filled f;
    core::Person person;
    person.name = "Robin Example";
    f.person = cases.createPerson(person).value().value;
    core::Case c;
    c.person = core::PersonId{f.person};
    c.summary = "Attendance support";
    c.types = {core::CaseType::Wellbeing};
    c.opened = day("2026-01-05");
    f.caseId = cases.openCase(c).value().value;
    REQUIRE(cases.closeCase(core::CaseId{f.caseId}, day("2026-03-31"), core::CaseOutcome::ReturnedToFullDuties, ""));
    return f;
}

} // namespace

TEST_CASE("hold add, list and release: what each prints, and the hold in the list", "[hold-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const Filled f = fill(store);
    auto cli = [&store](std::vector<std::string> args) { return runCli(withStore(store, std::move(args)), "pw\n"); };

    const auto added = cli({"hold", "add", "--person", std::to_string(f.person), "--kind", "tribunal", "--reference",
                            "ET/1234/26", "--on", "2026-11-02"});
    REQUIRE(added.exitCode == 0);
    CHECK_THAT(added.out, Catch::StartsWith("Placed legal hold 1.") && Catch::Contains("until it is released"));
    REQUIRE(cli({"hold", "add", "--all", "--kind", "inquiry", "--on", "2026-11-03"}).exitCode == 0);

    const auto listed = cli({"hold", "list"});
    REQUIRE(listed.exitCode == 0);
    CHECK_THAT(listed.out,
               Catch::StartsWith("ID    SCOPE         KIND             PLACED      RELEASED    REFERENCE\n"));
    CHECK_THAT(listed.out, Catch::Contains("1     person " + std::to_string(f.person)
                                           + "      tribunal         2026-11-02  open        ET/1234/26\n"));
    CHECK_THAT(listed.out, Catch::Contains("2     all           inquiry          2026-11-03  open        \n"));
    CHECK_THAT(listed.out, Catch::EndsWith("2 holds.\n"));

    const auto released = cli({"hold", "release", "--id", "1", "--on", "2026-12-01"});
    REQUIRE(released.exitCode == 0);
    CHECK(released.out == "Released legal hold 1 on 2026-12-01.\n");
    CHECK_THAT(cli({"hold", "list"}).out, Catch::Contains("tribunal         2026-11-02  2026-12-01  ET/1234/26\n"));

    // Released once only, and a hold is never released before it was placed.
    const auto again = cli({"hold", "release", "--id", "1", "--on", "2026-12-02"});
    CHECK(again.exitCode != 0);
    CHECK_THAT(again.err, Catch::Contains("already released"));
    const auto early = cli({"hold", "release", "--id", "2", "--on", "2026-11-01"});
    CHECK(early.exitCode != 0);

    // A scope is required, and only one.
    const auto none = cli({"hold", "add", "--kind", "tribunal"});
    CHECK(none.exitCode != 0);
    CHECK_THAT(none.err, Catch::Contains("exactly one of --person ID, --case ID or --all"));
    const auto unknown = cli({"hold", "add", "--person", "999"});
    CHECK(unknown.exitCode != 0);
}

TEST_CASE("retention review --as-of: the case falls due six years after service ended, held while a hold is open",
          "[hold-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const Filled f = fill(store);
    auto cli = [&store](std::vector<std::string> args) { return runCli(withStore(store, std::move(args)), "pw\n"); };
    REQUIRE(cli({"retention", "service-end", "--person", std::to_string(f.person), "--date", "2026-06-30", "--reason",
                 "Retired"})
                .exitCode
            == 0);

    const auto early = cli({"retention", "review", "--as-of", "2027-01-01"});
    REQUIRE(early.exitCode == 0);
    CHECK_THAT(early.out, Catch::StartsWith("Retention review as of 2027-01-01 (due within 30 days)\n"));
    CHECK_THAT(early.out, Catch::Contains("0 records to review."));

    REQUIRE(
        cli({"hold", "add", "--case", std::to_string(f.caseId), "--kind", "litigation", "--on", "2026-11-02"}).exitCode
        == 0);
    const auto due = cli({"retention", "review", "--as-of", "2032-07-01"});
    REQUIRE(due.exitCode == 0);
    CHECK_THAT(due.out, Catch::StartsWith("Retention review as of 2032-07-01 (due within 30 days)\n"));
    CHECK_THAT(due.out, Catch::Contains("  case         " + std::to_string(f.caseId))
                            && Catch::Contains("Robin Example") && Catch::Contains("2026-06-30  retention.case"));
    CHECK_THAT(due.out, Catch::Contains("legal hold 1\n"));
    CHECK_THAT(due.out, Catch::Contains("1 record to review."));

    // The hold stops erasure and disposal, through the service and the store alike.
    const auto erase = cli({"erase", "--case", std::to_string(f.caseId), "--reason", "request", "--yes"});
    CHECK(erase.exitCode != 0);
    CHECK_THAT(erase.err, Catch::Contains("legal hold 1"));
    const auto erasePerson = cli({"erase", "--person", std::to_string(f.person), "--reason", "request", "--yes"});
    CHECK(erasePerson.exitCode != 0);
    CHECK_THAT(erasePerson.err, Catch::Contains("legal hold 1"));
    const auto dispose =
        cli({"retention", "dispose", "--rule", "retention.case", "--id", std::to_string(f.caseId), "--yes"});
    CHECK(dispose.exitCode != 0);
    CHECK_THAT(dispose.err, Catch::Contains("legal hold 1"));
    CHECK_THAT(cli({"retention", "review", "--as-of", "2032-07-01"}).out, Catch::Contains("1 record to review."));

    // Released, the case is no longer held and can be disposed of.
    REQUIRE(cli({"hold", "release", "--id", "1", "--on", "2026-12-01"}).exitCode == 0);
    const auto free = cli({"retention", "review", "--as-of", "2032-07-01"});
    CHECK_THAT(free.out, !Catch::Contains("legal hold"));
    const auto disposed =
        cli({"retention", "dispose", "--rule", "retention.case", "--id", std::to_string(f.caseId), "--yes"});
    CHECK(disposed.exitCode == 0);
    CHECK_THAT(disposed.out, Catch::Contains("DISPOSAL CERTIFICATE"));
    // The case is gone; the person, with no case left, now falls due under the person rule.
    const auto after = cli({"retention", "review", "--as-of", "2032-07-01"}).out;
    CHECK_THAT(after, !Catch::Contains("retention.case"));
    CHECK_THAT(after,
               Catch::Contains("  person       " + std::to_string(f.person)) && Catch::Contains("retention.person"));
}
