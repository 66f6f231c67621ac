// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

using namespace casebook::core;

namespace {

Database memoryDb()
{
    auto db = Database::open(":memory:", nullptr, true);
    REQUIRE(db);
    REQUIRE(db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v)"));
    return std::move(*db);
}

} // namespace

TEST_CASE("Database says whether a transaction is open, what changed and the last rowid", "[store][statement]")
{
    Database db = memoryDb();
    CHECK_FALSE(db.inTransaction());
    {
        auto tx = Transaction::begin(db);
        REQUIRE(tx);
        CHECK(db.inTransaction());
        REQUIRE(db.exec("INSERT INTO t(id, v) VALUES (41, 'a'), (42, 'b')"));
        CHECK(db.changes() == 2);
        CHECK(db.lastInsertRowid() == 42);
        REQUIRE(tx->commit());
    }
    CHECK_FALSE(db.inTransaction());
    REQUIRE(db.exec("UPDATE t SET v = 'c' WHERE id = 41"));
    CHECK(db.changes() == 1);
}

TEST_CASE("Statement reads each column's storage class and copies a value as it is", "[store][statement]")
{
    Database db = memoryDb();
    REQUIRE(db.exec("INSERT INTO t(id, v) VALUES (1, NULL), (2, 7), (3, 1.5), (4, 'text'), (5, x'00ff');"
                    "CREATE TABLE copy(id INTEGER PRIMARY KEY, v)"));
    auto read = db.prepare("SELECT v AS value FROM t ORDER BY id");
    REQUIRE(read);
    CHECK(read->columnCount() == 1);
    CHECK(read->columnName(0) == "value");
    std::vector<SqlType> types;
    auto copy = db.prepare("INSERT INTO copy(v) VALUES (?1)");
    REQUIRE(copy);
    while (read->step().value()) {
        types.push_back(read->columnType(0));
        copy->reset();
        copy->bindColumn(1, *read, 0);
        REQUIRE(copy->run());
    }
    CHECK(types == std::vector<SqlType>{SqlType::Null, SqlType::Integer, SqlType::Real, SqlType::Text, SqlType::Blob});
    CHECK(db.queryText("SELECT group_concat(typeof(v), ',') FROM (SELECT v FROM copy ORDER BY id)").value()
          == "null,integer,real,text,blob");
    CHECK(db.queryInt("SELECT count(*) FROM t a JOIN copy b ON b.id = a.id WHERE a.v IS b.v").value() == 5);
}
