// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <filesystem>
#include <string>

namespace casebook::core {

/// Reads a whole (small) text file, e.g. a rule pack; Io or NotFound on failure.
Result<std::string> readTextFile(const std::filesystem::path& path);

} // namespace casebook::core
