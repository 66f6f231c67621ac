// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/Migrations.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <array>

using namespace casebook;
using namespace casebook::test;

namespace {
core::Database memoryDb()
{
    auto db = core::Database::open(":memory:", nullptr, true);
    REQUIRE(db);
    return std::move(db.value());
}
} // namespace

TEST_CASE("migrations run in order and record the schema version", "[migrations]")
{
    auto db = memoryDb();
    constexpr std::array steps = {
        core::Migration{1, "one", "CREATE TABLE a(x);"},
        core::Migration{2, "two", "ALTER TABLE a ADD COLUMN y;"},
    };
    auto version = core::migrate(db, steps);
    REQUIRE(version);
    CHECK(*version == 2);
    CHECK(db.queryInt("PRAGMA user_version").value() == 2);
    CHECK(db.exec("INSERT INTO a(x, y) VALUES (1, 2)"));
    CHECK(core::migrate(db, steps).value() == 2); // idempotent
}

TEST_CASE("a failing migration rolls back and leaves the previous version", "[migrations]")
{
    auto db = memoryDb();
    constexpr std::array steps = {
        core::Migration{1, "one", "CREATE TABLE a(x);"},
        core::Migration{2, "broken", "CREATE TABLE b(x); THIS IS NOT SQL;"},
    };
    auto version = core::migrate(db, steps);
    REQUIRE_FALSE(version);
    CHECK(db.queryInt("PRAGMA user_version").value() == 1);
    CHECK(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").value() == 0);
}

TEST_CASE("a store with a newer schema is refused with SchemaTooNew", "[migrations][store]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    {
        auto store = makeStore(path, "pw", 1);
        REQUIRE(store->database().exec("PRAGMA user_version = 999"));
    }
    auto store = core::Store::open(path, secret("pw"));
    REQUIRE_FALSE(store);
    CHECK(store.error().code == core::ErrorCode::SchemaTooNew);
}

TEST_CASE("a new store has the built-in schema and foreign keys on", "[migrations][store]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 0);
    CHECK(store->schemaVersion() == core::builtinMigrations().back().version);
    CHECK(store->database().queryInt("SELECT count(*) FROM store_meta WHERE key = 'created'").value() == 1);
}
