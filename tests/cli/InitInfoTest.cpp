// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/CliRunner.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace casebook::cli::test;

TEST_CASE("init creates a store and info shows its KDF parameters without a passphrase", "[init][info]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    const auto created = initStore(store, "correct horse");
    REQUIRE(created.exitCode == 0);
    CHECK(created.out == "Created a new store at " + store.string() + "\n");
    // Failed before the fix: no warning for a weak passphrase or parameters below RFC 9106's floor.
    CHECK_THAT(created.err, Catch::Contains("casebook-cli: warning: the new passphrase is weak")
                                && Catch::Contains("casebook-cli: warning: the Argon2id parameters (8 MiB, 1 passes, 1 "
                                                   "lanes) are below RFC 9106"));

    const auto info = runCli(withStore(store, {"info"}));
    REQUIRE(info.exitCode == 0);
    CHECK_THAT(info.out, Catch::Contains("KDF memory:         8 MiB"));
    CHECK_THAT(info.out, Catch::Contains("KDF iterations:     1\n"));
    CHECK_THAT(info.out, Catch::Contains("KDF parallelism:    1\n"));
    CHECK_THAT(info.out, Catch::Contains("Cipher:             XChaCha20-Poly1305"));
    CHECK_THAT(info.out, Catch::Contains("Page size:          4096 bytes"));
    CHECK_THAT(info.out, !Catch::Contains("Schema version"));
}

TEST_CASE("info --unlock adds the schema version", "[info]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto info = runCli(withStore(store, {"info", "--unlock"}), "pw\n");
    REQUIRE(info.exitCode == 0);
    CHECK_THAT(info.out, Catch::Contains("Schema version:"));
    CHECK(runCli(withStore(store, {"info", "--unlock"}), "nope\n").exitCode == 3);
}

TEST_CASE("init refuses an existing store and leaves it byte-identical", "[init]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    const auto before = readBytes(store);
    const auto again = initStore(store, "other");
    CHECK(again.exitCode == 1);
    // After any warning about the test's deliberately cheap KDF parameters.
    CHECK_THAT(again.err, Catch::EndsWith("\ncasebook-cli: " + store.string()
                                          + ": A file already exists there; refusing to overwrite it.\n"));
    CHECK(readBytes(store) == before);
}

TEST_CASE("init creates missing parent directories with mode 0700", "[init]")
{
    const TempDir dir;
    const auto store = dir / "new" / "deeper" / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    struct stat info {};
    REQUIRE(::stat((dir / "new" / "deeper").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
}

TEST_CASE("init refuses an empty passphrase and a missing passphrase line", "[init]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    const auto empty = runCli(withStore(store, {"init", "--kdf-memory", "8", "--kdf-iterations", "1"}), "\n");
    CHECK(empty.exitCode == 1);
    CHECK_THAT(empty.err, Catch::EndsWith("\ncasebook-cli: refusing an empty passphrase.\n"));
    const auto none = runCli(withStore(store, {"init", "--kdf-memory", "8", "--kdf-iterations", "1"}));
    CHECK(none.exitCode == 1);
    CHECK_THAT(none.err, Catch::Contains("expected a passphrase line on standard input"));
    CHECK_FALSE(std::filesystem::exists(store));
}

TEST_CASE("a passphrase line ending in CRLF is read without the CR", "[init]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    const auto args = withFastKdf({"init"});
    REQUIRE(runCli(withStore(store, args), "pw\r\n").exitCode == 0);
    CHECK(runCli(withStore(store, {"verify"}), "pw\n").exitCode == 0);
}

TEST_CASE("info on a missing store or a file that is not a store fails with exit 1", "[info]")
{
    const TempDir dir;
    const auto missing = runCli(withStore(dir / "none.cbk", {"info"}));
    CHECK(missing.exitCode == 1);
    CHECK_THAT(missing.err, Catch::Contains("No such file. Create one with 'casebook-cli init'."));

    std::vector<std::uint8_t> plain(8192, 0);
    const std::string magic = "SQLite format 3";
    std::copy(magic.begin(), magic.end(), plain.begin());
    writeBytes(dir / "plain.db", plain);
    const auto notStore = runCli(withStore(dir / "plain.db", {"info"}));
    CHECK(notStore.exitCode == 1);
    CHECK_THAT(notStore.err, Catch::StartsWith("casebook-cli: ") && Catch::Contains("not a Casebook store"));
}
