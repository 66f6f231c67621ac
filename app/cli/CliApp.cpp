// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/CliApp.h"

#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/Context.h"
#include "cli/DataProtectionCommands.h"
#include "cli/ExitCode.h"
#include "cli/RulesCommands.h"

#include <algorithm>
#include <array>
#include <optional>
#include <ostream>
#include <string>

#ifdef CASEBOOK_HAVE_VERSION_H
#include "casebook/Version.h"
#endif

namespace casebook::cli {

namespace {

constexpr std::string_view kProgram = "casebook-cli";

std::string_view versionText()
{
#ifdef CASEBOOK_HAVE_VERSION_H
    return casebook::kVersion;
#else
    return CASEBOOK_CLI_VERSION;
#endif
}

} // namespace

std::span<const CommandSpec* const> allCommands()
{
    static const std::array<const CommandSpec*, 26> commands = {
        &initCommand(),       &infoCommand(),        &verifyCommand(),  &changePassphraseCommand(),
        &backupCommand(),     &restoreCommand(),     &auditCommand(),   &listCommand(),
        &showCommand(),       &dueCommand(),         &searchCommand(),  &calendarCommand(),
        &exportJsonCommand(), &importCommand(),      &summaryCommand(), &overviewCommand(),
        &meetingCommand(),    &sarCommand(),         &holdCommand(),    &eraseCommand(),
        &retentionCommand(),  &recoveryKeyCommand(), &recoverCommand(), &policyCommand(),
        &repinCommand(),      &handoverCommand(),
    };
    return commands;
}

CliApp::CliApp(std::ostream& out, std::ostream& err, const PassphraseReader& passphrases, EnvLookup env)
    : m_out(out)
    , m_err(err)
    , m_passphrases(passphrases)
    , m_env(std::move(env))
{
}

int CliApp::run(std::span<const std::string> args) const
{
    const CommandLine line = parseCommandLine(args);
    switch (line.action) {
    case CommandLine::Action::Help:
        if (line.command != nullptr) {
            printCommandHelp(*line.command);
        } else {
            printHelp();
        }
        return toInt(ExitCode::Ok);
    case CommandLine::Action::Version:
        m_out << kProgram << ' ' << versionText() << '\n';
        return toInt(ExitCode::Ok);
    case CommandLine::Action::Run:
        return runCommand(*line.command, line.args, line.store, line.verbose);
    case CommandLine::Action::UsageError:
        break;
    }
    if (line.errorCommand.empty()) {
        return usageError(line.error);
    }
    return usageError(std::string(line.errorCommand) + ": " + line.error, line.errorCommand);
}

int CliApp::runCommand(const CommandSpec& command, const ParsedArgs& args,
                       const std::optional<std::string>& storeOption, bool verbose) const
{
    const auto storePath = resolveStorePath(storeOption, m_env);
    if (!storePath) {
        m_err << kProgram << ": no store path: give --store PATH or set CASEBOOK_STORE (HOME is not set).\n";
        return toInt(ExitCode::Failure);
    }
    const Context context{*storePath, m_passphrases, m_out, m_err, verbose};
    const int code = command.run(context, args);
    m_out.flush();
    return code;
}

void CliApp::printHelp() const
{
    m_out << "Usage: " << kProgram << " [--store PATH] [--verbose] COMMAND [ARGS]\n"
          << "       " << kProgram << " --help | --version | COMMAND --help\n\n"
          << "Works on the encrypted Casebook store at PATH, else $CASEBOOK_STORE, else\n"
          << "$XDG_DATA_HOME/casebook/casebook.cbk (XDG_DATA_HOME defaults to ~/.local/share).\n"
          << "Passphrases come from the terminal, or one per line from standard input.\n\n"
          << "Commands:\n";
    for (const CommandSpec* command : allCommands()) {
        std::string name(command->name);
        name.resize(std::max<std::size_t>(name.size() + 2, 20), ' ');
        m_out << "  " << name << command->summary << '\n';
    }
    m_out << "\nOptions:\n"
          << "  --store PATH          the store to work on\n"
          << "  --verbose             add technical detail to error messages\n"
          << "  -h, --help            show this help\n"
          << "  -V, --version         show the version\n\n"
          << "Exit codes: 0 ok, 1 failure, 2 usage error, 3 wrong passphrase, 4 damaged or modified store.\n";
}

void CliApp::printCommandHelp(const CommandSpec& command) const
{
    m_out << "Usage: " << kProgram << " [--store PATH] " << command.name;
    if (!command.synopsis.empty()) {
        m_out << ' ' << command.synopsis;
    }
    m_out << "\n\n" << command.summary << "\n\n" << command.help;
    if (!command.optionsHelp.empty()) {
        m_out << "\nOptions:\n" << command.optionsHelp;
    }
}

int CliApp::usageError(const std::string& message, std::string_view hintCommand) const
{
    m_err << kProgram << ": " << message << " Try '" << kProgram;
    if (!hintCommand.empty()) {
        m_err << ' ' << hintCommand;
    }
    m_err << " --help'.\n";
    return toInt(ExitCode::Usage);
}

} // namespace casebook::cli
