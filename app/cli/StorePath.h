// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace casebook::cli {

/// Looks up an environment variable; nullptr when unset.
using EnvLookup = std::function<const char*(const char*)>;

/// Where the store is: `--store PATH`, else $CASEBOOK_STORE, else
/// $XDG_DATA_HOME/casebook/casebook.cbk (XDG_DATA_HOME defaults to ~/.local/share).
/// nullopt when none is given and no home directory is known.
std::optional<std::filesystem::path> resolveStorePath(const std::optional<std::string>& explicitPath,
                                                      const EnvLookup& env);

/// Creates the missing directories above `file`, each with mode 0700 (existing ones are left alone).
/// Returns an error message, or an empty string on success.
std::string createPrivateParentDirectories(const std::filesystem::path& file);

} // namespace casebook::cli
