// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/Migrations.h"
#include "schema/AppSchema.h"
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
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == core::ErrorCode::SchemaTooNew);
}

TEST_CASE("a new store has the built-in schema and foreign keys on", "[migrations][store]")
{
    TempDir dir;
    auto store = makeStore(dir / "a.cbk", "pw", 0);
    CHECK(store->schemaVersion() == core::appMigrations().back().version);
    CHECK(store->database().queryInt("SELECT count(*) FROM store_meta WHERE key = 'created'").value() == 1);
}

TEST_CASE("step 6 turns each consent into a giving per category and OH referral answers into OH-advice answers",
          "[migrations][consent]")
{
    auto db = memoryDb();
    REQUIRE(core::migrate(db, core::appMigrations().first(5)).value() == 5);
    REQUIRE(db.exec(
        "INSERT INTO person(id, name, kind, duty_status, pension_scheme, staff_association)"
        " VALUES (1, 'Alex Morgan', 'officer', 'full', 'unknown', 'unknown');"
        "INSERT INTO case_file(id, person_id, status, rag, opened_on) VALUES (7, 1, 'open', 'green', '2026-01-05');"
        "INSERT INTO consent(id, person_id, audience, scope, given_on, withdrawn_on, note) VALUES"
        " (3, 1, 'hr', 'medical detail', '2026-01-10', '2026-03-01', 'signed form'),"
        " (4, 1, 'staff_representative', 'OH report only', '2026-02-01', NULL, '');"
        "INSERT INTO oh_referral(id, case_id, referral_date, reason, consent_given, share_sergeant, share_hr,"
        " share_line_manager) VALUES (1, 7, '2026-02-02', 'r', 1, 1, 0, 1), (2, 7, '2026-04-04', 'r', 0, 0, 0, 0),"
        " (3, 7, '2026-05-05', 'r', NULL, 0, 0, 0);"));
    REQUIRE(core::migrate(db, core::appMigrations()).value() == core::appMigrations().back().version);
    CHECK(db.queryInt("SELECT count(*) FROM consent WHERE audience = 'hr' AND answer = 'given'"
                      " AND given_on = '2026-01-10' AND withdrawn_on = '2026-03-01' AND note = 'signed form'")
              .value()
          == 4);
    CHECK(db.queryInt("SELECT count(DISTINCT category) FROM consent WHERE audience = 'staff_representative'").value()
          == 4);
    CHECK(db.queryInt("SELECT count(*) FROM consent WHERE id = 3 AND category = 'medical_detail'").value() == 1);
    CHECK(db.queryInt("SELECT count(*) FROM consent WHERE audience = 'staff_representative'"
                      " AND note = 'Scope: OH report only.'")
              .value()
          == 4);
    // Referral 1: given, shared with the line manager only; referral 2: refused; referral 3: not asked.
    CHECK(db.queryInt("SELECT count(*) FROM consent WHERE audience = 'line_manager' AND category = 'oh_advice'"
                      " AND answer = 'given' AND given_on = '2026-02-02' AND obtained = 'recorded on the OH referral'")
              .value()
          == 1);
    CHECK(db.queryInt("SELECT count(*) FROM consent WHERE given_on = '2026-02-02' AND audience = 'hr'").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM consent WHERE given_on = '2026-04-04' AND answer = 'refused'"
                      " AND category = 'oh_advice'")
              .value()
          == 2);
    CHECK(db.queryInt("SELECT count(*) FROM consent WHERE given_on = '2026-05-05'").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM consent").value() == 8 + 1 + 2);
}

TEST_CASE("the store runs the schema it is given and has no tables of its own", "[migrations][store]")
{
    TempDir dir;
    const auto path = dir / "plain.cbk";
    const std::array<core::Migration, 1> one = {core::Migration{1, "one table", "CREATE TABLE only_this(x)"}};
    {
        auto store = core::Store::create(path, secret("pw"), one, fastKdf());
        REQUIRE(store);
        CHECK((*store)->schemaVersion() == 1);
        CHECK((*store)->database().queryText("SELECT group_concat(name) FROM sqlite_schema").value() == "only_this");
    }
    {
        auto store = core::Store::open(path, secret("pw"), one);
        REQUIRE(store);
        CHECK((*store)->database().queryInt("SELECT count(*) FROM sqlite_schema").value() == 1);
    }
    // Given no steps at all, the store is newer than what it was told to expect.
    auto store = core::Store::open(path, secret("pw"), std::span<const core::Migration>{});
    REQUIRE_FALSE(store);
    CHECK(store.error().code == core::ErrorCode::SchemaTooNew);
}
