// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::cli {

/// One long option a command accepts, spelled without the leading "--" (CommandLine registers it
/// with CLI11).
struct OptionSpec {
    std::string_view name;
    bool takesValue = false;
    bool repeatable = false; ///< may be given more than once; every value is kept, in order
};

/// A command's arguments as CommandLine parsed them: options by name, then the positional arguments
/// (for a command with actions, the action comes first).
struct ParsedArgs {
    std::map<std::string, std::string, std::less<>> options; ///< flags map to ""; a repeatable one to its last value
    std::map<std::string, std::vector<std::string>, std::less<>> repeated; ///< every value of a repeatable option
    std::vector<std::string> positionals;

    bool has(std::string_view name) const { return options.find(name) != options.end(); }
    std::optional<std::string> value(std::string_view name) const;
    /// Every value given for a repeatable option, in order; empty when it was not given.
    std::vector<std::string> values(std::string_view name) const;
};

/// Parses a decimal number without sign, spaces or overflow; nullopt otherwise.
std::optional<std::uint32_t> parseUnsigned(std::string_view text);

} // namespace casebook::cli
