// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The CLI tests use the core tests' temporary directories and file helpers.
#include "support/TestSupport.h"

namespace casebook::cli::test {

using casebook::test::TempDir;

inline std::vector<std::uint8_t> readBytes(const std::filesystem::path& file)
{
    return casebook::test::readFile(file);
}

inline void writeBytes(const std::filesystem::path& file, const std::vector<std::uint8_t>& bytes)
{
    casebook::test::writeFile(file, bytes);
}

} // namespace casebook::cli::test
