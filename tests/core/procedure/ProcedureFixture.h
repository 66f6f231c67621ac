// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/TestSupport.h"

#include "audit/AuditLog.h"
#include "domain/Date.h"
#include "domain/Ids.h"
#include "procedure/ProcedureRules.h"
#include "service/ProcedureService.h"
#include "store/Store.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace casebook::core::test {

/// A date literal for tests; fails the test on an impossible date.
inline Date day(const char* iso)
{
    Result<Date> date = Date::parseIso(iso);
    REQUIRE(date.has_value());
    return date.value();
}

/// Loads the shipped calendar and rule packs from the source tree's resources/.
inline ProcedureRules shippedRules()
{
    Result<ProcedureRules> rules = ProcedureRules::load(CASEBOOK_RESOURCES_DIR);
    if (!rules) {
        FAIL(rules.error().detail);
    }
    return std::move(rules.value());
}

/// A fresh store (all migrations), the shipped rules, an audit log on a fake clock and a service.
struct ProcedureFixture {
    casebook::test::TempDir dir;
    std::unique_ptr<Store> store = casebook::test::makeStore(dir / "procedures.casebook", "procedure tests", 0);
    Database& db = store->database();
    ProcedureRules rules = shippedRules();
    FakeClock clock;
    AuditLog audit{clock};
    ProcedureService service{db, rules, audit, "PS 1234 Example"};

    /// Inserts a person with the schema's minimum and returns the id.
    PersonId addPerson(const std::string& name)
    {
        Result<Statement> st = db.prepare("INSERT INTO person(name, kind, duty_status, pension_scheme, "
                                          "staff_association) VALUES (?, 'officer', 'full', 'police_2015', 'none')");
        REQUIRE(st.has_value());
        st->bind(1, name);
        REQUIRE(st->run().has_value());
        return PersonId{db.queryInt("SELECT last_insert_rowid()").value()};
    }

    /// Inserts an open case for `person`, optionally with a next review date.
    CaseId addCase(PersonId person, const char* nextReview = nullptr)
    {
        Result<Statement> st = db.prepare("INSERT INTO case_file(person_id, status, rag, opened_on, next_review_on) "
                                          "VALUES (?, 'open', 'amber', '2025-01-06', ?)");
        REQUIRE(st.has_value());
        st->bind(1, person.value);
        if (nextReview != nullptr) {
            st->bind(2, std::string(nextReview));
        } else {
            st->bindNull(2);
        }
        REQUIRE(st->run().has_value());
        return CaseId{db.queryInt("SELECT last_insert_rowid()").value()};
    }

    std::int64_t count(const std::string& table) { return db.queryInt("SELECT count(*) FROM " + table).value(); }
};

/// The value of a Result, failing the test with the error's detail otherwise.
template <typename T> T valueOf(Result<T> result)
{
    if (!result) {
        FAIL(result.error().detail);
    }
    return std::move(result.value());
}

} // namespace casebook::core::test
