// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/ProcessHardening.h"

#if defined(__linux__)
#include <sys/prctl.h>
#endif
#include <sys/resource.h>

namespace casebook::core {

bool hardenProcess() noexcept
{
    bool ok = true;
    const rlimit none{0, 0};
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#if defined(__linux__)
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace casebook::core
