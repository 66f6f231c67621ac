// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "schema/AppSchema.h"
#include "support/CliRunner.h"
#include "support/TempDir.h"

#include "store/Store.h"

#include <catch2/catch.hpp>

using namespace casebook::cli::test;

namespace {

/// Adds enough rows that the store spans many pages.
void fillStore(const std::filesystem::path& store, const std::string& passphrase)
{
    auto opened =
        casebook::core::Store::open(store, casebook::core::SecretString(passphrase), casebook::core::appMigrations());
    REQUIRE(opened);
    REQUIRE((*opened)->database().exec("CREATE TABLE filler(x TEXT);"
                                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)"
                                       "INSERT INTO filler SELECT printf('%0500d', i) FROM n;"));
}

} // namespace

TEST_CASE("verify on a good store exits 0 and reports what it checked", "[verify]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    fillStore(store, "pw");
    const auto verified = runCli(withStore(store, {"verify"}), "pw\n");
    CHECK(verified.exitCode == 0);
    CHECK(verified.err.empty());
    CHECK_THAT(verified.out, Catch::Contains("Pages checked:"));
    CHECK_THAT(verified.out, Catch::Contains("WAL frames checked:"));
    CHECK_THAT(verified.out, Catch::Contains("Header copies valid: 2 of 2"));
    CHECK_THAT(verified.out, Catch::Contains("OK:"));
}

TEST_CASE("a byte flipped in the middle of the store makes verify exit 4 and say damaged", "[verify]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    fillStore(store, "pw");
    auto bytes = readBytes(store);
    bytes[bytes.size() / 2] ^= 0x01;
    writeBytes(store, bytes);

    const auto verified = runCli(withStore(store, {"verify"}), "pw\n");
    CHECK(verified.exitCode == 4);
    CHECK_THAT(verified.err, Catch::StartsWith("casebook-cli: ") && Catch::Contains("damaged"));
    CHECK(std::count(verified.err.begin(), verified.err.end(), '\n') == 1);
}

TEST_CASE("a store with both header copies destroyed exits 4 without asking for a passphrase", "[verify]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "pw").exitCode == 0);
    auto bytes = readBytes(store);
    for (std::size_t i = 64; i < 4096; i += 64) { // past magic and version, in both copies
        bytes[i] ^= 0xff;
    }
    writeBytes(store, bytes);
    const auto verified = runCli(withStore(store, {"verify"}));
    CHECK(verified.exitCode == 4);
    CHECK_THAT(verified.err, Catch::Contains("damaged"));
}
