// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `hold add|list|release` and `retention service-end|review --as-of` (issue 15 item 3), through
// the real binary: what each prints, and that a hold makes `erase` refuse until it is released.
#include "support/CliRunner.h"
#include "support/TempDir.h"

#include "service/Session.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace casebook::cli::test;
namespace core = casebook::core;

namespace {

struct Filled {
    std::int64_t person = 0;
    std::int64_t caseId = 0;
};

/// One person with one case, closed on 31 March 2026.
Filled fill(const std::filesystem::path& store)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS 1234 Test";
    auto session = core::Session::open(store, core::SecretString("pw"), options);
    REQUIRE(session);
    core::CaseService& cases = (*session)->cases();
    core::Person subject;
    subject.name = "Robin Example";
    Filled f;
    f.person = cases.createPerson(subject).value().value;
    core::Case c;
    c.person = core::PersonId{f.person};
    c.summary = "Attendance support";
    c.types = {core::CaseType::Wellbeing};
    c.opened = core::Date::parseIso("2026-01-05").value();
    const core::CaseId caseId = cases.openCase(c).value();
    REQUIRE(cases.closeCase(caseId, core::Date::parseIso("2026-03-31").value(), core::CaseOutcome::ReturnedToFullDuties,
                            ""));
    f.caseId = caseId.value;
    return f;
}

} // namespace

TEST_CASE("hold add, list and release: what each prints, and erase refused while the hold is open", "[hold-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const Filled f = fill(store);
    auto cli = [&store](std::vector<std::string> args) { return runCli(withStore(store, std::move(args)), "pw\n"); };
    const std::string person = std::to_string(f.person);

    const auto empty = cli({"hold", "list"});
    REQUIRE(empty.exitCode == 0);
    CHECK_THAT(empty.out, Catch::StartsWith("ID    SCOPE         KIND             PLACED      RELEASED    REFERENCE\n")
                              && Catch::EndsWith("\n0 holds.\n"));

    const auto added = cli(
        {"hold", "add", "--person", person, "--kind", "tribunal", "--reference", "ET/1234/26", "--on", "2026-11-02"});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out
          == "Placed legal hold 1. Nothing it covers can be deleted, erased or disposed of until it is released.\n");
    const auto listed = cli({"hold", "list"});
    REQUIRE(listed.exitCode == 0);
    CHECK_THAT(listed.out, Catch::Contains("\n1     person " + person
                                           + "      tribunal         2026-11-02  open"
                                             "        ET/1234/26\n")
                               && Catch::EndsWith("\n1 hold.\n"));

    const auto refused = cli({"erase", "--person", person, "--reason", "Request from the subject", "--yes"});
    CHECK(refused.exitCode != 0);
    CHECK_THAT(refused.err, Catch::Contains("legal hold 1"));
    CHECK(refused.out.empty());
    const auto caseRefused = cli({"erase", "--case", std::to_string(f.caseId), "--reason", "Old", "--yes"});
    CHECK(caseRefused.exitCode != 0);
    CHECK_THAT(caseRefused.err, Catch::Contains("legal hold 1"));
    CHECK_THAT(cli({"list", "--all"}).out, Catch::Contains("Robin Example"));

    const auto early = cli({"hold", "release", "--id", "1", "--on", "2026-11-01"});
    CHECK(early.exitCode != 0);
    CHECK_THAT(early.err, Catch::Contains("before it was placed"));
    const auto released = cli({"hold", "release", "--id", "1", "--on", "2027-01-04"});
    REQUIRE(released.exitCode == 0);
    CHECK(released.out == "Released legal hold 1 on 2027-01-04.\n");
    CHECK_THAT(cli({"hold", "list"}).out, Catch::Contains("  2026-11-02  2027-01-04  ET/1234/26\n"));
    const auto again = cli({"hold", "release", "--id", "1", "--on", "2027-01-05"});
    CHECK(again.exitCode != 0);
    CHECK_THAT(again.err, Catch::Contains("already released on 2027-01-04"));

    const auto audit = cli({"audit", "list"});
    CHECK_THAT(audit.out, Catch::Contains("legal_hold"));

    const auto erased = cli({"erase", "--person", person, "--reason", "Request from the subject", "--yes"});
    CHECK(erased.exitCode == 0);
    CHECK_THAT(erased.out, Catch::Contains("erasure"));
}

TEST_CASE("hold: usage errors name what is missing", "[hold-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    auto cli = [&store](std::vector<std::string> args) { return runCli(withStore(store, std::move(args)), "pw\n"); };
    const auto noScope = cli({"hold", "add"});
    CHECK(noScope.exitCode == 2);
    CHECK_THAT(noScope.err, Catch::Contains("exactly one of --person ID, --case ID or --all"));
    const auto noId = cli({"hold", "release"});
    CHECK(noId.exitCode == 2);
    CHECK_THAT(noId.err, Catch::Contains("--id ID is required"));
    const auto unknown = cli({"hold", "add", "--person", "99"});
    CHECK(unknown.exitCode != 0);
    CHECK_THAT(cli({"hold", "list"}).out, Catch::EndsWith("\n0 holds.\n"));
}

TEST_CASE("retention review --as-of: the queue on the day asked, with the hold that blocks it", "[retention-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const Filled f = fill(store);
    auto cli = [&store](std::vector<std::string> args) { return runCli(withStore(store, std::move(args)), "pw\n"); };
    const std::string person = std::to_string(f.person);

    // Still serving: the later of case closed and service ended has not come.
    const auto serving = cli({"retention", "review", "--as-of", "2040-01-01"});
    REQUIRE(serving.exitCode == 0);
    CHECK_THAT(serving.out, Catch::StartsWith("Retention review as of 2040-01-01 (due within 30 days)\n")
                                && Catch::Contains("\n0 records to review."));

    const auto set =
        cli({"retention", "service-end", "--person", person, "--date", "2026-06-30", "--reason", "Retired"});
    REQUIRE(set.exitCode == 0);
    CHECK(set.out == "Service end of person " + person + " set to 2026-06-30.\n");

    // 72 months after 30 June 2026 (the later date) is 30 June 2032.
    const auto before = cli({"retention", "review", "--as-of", "2032-05-31", "--within", "0"});
    REQUIRE(before.exitCode == 0);
    CHECK_THAT(before.out, Catch::StartsWith("Retention review as of 2032-05-31 (due within 0 days)\n")
                               && Catch::Contains("\n0 records to review."));
    const auto window = cli({"retention", "review", "--as-of", "2032-05-31"});
    CHECK_THAT(window.out, Catch::Contains("\n2032-06-30  case              " + std::to_string(f.caseId)));
    const auto due = cli({"retention", "review", "--as-of", "2032-07-01", "--within", "0"});
    REQUIRE(due.exitCode == 0);
    CHECK_THAT(due.out, Catch::Contains("\n2032-06-30  case              " + std::to_string(f.caseId))
                            && Catch::Contains("Robin Example") && Catch::Contains("2026-06-30  retention.case")
                            && Catch::Contains("review     typical   -\n") && Catch::Contains("to review."));

    REQUIRE(cli({"hold", "add", "--case", std::to_string(f.caseId), "--reference", "CLAIM-9"}).exitCode == 0);
    const auto held = cli({"retention", "review", "--as-of", "2032-07-01", "--within", "0"});
    CHECK_THAT(held.out, Catch::Contains("retention.case") && Catch::Contains("  legal hold 1\n"));
    const auto dispose =
        cli({"retention", "dispose", "--rule", "retention.case", "--id", std::to_string(f.caseId), "--yes"});
    CHECK(dispose.exitCode != 0);
    CHECK_THAT(dispose.err, Catch::Contains("legal hold 1"));

    // Released, the case can be disposed of, with a certificate; the person, with no case left,
    // then falls due under the person rule.
    REQUIRE(cli({"hold", "release", "--id", "1", "--on", "2032-07-01"}).exitCode == 0);
    CHECK_THAT(cli({"retention", "review", "--as-of", "2032-07-01"}).out, !Catch::Contains("legal hold"));
    const auto disposed =
        cli({"retention", "dispose", "--rule", "retention.case", "--id", std::to_string(f.caseId), "--yes"});
    CHECK(disposed.exitCode == 0);
    CHECK_THAT(disposed.out, Catch::Contains("DISPOSAL CERTIFICATE") && Catch::Contains("Rule:       retention.case"));
    const auto after = cli({"retention", "review", "--as-of", "2032-07-01"}).out;
    CHECK_THAT(after, !Catch::Contains("retention.case"));
    CHECK_THAT(after, Catch::Contains("  person            " + person) && Catch::Contains("retention.person"));

    const auto badDate = cli({"retention", "review", "--as-of", "2032-13-01"});
    CHECK(badDate.exitCode == 2);
    CHECK_THAT(badDate.err, Catch::Contains("dates are YYYY-MM-DD"));
}

TEST_CASE("retention anonymise: needs --yes, keeps the case for the counts with a certificate, leaves the queue",
          "[retention-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const Filled f = fill(store);
    auto cli = [&store](std::vector<std::string> args) { return runCli(withStore(store, std::move(args)), "pw\n"); };
    const std::string caseId = std::to_string(f.caseId);
    REQUIRE(cli({"retention", "service-end", "--person", std::to_string(f.person), "--date", "2026-06-30"}).exitCode
            == 0);
    CHECK_THAT(cli({"retention", "review", "--as-of", "2032-07-01"}).out, Catch::Contains("retention.case"));

    const auto unconfirmed = cli({"retention", "anonymise", "--rule", "retention.case", "--id", caseId});
    CHECK(unconfirmed.exitCode == 2);
    CHECK_THAT(unconfirmed.err, Catch::Contains("but its counts") && Catch::Contains("Add --yes"));
    const auto done = cli({"retention", "anonymise", "--rule", "retention.case", "--id", caseId, "--yes"});
    REQUIRE(done.exitCode == 0);
    CHECK_THAT(done.out, Catch::StartsWith("DISPOSAL CERTIFICATE") && Catch::Contains("case " + caseId + " anonymised")
                             && Catch::Contains("Rule:       retention.case"));
    // The case is still counted (listed, anonymised), and has left the retention review.
    CHECK_THAT(cli({"list", "--all"}).out, Catch::Contains("Anonymised"));
    CHECK_THAT(cli({"retention", "review", "--as-of", "2032-07-01"}).out, !Catch::Contains("retention.case"));
    CHECK_THAT(cli({"audit", "list"}).out, Catch::Contains("case anonymised"));
}

TEST_CASE("retention dispose: a closed request's file goes on its own with a certificate, and cannot be anonymised",
          "[retention-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const Filled f = fill(store);
    auto cli = [&store](std::vector<std::string> args) { return runCli(withStore(store, std::move(args)), "pw\n"); };
    REQUIRE(
        cli({"sar", "add", "--person", std::to_string(f.person), "--received", "2026-01-05", "--reference", "SAR-3"})
            .exitCode
        == 0);
    REQUIRE(cli({"sar", "update", "--id", "1", "--status", "responded", "--closed", "2026-02-02"}).exitCode == 0);
    // retention.sar_request: two years after the request closed.
    CHECK_THAT(cli({"retention", "review", "--as-of", "2028-02-02"}).out,
               Catch::Contains("sar_request") && Catch::Contains("retention.sar_request"));

    const auto anonymise = cli({"retention", "anonymise", "--rule", "retention.sar_request", "--id", "1", "--yes"});
    CHECK(anonymise.exitCode == 2);
    CHECK_THAT(anonymise.err, Catch::Contains("disposed of whole"));
    const auto unconfirmed = cli({"retention", "dispose", "--rule", "retention.sar_request", "--id", "1"});
    CHECK(unconfirmed.exitCode == 2);
    const auto done = cli({"retention", "dispose", "--rule", "retention.sar_request", "--id", "1", "--yes"});
    REQUIRE(done.exitCode == 0);
    CHECK_THAT(done.out, Catch::StartsWith("DISPOSAL CERTIFICATE") && Catch::Contains("sar_request 1 and the rows")
                             && Catch::Contains("Rule:       retention.sar_request"));
    CHECK_THAT(cli({"retention", "review", "--as-of", "2028-02-02"}).out, !Catch::Contains("retention.sar_request"));
    CHECK_THAT(cli({"sar", "list", "--all"}).out, !Catch::Contains("SAR-3"));
    CHECK_THAT(cli({"list", "--all"}).out, Catch::Contains("Robin Example")); // the person and case stay
    CHECK_THAT(cli({"audit", "list"}).out, Catch::Contains("sar_request disposed of"));
    CHECK(cli({"audit", "verify"}).exitCode == 0);
}
