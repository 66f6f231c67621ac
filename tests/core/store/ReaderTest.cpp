// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Read-only connections beside the writer (Store::openReader): what they see, what they refuse,
// and the rule that no reader straddles a change of key.
#include "schema/AppSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace casebook;
using namespace casebook::test;
using core::ErrorCode;

TEST_CASE("a reader sees committed rows and not those of a transaction still open", "[store][reader]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 10);
    auto reader = store->openReader();
    REQUIRE(reader);
    CHECK((*reader)->readOnly());
    CHECK_FALSE(store->readOnly());
    auto& rdb = (*reader)->database();
    CHECK(rdb.queryInt("SELECT count(*) FROM t").value() == 10);

    auto tx = core::Transaction::begin(store->database());
    REQUIRE(tx);
    REQUIRE(store->database().exec("INSERT INTO t(body) VALUES ('pending'); DELETE FROM t WHERE id = 1"));
    CHECK(store->database().queryInt("SELECT count(*) FROM t").value() == 10);
    CHECK(rdb.queryInt("SELECT count(*) FROM t").value() == 10);
    CHECK(rdb.queryInt("SELECT count(*) FROM t WHERE body = 'pending'").value() == 0);
    CHECK(rdb.queryInt("SELECT count(*) FROM t WHERE id = 1").value() == 1);
    REQUIRE(tx->commit());
    CHECK(rdb.queryInt("SELECT count(*) FROM t WHERE body = 'pending'").value() == 1);
    CHECK(rdb.queryInt("SELECT count(*) FROM t WHERE id = 1").value() == 0);
}

TEST_CASE("a reader refuses every write with an error and the store is unchanged", "[store][reader]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 3);
    auto reader = store->openReader();
    REQUIRE(reader);
    auto& rdb = (*reader)->database();
    for (const char* sql : {"INSERT INTO t(body) VALUES ('x')", "DELETE FROM t", "CREATE TABLE u(x)"}) {
        auto st = rdb.exec(sql);
        REQUIRE_FALSE(st);
        CHECK(st.error().code == ErrorCode::Database);
        CHECK(st.error().detail.find("readonly") != std::string::npos);
    }
    CHECK_FALSE(core::Transaction::begin(rdb, core::Transaction::Mode::Write));
    CHECK(store->database().queryInt("SELECT count(*) FROM t").value() == 3);
    CHECK_FALSE((*reader)->verify());
    CHECK_FALSE((*reader)->backupTo(dir / "b.cbk", secret("pw")));
    CHECK_FALSE(std::filesystem::exists(dir / "b.cbk"));
}

TEST_CASE("readers on two threads see whole transactions while the writer writes", "[store][reader]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 0);
    // Each transaction inserts ten rows with the same batch number: a reader that sees part of a
    // batch, or a count that goes down, has read across a commit.
    constexpr int kBatches = 60;
    std::atomic<bool> done{false};
    std::atomic<int> torn{0};
    std::atomic<int> failed{0};
    std::atomic<int> reads{0};
    auto readLoop = [&](core::Store& reader) {
        std::int64_t last = 0;
        while (!done.load()) {
            auto tx = core::Transaction::begin(reader.database(), core::Transaction::Mode::Read);
            auto rows = reader.database().queryInt("SELECT count(*) FROM t");
            auto partial = reader.database().queryInt(
                "SELECT count(*) FROM (SELECT body FROM t GROUP BY body HAVING count(*) <> 10)");
            if (!tx || !rows || !partial) {
                ++failed;
                continue;
            }
            if (*partial != 0 || *rows % 10 != 0 || *rows < last) {
                ++torn;
            }
            last = *rows;
            ++reads;
        }
    };
    auto first = store->openReader();
    auto second = store->openReader();
    REQUIRE(first);
    REQUIRE(second);
    std::thread a(readLoop, std::ref(**first));
    std::thread b(readLoop, std::ref(**second));
    auto& db = store->database();
    bool wrote = true;
    for (int batch = 1; batch <= kBatches && wrote; ++batch) {
        auto tx = core::Transaction::begin(db);
        wrote = tx
                && db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) "
                           "INSERT INTO t(body) SELECT 'batch "
                           + std::to_string(batch) + "' FROM n")
                && tx->commit();
    }
    done = true;
    a.join();
    b.join();
    CHECK(wrote);
    CHECK(torn == 0);
    CHECK(failed == 0);
    CHECK(reads > 0);
    CHECK((*first)->database().queryInt("SELECT count(*) FROM t").value() == kBatches * 10);
}

TEST_CASE("a second writer is refused while a store or one of its readers is open", "[store][reader]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    auto store = makeStore(path, "pw", 1);
    auto reader = store->openReader();
    REQUIRE(reader);
    auto second = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::InvalidArgument);

    store.reset();
    // The reader keeps the store open in this process: still no second open, and no change of
    // passphrase or key under it.
    CHECK((*reader)->database().queryInt("SELECT count(*) FROM t").value() == 1);
    CHECK_FALSE(core::Store::open(path, secret("pw"), core::appMigrations()));
    auto changed = core::Store::changePassphrase(path, secret("pw"), secret("new"), fastKdf());
    REQUIRE_FALSE(changed);
    CHECK(changed.error().code == ErrorCode::InvalidArgument);
    auto rekeyed = core::Store::rekey(path, secret("pw"), secret("new"), fastKdf());
    REQUIRE_FALSE(rekeyed);
    CHECK(rekeyed.error().code == ErrorCode::InvalidArgument);

    reader->reset();
    REQUIRE(core::Store::changePassphrase(path, secret("pw"), secret("new"), fastKdf()));
    auto reopened = core::Store::open(path, secret("new"), core::appMigrations());
    REQUIRE(reopened);
    CHECK((*reopened)->database().queryInt("SELECT count(*) FROM t").value() == 1);
}
