// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Issue 13 item 4: every export carries the audit log's head at the time it was made, so that a
// copy outside the store pins the log; export-json and a re-key are recorded in the log.
#include "support/CliRunner.h"
#include "support/TempDir.h"
#include "support/TestSupport.h"

#include "service/Session.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <regex>
#include <string>
#include <vector>

using namespace casebook::cli::test;
namespace core = casebook::core;

namespace {

std::int64_t fillOneCase(const std::filesystem::path& store)
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
    c.opened = core::Date::parseIso("2026-10-01").value();
    c.nextReview = core::Date::parseIso("2030-01-10").value();
    return (*session)->cases().openCase(c).value().value;
}

std::string readAll(const std::filesystem::path& path)
{
    const std::vector<std::uint8_t> bytes = casebook::test::readFile(path);
    return {bytes.begin(), bytes.end()};
}

std::string run(const std::string& command)
{
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

/// The head 'audit verify' prints now ("seq:64 hex digits").
std::string headNow(const std::filesystem::path& store)
{
    const auto verified = runCli(withStore(store, {"audit", "verify"}), "pw\n");
    REQUIRE(verified.exitCode == 0);
    std::smatch match;
    REQUIRE(std::regex_search(verified.out, match, std::regex("Head: ([0-9]+:[0-9a-f]{64})\n")));
    return match[1];
}

/// What a footer shows: the seq and the first 16 hex digits.
std::string footerOf(const std::string& head)
{
    return "Audit log head " + head.substr(0, head.find(':') + 17);
}

} // namespace

// Failed before the fix: no export carried the head.
TEST_CASE("every export carries the audit head it was made at: summary HTML, ODT and PDF, overview CSV and PDF, "
          "calendar and JSON",
          "[audit][report-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto caseId = std::to_string(fillOneCase(store));

    auto exportTo = [&](const std::vector<std::string>& args) {
        const auto result = runCli(withStore(store, args), "pw\n");
        INFO(result.err);
        REQUIRE(result.exitCode == 0);
    };

    const std::string htmlHead = headNow(store);
    exportTo({"summary", "--case", caseId, "--audience", "hr", "--format", "html", "--out", (dir / "s.html").string()});
    CHECK_THAT(readAll(dir / "s.html"), Catch::Contains(footerOf(htmlHead)));
    // The export itself is the next entry, so the following export shows a later head.
    const std::string odtHead = headNow(store);
    CHECK(odtHead != htmlHead);
    exportTo({"summary", "--case", caseId, "--audience", "hr", "--format", "odt", "--out", (dir / "s.odt").string()});
    CHECK_THAT(run("unzip -p '" + (dir / "s.odt").string() + "' styles.xml"), Catch::Contains(footerOf(odtHead)));

    const std::string pdfHead = headNow(store);
    exportTo({"summary", "--case", caseId, "--audience", "hr", "--format", "pdf", "--out", (dir / "s.pdf").string()});
    CHECK_THAT(run("pdftotext '" + (dir / "s.pdf").string() + "' -"), Catch::Contains(footerOf(pdfHead)));

    const std::string csvHead = headNow(store);
    exportTo({"overview", "--out", (dir / "o.csv").string()});
    CHECK_THAT(readAll(dir / "o.csv"), Catch::EndsWith("Audit log head," + csvHead + "\r\n")
                                           || Catch::EndsWith("Audit log head," + csvHead + "\n"));

    const std::string overviewPdfHead = headNow(store);
    exportTo({"overview", "--format", "pdf", "--out", (dir / "o.pdf").string()});
    CHECK_THAT(run("pdftotext '" + (dir / "o.pdf").string() + "' -"), Catch::Contains(footerOf(overviewPdfHead)));

    const std::string icsHead = headNow(store);
    exportTo({"calendar", "export", "--out", (dir / "c.ics").string()});
    const std::string unfolded = std::regex_replace(readAll(dir / "c.ics"), std::regex("\r\n "), "");
    CHECK_THAT(unfolded, Catch::Contains("\r\nX-CASEBOOK-AUDIT-HEAD:" + icsHead + "\r\n"));

    const std::string jsonHead = headNow(store);
    exportTo({"export-json", "--out", (dir / "all.json").string()});
    const auto json = nlohmann::json::parse(readAll(dir / "all.json"));
    CHECK(json.at("auditHead") == jsonHead);
}

TEST_CASE("export-json and a re-key are recorded in the audit log", "[audit]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    REQUIRE(runCli(withStore(store, {"export-json", "--out", (dir / "all.json").string()}), "pw\n").exitCode == 0);
    const auto afterExport = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK_THAT(afterExport.out,
               Catch::Contains("\texport\tcaseload\tall\t") && Catch::Contains("whole caseload in interchange JSON"));
    // The file on stdout is recorded too.
    REQUIRE(runCli(withStore(store, {"export-json"}), "pw\n").exitCode == 0);
    const auto afterStdout = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK(std::regex_search(afterStdout.out, std::regex("interchange JSON[^\n]*\n[^\n]*interchange JSON")));

    REQUIRE(runCli(withStore(store, withFastKdf({"change-passphrase", "--rekey"})), "pw\nnew\n").exitCode == 0);
    const auto afterRekey = runCli(withStore(store, {"audit", "list"}), "new\n");
    CHECK_THAT(afterRekey.out, Catch::Contains("\tupdate\tstore\t-\tpassphrase changed and store re-keyed"));
    CHECK(runCli(withStore(store, {"audit", "verify"}), "new\n").exitCode == 0);
}
