// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Storage test plan items 4 (tamper one byte) and 5 (page transplant).
#include "schema/AppSchema.h"
#include "store/StoreHeader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <functional>
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
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
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
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
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
    auto store = core::Store::open(dir / "a.cbk", secret("same"), core::appMigrations());
    REQUIRE(store);
    auto report = (*store)->verify();
    REQUIRE(report);
    REQUIRE(report->findings.size() >= 1);
    CHECK(report->findings[0].kind == core::CheckFinding::Kind::Page);
    CHECK(report->findings[0].where == 5);
}

namespace {

constexpr std::size_t kFrame = 24 + 4096;

// A store copied as it is on disk with a WAL of five commits, as a crash would leave it; `tamper`
// edits the WAL bytes of the copy. Returns the copy's path.
std::filesystem::path leftoverWal(const TempDir& dir, const std::function<void(std::vector<std::uint8_t>&)>& tamper)
{
    const auto live = dir / "live.cbk";
    const auto copy = dir / "copy.cbk";
    auto store = makeStore(live, "pw", 100);
    auto& db = store->database();
    REQUIRE(db.exec("PRAGMA wal_autocheckpoint=0; PRAGMA wal_checkpoint(TRUNCATE)"));
    for (int i = 0; i < 5; ++i) {
        REQUIRE(db.exec("INSERT INTO t(body) VALUES ('commit " + std::to_string(i) + "')"));
    }
    writeFile(copy, readFile(live));
    auto wal = readFile(live.string() + "-wal");
    REQUIRE(wal.size() >= 32 + 5 * kFrame);
    tamper(wal);
    writeFile(copy.string() + "-wal", wal);
    return copy;
}

// The open must fail as damage and leave every byte of the store and its WAL as they were.
void requireOpenRefusedUnchanged(const std::filesystem::path& copy)
{
    const auto mainBefore = readFile(copy);
    const auto walBefore = readFile(copy.string() + "-wal");
    auto opened = core::Store::open(copy, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::StoreDamaged);
    CHECK(readFile(copy) == mainBefore);
    CHECK(readFile(copy.string() + "-wal") == walBefore);
}

} // namespace

// Failed before the fix: the open succeeded with commits 2-5 silently dropped.
TEST_CASE("a tampered page in a leftover WAL fails the open as damage instead of rolling back", "[tamper][wal]")
{
    TempDir dir;
    requireOpenRefusedUnchanged(leftoverWal(dir, [](auto& wal) { wal[32 + kFrame + 24 + 100] ^= 0x20; }));
}

// Failed before the fix (open succeeded with older data).
TEST_CASE("a flipped bit in a leftover WAL frame header fails the open as damage", "[tamper][wal]")
{
    for (const std::size_t field : {0U, 4U, 8U, 12U, 16U, 20U}) { // pgno, commit, salt 1, salt 2, checksum 1, 2
        TempDir dir;
        INFO("frame-header byte " << field);
        requireOpenRefusedUnchanged(leftoverWal(dir, [&](auto& wal) { wal[32 + kFrame + field + 3] ^= 0x04; }));
    }
}

// Failed before the fix: SQLite ignored the whole log and the open succeeded with 100 rows.
TEST_CASE("a flipped bit in a leftover WAL header fails the open as damage", "[tamper][wal]")
{
    for (const std::size_t at : {0U, 4U, 8U, 12U, 16U, 20U, 24U, 28U}) {
        TempDir dir;
        INFO("WAL-header byte " << at);
        requireOpenRefusedUnchanged(leftoverWal(dir, [&](auto& wal) { wal[at + 3] ^= 0x01; }));
    }
}

TEST_CASE("a torn last frame of a leftover WAL opens without it and keeps the log aside", "[tamper][wal]")
{
    TempDir dir;
    std::size_t frames = 0;
    const auto copy = leftoverWal(dir, [&](auto& wal) {
        frames = (wal.size() - 32) / kFrame;
        wal[32 + (frames - 1) * kFrame + 24 + 50] ^= 0x01;
    });
    const auto walBefore = readFile(copy.string() + "-wal");
    auto opened = core::Store::open(copy, secret("pw"), core::appMigrations());
    REQUIRE(opened);
    const auto count = (*opened)->database().queryInt("SELECT count(*) FROM t").value();
    CHECK(count >= 100);
    CHECK(count < 105);
    REQUIRE((*opened)->warnings().size() == 1);
    CHECK((*opened)->warnings()[0].find("kept in") != std::string::npos);
    std::vector<std::filesystem::path> kept;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        if (entry.path().filename().string().rfind("copy.cbk-wal.kept-", 0) == 0) {
            kept.push_back(entry.path());
        }
    }
    REQUIRE(kept.size() == 1);
    CHECK(readFile(kept[0]) == walBefore);
    CHECK((std::filesystem::status(kept[0]).permissions() & std::filesystem::perms::group_all)
          == std::filesystem::perms::none);
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
    const auto walBefore = readFile(path.string() + "-wal");
    auto report = store->verify();
    REQUIRE(report);
    REQUIRE_FALSE(report->ok());
    CHECK(report->findings[0].kind == core::CheckFinding::Kind::WalFrame);
    CHECK(report->findings[0].where == 1);
    // Failed before the fix: verify checkpointed (TRUNCATE) a log with findings.
    CHECK(readFile(path.string() + "-wal") == walBefore);
    store.reset();
    CHECK(readFile(path.string() + "-wal") == walBefore); // nor on close
}

// Failed before the fix: the check stopped at the first frame and never looked at frame headers.
TEST_CASE("a flipped frame-header checksum under a live connection fails the check", "[tamper][wal]")
{
    TempDir dir;
    const auto path = dir / "live.cbk";
    auto store = makeStore(path, "pw", 100);
    auto& db = store->database();
    REQUIRE(db.exec("PRAGMA wal_autocheckpoint=0; PRAGMA wal_checkpoint(TRUNCATE)"));
    for (int i = 0; i < 3; ++i) {
        REQUIRE(db.exec("INSERT INTO t(body) VALUES ('commit " + std::to_string(i) + "')"));
    }
    flipByte(path.string() + "-wal", 32 + 16);
    auto report = store->verify();
    REQUIRE(report);
    REQUIRE_FALSE(report->ok());
    CHECK(report->findings[0].kind == core::CheckFinding::Kind::WalFrame);
    CHECK(report->findings[0].where == 1);
}
