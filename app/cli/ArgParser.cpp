// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/ArgParser.h"

#include <algorithm>
#include <charconv>

namespace casebook::cli {

namespace {

const OptionSpec* findOption(std::span<const OptionSpec> options, std::string_view name)
{
    const auto it =
        std::find_if(options.begin(), options.end(), [name](const OptionSpec& o) { return o.name == name; });
    return it == options.end() ? nullptr : &*it;
}

std::string quoted(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

} // namespace

std::optional<std::string> ParsedArgs::value(std::string_view name) const
{
    const auto it = options.find(name);
    if (it == options.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::vector<std::string> ParsedArgs::values(std::string_view name) const
{
    const auto it = repeated.find(name);
    return it == repeated.end() ? std::vector<std::string>{} : it->second;
}

ArgParseResult parseArgs(std::span<const std::string> args, std::span<const OptionSpec> options,
                         std::span<const std::string_view> positionals)
{
    ArgParseResult result;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            result.args.positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        if (arg == "-h" || arg == "--help") {
            result.args.help = true;
            continue;
        }
        if (arg.rfind("--", 0) != 0) {
            result.error = "unknown option " + quoted(arg) + ".";
            return result;
        }
        const std::string_view body = std::string_view(arg).substr(2);
        const auto equals = body.find('=');
        const std::string_view name = body.substr(0, equals);
        const OptionSpec* spec = findOption(options, name);
        if (spec == nullptr) {
            result.error = "unknown option " + quoted("--" + std::string(name)) + ".";
            return result;
        }
        if (result.args.has(name) && !spec->repeatable) {
            result.error = "option " + quoted(arg) + " is given more than once.";
            return result;
        }
        std::string value;
        if (spec->takesValue) {
            if (equals != std::string_view::npos) {
                value = std::string(body.substr(equals + 1));
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                result.error = "option " + quoted(arg) + " needs a value.";
                return result;
            }
        } else if (equals != std::string_view::npos) {
            result.error = "option " + quoted("--" + std::string(name)) + " takes no value.";
            return result;
        }
        if (spec->repeatable) {
            result.args.repeated[std::string(name)].push_back(value);
        }
        result.args.options.insert_or_assign(std::string(name), std::move(value));
    }
    if (result.args.help) {
        return result;
    }
    if (result.args.positionals.size() < positionals.size()) {
        result.error = "missing argument " + std::string(positionals[result.args.positionals.size()]) + ".";
    } else if (result.args.positionals.size() > positionals.size()) {
        result.error = "unexpected argument " + quoted(result.args.positionals[positionals.size()]) + ".";
    }
    return result;
}

std::optional<std::uint32_t> parseUnsigned(std::string_view text)
{
    std::uint32_t value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc{} || ptr != end) {
        return std::nullopt;
    }
    return value;
}

} // namespace casebook::cli
