// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The fictional caseload behind `casebook --demo` and the benchmarks.
#include "domain/DomainFixture.h"
#include "support/TestSupport.h"

#include "demo/FictionalCaseload.h"
#include "service/Session.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace casebook;
using casebook::test::day;

namespace {

std::unique_ptr<core::Session> makeSession(const test::TempDir& dir, const char* name)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS Demo";
    options.clock = std::make_shared<core::FakeClock>(core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
    auto session = core::Session::create(dir / name, test::secret("pw"), options, test::fastKdf());
    REQUIRE(session);
    return std::move(*session);
}

core::FictionalCaseloadOptions smallCaseload()
{
    core::FictionalCaseloadOptions o;
    o.people = 12;
    o.cases = 24;
    o.chronologyEntries = 240;
    o.largeCaseEntries = 30;
    o.seed = 7;
    o.today = day("2026-11-22");
    return o;
}

std::vector<std::string> caseSummaries(core::Session& session)
{
    std::vector<std::string> out;
    const auto cases = session.cases().listCases();
    REQUIRE(cases);
    for (const core::Case& c : *cases) {
        out.push_back(c.summary + "|" + std::to_string(c.types.size()) + "|" + c.opened.toIso());
    }
    return out;
}

} // namespace

TEST_CASE("The fictional caseload has the requested size, passes validation and keeps the audit chain", "[demo]")
{
    test::TempDir dir;
    auto session = makeSession(dir, "demo.cbk");
    auto stats = core::generateFictionalCaseload(*session, smallCaseload());
    INFO((stats ? std::string() : stats.error().detail));
    REQUIRE(stats);
    CHECK(stats->people == 12);
    CHECK(stats->cases == 24);
    CHECK(stats->chronologyEntries == 270);
    CHECK(stats->procedures >= 24);
    CHECK(session->database().queryInt("SELECT count(*) FROM chronology_entry").value() == 270);
    CHECK(session->audit().verify(session->database()).value().ok());
    // Names come from the built-in list and teams are marked as demo teams.
    const auto people = session->cases().listPeople();
    REQUIRE(people);
    for (const core::Person& p : *people) {
        CHECK(p.team.rfind("Demo ", 0) == 0);
    }
}

TEST_CASE("The same seed gives the same caseload", "[demo]")
{
    test::TempDir dir;
    auto a = makeSession(dir, "a.cbk");
    auto b = makeSession(dir, "b.cbk");
    REQUIRE(core::generateFictionalCaseload(*a, smallCaseload()));
    REQUIRE(core::generateFictionalCaseload(*b, smallCaseload()));
    CHECK(caseSummaries(*a) == caseSummaries(*b));
    CHECK(a->cases().listPeople().value().front().name == b->cases().listPeople().value().front().name);
}

TEST_CASE("The fictional caseload's due list has overdue, due-soon and later items", "[demo]")
{
    test::TempDir dir;
    auto session = makeSession(dir, "demo.cbk");
    REQUIRE(core::generateFictionalCaseload(*session, smallCaseload()));
    const auto items = session->due().all(day("2026-11-22"), 28).value();
    auto count = [&](core::DueState state) {
        return std::count_if(items.begin(), items.end(), [state](const core::DueItem& i) { return i.state == state; });
    };
    CHECK(count(core::DueState::Overdue) > 0);
    CHECK(count(core::DueState::DueSoon) > 0);
    CHECK(count(core::DueState::Later) > 0);
}

TEST_CASE("Cancelling the fictional caseload part-way stops it and leaves a consistent store", "[demo]")
{
    test::TempDir dir;
    auto session = makeSession(dir, "demo.cbk");
    int calls = 0;
    auto stats = core::generateFictionalCaseload(*session, smallCaseload(), [&](int done, int total) {
        CHECK(done <= total);
        ++calls;
        return done < 15; // stop after 12 people and 3 cases
    });
    REQUIRE(stats);
    CHECK(calls == 15);
    CHECK(stats->cases == 3);
    CHECK(session->cases().listCases().value().size() == 3);
    CHECK(session->audit().verify(session->database()).value().ok());
}

TEST_CASE("Batched chronology entries give the same count with one audit entry each", "[demo]")
{
    test::TempDir dir;
    auto session = makeSession(dir, "demo.cbk");
    auto options = smallCaseload();
    options.entriesPerTransaction = 50;
    REQUIRE(core::generateFictionalCaseload(*session, options));
    CHECK(session->database().queryInt("SELECT count(*) FROM chronology_entry").value() == 270);
    CHECK(session->database().queryInt("SELECT count(*) FROM audit_log WHERE record_type = 'chronology'").value()
          == 270);
}

TEST_CASE("One person's due list (allFor) is exactly their part of the caseload's, in the same order", "[due][demo]")
{
    test::TempDir dir;
    auto session = makeSession(dir, "scoped.cbk");
    REQUIRE(core::generateFictionalCaseload(*session, smallCaseload()));
    const core::Date asOf = day("2026-11-22");
    const auto all = session->due().all(asOf, 28).value();
    auto people = session->cases().listPeople().value();
    REQUIRE(people.size() == 12);
    std::size_t seen = 0;
    for (const core::Person& person : people) {
        std::vector<core::DueItem> expected;
        std::copy_if(all.begin(), all.end(), std::back_inserter(expected),
                     [&](const core::DueItem& item) { return item.source.person == person.id; });
        const auto scoped = session->due().allFor(person.id, asOf, 28).value();
        INFO(person.name);
        CHECK(scoped == expected);
        seen += scoped.size();
    }
    CHECK(seen == all.size());
    CHECK(seen > 0);
}
