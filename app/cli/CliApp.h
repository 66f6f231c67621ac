// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/StorePath.h"

#include <iosfwd>
#include <span>
#include <string>

namespace casebook::cli {

class PassphraseReader;
struct CommandSpec;
struct ParsedArgs;

/// casebook-cli itself: parses the command line (CommandLine, with CLI11), then runs the command.
/// Holds no state between runs; every output goes to the streams it was given.
class CliApp {
public:
    CliApp(std::ostream& out, std::ostream& err, const PassphraseReader& passphrases, EnvLookup env);

    /// Runs the command line (without the program name) and returns the process exit code.
    int run(std::span<const std::string> args) const;

private:
    int runCommand(const CommandSpec& command, const ParsedArgs& args, const std::optional<std::string>& storeOption,
                   bool verbose) const;
    void printHelp() const;
    void printCommandHelp(const CommandSpec& command) const;
    int usageError(const std::string& message, std::string_view hintCommand = {}) const;

    std::ostream& m_out;
    std::ostream& m_err;
    const PassphraseReader& m_passphrases;
    EnvLookup m_env;
};

} // namespace casebook::cli
