// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `sar review` and `sar package` (issue 15 item 2), through the real binary: the package's PDF
// read back with pdftotext, its folder and manifest, its audit entry; and an open request
// holding the person's records against erasure and retention disposal.
#include "support/CliRunner.h"
#include "support/TempDir.h"
#include "support/TestSupport.h"

#include "report/ExportAudit.h"
#include "service/Session.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace casebook::cli::test;
namespace core = casebook::core;

namespace {

core::Date day(const char* iso)
{
    return core::Date::parseIso(iso).value();
}

/// Canaries without hyphens: pdftotext may join a word wrapped at a hyphen.
constexpr const char* kKept = "CANARYKEPTWORD";
constexpr const char* kRedacted = "CANARYREDACTEDWORD";
constexpr const char* kWithheld = "CANARYWITHHELDWORD";
constexpr const char* kOtherPerson = "CANARYOTHERPERSON";

struct Filled {
    std::int64_t person = 0;
    std::int64_t caseId = 0;
    std::int64_t kept = 0;
    std::int64_t thirdParty = 0;
    std::int64_t withheld = 0;
    std::int64_t attachment = 0;
};

Filled fill(const std::filesystem::path& store)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS 1234 Test";
    auto session = core::Session::open(store, core::SecretString("pw"), options);
    REQUIRE(session);
    core::CaseService& cases = (*session)->cases();
    Filled f;
    core::Person subject;
    subject.name = "Robin Example";
    f.person = cases.createPerson(subject).value().value;
    core::Person other;
    other.name = "Casey Otherwell";
    const core::PersonId otherId = cases.createPerson(other).value();

    core::Case c;
    c.person = core::PersonId{f.person};
    c.summary = "Attendance support";
    c.types = {core::CaseType::Wellbeing};
    c.opened = day("2026-10-01");
    f.caseId = cases.openCase(c).value().value;
    core::Case otherCase = c;
    otherCase.person = otherId;
    const core::CaseId otherCaseId = cases.openCase(otherCase).value();

    auto entry = [&](core::CaseId caseId, const std::string& title, const std::string& body) {
        core::ChronologyEntry e;
        e.caseId = caseId;
        e.date = day("2026-10-05");
        e.title = title;
        e.body = body;
        return cases.addEntry(e).value().value;
    };
    f.kept = entry(core::CaseId{f.caseId}, "Welfare visit", std::string("Robin spoke about rotas ") + kKept);
    f.thirdParty = entry(core::CaseId{f.caseId}, "Grievance",
                         std::string("Casey Otherwell complained about Robin ") + kRedacted + " at the briefing");
    f.withheld = entry(core::CaseId{f.caseId}, "Source", std::string("Informant details ") + kWithheld);
    entry(otherCaseId, "Other note", kOtherPerson);

    core::Attachment a;
    a.caseId = core::CaseId{f.caseId};
    a.fileName = "letter.txt";
    a.mediaType = "text/plain";
    a.added = day("2026-10-06");
    const std::string bytes = "attachment bytes";
    f.attachment = cases.addAttachment(a, std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()))
                       .value()
                       .value;
    return f;
}

std::string read(const std::string& command)
{
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) {
        out.append(buffer.data(), n);
    }
    return out;
}

std::string readAll(const std::filesystem::path& path)
{
    const std::vector<std::uint8_t> bytes = casebook::test::readFile(path);
    return {bytes.begin(), bytes.end()};
}

std::string key(const char* table, std::int64_t id)
{
    // Appended in place: GCC 12 at -O2 warns falsely (-Warray-bounds) on string + char* + string.
    std::string out(table);
    out += ':';
    out += std::to_string(id);
    return out;
}

} // namespace

TEST_CASE("sar package: the person's records in one PDF, withheld items absent, redacted words gone, no one else's "
          "records, attachments in a folder, audited with both digests",
          "[sar-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const Filled f = fill(store);
    auto cli = [&store](std::vector<std::string> args) { return runCli(withStore(store, std::move(args)), "pw\n"); };
    REQUIRE(
        cli({"sar", "add", "--person", std::to_string(f.person), "--received", "2026-11-02", "--reference", "SAR-7"})
            .exitCode
        == 0);

    const auto review = cli({"sar", "review", "--id", "1"});
    REQUIRE(review.exitCode == 0);
    CHECK_THAT(review.out, Catch::Contains(key("chronology_entry", f.thirdParty) + "  Chronology entry")
                               && Catch::Contains("[UNDECIDED]")
                               && Catch::Contains("third party? names Casey Otherwell (another person in the store)")
                               && Catch::Contains(kKept) && Catch::Contains("letter.txt"));
    CHECK(review.out.find(kOtherPerson) == std::string::npos);

    const auto pkg = dir / "package";
    const auto early = cli({"sar", "package", "--id", "1", "--out", pkg.string()});
    CHECK(early.exitCode != 0);
    CHECK_THAT(early.err, Catch::Contains("no decision yet") && Catch::Contains(key("chronology_entry", f.thirdParty)));
    CHECK_FALSE(std::filesystem::exists(pkg / "disclosure.pdf"));

    const auto typo = cli({"sar", "review", "--id", "1", "--item", key("chronology_entry", f.thirdParty), "--redact",
                           "Casey Otherwel1", "--reason", "third party"});
    CHECK(typo.exitCode != 0);
    CHECK_THAT(typo.err, Catch::Contains("do not occur"));
    for (const char* words : {"Casey Otherwell", kRedacted}) {
        REQUIRE(cli({"sar", "review", "--id", "1", "--item", key("chronology_entry", f.thirdParty), "--redact", words,
                     "--reason", "DPA 2018 Sch 2 para 16"})
                    .exitCode
                == 0);
    }
    REQUIRE(cli({"sar", "review", "--id", "1", "--item", key("chronology_entry", f.withheld), "--withhold",
                 "informant: third party"})
                .exitCode
            == 0);
    CHECK_THAT(cli({"sar", "review", "--id", "1"}).out, Catch::Contains("[redact: DPA 2018 Sch 2 para 16]")
                                                            && Catch::Contains("redacted: " + std::string(kRedacted))
                                                            && Catch::Contains("[withhold: informant: third party]"));

    const auto made = cli({"sar", "package", "--id", "1", "--out", pkg.string()});
    REQUIRE(made.exitCode == 0);
    CHECK_THAT(made.err, Catch::Contains("NOT encrypted"));
    CHECK_THAT(made.out, Catch::Contains("1 redacted, 1 withheld"));
    const std::string text = read("pdftotext '" + (pkg / "disclosure.pdf").string() + "' -");
    CHECK_THAT(text, Catch::Contains("Subject access disclosure") && Catch::Contains("Robin Example")
                         && Catch::Contains(kKept) && Catch::Contains("[REDACTED]") && Catch::Contains("letter.txt")
                         && Catch::Contains("Audit log head ")); // pinned like every export
    CHECK(text.find(kRedacted) == std::string::npos);
    CHECK(text.find("Otherwell") == std::string::npos);
    CHECK(text.find(kWithheld) == std::string::npos);
    CHECK(text.find("Informant") == std::string::npos);
    CHECK(text.find("informant: third party") == std::string::npos);
    CHECK(text.find(kOtherPerson) == std::string::npos);

    const std::string attachmentName = std::to_string(f.attachment) + "-letter.txt";
    CHECK(readAll(pkg / "attachments" / attachmentName) == "attachment bytes");
    const std::string pdfSha = core::sha256Hex(readAll(pkg / "disclosure.pdf"));
    const std::string manifest = readAll(pkg / "manifest.txt");
    CHECK(manifest.rfind(pdfSha + "  ", 0) == 0);
    CHECK_THAT(manifest, Catch::Contains(core::sha256Hex("attachment bytes") + "  16  attachments/" + attachmentName));
    const auto audit = cli({"audit", "list"});
    CHECK_THAT(audit.out, Catch::Contains("disclosure package exported as pdf and folder")
                              && Catch::Contains("sha256 " + pdfSha)
                              && Catch::Contains("manifest sha256 " + core::sha256Hex(manifest)));
    CHECK(audit.out.find(kRedacted) == std::string::npos);
    CHECK(audit.out.find("Otherwell") == std::string::npos);

    const auto again = cli({"sar", "package", "--id", "1", "--out", pkg.string()});
    CHECK(again.exitCode != 0);
    CHECK_THAT(again.err, Catch::Contains("not empty"));
}

TEST_CASE("sar: an open request stops erase and retention dispose of the person's records (DPA 2018 s.173)",
          "[sar-cli]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const Filled f = fill(store);
    auto cli = [&store](std::vector<std::string> args) { return runCli(withStore(store, std::move(args)), "pw\n"); };
    REQUIRE(cli({"sar", "add", "--person", std::to_string(f.person), "--received", "2026-11-02"}).exitCode == 0);

    const auto erase = cli({"erase", "--person", std::to_string(f.person), "--reason", "request", "--yes"});
    CHECK(erase.exitCode != 0);
    CHECK_THAT(erase.err, Catch::Contains("open subject access request") && Catch::Contains("s.173"));
    const auto dispose =
        cli({"retention", "dispose", "--rule", "retention.case", "--id", std::to_string(f.caseId), "--yes"});
    CHECK(dispose.exitCode != 0);
    CHECK_THAT(dispose.err, Catch::Contains("open subject access request"));
    CHECK_THAT(cli({"sar", "review", "--id", "1"}).out, Catch::Contains(kKept));

    REQUIRE(cli({"sar", "update", "--id", "1", "--status", "responded", "--closed", "2026-11-30"}).exitCode == 0);
    const auto disposed =
        cli({"retention", "dispose", "--rule", "retention.case", "--id", std::to_string(f.caseId), "--yes"});
    CHECK(disposed.exitCode == 0);
    CHECK_THAT(disposed.out, Catch::Contains("DISPOSAL CERTIFICATE"));
}
