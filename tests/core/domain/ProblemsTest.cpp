// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Validation errors list their problems (field, id, args) for the ui to word and place; the
// detail stays English for the log and the CLI.
#include "DomainFixture.h"

#include "domain/Contact.h"
#include "domain/TypedDate.h"
#include "domain/Validator.h"
#include "procedure/ProcedureValidator.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace casebook::core;
using casebook::test::day;
using casebook::test::sampleCase;
using casebook::test::samplePerson;

namespace {

std::vector<Problem> problemsOf(const Status& status)
{
    REQUIRE_FALSE(status);
    CHECK(status.error().code == ErrorCode::InvalidArgument);
    return status.error().problems;
}

bool listed(const std::string& id)
{
    const auto& ids = problemIds();
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

TEST_CASE("a validator problem carries its field, its id and the values its wording quotes", "[domain][problems]")
{
    Person p = samplePerson();
    p.name = " ";
    p.notes = std::string(kMaxFreeTextChars + 1, 'x');
    const Status status = validate(p);
    CHECK(problemsOf(status)
          == std::vector<Problem>{{"name", "required", {}}, {"notes", "too_long", {"100,001", "100,000"}}});
    CHECK(status.error().detail
          == "name must not be empty; notes is 100,001 characters long; the limit is 100,000"); // the log's text
}

TEST_CASE("a date before an earlier one names the earlier field and both dates", "[domain][problems]")
{
    Case c = sampleCase(PersonId{1});
    c.nextReview = day("2026-01-02");
    CHECK(problemsOf(validate(c))
          == std::vector<Problem>{{"next review", "not_before", {"the opening date", "2026-01-02", "2026-01-12"}}});
}

TEST_CASE("each check records its own id", "[domain][problems]")
{
    Case c = sampleCase(PersonId{});
    c.types.clear();
    CHECK(problemsOf(validate(c))
          == std::vector<Problem>{{"person", "not_chosen", {}}, {"types", "case.no_types", {}}});
    Contact contact;
    contact.name = "Dr Ellis";
    contact.email = "not an address";
    CHECK(problemsOf(validate(contact)) == std::vector<Problem>{{"email", "contact.email_invalid", {}}});
}

TEST_CASE("a procedure record's problem names its field and its id", "[domain][problems][procedure]")
{
    Adjustment a;
    a.caseId = CaseId{1};
    a.requestedDate = day("2026-01-10");
    CHECK(problemsOf(ProcedureValidator::check(a))
          == std::vector<Problem>{{"adjustment.barrier", "adjustment.no_barrier", {}}});
    CHECK(ProcedureValidator::check(a).error().detail == "adjustment.barrier: say what barrier the adjustment removes");
}

TEST_CASE("a typed date that cannot be read says why as a problem", "[domain][problems][typed-date]")
{
    const auto parsed = parseTypedDate("31/2/2026", day("2026-12-04"));
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == ErrorCode::InvalidDate);
    CHECK(parsed.error().problems
          == std::vector<Problem>{{"date", "date.no_such_day", {"\"31/2/2026\"", "2", "2026", "28"}}});
}

TEST_CASE("a part's error names the part before its detail and each problem's field", "[domain][problems]")
{
    const Error error = withFieldPrefix(invalidField("title", "required", "must not be empty"), "decisions[2].");
    CHECK(error.detail == "decisions[2].title: must not be empty");
    CHECK(error.problems == std::vector<Problem>{{"decisions[2].title", "required", {}}});
}

TEST_CASE("problem ids are listed once each, as lower_snake_case words with an optional record prefix",
          "[domain][problems]")
{
    const auto& ids = problemIds();
    CHECK(std::set<std::string_view>(ids.begin(), ids.end()).size() == ids.size());
    for (const std::string_view id : ids) {
        INFO(id);
        CHECK_FALSE(id.empty());
        CHECK(id.find_first_not_of("abcdefghijklmnopqrstuvwxyz_.") == std::string_view::npos);
        CHECK(std::count(id.begin(), id.end(), '.') <= 1);
    }
}

TEST_CASE("every problem a range of invalid records produces has a listed id", "[domain][problems]")
{
    std::vector<Status> failures;
    Person p = samplePerson("");
    p.rankOrGrade = std::string(kMaxShortTextChars + 1, 'x');
    failures.push_back(validate(p));
    Case c = sampleCase(PersonId{});
    c.types.clear();
    c.status = CaseStatus::Closed;
    c.nextReview = day("2026-01-01");
    failures.push_back(validate(c));
    Contact contact;
    contact.email = "nowhere";
    failures.push_back(validate(contact));
    Adjustment a;
    failures.push_back(ProcedureValidator::check(a));
    a.caseId = CaseId{1};
    a.barrier = "stairs";
    a.decision = AdjustmentDecision::Agreed;
    failures.push_back(ProcedureValidator::check(a));
    std::size_t problems = 0;
    for (const Status& failure : failures) {
        REQUIRE_FALSE(failure);
        for (const Problem& problem : failure.error().problems) {
            INFO(problem.field << " " << problem.id);
            CHECK(listed(problem.id));
            ++problems;
        }
    }
    CHECK(problems >= 9);
}
