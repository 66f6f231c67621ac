// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/CommandArgs.h"

#include "store/Store.h"

#include <array>
#include <string>
#include <string_view>
#include <variant>

namespace casebook::cli {

/// The key-derivation options shared by `init` and `change-passphrase`.
inline constexpr std::array<OptionSpec, 4> kKdfOptions = {{
    {"kdf-memory", true},
    {"kdf-iterations", true},
    {"kdf-parallelism", true},
    {"unlock-time", true},
}};

/// Help text for kKdfOptions, one option per line.
extern const std::string_view kKdfOptionsHelp;

/// The KDF choice the options ask for (calibrated by default), or a one-line usage error.
std::variant<core::KdfChoice, std::string> kdfChoiceFrom(const ParsedArgs& args);

/// A one-line warning when fixed parameters are below RFC 9106's second recommended option
/// (64 MiB, 3 passes, 4 lanes); empty when they are not, or when calibrating.
std::string kdfFloorWarning(const core::KdfChoice& choice);

} // namespace casebook::cli
