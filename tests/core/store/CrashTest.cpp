// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Storage test plan item 7: SIGKILL at a random moment loses no acknowledged commit.
#include "schema/AppSchema.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace casebook;
using namespace casebook::test;

namespace {

// The child commits forever: each transaction writes id i to two tables (so a partial transaction
// would show), then reports i on the pipe once the commit has returned.
[[noreturn]] void commitForever(const std::filesystem::path& path, const char* journalMode, int ackFd)
{
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    if (!store) {
        ::_exit(3);
    }
    auto& db = (*store)->database();
    if (!db.exec(std::string("PRAGMA journal_mode=") + journalMode)) {
        ::_exit(4);
    }
    auto start = db.queryInt("SELECT coalesce(max(id), 0) FROM a");
    for (std::int64_t i = start.value() + 1;; ++i) {
        const std::string n = std::to_string(i);
        const std::string pad(static_cast<std::size_t>(i % 13) * 300, 'p');
        if (!db.exec("BEGIN; INSERT INTO a VALUES (" + n + ", '" + pad + "'); INSERT INTO b VALUES (" + n
                     + "); COMMIT")) {
            ::_exit(5);
        }
        if (::write(ackFd, &i, sizeof i) != static_cast<ssize_t>(sizeof i)) {
            ::_exit(6);
        }
    }
}

void crashLoop(const char* journalMode, int iterations)
{
    TempDir dir;
    const auto path = dir / "crash.cbk";
    {
        auto store = makeStore(path, "pw", 0);
        REQUIRE(store->database().exec("CREATE TABLE a(id INTEGER PRIMARY KEY, pad TEXT);"
                                       "CREATE TABLE b(id INTEGER PRIMARY KEY)"));
    }
    std::mt19937 rng(7);
    std::int64_t acknowledged = 0;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        CAPTURE(iteration);
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            commitForever(path, journalMode, fds[1]);
        }
        ::close(fds[1]);
        // Wait for the child's first commit of this round, then kill it at a random moment among
        // the commits that follow.
        pollfd ready{fds[0], POLLIN, 0};
        REQUIRE(::poll(&ready, 1, 30'000) == 1);
        std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 40));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE(WIFSIGNALED(status));
        std::int64_t id = 0;
        while (::read(fds[0], &id, sizeof id) == static_cast<ssize_t>(sizeof id)) {
            acknowledged = std::max(acknowledged, id);
        }
        ::close(fds[0]);

        auto store = core::Store::open(path, secret("pw"), core::appMigrations());
        REQUIRE(store);
        auto& db = (*store)->database();
        const auto maxA = db.queryInt("SELECT coalesce(max(id), 0) FROM a").value();
        CHECK(maxA >= acknowledged);
        CHECK(db.queryInt("SELECT count(*) FROM a").value() == maxA);
        CHECK(db.queryInt("SELECT count(*) FROM b").value() == maxA);
        if (iteration % 20 == 0 || iteration == iterations - 1) {
            auto report = (*store)->verify();
            REQUIRE(report);
            CHECK(report->ok());
        } else {
            CHECK(db.queryText("PRAGMA quick_check").value() == "ok");
        }
    }
    CHECK(acknowledged > iterations); // the child really committed between kills
}

} // namespace

TEST_CASE("SIGKILL during WAL commits loses no acknowledged commit (200 kills)", "[crash]")
{
    crashLoop("WAL", 200);
}

TEST_CASE("SIGKILL during rollback-journal commits loses no acknowledged commit (60 kills)", "[crash]")
{
    crashLoop("DELETE", 60);
}
