// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `policy` and `repin` (issue 14) through the real binary on a store filled through the core services.
#include "support/CliRunner.h"
#include "support/TempDir.h"

#include "procedure/Absence.h"
#include "procedure/Conduct.h"
#include "procedure/UppProcedure.h"
#include "service/Session.h"

#include <catch2/catch.hpp>

using namespace casebook::cli::test;
namespace core = casebook::core;

namespace {

std::unique_ptr<core::Session> openSession(const std::filesystem::path& store)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "test";
    auto session = core::Session::open(store, core::SecretString("pw"), options);
    REQUIRE(session);
    return std::move(*session);
}

/// A legacy-regime UPP (WIN received Friday 2026-11-20); returns its id.
std::int64_t addUpp(const std::filesystem::path& store)
{
    auto session = openSession(store);
    core::Person person;
    person.name = "Robin Example";
    auto personId = session->cases().createPerson(person);
    REQUIRE(personId);
    core::Case c;
    c.person = *personId;
    c.summary = "Performance";
    c.types = {core::CaseType::Upp};
    c.opened = core::Date::parseIso("2026-10-01").value();
    auto caseId = session->cases().openCase(c);
    REQUIRE(caseId);
    core::UppProcedure upp;
    upp.caseId = *caseId;
    upp.cameToAttention = core::Date::parseIso("2025-01-10").value();
    upp.stage = core::UppStage::First;
    upp.events = {{"win_dated", core::Date::parseIso("2026-11-20").value(), ""},
                  {"win_received", core::Date::parseIso("2026-11-20").value(), ""}};
    auto id = session->procedures().add(upp);
    REQUIRE(id);
    return id->value;
}

} // namespace

TEST_CASE("policy list shows the defaults, policy set needs a reason, is audited and applies, clear restores",
          "[rules-cli][policy]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    auto list = runCli(withStore(store, {"policy", "list"}), "pw\n");
    CHECK(list.exitCode == 0);
    CHECK_THAT(list.out, Catch::Contains("sick_pay.lookback: full_pay_days (default)"));

    auto noReason = runCli(withStore(store, {"policy", "set", "sick_pay.lookback", "all_sick_days"}), "pw\n");
    CHECK(noReason.exitCode == 2);
    auto badValue =
        runCli(withStore(store, {"policy", "set", "sick_pay.lookback", "most_days", "--reason", "x"}), "pw\n");
    CHECK(badValue.exitCode == 1);
    CHECK_THAT(badValue.err, Catch::Contains("most_days"));

    auto set = runCli(withStore(store, {"policy", "set", "sick_pay.lookback", "all_sick_days", "--reason",
                                        "force sickness policy 2026 s.4"}),
                      "pw\n");
    CHECK(set.exitCode == 0);
    list = runCli(withStore(store, {"policy", "list"}), "pw\n");
    CHECK_THAT(list.out, Catch::Contains("sick_pay.lookback: all_sick_days\n")
                             && Catch::Contains("reason: force sickness policy 2026 s.4"));
    CHECK(openSession(store)->rules().policies.sickPayLookback == core::SickPayLookback::AllSickDays);
    auto audit = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK_THAT(audit.out, Catch::Contains("counting_policy"));

    CHECK(runCli(withStore(store, {"policy", "clear", "sick_pay.lookback"}), "pw\n").exitCode == 0);
    CHECK(openSession(store)->rules().policies.sickPayLookback == core::SickPayLookback::FullPayDays);
}

TEST_CASE("repin --dry-run shows the version and the dates that would move, repin needs a reason and records it",
          "[rules-cli][versions]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const std::int64_t id = addUpp(store);
    const std::string idText = std::to_string(id);

    auto dry = runCli(withStore(store, {"repin", idText, "--dry-run"}), "pw\n");
    CHECK(dry.exitCode == 0);
    CHECK_THAT(dry.out, Catch::Contains("Would pin UPP " + idText + " to upp.legacy version 2 (was version 2)")
                            && Catch::Contains("No date moves."));
    CHECK(runCli(withStore(store, {"repin", idText}), "pw\n").exitCode == 2); // no reason
    auto missing = runCli(withStore(store, {"repin", idText, "--version", "7", "--reason", "x"}), "pw\n");
    CHECK(missing.exitCode == 1);
    CHECK_THAT(missing.err, Catch::Contains("upp.legacy has no version 7"));

    auto done = runCli(withStore(store, {"repin", idText, "--reason", "checked against the 2020 text"}), "pw\n");
    CHECK(done.exitCode == 0);
    CHECK_THAT(done.out, Catch::Contains("Pinned UPP " + idText + " to upp.legacy version 2"));
    auto upp = openSession(store)->procedures().get<core::UppProcedure>(core::UppProcedureId{id});
    REQUIRE(upp);
    CHECK(upp->pinReason == "checked against the 2020 text");
}

TEST_CASE("repin --kind re-pins a conduct referral or an absence and refuses an unknown kind", "[rules-cli][versions]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const std::int64_t uppId = addUpp(store);
    std::int64_t referralId = 0;
    std::int64_t absenceId = 0;
    {
        auto session = openSession(store);
        auto upp = session->procedures().get<core::UppProcedure>(core::UppProcedureId{uppId});
        REQUIRE(upp);
        core::ConductReferral referral;
        referral.caseId = upp->caseId;
        referral.referralDate = core::Date::parseIso("2026-11-02").value();
        referral.summary = "late for duty";
        referral.severity = core::SeverityAssessment::Misconduct;
        referral.reportDate = core::Date::parseIso("2026-11-20").value();
        auto added = session->procedures().add(referral);
        REQUIRE(added);
        referralId = added->value;
        core::Absence absence;
        absence.caseId = upp->caseId;
        absence.start = core::Date::parseIso("2026-11-02").value();
        absence.reasonCategory = "other";
        auto absent = session->procedures().add(absence);
        REQUIRE(absent);
        absenceId = absent->value;
    }
    const std::string referralText = std::to_string(referralId);
    auto dry = runCli(withStore(store, {"repin", "--kind", "conduct", referralText, "--dry-run"}), "pw\n");
    CHECK(dry.exitCode == 0);
    CHECK_THAT(dry.out, Catch::Contains("Would pin conduct referral " + referralText
                                        + " to conduct version 1 (was "
                                          "version 1)")
                            && Catch::Contains("No date moves."));
    auto missing = runCli(
        withStore(store, {"repin", "--kind", "absence", std::to_string(absenceId), "--version", "7", "--reason", "x"}),
        "pw\n");
    CHECK(missing.exitCode == 1);
    CHECK_THAT(missing.err, Catch::Contains("sick_pay has no version 7"));
    auto done = runCli(withStore(store, {"repin", "--kind", "absence", std::to_string(absenceId), "--reason",
                                         "checked against Annex K"}),
                       "pw\n");
    CHECK(done.exitCode == 0);
    CHECK_THAT(done.out, Catch::Contains("Pinned absence " + std::to_string(absenceId) + " to sick_pay version 2"));
    auto absence = openSession(store)->procedures().get<core::Absence>(core::AbsenceId{absenceId});
    REQUIRE(absence);
    CHECK(absence->pinReason == "checked against Annex K");
    CHECK(runCli(withStore(store, {"repin", "--kind", "pension", "1", "--dry-run"}), "pw\n").exitCode == 2);
}
