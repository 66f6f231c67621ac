// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/CommandArgs.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace casebook::cli {

struct CommandSpec;

/// What a whole casebook-cli command line asks for, as parsed by CLI11: every command is a CLI11
/// subcommand built from its CommandSpec, with the nested ones (`calendar export`, `policy set`,
/// `handover import`, ...) and the actions (`audit verify`, `hold add`, ...) as subcommands of it.
struct CommandLine {
    enum class Action {
        Run,        ///< run `command` with `args`
        Help,       ///< print the help of `command`, or the general help when it is nullptr
        Version,    ///< print the version
        UsageError, ///< the command line is wrong: `error` says why
    };
    Action action = Action::UsageError;
    const CommandSpec* command = nullptr;
    ParsedArgs args;                  ///< Run: the command's options and positionals
    std::optional<std::string> store; ///< --store PATH, never empty
    bool verbose = false;             ///< --verbose
    std::string error;                ///< UsageError: one sentence ending in '.', without the program name
    std::string_view errorCommand;    ///< UsageError: the command it is about (its help is the hint); empty: none
};

/// Parses the arguments (without the program name) strictly: global options before the command,
/// the command's own options (`--name value`, `--name=value`, flags) anywhere after it, `--` to end
/// options, `-h`/`--help` at every level. Never throws for a bad command line.
CommandLine parseCommandLine(std::span<const std::string> args);

} // namespace casebook::cli
