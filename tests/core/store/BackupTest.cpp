// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Storage test plan item 15: backup, restore, plaintext export and the reserve guard.
#include "schema/AppSchema.h"
#include "store/EncryptedVfs.h"
#include "store/StoreHeader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace casebook;
using namespace casebook::test;
using core::ErrorCode;

TEST_CASE("an encrypted backup holds the same data and opens with the same passphrase", "[backup]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 5000);
    std::uint64_t lastDone = 0;
    REQUIRE(store->backupTo(dir / "backup.cbk", secret("pw"), [&](std::uint64_t done, std::uint64_t) {
        lastDone = done;
        return true;
    }));
    CHECK(lastDone > 0);
    CHECK_FALSE(contains(readFile(dir / "backup.cbk"), "payload"));
    store.reset();
    auto backup = core::Store::open(dir / "backup.cbk", secret("pw"), core::appMigrations());
    REQUIRE(backup);
    CHECK((*backup)->database().queryInt("SELECT count(*) FROM t").value() == 5000);
    CHECK((*backup)->verify()->ok());
}

namespace {

core::format::HeaderState headerOf(const std::filesystem::path& path)
{
    auto state = core::format::readHeader(path);
    REQUIRE(state);
    return *state;
}

// The first 4096 bytes of `from` written over the first 4096 bytes of a copy of `onto`.
std::filesystem::path withHeaderOf(const std::filesystem::path& from, const std::filesystem::path& onto,
                                   const std::filesystem::path& out)
{
    auto bytes = readFile(onto);
    const auto header = readFile(from);
    std::copy(header.begin(), header.begin() + core::format::kHeaderBytes, bytes.begin());
    writeFile(out, bytes);
    return out;
}

} // namespace

// Failed before the fix: backupTo copied the live header, so both files had one key and file id.
TEST_CASE("a backup is written under a fresh data key and file id and opens with the same passphrase",
          "[backup][rekey]")
{
    TempDir dir;
    const auto live = dir / "live.cbk";
    const auto backup = dir / "backup.cbk";
    {
        auto store = makeStore(live, "pw", 300);
        auto wrong = store->backupTo(dir / "wrong.cbk", secret("not the passphrase"));
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
        CHECK_FALSE(std::filesystem::exists(dir / "wrong.cbk"));
        REQUIRE(store->backupTo(backup, secret("pw")));
    }
    const auto liveHeader = headerOf(live);
    const auto backupHeader = headerOf(backup);
    CHECK(liveHeader.header().fileId != backupHeader.header().fileId);
    CHECK(backupHeader.header().generation == 1); // a new header, not a copy of the live one
    auto liveKeys = core::format::unlock(liveHeader.header(), "pw");
    auto backupKeys = core::format::unlock(backupHeader.header(), "pw");
    REQUIRE(liveKeys);
    REQUIRE(backupKeys);
    CHECK(liveKeys->dataKey != backupKeys->dataKey);
    CHECK(liveKeys->pageKey != backupKeys->pageKey);
    // Same cost parameters as the slot that opened the live store.
    CHECK(backupHeader.header().slots[0].kdf == liveHeader.header().slots[0].kdf);
    {
        auto opened = core::Store::open(backup, secret("pw"), core::appMigrations());
        REQUIRE(opened);
        CHECK((*opened)->database().queryInt("SELECT count(*) FROM t").value() == 300);
        CHECK((*opened)->database().queryInt("SELECT count(*) FROM t WHERE body LIKE '%payload%'").value() == 300);
    }
    // An old live header (with the old passphrase) opens nothing of the backup, and vice versa.
    auto liveOnBackup =
        core::Store::open(withHeaderOf(live, backup, dir / "live-on-backup.cbk"), secret("pw"), core::appMigrations());
    CHECK_FALSE(liveOnBackup);
    auto backupOnLive =
        core::Store::open(withHeaderOf(backup, live, dir / "backup-on-live.cbk"), secret("pw"), core::appMigrations());
    CHECK_FALSE(backupOnLive);
    // Two backups of one store share nothing either.
    {
        auto store = core::Store::open(live, secret("pw"), core::appMigrations());
        REQUIRE(store);
        REQUIRE((*store)->backupTo(dir / "second.cbk", secret("pw")));
    }
    CHECK(headerOf(dir / "second.cbk").header().fileId != backupHeader.header().fileId);
}

// Failed before the fix: restore opened the backup with SQLite read-write (WAL and SHM beside it,
// migrations and checkpoints able to write it).
TEST_CASE("restore only reads the backup: bytes, time stamp and neighbours stay as they were", "[backup][restore]")
{
    TempDir dir;
    const auto live = dir / "live.cbk";
    const auto backup = dir / "backup.cbk";
    {
        auto store = makeStore(live, "pw", 2000);
        REQUIRE(store->backupTo(backup, secret("pw")));
        REQUIRE(store->database().exec("DELETE FROM t"));
    }
    // An old time stamp, so that any write would show.
    const auto stamp = std::filesystem::file_time_type::clock::now() - std::chrono::hours(48);
    std::filesystem::last_write_time(backup, stamp);
    const auto bytes = readFile(backup);
    bool neighbours = false;
    std::uint64_t calls = 0;
    REQUIRE(core::Store::restore(backup, secret("pw"), live, core::appMigrations(), [&](std::uint64_t, std::uint64_t) {
        ++calls;
        neighbours = neighbours || std::filesystem::exists(backup.string() + "-wal")
                     || std::filesystem::exists(backup.string() + "-shm");
        return true;
    }));
    CHECK(calls > 0);
    CHECK_FALSE(neighbours);
    CHECK_FALSE(std::filesystem::exists(backup.string() + "-wal"));
    CHECK_FALSE(std::filesystem::exists(backup.string() + "-shm"));
    CHECK(readFile(backup) == bytes);
    CHECK(std::filesystem::last_write_time(backup) == stamp);
    // The restored store has its own key too, and the backup's rows.
    CHECK(headerOf(live).header().fileId != headerOf(backup).header().fileId);
    auto restored = core::Store::open(live, secret("pw"), core::appMigrations());
    REQUIRE(restored);
    CHECK((*restored)->database().queryInt("SELECT count(*) FROM t").value() == 2000);
    CHECK((*restored)->verify()->ok());
}

TEST_CASE("restore refuses a copy with a write-ahead log beside it and changes nothing", "[backup][restore]")
{
    TempDir dir;
    const auto live = dir / "live.cbk";
    const auto backup = dir / "backup.cbk";
    {
        auto store = makeStore(live, "pw", 10);
        REQUIRE(store->backupTo(backup, secret("pw")));
    }
    writeFile(backup.string() + "-wal", std::vector<std::uint8_t>(100, 7));
    const auto before = readFile(live);
    auto refused = core::Store::restore(backup, secret("pw"), live, core::appMigrations());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().detail.find("write-ahead log") != std::string::npos);
    CHECK(readFile(live) == before);
    CHECK_FALSE(std::filesystem::exists(live.string() + ".restoring"));
}

TEST_CASE("backup refuses to overwrite and a cancelled backup leaves no file", "[backup]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 5000);
    writeFile(dir / "exists.cbk", {42});
    auto refused = store->backupTo(dir / "exists.cbk", secret("pw"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::AlreadyExists);
    CHECK(readFile(dir / "exists.cbk") == std::vector<std::uint8_t>{42});

    auto cancelled =
        store->backupTo(dir / "cancelled.cbk", secret("pw"), [](std::uint64_t, std::uint64_t) { return false; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK_FALSE(std::filesystem::exists(dir / "cancelled.cbk"));
}

TEST_CASE("restore replaces the store, keeps the previous one, and refuses a damaged backup", "[backup]")
{
    TempDir dir;
    const auto live = dir / "live.cbk";
    {
        auto store = makeStore(live, "pw", 10);
        REQUIRE(store->backupTo(dir / "backup.cbk", secret("pw")));
        REQUIRE(store->database().exec("DELETE FROM t"));
    }
    REQUIRE(core::Store::restore(dir / "backup.cbk", secret("pw"), live, core::appMigrations()));
    CHECK(std::filesystem::exists(live.string() + ".before-restore"));
    {
        auto restored = core::Store::open(live, secret("pw"), core::appMigrations());
        REQUIRE(restored);
        CHECK((*restored)->database().queryInt("SELECT count(*) FROM t").value() == 10);
    }
    {
        auto previous = core::Store::open(live.string() + ".before-restore", secret("pw"), core::appMigrations());
        REQUIRE(previous);
        CHECK((*previous)->database().queryInt("SELECT count(*) FROM t").value() == 0);
    }
    // A damaged backup: the live store stays byte-identical.
    flipByte(dir / "backup.cbk", 4096 + 4096 + 10);
    const auto before = readFile(live);
    auto st = core::Store::restore(dir / "backup.cbk", secret("pw"), live, core::appMigrations());
    REQUIRE_FALSE(st);
    CHECK(st.error().code == ErrorCode::StoreDamaged);
    CHECK(readFile(live) == before);
    CHECK_FALSE(std::filesystem::exists(live.string() + ".restoring"));
    auto wrong = core::Store::restore(dir / "backup.cbk", secret("nope"), live, core::appMigrations());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("a plain backup into an encrypted store fails at the reserve guard and writes nothing plain",
          "[backup][guard]")
{
    TempDir dir;
    const auto plainPath = dir / "plain.db";
    sqlite3* plain = nullptr;
    REQUIRE(sqlite3_open(plainPath.c_str(), &plain) == SQLITE_OK);
    REQUIRE(sqlite3_exec(plain, "CREATE TABLE secret(x); INSERT INTO secret VALUES ('CANARY-plain-backup')", nullptr,
                         nullptr, nullptr)
            == SQLITE_OK);
    auto store = makeStore(dir / "a.cbk", "pw", 0);
    sqlite3* enc = store->database().handle();
    sqlite3_backup* backup = sqlite3_backup_init(enc, "main", plain, "main");
    REQUIRE(backup != nullptr);
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    CHECK(rc != SQLITE_DONE);
    sqlite3_close(plain);
    CHECK_FALSE(contains(readFile(dir / "a.cbk"), "CANARY-plain-backup"));
    if (std::filesystem::exists(dir / "a.cbk-wal")) {
        CHECK_FALSE(contains(readFile(dir / "a.cbk-wal"), "CANARY-plain-backup"));
    }
}

TEST_CASE("a plain database imports into a new store that holds the same data and no plaintext", "[backup][import]")
{
    TempDir dir;
    const std::string canary = randomCanary("cnry");
    {
        // A plain database the user has (Store::exportPlaintext, unused, is gone).
        sqlite3* plain = nullptr;
        REQUIRE(sqlite3_open((dir / "plain.db").c_str(), &plain) == SQLITE_OK);
        std::string sql = "CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT); BEGIN;";
        for (int i = 1; i <= 500; ++i) {
            sql += "INSERT INTO t(body) VALUES ('row " + std::to_string(i) + " payload');";
        }
        sql += "COMMIT; CREATE INDEX t_body ON t(body); INSERT INTO t(body) VALUES ('" + canary + "');";
        REQUIRE(sqlite3_exec(plain, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(plain);
    }
    REQUIRE(contains(readFile(dir / "plain.db"), canary));
    const auto plainBefore = readFile(dir / "plain.db");
    auto imported = core::Store::importPlaintext(dir / "plain.db", dir / "imported.cbk", secret("new pw"),
                                                 core::appMigrations(), fastKdf());
    REQUIRE(imported);
    CHECK((*imported)->database().queryInt("SELECT count(*) FROM t").value() == 501);
    CHECK((*imported)->database().queryInt("SELECT count(*) FROM t WHERE body = '" + canary + "'").value() == 1);
    CHECK((*imported)->database().queryInt("PRAGMA page_size").value() == 4096);
    imported->reset();
    CHECK_FALSE(contains(readFile(dir / "imported.cbk"), canary));
    CHECK(readFile(dir / "plain.db") == plainBefore); // the source was only read
    CHECK(core::Store::open(dir / "imported.cbk", secret("new pw"), core::appMigrations()));

    auto existing = core::Store::importPlaintext(dir / "plain.db", dir / "imported.cbk", secret("x"),
                                                 core::appMigrations(), fastKdf());
    REQUIRE_FALSE(existing);
    CHECK(existing.error().code == ErrorCode::AlreadyExists);
}

TEST_CASE("a plain database with no reserve bytes imports through VACUUM INTO", "[backup][import]")
{
    TempDir dir;
    const auto plainPath = dir / "foreign.db";
    sqlite3* plain = nullptr;
    REQUIRE(sqlite3_open(plainPath.c_str(), &plain) == SQLITE_OK);
    REQUIRE(sqlite3_exec(plain,
                         "CREATE TABLE x(a TEXT); WITH RECURSIVE s(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM s "
                         "WHERE v < 2000) INSERT INTO x SELECT 'value ' || v FROM s",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close(plain);
    REQUIRE(readFile(plainPath)[20] == 0); // SQLite's default: no reserve
    auto imported =
        core::Store::importPlaintext(plainPath, dir / "imported.cbk", secret("pw"), core::appMigrations(), fastKdf());
    REQUIRE(imported);
    CHECK((*imported)->database().queryInt("SELECT count(*) FROM x").value() == 2000);
    CHECK((*imported)->verify()->ok());
}

namespace {

// A child process that opens the store and keeps it open until killed, as the app would.
struct HolderProcess {
    pid_t pid = -1;
    explicit HolderProcess(const std::filesystem::path& path)
    {
        int ready[2];
        REQUIRE(::pipe(ready) == 0);
        pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(ready[0]);
            auto store = core::Store::open(path, secret("pw"), core::appMigrations());
            const char ok = store ? 'y' : 'n';
            (void)!::write(ready[1], &ok, 1);
            ::pause();
            ::_exit(0);
        }
        ::close(ready[1]);
        char ok = 0;
        REQUIRE(::read(ready[0], &ok, 1) == 1);
        ::close(ready[0]);
        REQUIRE(ok == 'y');
    }
    ~HolderProcess()
    {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
    }
};

} // namespace

// Failed before the fix: both succeeded while the other process had the store open.
TEST_CASE("restore and passphrase change refuse a store open in another process", "[backup][lock]")
{
    TempDir dir;
    const auto live = dir / "live.cbk";
    {
        auto store = makeStore(live, "pw", 5);
        REQUIRE(store->backupTo(dir / "backup.cbk", secret("pw")));
    }
    {
        HolderProcess holder(live);
        const auto before = readFile(live);
        const auto start = std::chrono::steady_clock::now();
        auto restored = core::Store::restore(dir / "backup.cbk", secret("pw"), live, core::appMigrations());
        REQUIRE_FALSE(restored);
        CHECK(restored.error().code == ErrorCode::StoreInUse);
        CHECK_FALSE(std::filesystem::exists(live.string() + ".before-restore"));
        CHECK_FALSE(std::filesystem::exists(live.string() + ".restoring"));
        auto changed = core::Store::changePassphrase(live, secret("pw"), secret("new"), fastKdf());
        REQUIRE_FALSE(changed);
        CHECK(changed.error().code == ErrorCode::StoreInUse);
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20)); // timed out, no spin
        CHECK(readFile(live) == before);
    }
    // Once the other process is gone, both work.
    REQUIRE(core::Store::changePassphrase(live, secret("pw"), secret("new"), fastKdf()));
    REQUIRE(core::Store::changePassphrase(live, secret("new"), secret("pw"), fastKdf()));
    REQUIRE(core::Store::restore(dir / "backup.cbk", secret("pw"), live, core::appMigrations()));
}

// Issue 13 item 3: "backup busy-loops forever on SQLITE_BUSY/LOCKED and leaves partial files
// behind". A write transaction left open on the store's own connection makes every backup step
// busy (SQLite refuses to copy a source that is mid-write), as a long write from the window would.
TEST_CASE("backup of a store that stays busy gives up after the time-out with 'store in use' and leaves no file",
          "[backup][lock]")
{
    TempDir dir;
    auto store = makeStore(dir / "live.cbk", "pw", 300);
    REQUIRE(store->database().exec("BEGIN IMMEDIATE; INSERT INTO t(body) VALUES ('mid-write')"));
    const auto out = dir / "busy.cbk";
    int steps = 0;
    const auto start = std::chrono::steady_clock::now();
    auto written = store->backupTo(out, secret("pw"), [&](std::uint64_t, std::uint64_t) {
        ++steps;
        return true;
    });
    const auto took = std::chrono::steady_clock::now() - start;
    REQUIRE_FALSE(written);
    CHECK(written.error().code == ErrorCode::StoreInUse);
    CHECK(took >= std::chrono::milliseconds(2900)); // it waited for the store ...
    CHECK(took < std::chrono::seconds(20));         // ... and then gave up instead of spinning
    CHECK(steps > 1);                               // retried with pauses
    CHECK(steps < 1000);                            // not a busy loop (a step every 50 ms)
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        INFO("file " << out.string() << suffix);
        CHECK_FALSE(std::filesystem::exists(out.string() + suffix));
    }
    // Once the write ends, the same backup goes through.
    REQUIRE(store->database().exec("COMMIT"));
    REQUIRE(store->backupTo(out, secret("pw")));
    CHECK(core::Store::open(out, secret("pw"), core::appMigrations()));
}
