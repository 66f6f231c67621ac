// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Storage test plan items 1 (round trip) and 2 (wrong passphrase, plain files).
#include "schema/AppSchema.h"
#include "store/EncryptedVfs.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>

using namespace casebook;
using namespace casebook::test;
using core::ErrorCode;

TEST_CASE("a store round-trips 10,000 rows through close and unlock", "[store]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "correct horse", 10'000).reset();

    auto store = core::Store::open(path, secret("correct horse"), core::appMigrations());
    REQUIRE(store);
    auto& db = (*store)->database();
    CHECK(db.queryInt("SELECT count(*) FROM t").value() == 10'000);
    CHECK(db.queryText("SELECT body FROM t WHERE id = 4242").value() == "row 4242 payload");
    CHECK(db.queryText("PRAGMA integrity_check").value() == "ok");
    auto report = (*store)->verify();
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->headerCopiesValid == 2);
    CHECK(report->pagesChecked > 10);
}

TEST_CASE("the connection policy keeps temp data in memory and the journal in WAL", "[store]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 1);
    auto& db = store->database();
    CHECK(db.queryInt("PRAGMA temp_store").value() == 2);
    CHECK(db.queryInt("PRAGMA secure_delete").value() == 1);
    CHECK(db.queryText("PRAGMA journal_mode").value() == "wal");
    CHECK(db.queryInt("PRAGMA foreign_keys").value() == 1);
    CHECK(db.queryInt("PRAGMA page_size").value() == 4096);
}

TEST_CASE("a wrong passphrase is a clear error and changes no byte on disk", "[store]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "right", 100).reset();
    const auto before = readFile(path);

    auto store = core::Store::open(path, secret("wrong"), core::appMigrations());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::WrongPassphrase);
    CHECK(readFile(path) == before);
    CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST_CASE("stock SQLite cannot read a store: it is not a database to it", "[store]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 10).reset();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    CHECK(rc == SQLITE_NOTADB);
    sqlite3_close(db);
}

TEST_CASE("a plain SQLite file is refused as not encrypted", "[store]")
{
    TempDir dir;
    const auto path = dir / "plain.db";
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE x(a)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::NotEncrypted);
}

TEST_CASE("a file that is neither a store nor SQLite is refused as not a store", "[store]")
{
    TempDir dir;
    const auto path = dir / "notes.txt";
    writeFile(path, std::vector<std::uint8_t>(5000, 'x'));
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::NotAStore);
    auto missing = core::Store::open(dir / "absent.cbk", secret("pw"), core::appMigrations());
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("create refuses an existing file and an empty passphrase", "[store]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    writeFile(path, {1, 2, 3});
    auto existing = core::Store::create(path, secret("pw"), core::appMigrations(), fastKdf());
    REQUIRE_FALSE(existing);
    CHECK(existing.error().code == ErrorCode::AlreadyExists);
    CHECK(readFile(path) == std::vector<std::uint8_t>{1, 2, 3});
    auto empty = core::Store::create(dir / "b.cbk", secret(""), core::appMigrations(), fastKdf());
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == ErrorCode::InvalidArgument);
    CHECK_FALSE(std::filesystem::exists(dir / "b.cbk"));
}

TEST_CASE("the same store cannot be opened twice in one process", "[store]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 1);
    auto second = core::Store::open(dir / "a.cbk", secret("pw"), core::appMigrations());
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::InvalidArgument);
    CHECK(store->database().queryInt("SELECT count(*) FROM t").value() == 1);
}

TEST_CASE("calibrated key derivation never goes below the RFC 9106 floor", "[store][kdf]")
{
    TempDir dir;
    auto store =
        core::Store::create(dir / "a.cbk", secret("pw"), core::appMigrations(), core::KdfChoice::calibrated(50));
    REQUIRE(store);
    auto info = (*store)->info();
    REQUIRE(info);
    CHECK(info->kdfParams.memoryKiB >= 64 * 1024);
    CHECK(info->kdfParams.iterations >= 3);
    CHECK(info->kdfParams.parallelism >= 4);
    CHECK(info->cipher == "XChaCha20-Poly1305");
    CHECK(info->schemaVersion >= 1);
    CHECK(info->keySlotsInUse == 1);
}

// Failed before the fix: clear() wiped only the current text, so characters removed earlier
// (a typed passphrase corrected with backspace) stayed in the buffer.
TEST_CASE("SecretString::clear wipes its whole capacity, including removed characters", "[secret]")
{
    core::SecretString text("correct horse battery staple, long enough for the heap");
    for (int i = 0; i < 20; ++i) {
        text.pop_back();
    }
    text.clear();
    const auto bytes = text.storage();
    REQUIRE(bytes.size() >= 50);
    CHECK(std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\0'; }));
}

// Failed before the fix: SQLite freed its page cache (plaintext pages) without wiping it.
TEST_CASE("SQLite runs on the zeroing allocator, which wipes what the page cache frees", "[store][memory]")
{
    TempDir dir;
    const auto before = core::vfs::zeroingAllocatorWipedBytes();
    makeStore(dir / "a.cbk", "pw", 500).reset();
    REQUIRE(core::vfs::zeroingAllocatorInstalled());
    // Closing the store frees its cache: at least the 500 rows' pages went through the wipe.
    CHECK(core::vfs::zeroingAllocatorWipedBytes() - before > 500 * 20);
}
