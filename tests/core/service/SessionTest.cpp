// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/TestSupport.h"

#include "service/Session.h"
#include "support/FakeClock.h"
#include "support/ResourceLocator.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <thread>

using namespace casebook;

namespace {

core::SessionOptions options(std::filesystem::path resources = CASEBOOK_RESOURCES_DIR)
{
    core::SessionOptions o;
    o.resourcesDir = std::move(resources);
    o.actor = "PS Casey";
    o.clock = std::make_shared<core::FakeClock>(core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
    return o;
}

} // namespace

TEST_CASE("A session created on a new store reopens with what was written, under the same passphrase", "[session]")
{
    test::TempDir dir;
    const auto path = dir / "s.cbk";
    {
        auto session = core::Session::create(path, test::secret("pw"), options(), test::fastKdf());
        REQUIRE(session);
        core::Person person;
        person.name = "Alex Morgan";
        REQUIRE((*session)->cases().createPerson(person));
    }
    auto wrong = core::Session::open(path, test::secret("nope"), options());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == core::ErrorCode::WrongPassphrase);

    auto session = core::Session::open(path, test::secret("pw"), options());
    REQUIRE(session);
    auto people = (*session)->cases().listPeople();
    REQUIRE(people);
    REQUIRE(people->size() == 1);
    CHECK(people->front().name == "Alex Morgan");
    CHECK((*session)->audit().verify((*session)->database()).value().ok());
}

TEST_CASE("A session refuses to open when the rule packs are missing, before deriving any key", "[session]")
{
    test::TempDir dir;
    auto session =
        core::Session::create(dir / "s.cbk", test::secret("pw"), options(dir / "no-such-dir"), test::fastKdf());
    REQUIRE_FALSE(session);
    CHECK_FALSE(std::filesystem::exists(dir / "s.cbk"));
}

TEST_CASE("The resource locator honours CASEBOOK_RESOURCES_DIR and names every place it looked", "[session]")
{
    test::TempDir dir;
    std::filesystem::create_directories(dir / "res" / "rules");
    ::setenv("CASEBOOK_RESOURCES_DIR", (dir / "res").c_str(), 1);
    auto found = core::findResourcesDir();
    ::unsetenv("CASEBOOK_RESOURCES_DIR");
    REQUIRE(found);
    CHECK(*found == dir / "res");
    CHECK(core::resourceSearchPath().size() >= 2);
}

TEST_CASE("A reader session on another thread reads the caseload and cannot change it", "[session]")
{
    test::TempDir dir;
    auto session = core::Session::create(dir / "s.cbk", test::secret("pw"), options(), test::fastKdf());
    REQUIRE(session);
    core::Person person;
    person.name = "Alex Morgan";
    REQUIRE((*session)->cases().createPerson(person));
    auto reader = (*session)->openReader();
    REQUIRE(reader);
    CHECK((*reader)->store().readOnly());
    CHECK((*reader)->actor() == "PS Casey");
    CHECK((*reader)->today() == (*session)->today());

    std::size_t people = 0;
    bool writeRefused = false;
    std::thread worker([&] {
        auto listed = (*reader)->cases().listPeople();
        people = listed ? listed->size() : 0;
        core::Person other;
        other.name = "Sam Reed";
        auto created = (*reader)->cases().createPerson(other);
        writeRefused = !created && created.error().code == core::ErrorCode::Database;
    });
    worker.join();
    CHECK(people == 1);
    CHECK(writeRefused);
    CHECK((*session)->cases().listPeople().value().size() == 1);
}
