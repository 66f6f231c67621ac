// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/CommandArgs.h"

#include <span>
#include <string_view>

namespace casebook::cli {

struct Context;

/// One subcommand: its name, help text, accepted options and positionals, and what it runs.
struct CommandSpec {
    std::string_view name;
    std::string_view summary;     ///< one line for the command list
    std::string_view synopsis;    ///< arguments after the name, e.g. "[--unlock]"
    std::string_view help;        ///< description, several lines, each ending in '\n'
    std::string_view optionsHelp; ///< one line per option, each ending in '\n'; empty when none
    std::span<const OptionSpec> options;
    std::span<const std::string_view> positionals;
    int (*run)(const Context& context, const ParsedArgs& args);
    /// The verbs of a command whose first positional is ACTION (`audit verify`, `hold add`): each is a
    /// CLI11 subcommand sharing this command's options, and reaches `run` as the first positional.
    /// An action not listed still reaches `run`, which refuses it in its own words.
    std::span<const std::string_view> actions = {};
};

/// Every subcommand, in the order `--help` lists them.
std::span<const CommandSpec* const> allCommands();

const CommandSpec& initCommand();
const CommandSpec& infoCommand();
const CommandSpec& verifyCommand();
const CommandSpec& changePassphraseCommand();
const CommandSpec& backupCommand();
const CommandSpec& restoreCommand();
const CommandSpec& auditCommand();
const CommandSpec& listCommand();
const CommandSpec& showCommand();
const CommandSpec& dueCommand();
const CommandSpec& searchCommand();
const CommandSpec& calendarCommand();
/// `calendar export`: a subcommand of `calendar` (see CommandLine).
const CommandSpec& calendarExportCommand();
const CommandSpec& exportJsonCommand();
const CommandSpec& importCommand();
const CommandSpec& summaryCommand();
const CommandSpec& overviewCommand();
/// `meeting outcome`: what a meeting came to, into the decision log and an action plan.
const CommandSpec& meetingCommand();

} // namespace casebook::cli
