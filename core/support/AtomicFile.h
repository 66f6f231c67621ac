// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

namespace casebook::core {

/// Writes `text` to `path` through a private temporary file in the same folder, renamed into
/// place only when complete, so a failure leaves no partial file. Mode 0600: it is clear text.
/// file_exists when `path` exists and `force` is false.
std::error_code writeFileAtomically(const std::filesystem::path& path, std::string_view text, bool force);

} // namespace casebook::core
