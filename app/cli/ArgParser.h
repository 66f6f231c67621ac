// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::cli {

/// One long option a command accepts, spelled without the leading "--".
struct OptionSpec {
    std::string_view name;
    bool takesValue = false;
    bool repeatable = false; ///< may be given more than once; every value is kept, in order
};

/// A command's arguments after strict parsing: options by name, then the positional arguments.
struct ParsedArgs {
    std::map<std::string, std::string, std::less<>> options; ///< flags map to ""; a repeatable one to its last value
    std::map<std::string, std::vector<std::string>, std::less<>> repeated; ///< every value of a repeatable option
    std::vector<std::string> positionals;
    bool help = false;

    bool has(std::string_view name) const { return options.find(name) != options.end(); }
    std::optional<std::string> value(std::string_view name) const;
    /// Every value given for a repeatable option, in order; empty when it was not given.
    std::vector<std::string> values(std::string_view name) const;
};

/// Either the parsed arguments or a one-line usage error.
struct ArgParseResult {
    ParsedArgs args;
    std::string error; ///< empty on success
    bool ok() const { return error.empty(); }
};

/// Parses `args` strictly: `--name value`, `--name=value`, flags, `-h`/`--help`, and `--` to end options.
/// Every positional named in `positionals` is required, and no others are accepted.
ArgParseResult parseArgs(std::span<const std::string> args, std::span<const OptionSpec> options,
                         std::span<const std::string_view> positionals);

/// Parses a decimal number without sign, spaces or overflow; nullopt otherwise.
std::optional<std::uint32_t> parseUnsigned(std::string_view text);

} // namespace casebook::cli
