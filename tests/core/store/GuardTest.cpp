// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Storage test plan items 10 (VACUUM and friends) and 16 (guards).
#include "schema/AppSchema.h"
#include "store/EncryptedVfs.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace casebook;
using namespace casebook::test;

namespace {
std::string errorOf(core::Database& db, const char* sql)
{
    auto st = db.exec(sql);
    return st ? std::string() : st.error().detail;
}
} // namespace

TEST_CASE("pragmas that would leak plaintext or lose data are refused", "[guard]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 1);
    auto& db = store->database();
    CHECK_THAT(errorOf(db, "PRAGMA temp_store=FILE"), Catch::Contains("temp_store"));
    CHECK_THAT(errorOf(db, "PRAGMA temp_store=1"), Catch::Contains("temp_store"));
    CHECK_THAT(errorOf(db, "PRAGMA mmap_size=1000000000"), Catch::Contains("memory-mapped"));
    CHECK_THAT(errorOf(db, "PRAGMA secure_delete=OFF"), Catch::Contains("secure_delete"));
    CHECK_THAT(errorOf(db, "PRAGMA secure_delete=FAST"), Catch::Contains("secure_delete"));
    CHECK_THAT(errorOf(db, "PRAGMA journal_mode=OFF"), Catch::Contains("journal_mode"));
    CHECK_THAT(errorOf(db, "PRAGMA synchronous=OFF"), Catch::Contains("synchronous"));
    CHECK_THAT(errorOf(db, "PRAGMA page_size=8192"), Catch::Contains("page size"));
    CHECK(db.queryInt("PRAGMA temp_store").value() == 2);
    CHECK(db.queryInt("PRAGMA mmap_size").value() == 0);
    CHECK(db.exec("PRAGMA synchronous=NORMAL")); // allowed: durable enough in WAL
}

TEST_CASE("the VFS refuses temporary files and unregistered databases", "[guard]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 1);
    sqlite3_vfs* vfs = sqlite3_vfs_find(core::vfs::kDefaultName);
    REQUIRE(vfs != nullptr);
    std::vector<char> file(static_cast<std::size_t>(vfs->szOsFile));
    int outFlags = 0;
    auto* handle = reinterpret_cast<sqlite3_file*>(file.data());
    CHECK(vfs->xOpen(vfs, nullptr, handle, SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &outFlags)
          == SQLITE_CANTOPEN);
    CHECK(
        vfs->xOpen(vfs, nullptr, handle, SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &outFlags)
        == SQLITE_CANTOPEN);

    auto& db = store->database();
    const auto other = (dir / "other.cbk").string();
    CHECK_FALSE(db.exec("ATTACH '" + other + "' AS other"));
    // A temporary schema lives in memory (temp_store=MEMORY), so it works without any file.
    CHECK(db.exec("CREATE TEMP TABLE scratch(x); INSERT INTO scratch WITH RECURSIVE s(v) AS (SELECT 1 UNION ALL SELECT "
                  "v + 1 FROM s WHERE v < 50000) SELECT v FROM s"));
    CHECK(db.queryInt("SELECT count(*) FROM (SELECT x FROM scratch ORDER BY random())").value() == 50000);
}

TEST_CASE("VACUUM keeps the page size and reserve in both journal modes", "[vacuum]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 3000);
    auto& db = store->database();
    for (const char* mode : {"WAL", "DELETE"}) {
        CAPTURE(mode);
        REQUIRE(db.exec(std::string("PRAGMA journal_mode=") + mode));
        REQUIRE(db.exec("DELETE FROM t WHERE id % 2 = 0; VACUUM"));
        CHECK(db.queryInt("PRAGMA page_size").value() == 4096);
        CHECK(db.queryText("PRAGMA integrity_check").value() == "ok");
    }
    CHECK(db.queryInt("SELECT count(*) FROM t").value() == 1500);
    CHECK_FALSE(db.exec("PRAGMA page_size=8192; VACUUM"));
    CHECK(store->verify()->ok());
}

TEST_CASE("incremental auto-vacuum works through the encryption", "[vacuum]")
{
    TempDir dir;
    auto store = core::Store::create(dir / "a.cbk", secret("pw"), core::appMigrations(), fastKdf());
    REQUIRE(store);
    auto& db = (*store)->database();
    REQUIRE(db.exec("PRAGMA auto_vacuum=INCREMENTAL; VACUUM"));
    REQUIRE(db.exec("CREATE TABLE big(x); INSERT INTO big WITH RECURSIVE s(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM "
                    "s WHERE v < 500) SELECT randomblob(3000) FROM s"));
    const auto pagesBefore = db.queryInt("PRAGMA page_count").value();
    REQUIRE(db.exec("DELETE FROM big; PRAGMA incremental_vacuum"));
    CHECK(db.queryInt("PRAGMA page_count").value() < pagesBefore);
    CHECK((*store)->verify()->ok());
}

TEST_CASE("sub-page reads and reads past the end behave like a plain file", "[guard]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 100);
    sqlite3_file* file = core::vfs::mainFile(store->database().handle());
    REQUIRE(file != nullptr);
    std::uint8_t head[100];
    REQUIRE(file->pMethods->xRead(file, head, 100, 0) == SQLITE_OK);
    CHECK(std::string(reinterpret_cast<char*>(head), 15) == "SQLite format 3");
    CHECK(head[20] == 40); // reserve bytes
    std::uint8_t version[16];
    REQUIRE(file->pMethods->xRead(file, version, 16, 24) == SQLITE_OK);
    CHECK(std::equal(version, version + 16, head + 24));
    std::uint8_t beyond[4096];
    std::fill(std::begin(beyond), std::end(beyond), std::uint8_t{0xAA});
    CHECK(file->pMethods->xRead(file, beyond, 4096, 4096 * 100000) == SQLITE_IOERR_SHORT_READ);
    CHECK(std::all_of(std::begin(beyond), std::end(beyond), [](std::uint8_t b) { return b == 0; }));
    CHECK(file->pMethods->xWrite(file, head, 100, 4096) == SQLITE_IOERR_WRITE); // partial page write
}
