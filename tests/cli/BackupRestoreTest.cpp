// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "schema/AppSchema.h"
#include "support/CliRunner.h"
#include "support/TempDir.h"

#include "store/Store.h"

#include <catch2/catch.hpp>

using namespace casebook::cli::test;
using casebook::core::appMigrations;
using casebook::core::SecretString;
using casebook::core::Store;

TEST_CASE("backup then restore into a new path brings the data back", "[backup][restore]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    {
        auto opened = Store::open(store, SecretString("pw"), appMigrations());
        REQUIRE(opened);
        REQUIRE((*opened)->database().exec("CREATE TABLE note(text TEXT); INSERT INTO note VALUES ('kept safe');"));
    }
    const auto backup = dir / "b.cbk";
    const auto backedUp = runCli(withStore(store, {"backup", backup.string()}), "pw\n");
    REQUIRE(backedUp.exitCode == 0);
    CHECK(backedUp.out == "Backed up " + store.string() + " to " + backup.string() + "\n");

    const auto target = dir / "restored" / "r.cbk";
    const auto restored = runCli(withStore(target, {"restore", backup.string()}), "pw\n");
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out == "Restored " + backup.string() + " to " + target.string() + "\n");

    auto reopened = Store::open(target, SecretString("pw"), appMigrations());
    REQUIRE(reopened);
    const auto text = (*reopened)->database().queryText("SELECT text FROM note");
    REQUIRE(text);
    CHECK(*text == "kept safe");
}

TEST_CASE("restore over an existing store keeps the previous one and says where", "[restore]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    const auto backup = dir / "b.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    REQUIRE(runCli(withStore(store, {"backup", backup.string()}), "pw\n").exitCode == 0);
    const auto restored = runCli(withStore(store, {"restore", backup.string()}), "pw\n");
    REQUIRE(restored.exitCode == 0);
    CHECK_THAT(restored.out, Catch::Contains("The previous store was kept as " + store.string() + ".before-restore"));
    CHECK(std::filesystem::exists(store.string() + ".before-restore"));
}

TEST_CASE("backup refuses an existing OUT and leaves it alone", "[backup]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto out = dir / "exists.cbk";
    writeBytes(out, {1, 2, 3});
    const auto refused = runCli(withStore(store, {"backup", out.string()}), "pw\n");
    CHECK(refused.exitCode == 1);
    CHECK(refused.err
          == "casebook-cli: " + out.string() + ": A file already exists there; refusing to overwrite it.\n");
    CHECK(readBytes(out) == std::vector<std::uint8_t>{1, 2, 3});
}

TEST_CASE("restore from a damaged backup fails and leaves the store byte-identical", "[restore]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    const auto backup = dir / "b.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    REQUIRE(runCli(withStore(store, {"backup", backup.string()}), "pw\n").exitCode == 0);
    auto damaged = readBytes(backup);
    damaged[damaged.size() - 100] ^= 0x40;
    writeBytes(backup, damaged);

    const auto before = readBytes(store);
    const auto restored = runCli(withStore(store, {"restore", backup.string()}), "pw\n");
    CHECK(restored.exitCode == 4);
    CHECK_THAT(restored.err, Catch::Contains(backup.string()) && Catch::Contains("damaged"));
    CHECK(readBytes(store) == before);
    CHECK_FALSE(std::filesystem::exists(store.string() + ".before-restore"));
}

TEST_CASE("restore with the wrong passphrase exits 3 and leaves the store byte-identical", "[restore]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    const auto backup = dir / "b.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    REQUIRE(runCli(withStore(store, {"backup", backup.string()}), "pw\n").exitCode == 0);
    const auto before = readBytes(store);
    CHECK(runCli(withStore(store, {"restore", backup.string()}), "nope\n").exitCode == 3);
    CHECK(readBytes(store) == before);
}

TEST_CASE("restore from a missing backup exits 1 before asking for a passphrase", "[restore]")
{
    const TempDir dir;
    const auto missing = dir / "nowhere.cbk";
    const auto restored = runCli(withStore(dir / "s.cbk", {"restore", missing.string()}));
    CHECK(restored.exitCode == 1);
    CHECK(restored.err == "casebook-cli: " + missing.string() + ": No such file.\n");
    CHECK_FALSE(std::filesystem::exists(dir / "s.cbk"));
}

TEST_CASE("backup of a missing store exits 1 and writes nothing", "[backup]")
{
    const TempDir dir;
    const auto out = dir / "b.cbk";
    const auto backedUp = runCli(withStore(dir / "s.cbk", {"backup", out.string()}), "pw\n");
    CHECK(backedUp.exitCode == 1);
    CHECK_THAT(backedUp.err, Catch::Contains("No such file. Create one with 'casebook-cli init'."));
    CHECK_FALSE(std::filesystem::exists(out));
}

// Failed before the fix: none of the three was recorded.
TEST_CASE("backup, restore and a passphrase change are recorded in the audit log", "[backup][restore][audit]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto backup = dir / "b.cbk";
    REQUIRE(runCli(withStore(store, {"backup", backup.string()}), "pw\n").exitCode == 0);
    const auto afterBackup = runCli(withStore(store, {"audit", "list"}), "pw\n");
    CHECK_THAT(afterBackup.out, Catch::Contains("\tbackup\tstore\t-\tencrypted backup written to b.cbk"));

    const auto target = dir / "r.cbk";
    REQUIRE(runCli(withStore(target, {"restore", backup.string()}), "pw\n").exitCode == 0);
    const auto afterRestore = runCli(withStore(target, {"audit", "list"}), "pw\n");
    CHECK_THAT(afterRestore.out, Catch::Contains("\trestore\tstore\t-\trestored from backup b.cbk"));

    REQUIRE(runCli(withStore(target, withFastKdf({"change-passphrase"})), "pw\nnew\n").exitCode == 0);
    const auto afterChange = runCli(withStore(target, {"audit", "list"}), "new\n");
    CHECK_THAT(afterChange.out, Catch::Contains("\tupdate\tstore\t-\tpassphrase changed"));
    CHECK(runCli(withStore(target, {"audit", "verify"}), "new\n").exitCode == 0);
}
