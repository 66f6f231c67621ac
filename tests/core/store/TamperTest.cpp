// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Storage test plan items 4 (tamper one byte) and 5 (page transplant).
#include "store/StoreHeader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>

using namespace casebook;
using namespace casebook::test;
using core::ErrorCode;

namespace {

constexpr std::uint64_t kPage = 4096;
constexpr std::uint64_t kHeader = 4096;

// A store whose pages include b-tree interiors, leaves and an overflow chain.
std::map<std::int64_t, std::string> fillStore(core::Store& store)
{
    std::map<std::int64_t, std::string> rows;
    auto& db = store.database();
    REQUIRE(db.exec("CREATE TABLE doc(id INTEGER PRIMARY KEY, body TEXT); BEGIN"));
    auto insert = db.prepare("INSERT INTO doc(id, body) VALUES (?, ?)");
    for (std::int64_t i = 1; i <= 300; ++i) {
        std::string body = "entry " + std::to_string(i) + std::string(static_cast<std::size_t>(i % 7) * 40, 'z');
        if (i == 150) {
            body = std::string(20'000, 'o'); // five overflow pages
        }
        insert->bind(1, i).bind(2, body);
        REQUIRE(insert->run());
        insert->reset();
        rows[i] = body;
    }
    REQUIRE(db.exec("COMMIT"));
    return rows;
}

// Outcome of opening a tampered file: damage must be reported, and nothing wrong ever returned.
void requireDamageReported(const std::filesystem::path& path, const std::map<std::int64_t, std::string>& expected)
{
    auto store = core::Store::open(path, secret("pw"));
    if (!store) {
        const auto code = store.error().code;
        CHECK((code == ErrorCode::StoreDamaged || code == ErrorCode::HeaderCorrupt));
        return;
    }
    auto stmt = (*store)->database().prepare("SELECT id, body FROM doc ORDER BY id");
    if (stmt) {
        for (;;) {
            auto row = stmt->step();
            if (!row || !*row) {
                break;
            }
            const auto it = expected.find(stmt->columnInt(0));
            REQUIRE(it != expected.end());
            REQUIRE(stmt->columnText(1) == it->second);
        }
    }
    auto report = (*store)->verify();
    REQUIRE(report);
    CHECK_FALSE(report->ok());
}

} // namespace

TEST_CASE("a byte flipped anywhere in the store is reported as damage, never returned as data", "[tamper]")
{
    TempDir dir;
    const auto pristinePath = dir / "pristine.cbk";
    std::map<std::int64_t, std::string> rows;
    {
        auto store = makeStore(pristinePath, "pw", 0);
        rows = fillStore(*store);
    }
    const auto pristine = readFile(pristinePath);
    const std::uint64_t pages = (pristine.size() - kHeader) / kPage;
    REQUIRE(pages > 10);

    std::mt19937 rng(20261122);
    std::vector<std::uint64_t> offsets = {0, 9, 48, 100, 600, 2048 + 60}; // header A and B
    for (std::uint64_t p = 0; p < pages; ++p) {
        const std::uint64_t base = kHeader + p * kPage;
        offsets.push_back(base + rng() % (kPage - 40));    // ciphertext
        offsets.push_back(base + kPage - 40 + rng() % 24); // nonce
        offsets.push_back(base + kPage - 16 + rng() % 16); // tag
    }
    for (const std::uint64_t offset : offsets) {
        CAPTURE(offset);
        const auto path = dir / (std::to_string(offset) + "-flipped.cbk");
        writeFile(path, pristine);
        flipByte(path, offset, static_cast<std::uint8_t>(1u << (offset % 8)));
        requireDamageReported(path, rows);
        std::filesystem::remove(path);
    }
}

TEST_CASE("two pages swapped within a store are both reported", "[tamper]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 3000).reset();
    auto bytes = readFile(path);
    std::swap_ranges(bytes.begin() + kHeader + kPage, bytes.begin() + kHeader + 2 * kPage,
                     bytes.begin() + kHeader + 2 * kPage);
    writeFile(path, bytes);
    auto store = core::Store::open(path, secret("pw"));
    REQUIRE(store);
    auto report = (*store)->verify();
    REQUIRE(report);
    std::vector<std::uint64_t> badPages;
    for (const auto& f : report->findings) {
        if (f.kind == core::CheckFinding::Kind::Page) {
            badPages.push_back(f.where);
        }
    }
    CHECK(badPages == std::vector<std::uint64_t>{2, 3});
}

TEST_CASE("a page copied from another store with the same passphrase is reported", "[tamper]")
{
    TempDir dir;
    makeStore(dir / "a.cbk", "same", 3000).reset();
    makeStore(dir / "b.cbk", "same", 3000).reset();
    auto a = readFile(dir / "a.cbk");
    const auto b = readFile(dir / "b.cbk");
    std::copy(b.begin() + kHeader + 4 * kPage, b.begin() + kHeader + 5 * kPage, a.begin() + kHeader + 4 * kPage);
    writeFile(dir / "a.cbk", a);
    auto store = core::Store::open(dir / "a.cbk", secret("same"));
    REQUIRE(store);
    auto report = (*store)->verify();
    REQUIRE(report);
    REQUIRE(report->findings.size() >= 1);
    CHECK(report->findings[0].kind == core::CheckFinding::Kind::Page);
    CHECK(report->findings[0].where == 5);
}

TEST_CASE("a tampered frame in a leftover WAL ends the log there and is reported by the check", "[tamper][wal]")
{
    TempDir dir;
    const auto live = dir / "live.cbk";
    const auto copy = dir / "copy.cbk";
    auto store = makeStore(live, "pw", 100);
    auto& db = store->database();
    REQUIRE(db.exec("PRAGMA wal_autocheckpoint=0; PRAGMA wal_checkpoint(TRUNCATE)"));
    for (int i = 0; i < 5; ++i) {
        REQUIRE(db.exec("INSERT INTO t(body) VALUES ('commit " + std::to_string(i) + "')"));
    }
    // Copy the store as it is on disk with its WAL, as a crash would leave it.
    writeFile(copy, readFile(live));
    auto wal = readFile(live.string() + "-wal");
    const std::size_t frame = 24 + 4096;
    REQUIRE(wal.size() >= 32 + 5 * frame);
    wal[32 + frame + 24 + 100] ^= 0x20; // the page of frame 2
    writeFile(copy.string() + "-wal", wal);

    auto opened = core::Store::open(copy, secret("pw"));
    REQUIRE(opened);
    // Commits before frame 2 survive; everything from frame 2 on is dropped, never misread.
    const auto count = (*opened)->database().queryInt("SELECT count(*) FROM t").value();
    CHECK(count >= 100);
    CHECK(count < 105);
    CHECK((*opened)->database().queryInt("SELECT count(*) FROM t WHERE id > 100 AND body NOT LIKE 'commit %'").value()
          == 0);
    auto report = (*opened)->verify();
    REQUIRE(report);
    REQUIRE_FALSE(report->ok());
    CHECK(report->findings[0].kind == core::CheckFinding::Kind::WalFrame);
    CHECK(report->findings[0].where == 2);
}

TEST_CASE("a tampered WAL frame under a live connection fails the check with its frame number", "[tamper][wal]")
{
    TempDir dir;
    const auto path = dir / "live.cbk";
    auto store = makeStore(path, "pw", 100);
    auto& db = store->database();
    REQUIRE(db.exec("PRAGMA wal_autocheckpoint=0; PRAGMA wal_checkpoint(TRUNCATE)"));
    for (int i = 0; i < 3; ++i) {
        REQUIRE(db.exec("INSERT INTO t(body) VALUES ('commit " + std::to_string(i) + "')"));
    }
    flipByte(path.string() + "-wal", 32 + 24 + 7);
    auto report = store->verify();
    REQUIRE(report);
    REQUIRE_FALSE(report->ok());
    CHECK(report->findings[0].kind == core::CheckFinding::Kind::WalFrame);
    CHECK(report->findings[0].where == 1);
}
