// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace casebook::core {

/// Where the read-only resources (rules/, calendars/, schema/) are looked for, in order:
/// `$CASEBOOK_RESOURCES_DIR`; `<executable dir>/../share/casebook` (an installed package);
/// the source tree's resources/ (a developer build). The first that holds rules/ wins.
std::vector<std::filesystem::path> resourceSearchPath();

/// The first directory of resourceSearchPath() that holds rules/; Io naming every place tried.
Result<std::filesystem::path> findResourcesDir();

} // namespace casebook::core
