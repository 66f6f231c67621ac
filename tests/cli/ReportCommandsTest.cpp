// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The export commands: summary, overview and calendar export, driven through the real binary on
// a store filled through the core services.
#include "support/CliRunner.h"
#include "support/TempDir.h"
#include "support/TestSupport.h"

#include "procedure/OhReferral.h"
#include "service/Session.h"

#include <catch2/catch.hpp>

#include <cstdint>
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
    REQUIRE((*session)->cases().recordConsent(
        {core::ConsentId{}, personId, core::ConsentAudience::Hr, "medical detail", day("2026-10-01"), {}, ""}));
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

TEST_CASE("summary refuses PDF and ODT for now, an unknown audience and a missing --out, before unlocking",
          "[report-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto pdf = runCli(withStore(store, {"summary", "--case", "1", "--format", "pdf", "--out", "x.pdf"}), "");
    CHECK(pdf.exitCode == 2);
    CHECK_THAT(pdf.err, Catch::Contains("not available yet"));
    CHECK(runCli(withStore(store, {"summary", "--case", "1", "--format", "odt", "--out", "x.odt"}), "").exitCode == 2);
    CHECK(runCli(withStore(store, {"summary", "--case", "1", "--audience", "press", "--out", "x"}), "").exitCode == 2);
    CHECK(runCli(withStore(store, {"summary", "--case", "1"}), "").exitCode == 2);
}

TEST_CASE("overview --anonymised writes CSV with Officer labels, and calendar export an .ics", "[report-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    fill(store);
    const auto csv = dir / "overview.csv";
    const auto run =
        runCli(withStore(store, {"overview", "--anonymised", "--format", "csv", "--out", csv.string()}), "pw\n");
    REQUIRE(run.exitCode == 0);
    CHECK(privateFile(csv));
    const std::string text = readAll(csv);
    CHECK(text.find("Robin Example") == std::string::npos);
    CHECK_THAT(text, Catch::Contains("\r\nOfficer A,") && Catch::Contains("OH referrals,1"));

    const auto ics = dir / "deadlines.ics";
    const auto calendar = runCli(withStore(store, {"calendar", "export", "--out", ics.string()}), "pw\n");
    REQUIRE(calendar.exitCode == 0);
    CHECK_THAT(calendar.err, Catch::Contains("NOT encrypted"));
    CHECK_THAT(readAll(ics),
               Catch::StartsWith("BEGIN:VCALENDAR\r\n") && Catch::Contains("DTSTART;VALUE=DATE:20300110"));
    const auto again = runCli(withStore(store, {"calendar", "export", "--out", ics.string()}), "pw\n");
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err, Catch::Contains("already exists"));
    CHECK(runCli({"calendar", "add-working-days", "2026-12-24", "1"}).out == "2026-12-29\n");
}
