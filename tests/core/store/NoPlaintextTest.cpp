// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Storage test plan item 6: no plaintext reaches the disk. A spy VFS registered as SQLite's default,
// below the encrypting VFS, sees every byte written and every file opened.
#include "schema/AppSchema.h"
#include "store/EncryptedVfs.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <cmath>
#include <mutex>

using namespace casebook;
using namespace casebook::test;

namespace {

struct Spy {
    std::mutex mutex;
    std::vector<std::string> needles;
    std::vector<std::string> hits;
    std::uint64_t bytesWritten = 0;
    std::vector<std::string> openedNames;
};
Spy& spy()
{
    static Spy s;
    return s;
}

sqlite3_vfs* s_unix = nullptr;
sqlite3_io_methods s_spyMethods;

struct SpyFile {
    sqlite3_file base;
    sqlite3_file* real;
};

int spyWrite(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 off)
{
    {
        std::lock_guard lock(spy().mutex);
        const std::string_view bytes(static_cast<const char*>(buf), static_cast<std::size_t>(amt));
        for (const auto& needle : spy().needles) {
            if (bytes.find(needle) != std::string_view::npos) {
                spy().hits.push_back(needle);
            }
        }
        if (bytes.find("SQLite format 3") != std::string_view::npos) {
            spy().hits.push_back("SQLite format 3");
        }
        spy().bytesWritten += static_cast<std::uint64_t>(amt);
    }
    SpyFile* s = reinterpret_cast<SpyFile*>(f);
    return s->real->pMethods->xWrite(s->real, buf, amt, off);
}

// Every other method forwards to the real file.
#define FORWARD(name, sig, args)                                                                                       \
    int spy##name sig                                                                                                  \
    {                                                                                                                  \
        SpyFile* s = reinterpret_cast<SpyFile*>(f);                                                                    \
        return s->real->pMethods->x##name args;                                                                        \
    }
FORWARD(Read, (sqlite3_file * f, void* b, int a, sqlite3_int64 o), (s->real, b, a, o))
FORWARD(Truncate, (sqlite3_file * f, sqlite3_int64 n), (s->real, n))
FORWARD(Sync, (sqlite3_file * f, int fl), (s->real, fl))
FORWARD(FileSize, (sqlite3_file * f, sqlite3_int64* n), (s->real, n))
FORWARD(Lock, (sqlite3_file * f, int l), (s->real, l))
FORWARD(Unlock, (sqlite3_file * f, int l), (s->real, l))
FORWARD(CheckReservedLock, (sqlite3_file * f, int* o), (s->real, o))
FORWARD(FileControl, (sqlite3_file * f, int op, void* a), (s->real, op, a))
FORWARD(SectorSize, (sqlite3_file * f), (s->real))
FORWARD(DeviceCharacteristics, (sqlite3_file * f), (s->real))
FORWARD(ShmMap, (sqlite3_file * f, int p, int sz, int e, void volatile** o), (s->real, p, sz, e, o))
FORWARD(ShmLock, (sqlite3_file * f, int o, int n, int fl), (s->real, o, n, fl))
FORWARD(ShmUnmap, (sqlite3_file * f, int d), (s->real, d))
#undef FORWARD

void spyShmBarrier(sqlite3_file* f)
{
    SpyFile* s = reinterpret_cast<SpyFile*>(f);
    s->real->pMethods->xShmBarrier(s->real);
}

int spyClose(sqlite3_file* f)
{
    SpyFile* s = reinterpret_cast<SpyFile*>(f);
    return s->real->pMethods->xClose(s->real);
}

int spyOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    SpyFile* s = reinterpret_cast<SpyFile*>(f);
    s->real = reinterpret_cast<sqlite3_file*>(s + 1);
    f->pMethods = nullptr;
    {
        std::lock_guard lock(spy().mutex);
        spy().openedNames.push_back(name != nullptr ? name : "(temporary)");
    }
    const int rc = s_unix->xOpen(s_unix, name, s->real, flags, outFlags);
    if (rc == SQLITE_OK) {
        s_spyMethods = {2,
                        spyClose,
                        spyRead,
                        spyWrite,
                        spyTruncate,
                        spySync,
                        spyFileSize,
                        spyLock,
                        spyUnlock,
                        spyCheckReservedLock,
                        spyFileControl,
                        spySectorSize,
                        spyDeviceCharacteristics,
                        spyShmMap,
                        spyShmLock,
                        spyShmBarrier,
                        spyShmUnmap,
                        nullptr,
                        nullptr};
        f->pMethods = &s_spyMethods;
    }
    return rc;
}

// Registered before anything else in this executable, as the default VFS.
const bool s_installed = [] {
    s_unix = sqlite3_vfs_find(nullptr);
    static sqlite3_vfs v = *s_unix;
    v.zName = "spy";
    v.szOsFile = static_cast<int>(sizeof(SpyFile)) + s_unix->szOsFile;
    v.xOpen = spyOpen;
    return sqlite3_vfs_register(&v, 1) == SQLITE_OK;
}();

double entropyBitsPerByte(const std::vector<std::uint8_t>& bytes)
{
    std::array<double, 256> counts{};
    for (auto b : bytes) {
        counts[b] += 1;
    }
    double h = 0;
    for (double c : counts) {
        if (c > 0) {
            const double p = c / static_cast<double>(bytes.size());
            h -= p * std::log2(p);
        }
    }
    return h;
}

void workload(core::Database& db, const std::vector<std::string>& c)
{
    // Canaries in table and column names, text, blobs, index keys, FTS5 and an overflow chain.
    REQUIRE(db.exec("CREATE TABLE " + c[0] + "(id INTEGER PRIMARY KEY, " + c[1] + " TEXT, payload BLOB)"));
    REQUIRE(db.exec("CREATE INDEX idx_" + c[2] + " ON " + c[0] + "(" + c[1] + ")"));
    REQUIRE(db.exec("CREATE VIRTUAL TABLE notes USING fts5(body)"));
    REQUIRE(db.exec("BEGIN"));
    for (int i = 0; i < 3000; ++i) {
        const std::string text = c[3] + " officer note " + std::to_string(i) + " " + c[4];
        REQUIRE(db.exec("INSERT INTO " + c[0] + "(" + c[1] + ", payload) VALUES ('" + text + "', CAST('" + c[5]
                        + std::string(static_cast<std::size_t>(i % 5) * 2000, 'q') + "' AS BLOB))"));
        REQUIRE(db.exec("INSERT INTO notes(body) VALUES ('" + text + " " + c[6] + "')"));
    }
    REQUIRE(db.exec("COMMIT"));
    // Savepoints and a big transaction that spills the (small) cache.
    REQUIRE(db.exec("PRAGMA cache_size=20"));
    REQUIRE(db.exec("BEGIN; SAVEPOINT s1; UPDATE " + c[0] + " SET " + c[1] + " = " + c[1] + " || '" + c[7]
                    + "'; ROLLBACK TO s1; UPDATE " + c[0] + " SET payload = payload || payload; COMMIT"));
    REQUIRE(db.exec("PRAGMA cache_size=-65536"));
    REQUIRE(db.queryInt("SELECT count(*) FROM (SELECT * FROM " + c[0] + " ORDER BY payload DESC)"));
    REQUIRE(db.queryInt("SELECT count(*) FROM notes WHERE notes MATCH '" + c[6] + "'").value() == 3000);
    REQUIRE(db.exec("CREATE INDEX idx_payload ON " + c[0] + "(payload)"));
    REQUIRE(db.exec("DELETE FROM " + c[0] + " WHERE id % 3 = 0; VACUUM"));
    REQUIRE(db.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void runWorkload(const char* journalMode)
{
    REQUIRE(s_installed);
    TempDir dir;
    std::vector<std::string> canaries;
    for (int i = 0; i < 8; ++i) {
        canaries.push_back(randomCanary("cnry"));
    }
    {
        std::lock_guard lock(spy().mutex);
        spy().needles = canaries;
        spy().hits.clear();
        spy().bytesWritten = 0;
        spy().openedNames.clear();
    }
    const auto path = dir / "a.cbk";
    {
        auto store = core::Store::create(path, secret("pw"), core::appMigrations(), fastKdf());
        REQUIRE(store);
        REQUIRE((*store)->database().exec(std::string("PRAGMA journal_mode=") + journalMode));
        workload((*store)->database(), canaries);
        REQUIRE((*store)->backupTo(dir / "backup.cbk", secret("pw")));
        CHECK((*store)->verify()->ok());
    }
    std::lock_guard lock(spy().mutex);
    INFO("bytes written through the spy: " << spy().bytesWritten);
    CHECK(spy().bytesWritten > 10'000'000); // the spy really sat below the encryption
    CHECK(spy().hits.empty());
    for (const auto& name : spy().openedNames) {
        CHECK(name != "(temporary)");
    }
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        const auto bytes = readFile(entry.path());
        CAPTURE(entry.path().string());
        for (const auto& canary : canaries) {
            CHECK_FALSE(contains(bytes, canary));
        }
        CHECK_FALSE(contains(bytes, "SQLite format 3"));
        if (bytes.size() > 100'000) {
            CHECK(entropyBitsPerByte(bytes) > 7.9);
        }
    }
}

} // namespace

TEST_CASE("no canary reaches the disk in WAL mode, through any write or file", "[plaintext]")
{
    runWorkload("WAL");
}

TEST_CASE("no canary reaches the disk in rollback-journal mode, through any write or file", "[plaintext]")
{
    runWorkload("DELETE");
}

TEST_CASE("the spy catches plaintext: a plain database written through it is detected", "[plaintext]")
{
    REQUIRE(s_installed);
    TempDir dir;
    const std::string canary = randomCanary("cnry");
    {
        std::lock_guard lock(spy().mutex);
        spy().needles = {canary};
        spy().hits.clear();
    }
    auto db = core::Database::open((dir / "plain.db").string(), nullptr, true);
    REQUIRE(db);
    REQUIRE(db->exec("CREATE TABLE x(a); INSERT INTO x VALUES ('" + canary + "')"));
    std::lock_guard lock(spy().mutex);
    CHECK_FALSE(spy().hits.empty());
}
