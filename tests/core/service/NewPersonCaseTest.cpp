// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "ServiceFixture.h"

using namespace casebook::core;
using casebook::test::sampleCase;
using casebook::test::samplePerson;
using casebook::test::ServiceFixture;

TEST_CASE_METHOD(ServiceFixture, "a new case for a new person makes both, audited as two creations",
                 "[service][newperson]")
{
    const auto made = service.openCaseForNewPerson(samplePerson("Robin Vale"), sampleCase(PersonId{}));
    REQUIRE(made);
    CHECK(service.person(made->person).value().name == "Robin Vale");
    CHECK(service.loadCase(made->caseId).value().record.person == made->person);
    CHECK(auditCount() == 2);
    const auto entries = audit.list(db).value();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).entry.recordType == "person");
    CHECK(entries.at(1).entry.recordType == "case");
}

TEST_CASE_METHOD(ServiceFixture, "a new person whose case is invalid is not stored, and both problems are named",
                 "[service][newperson][rollback]")
{
    Case typeless = sampleCase(PersonId{});
    typeless.types.clear();
    SECTION("only the case is invalid")
    {
        const auto made = service.openCaseForNewPerson(samplePerson("Robin Vale"), typeless);
        REQUIRE_FALSE(made);
        CHECK(made.error().code == ErrorCode::InvalidArgument);
        CHECK(made.error().detail == "types must include at least one case type");
    }
    SECTION("both are invalid")
    {
        const auto made = service.openCaseForNewPerson(samplePerson(""), typeless);
        REQUIRE_FALSE(made);
        CHECK(made.error().detail == "name must not be empty; types must include at least one case type");
        CHECK(made.error().problems
              == std::vector<Problem>{{"name", "required", {}}, {"types", "case.no_types", {}}}); // both, placed
    }
    CHECK(count("person") == 0);
    CHECK(count("case_file") == 0);
    CHECK(auditCount() == 0);
}

TEST_CASE_METHOD(ServiceFixture, "a case insert that fails after the new person was written takes the person with it",
                 "[service][newperson][rollback]")
{
    // The store refuses the case only once the person is in: the one transaction must undo both.
    REQUIRE(db.exec("CREATE TEMP TRIGGER refuse_case BEFORE INSERT ON case_file "
                    "BEGIN SELECT RAISE(ABORT, 'case refused'); END"));
    const auto made = service.openCaseForNewPerson(samplePerson("Robin Vale"), sampleCase(PersonId{}));
    REQUIRE_FALSE(made);
    CHECK(count("person") == 0);
    CHECK(count("case_file") == 0);
    CHECK(count("search_index") == 0);
    CHECK(auditCount() == 0);
}
