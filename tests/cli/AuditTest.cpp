// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "schema/AppSchema.h"
#include "support/CliRunner.h"
#include "support/TempDir.h"

#include "audit/AuditLog.h"
#include "store/Store.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace casebook::cli::test;
namespace core = casebook::core;

namespace {

/// Appends `count` entries to the store's audit log, as the services would.
void appendEntries(const std::filesystem::path& store, const std::string& passphrase, int count)
{
    auto opened = core::Store::open(store, core::SecretString(passphrase), core::appMigrations());
    REQUIRE(opened);
    auto& db = (*opened)->database();
    using namespace std::chrono;
    const core::FakeClock clock(sys_days{2026y / March / 5} + hours(9));
    const core::AuditLog log(clock);
    for (int n = 1; n <= count; ++n) {
        auto tx = core::Transaction::begin(db);
        REQUIRE(tx);
        core::AuditEntry entry;
        entry.actor = "sgt.jones";
        entry.action = core::AuditAction::Update;
        entry.recordType = "case";
        entry.recordId = "C-" + std::to_string(n);
        entry.summary = "status changed\nto closed"; // a newline must not split the line
        REQUIRE(log.append(db, entry));
        REQUIRE(tx->commit());
    }
}

/// Alters entry `seq` as an attacker would: drop the trigger, then UPDATE.
void tamper(const std::filesystem::path& store, const std::string& passphrase, int seq)
{
    auto opened = core::Store::open(store, core::SecretString(passphrase), core::appMigrations());
    REQUIRE(opened);
    REQUIRE((*opened)->database().exec("DROP TRIGGER audit_log_no_update;"
                                       "UPDATE audit_log SET summary = 'nothing happened' WHERE seq = "
                                       + std::to_string(seq)));
}

std::size_t lineCount(const std::string& text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

TEST_CASE("audit verify exits 0 on an intact log and 4 naming the seq after tampering", "[audit]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    appendEntries(store, "pw", 5);

    const auto intact = runCli(withStore(store, {"audit", "verify"}), "pw\n");
    CHECK(intact.exitCode == 0);
    CHECK(intact.err.empty());
    CHECK_THAT(intact.out, Catch::StartsWith("OK:") && Catch::Contains("all 5 entries are intact"));

    tamper(store, "pw", 3);
    const auto broken = runCli(withStore(store, {"audit", "verify"}), "pw\n");
    CHECK(broken.exitCode == 4);
    CHECK(broken.out.empty());
    CHECK_THAT(broken.err, Catch::StartsWith("casebook-cli: ") && Catch::Contains("audit log is broken at seq 3")
                               && Catch::Contains("altered"));
    CHECK(lineCount(broken.err) == 1);
}

// Failed before the fix: no head was printed and a rollback went unnoticed.
TEST_CASE("audit verify prints the head and warns when the store was rolled back", "[audit]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    const EnvChanges env = {{"XDG_STATE_HOME", (dir / "state").string()}};
    REQUIRE(initStore(store, "pw").exitCode == 0);
    appendEntries(store, "pw", 3);
    const auto older = dir / "older.cbk";
    std::filesystem::copy_file(store, older);

    const auto first = runCli(withStore(store, {"audit", "verify"}), "pw\n", env);
    CHECK(first.exitCode == 0);
    CHECK(first.err.empty());
    CHECK_THAT(first.out, Catch::Contains("Head: 3:"));
    CHECK(std::filesystem::exists(dir / "state" / "casebook" / "audit-heads"));

    appendEntries(store, "pw", 2);
    const auto later = runCli(withStore(store, {"audit", "verify"}), "pw\n", env);
    CHECK(later.exitCode == 0);
    CHECK(later.err.empty());
    CHECK_THAT(later.out, Catch::Contains("Head: 5:"));

    std::filesystem::copy_file(older, store, std::filesystem::copy_options::overwrite_existing);
    const auto rolledBack = runCli(withStore(store, {"audit", "verify"}), "pw\n", env);
    CHECK(rolledBack.exitCode == 0);
    CHECK_THAT(rolledBack.out, Catch::Contains("Head: 3:"));
    CHECK_THAT(rolledBack.err, Catch::Contains("warning") && Catch::Contains("rolled back") && Catch::Contains("5:"));
}

TEST_CASE("audit verify on a new store reports an empty, intact log", "[audit]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto verified = runCli(withStore(store, {"audit", "verify"}), "pw\n");
    CHECK(verified.exitCode == 0);
    CHECK_THAT(verified.out, Catch::StartsWith("OK:") && Catch::Contains("empty"));
}

TEST_CASE("audit list prints one tab-separated line per entry, oldest first, and --limit keeps the latest", "[audit]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    appendEntries(store, "pw", 4);

    const auto all = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK(all.exitCode == 0);
    CHECK(all.err.empty());
    CHECK(lineCount(all.out) == 4);
    CHECK_THAT(all.out, Catch::StartsWith("1\t2026-03-05T09:00:00Z\tsgt.jones\tupdate\tcase\tC-1\tstatus changed to "
                                          "closed\n"));

    const auto latest = runCli(withStore(store, {"audit", "list", "--limit", "2"}), "pw\n");
    CHECK(latest.exitCode == 0);
    CHECK(lineCount(latest.out) == 2);
    CHECK_THAT(latest.out, Catch::StartsWith("3\t") && Catch::Contains("\n4\t"));
}

TEST_CASE("audit rejects an unknown action and a misplaced --limit before asking for the passphrase", "[audit]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    for (const auto& args : std::vector<std::vector<std::string>>{{"audit", "frob"},
                                                                  {"audit", "verify", "--limit", "2"},
                                                                  {"audit", "list", "--limit", "0"},
                                                                  {"audit", "list", "--limit", "many"},
                                                                  {"audit"}}) {
        const auto run = runCli(withStore(store, args));
        CAPTURE(args);
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err, Catch::Contains("audit"));
        CHECK_THAT(run.err, !Catch::Contains("Passphrase"));
    }
}

TEST_CASE("recover records that the store was opened with the recovery key, with no secret in the log",
          "[audit][recovery]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto added = runCli(withStore(store, {"recovery-key", "add"}), "pw\n");
    REQUIRE(added.exitCode == 0);
    // The key is the indented line of the output: "  XXXXX-XXXXX-…".
    const auto at = added.out.find("\n  ");
    REQUIRE(at != std::string::npos);
    const std::string key = added.out.substr(at + 3, 14 * 5 + 13);
    const std::string next = "a much longer new passphrase 42";
    const auto recovered = runCli(withStore(store, {"recover"}), key + "\n" + next + "\n");
    REQUIRE(recovered.exitCode == 0);
    const auto listed = runCli(withStore(store, {"audit", "list", "--limit", "1"}), next + "\n");
    REQUIRE(listed.exitCode == 0);
    CHECK_THAT(listed.out,
               Catch::Contains("\topen\tstore\trecovery_key\tstore opened with the recovery key; passphrase "
                               "set; recovery key replaced"));
    CHECK(listed.out.find(key) == std::string::npos);
    CHECK(listed.out.find(next) == std::string::npos);
}
