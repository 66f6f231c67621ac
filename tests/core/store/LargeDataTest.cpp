// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Storage test plan item 11: large blobs; and item 19: random damage never crashes.
#include "schema/AppSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <botan/hash.h>

#include <cstring>
#include <random>

using namespace casebook;
using namespace casebook::test;

namespace {
std::vector<std::uint8_t> sha256(const std::vector<std::uint8_t>& data)
{
    auto hash = Botan::HashFunction::create_or_throw("SHA-256");
    hash->update(data.data(), data.size());
    const auto out = hash->final();
    return {out.begin(), out.end()};
}
} // namespace

TEST_CASE("a 50 MB blob round-trips through incremental blob I/O", "[large]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    constexpr int kSize = 50 * 1000 * 1000;
    std::vector<std::uint8_t> data(kSize);
    std::mt19937 rng(1);
    for (auto& b : data) {
        b = static_cast<std::uint8_t>(rng());
    }
    const auto digest = sha256(data);
    {
        auto store = makeStore(path, "pw", 0);
        auto& db = store->database();
        REQUIRE(db.exec("CREATE TABLE file(id INTEGER PRIMARY KEY, content BLOB)"));
        REQUIRE(db.exec("INSERT INTO file VALUES (1, zeroblob(" + std::to_string(kSize) + "))"));
        sqlite3_blob* blob = nullptr;
        REQUIRE(sqlite3_blob_open(db.handle(), "main", "file", "content", 1, 1, &blob) == SQLITE_OK);
        constexpr int kChunk = 1 << 20;
        for (int off = 0; off < kSize; off += kChunk) {
            REQUIRE(sqlite3_blob_write(blob, data.data() + off, std::min(kChunk, kSize - off), off) == SQLITE_OK);
        }
        sqlite3_blob_close(blob);
    }
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE(store);
    sqlite3_blob* blob = nullptr;
    REQUIRE(sqlite3_blob_open((*store)->database().handle(), "main", "file", "content", 1, 0, &blob) == SQLITE_OK);
    REQUIRE(sqlite3_blob_bytes(blob) == kSize);
    std::vector<std::uint8_t> back(kSize);
    REQUIRE(sqlite3_blob_read(blob, back.data(), kSize, 0) == SQLITE_OK);
    sqlite3_blob_close(blob);
    CHECK(sha256(back) == digest);
    CHECK((*store)->verify()->ok());
}

TEST_CASE("random flips and truncations never crash: only errors or correct data", "[fuzz]")
{
    TempDir dir;
    const auto pristinePath = dir / "pristine.cbk";
    {
        auto store = makeStore(pristinePath, "pw", 2000);
        REQUIRE(store->database().exec("PRAGMA wal_autocheckpoint=0; PRAGMA wal_checkpoint(TRUNCATE)"));
        REQUIRE(store->database().exec("UPDATE t SET body = body || ' edited' WHERE id % 3 = 0"));
        writeFile(dir / "snap.cbk", readFile(pristinePath));
        writeFile(dir / "snap.cbk-wal", readFile(pristinePath.string() + "-wal"));
    }
    const auto db = readFile(dir / "snap.cbk");
    const auto wal = readFile(dir / "snap.cbk-wal");
    std::mt19937_64 rng(99);
    for (int i = 0; i < 120; ++i) {
        CAPTURE(i);
        auto d = db;
        auto w = wal;
        auto& target = (i % 2 == 0) ? d : w;
        switch (i % 3) {
        case 0:
            for (int k = 0; k < 1 + static_cast<int>(rng() % 4); ++k) {
                target[rng() % target.size()] ^= static_cast<std::uint8_t>(1 + rng() % 255);
            }
            break;
        case 1:
            target.resize(rng() % target.size());
            break;
        default:
            target[rng() % target.size()] ^= 0x80;
            target.resize(target.size() - rng() % 5000);
            break;
        }
        const auto path = dir / (std::to_string(i) + "-fuzz.cbk");
        writeFile(path, d);
        writeFile(path.string() + "-wal", w);
        auto store = core::Store::open(path, secret("pw"), core::appMigrations());
        if (store) {
            auto count = (*store)->database().queryInt("SELECT count(*) FROM t WHERE body NOT LIKE 'row % payload%'");
            if (count) {
                CHECK(*count == 0);
            }
            (void)(*store)->verify();
        }
    }
}

TEST_CASE("a store grown past 1 GiB works across the pending-byte page and passes the full check", "[large]")
{
    TempDir dir;
    const auto path = dir / "big.cbk";
    constexpr int kChunk = 1 << 20;
    constexpr int kChunks = 1100; // 1.1 GiB of content: page 262145 (the lock-byte page) is skipped
    std::vector<std::uint8_t> chunk(kChunk);
    auto fill = [&](int n) {
        for (int i = 0; i < kChunk; i += 8) {
            const std::uint64_t v = (static_cast<std::uint64_t>(n) << 32)
                                    ^ static_cast<std::uint64_t>(i) * std::uint64_t{0x9E3779B97F4A7C15};
            std::memcpy(chunk.data() + i, &v, 8);
        }
    };
    {
        auto store = makeStore(path, "pw", 0);
        auto& db = store->database();
        REQUIRE(db.exec("CREATE TABLE part(n INTEGER PRIMARY KEY, content BLOB); BEGIN"));
        auto insert = db.prepare("INSERT INTO part VALUES (?, ?)");
        for (int n = 0; n < kChunks; ++n) {
            fill(n);
            insert->bind(1, std::int64_t{n}).bindBlob(2, chunk.data(), chunk.size());
            REQUIRE(insert->run());
            insert->reset();
        }
        REQUIRE(db.exec("COMMIT"));
    }
    CHECK(std::filesystem::file_size(path) > (1ULL << 30) + 4096);
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE(store);
    auto select = (*store)->database().prepare("SELECT n, content FROM part ORDER BY n");
    int seen = 0;
    while (select->step().value()) {
        const int n = static_cast<int>(select->columnInt(0));
        fill(n);
        REQUIRE(select->columnBlob(1) == chunk);
        ++seen;
    }
    CHECK(seen == kChunks);
    auto report = (*store)->verify();
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->pagesChecked > 270'000);
}
