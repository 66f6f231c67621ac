// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/ExitCode.h"

#include "support/Result.h"

#include <string_view>

namespace casebook::cli {

/// The one English sentence shown for an error code (the Error's detail is for --verbose only).
std::string_view errorText(core::ErrorCode code);

/// The exit code for an error code: 3 for a wrong passphrase, 4 for damage, 1 otherwise.
ExitCode exitCodeFor(core::ErrorCode code);

} // namespace casebook::cli
