// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/CliApp.h"

#include "cli/Command.h"
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

const CommandSpec* findCommand(std::string_view name)
{
    const auto commands = allCommands();
    const auto it =
        std::find_if(commands.begin(), commands.end(), [name](const CommandSpec* c) { return c->name == name; });
    return it == commands.end() ? nullptr : *it;
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
    std::optional<std::string> storeOption;
    bool verbose = false;
    std::size_t i = 0;
    for (; i < args.size() && args[i].size() > 1 && args[i][0] == '-'; ++i) {
        const std::string& arg = args[i];
        if (arg == "-h" || arg == "--help") {
            printHelp();
            return toInt(ExitCode::Ok);
        }
        if (arg == "-V" || arg == "--version") {
            m_out << kProgram << ' ' << versionText() << '\n';
            return toInt(ExitCode::Ok);
        }
        if (arg == "--verbose") {
            verbose = true;
        } else if (arg == "--store" || arg.rfind("--store=", 0) == 0) {
            if (storeOption) {
                return usageError("option '--store' is given more than once.");
            }
            if (arg == "--store" && i + 1 >= args.size()) {
                return usageError("option '--store' needs a value.");
            }
            storeOption = arg == "--store" ? args[++i] : arg.substr(8);
            if (storeOption->empty()) {
                return usageError("option '--store' needs a non-empty path.");
            }
        } else {
            return usageError("unknown option '" + arg + "' (global options go before the command).");
        }
    }
    if (i == args.size()) {
        return usageError("no command given.");
    }
    const std::string& name = args[i];
    const auto rest = args.subspan(i + 1);
    if (name == "help") {
        if (rest.empty()) {
            printHelp();
            return toInt(ExitCode::Ok);
        }
        const CommandSpec* command = rest.size() == 1 ? findCommand(rest[0]) : nullptr;
        if (command == nullptr) {
            return usageError("'help' takes one command name, not '" + rest[0] + "'.");
        }
        printCommandHelp(*command);
        return toInt(ExitCode::Ok);
    }
    const CommandSpec* command = findCommand(name);
    if (command == nullptr) {
        return usageError("unknown command '" + name + "'.");
    }
    if (command == &calendarCommand() && !rest.empty() && rest[0] == "export") {
        return runCommand(calendarExportCommand(), rest.subspan(1), storeOption, verbose);
    }
    if (const CommandSpec* sub = command == &policyCommand() && !rest.empty() ? policySubcommand(rest[0]) : nullptr) {
        return runCommand(*sub, rest.subspan(1), storeOption, verbose);
    }
    if (command == &handoverCommand() && !rest.empty() && handoverSubcommand(rest[0]) != nullptr) {
        return runCommand(*handoverSubcommand(rest[0]), rest.subspan(1), storeOption, verbose);
    }
    return runCommand(*command, rest, storeOption, verbose);
}

int CliApp::runCommand(const CommandSpec& command, std::span<const std::string> args,
                       const std::optional<std::string>& storeOption, bool verbose) const
{
    const auto parsed = parseArgs(args, command.options, command.positionals);
    if (!parsed.ok()) {
        return usageError(std::string(command.name) + ": " + parsed.error, command.name);
    }
    if (parsed.args.help) {
        printCommandHelp(command);
        return toInt(ExitCode::Ok);
    }
    const auto storePath = resolveStorePath(storeOption, m_env);
    if (!storePath) {
        m_err << kProgram << ": no store path: give --store PATH or set CASEBOOK_STORE (HOME is not set).\n";
        return toInt(ExitCode::Failure);
    }
    const Context context{*storePath, m_passphrases, m_out, m_err, verbose};
    const int code = command.run(context, parsed.args);
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
