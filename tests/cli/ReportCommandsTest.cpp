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
#include <cstdio>
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
            return out;
        };
        const std::string withheld = text(manager);
        CHECK(withheld.find(kCanary) == std::string::npos);
        CHECK_THAT(withheld, Catch::Contains("OFFICIAL-SENSITIVE") && Catch::Contains("Robin Example"));
        CHECK(text(hr).find(kCanary) != std::string::npos);
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

TEST_CASE("overview --format pdf: the figures and a row per case under the marking; anonymised names no one",
          "[report-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    fill(store);
    const auto pdf = dir / "overview.pdf";
    REQUIRE(runCli(withStore(store, {"overview", "--anonymised", "--format", "pdf", "--out", pdf.string()}), "pw\n")
                .exitCode
            == 0);
    CHECK(privateFile(pdf));
    std::string text;
    FILE* pipe = ::popen(("pdftotext '" + pdf.string() + "' -").c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
        text.append(buffer, n);
    }
    REQUIRE(::pclose(pipe) == 0);
    CHECK_THAT(text, Catch::Contains("OFFICIAL-SENSITIVE") && Catch::Contains("Caseload overview as of")
                         && Catch::Contains("(anonymised)") && Catch::Contains("Officer A")
                         && Catch::Contains("Page 1 of"));
    CHECK(text.find("Robin Example") == std::string::npos);
    CHECK(text.find(kCanary) == std::string::npos);
    const auto audit = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK_THAT(audit.out, Catch::Contains("anonymised caseload overview exported as pdf"));
}
