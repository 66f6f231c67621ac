// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `casebook-cli handover` end to end: export from one store, show and import into another with a
// different passphrase; wrong passphrase, tampering and a second import are refused.
#include "schema/AppSchema.h"
#include "support/CliRunner.h"
#include "support/TempDir.h"

#include "audit/AuditLog.h"
#include "domain/Case.h"
#include "domain/Person.h"
#include "service/CaseService.h"
#include "store/Store.h"
#include "support/SystemClock.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace casebook::cli::test;
using casebook::core::appMigrations;
using casebook::core::SecretString;
using casebook::core::Store;

namespace {

/// A store (passphrase "src") with one person and one open case named by `name`.
void addCase(const std::filesystem::path& store, const std::string& passphrase, const std::string& name)
{
    auto opened = Store::open(store, SecretString(passphrase), appMigrations());
    REQUIRE(opened);
    casebook::core::SystemClock clock;
    casebook::core::AuditLog audit(clock);
    casebook::core::CaseService cases((*opened)->database(), audit, "PS Test");
    casebook::core::Person p;
    p.name = name;
    p.kind = casebook::core::PersonKind::Officer;
    auto person = cases.createPerson(p);
    REQUIRE(person);
    casebook::core::Case c;
    c.person = *person;
    c.summary = "Case of " + name;
    c.types = {casebook::core::CaseType::Wellbeing};
    c.opened = *casebook::core::Date::parseIso("2026-10-01");
    REQUIRE(cases.openCase(c));
}

std::int64_t countIn(const std::filesystem::path& store, const std::string& passphrase, const std::string& sql)
{
    auto opened = Store::open(store, SecretString(passphrase), appMigrations());
    REQUIRE(opened);
    auto n = (*opened)->database().queryInt(sql);
    REQUIRE(n);
    return *n;
}

void flipByteAt(const std::filesystem::path& file, std::streamoff offset)
{
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(offset);
    char c = 0;
    f.get(c);
    f.seekp(offset);
    f.put(static_cast<char>(c ^ 1));
}

} // namespace

TEST_CASE("handover export then import moves the case to a store with another passphrase", "[handover]")
{
    const TempDir dir;
    const auto source = dir / "source.cbk";
    const auto target = dir / "target.cbk";
    const auto package = dir / "handover.cbk";
    REQUIRE(initStore(source, "src").exitCode == 0);
    REQUIRE(initStore(target, "tgt").exitCode == 0);
    addCase(source, "src", "Avery Handed");
    addCase(target, "tgt", "Already Here");

    const auto exported =
        runCli(withStore(source, withFastKdf({"handover", "export", "--out", package.string()})), "src\npkg\n");
    INFO(exported.err);
    REQUIRE(exported.exitCode == 0);
    // One of each is said in the singular.
    CHECK_THAT(exported.out, Catch::Contains("1 case, 1 person"));
    CHECK_THAT(exported.out, Catch::Contains("0 attachments"));
    CHECK_THAT(exported.out, Catch::Contains("sha256:"));

    // The source's passphrase does not open the package.
    const auto wrong = runCli(withStore(source, {"handover", "show", package.string()}), "src\n");
    CHECK(wrong.exitCode == 3);
    const auto shown = runCli(withStore(source, {"handover", "show", package.string()}), "pkg\n");
    REQUIRE(shown.exitCode == 0);
    CHECK_THAT(shown.out, Catch::Contains("Avery Handed"));

    const auto fingerprint = runCli(withStore(source, {"handover", "fingerprint"}), "src\n");
    REQUIRE(fingerprint.exitCode == 0);
    CHECK_THAT(shown.out, Catch::Contains(fingerprint.out.substr(0, 49)));

    // A tampered copy is refused with exit 4 and changes nothing.
    const auto tampered = dir / "tampered.cbk";
    std::filesystem::copy_file(package, tampered);
    flipByteAt(tampered, 4096 + 4096 + 300);
    const auto refused = runCli(withStore(target, {"handover", "import", tampered.string()}), "tgt\npkg\n");
    CHECK(refused.exitCode == 4);
    CHECK(countIn(target, "tgt", "SELECT count(*) FROM person") == 1);

    const auto imported = runCli(
        withStore(target, {"handover", "import", "--expect-signer", fingerprint.out.substr(0, 49), package.string()}),
        "tgt\npkg\n");
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    CHECK_THAT(imported.out, Catch::Contains("is now case 2: Avery Handed"));
    CHECK(countIn(target, "tgt", "SELECT count(*) FROM person WHERE name = 'Avery Handed'") == 1);
    CHECK(countIn(target, "tgt", "SELECT count(*) FROM audit_log WHERE action = 'import'") == 1);
    CHECK(countIn(source, "src", "SELECT count(*) FROM audit_log WHERE action = 'export'") == 1);

    const auto again = runCli(withStore(target, {"handover", "import", package.string()}), "tgt\npkg\n");
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err, Catch::Contains("already imported"));

    CHECK(runCli(withStore(source, {"audit", "verify"}), "src\n").exitCode == 0);
    CHECK(runCli(withStore(target, {"audit", "verify"}), "tgt\n").exitCode == 0);
}

TEST_CASE("handover usage errors: no --out, a bad --case, an unknown action", "[handover]")
{
    const TempDir dir;
    const auto source = dir / "source.cbk";
    REQUIRE(initStore(source, "src").exitCode == 0);
    CHECK(runCli(withStore(source, {"handover", "export"}), "src\npkg\n").exitCode == 2);
    CHECK(runCli(withStore(source, {"handover", "export", "--out", (dir / "p.cbk").string(), "--case", "x"}),
                 "src\npkg\n")
              .exitCode
          == 2);
    CHECK(runCli(withStore(source, {"handover", "send"}), "").exitCode == 2);
    const auto none =
        runCli(withStore(source, withFastKdf({"handover", "export", "--out", (dir / "p.cbk").string()})), "src\npkg\n");
    CHECK(none.exitCode == 1);
    CHECK_THAT(none.err, Catch::Contains("no open cases"));
    CHECK_FALSE(std::filesystem::exists(dir / "p.cbk"));
}
