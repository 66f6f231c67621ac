// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/DomainFixture.h"
#include "support/TestSupport.h"

#include "repo/CaseRepository.h"
#include "repo/PersonRepository.h"
#include "repo/SqlValues.h"

using namespace casebook::core;
using namespace casebook::test;

namespace {

struct DamageFixture {
    TempDir dir;
    std::unique_ptr<Store> store = makeStore(dir / "damage.cbk", "pw", 0);
    Database& db = store->database();
    PersonId person = PersonRepository(db).insert(samplePerson()).value();
    CaseId caseId = CaseRepository(db).insert(sampleCase(person)).value();

    /// Writes past the schema's CHECKs, as another program (or damage) could.
    void damage(const std::string& sql)
    {
        REQUIRE(db.exec("PRAGMA ignore_check_constraints = ON"));
        REQUIRE(db.exec(sql));
        REQUIRE(db.exec("PRAGMA ignore_check_constraints = OFF"));
    }
};

Database memoryDb()
{
    auto db = Database::open(":memory:", nullptr, true);
    REQUIRE(db);
    return std::move(*db);
}

} // namespace

TEST_CASE_METHOD(DamageFixture, "a case row with an unknown code is reported with its table and column, not defaulted",
                 "[repo][damage]")
{
    damage("UPDATE case_file SET rag = 'purple'");
    const auto found = CaseRepository(db).find(caseId);
    REQUIRE_FALSE(found);
    CHECK(found.error().code == ErrorCode::StoreDamaged);
    CHECK(found.error().detail == "case_file.rag: unknown code 'purple'");
    const auto listed = CaseRepository(db).list();
    REQUIRE_FALSE(listed);
    CHECK(listed.error().code == ErrorCode::StoreDamaged);
}

TEST_CASE_METHOD(DamageFixture, "an unreadable date and an unknown person code are reported, not defaulted",
                 "[repo][damage]")
{
    damage("UPDATE case_file SET opened_on = '2026-02-30'");
    const auto found = CaseRepository(db).find(caseId);
    REQUIRE_FALSE(found);
    CHECK(found.error().detail == "case_file.opened_on: unreadable date '2026-02-30'");

    damage("UPDATE person SET duty_status = 'Full'");
    const auto people = PersonRepository(db).list();
    REQUIRE_FALSE(people);
    CHECK(people.error().code == ErrorCode::StoreDamaged);
    CHECK(people.error().detail == "person.duty_status: unknown code 'Full'");
}

TEST_CASE("the row reader reports a NULL where a value is required, text for an integer and a bad flag",
          "[repo][damage]")
{
    Database db = memoryDb();
    REQUIRE(db.exec("CREATE TABLE t(n, f, d); INSERT INTO t VALUES (NULL, 1, '2026-01-02'), ('abc', 2, NULL),"
                    " (7, 0, '2026-01-02')"));
    auto st = db.prepare("SELECT n, f, d FROM t ORDER BY rowid");
    REQUIRE(st);
    std::vector<std::string> problems;
    while (st->step().value()) {
        sql::RowReader row(*st);
        (void)row.integer(0);
        (void)row.flag(1);
        (void)row.date(2);
        const Status status = row.status();
        problems.push_back(status ? "ok" : status.error().detail);
        CHECK((status || status.error().code == ErrorCode::StoreDamaged));
    }
    CHECK(problems
          == std::vector<std::string>{"t.n: NULL where a value is required", "t.n: 'abc' where an integer is expected",
                                      "ok"});

    // The first damage is the one reported; the others of the row are found too when it is fixed.
    REQUIRE(db.exec("UPDATE t SET n = 1"));
    auto again = db.prepare("SELECT n, f, d FROM t WHERE rowid = 2");
    REQUIRE(again);
    REQUIRE(again->step().value());
    sql::RowReader row(*again);
    (void)row.integer(0);
    CHECK(row.flag(1));
    CHECK(row.status().error().detail == "t.f: 2 where a flag (0 or 1) is expected");
    sql::RowReader dateRow(*again);
    CHECK_FALSE(dateRow.optionalDate(2).has_value());
    (void)dateRow.date(2);
    CHECK(dateRow.status().error().detail == "t.d: NULL where a date is required");
}
