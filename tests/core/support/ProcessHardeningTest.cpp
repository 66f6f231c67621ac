// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/ProcessHardening.h"

#include <catch2/catch.hpp>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

TEST_CASE("a hardened process writes no core file and is not dumpable", "[hardening]")
{
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // Checked in a child so the test runner itself stays debuggable.
        const bool ok = casebook::core::hardenProcess();
        rlimit core{};
        ::getrlimit(RLIMIT_CORE, &core);
        const bool dumpable = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
        ::_exit(ok && core.rlim_cur == 0 && core.rlim_max == 0 && !dumpable ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
