// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/CommandLine.h"

#include "cli/Command.h"
#include "cli/DataProtectionCommands.h"
#include "cli/RulesCommands.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <deque>
#include <vector>

namespace casebook::cli {

namespace {

/// One CLI11 subcommand made from a CommandSpec, and the handles its results are read from.
struct CommandNode {
    const CommandSpec* spec = nullptr;
    CLI::App* app = nullptr;
    CLI::Option* help = nullptr;
    std::vector<std::pair<const OptionSpec*, CLI::Option*>> options;
    std::vector<std::string> positionals; ///< CLI11 collects every positional here; CommandLine counts them
    std::vector<CLI::App*> actions;
    int depth = 0; ///< 1 for a command, 2 for a nested one (`handover export`)
};

/// The commands reached through another one (their names start with the parent's and a space).
std::vector<const CommandSpec*> nestedCommands(const CommandSpec& command)
{
    if (&command == &calendarCommand()) {
        return {&calendarExportCommand()};
    }
    if (&command == &policyCommand()) {
        return {policySubcommand("set"), policySubcommand("clear")};
    }
    if (&command == &handoverCommand()) {
        return {handoverSubcommand("export"), handoverSubcommand("import"), handoverSubcommand("show"),
                handoverSubcommand("fingerprint")};
    }
    return {};
}

std::string inQuotes(std::string_view text)
{
    return "'" + std::string(text) + "'";
}

bool looksLikeOption(std::string_view arg)
{
    return arg.size() > 1 && arg[0] == '-';
}

/// CLI11's own errors in our words. With the options registered below, a missing value is the only
/// one a command line can cause (CLI11 spells it "--name: 1 required TEXT missing").
std::string describe(const CLI::ParseError& error)
{
    const std::string what = error.what();
    const auto colon = what.find(':');
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr && colon != std::string::npos
        && looksLikeOption(what)) {
        return "option " + inQuotes(what.substr(0, colon)) + " needs a value.";
    }
    return what.empty() || what.back() == '.' ? what : what + ".";
}

/// casebook-cli's grammar as a CLI11 App. CLI11's own help flags and help text are off: each level
/// has a plain -h/--help flag and CliApp prints the hand-written help (help2man reads it).
class Grammar {
public:
    Grammar()
    {
        m_app.set_help_flag();
        m_app.allow_extras(); // an unknown option or command is reported in our words
        m_app.require_subcommand(0, 1);
        m_help = m_app.add_flag("-h,--help");
        m_version = m_app.add_flag("-V,--version");
        m_verbose = m_app.add_flag("--verbose")->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
        m_store = m_app.add_option("--store")->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
        m_helpCommand = m_app.add_subcommand("help");
        m_helpCommand->set_help_flag();
        m_helpCommand->prefix_command(); // every argument after it is kept, in order, for the check below
        m_helpCommand->allow_extras();
        for (const CommandSpec* command : allCommands()) {
            CLI::App& parent = add(m_app, *command, command->name, 1);
            for (const CommandSpec* nested : nestedCommands(*command)) {
                const std::string_view name = nested->name.substr(nested->name.rfind(' ') + 1);
                add(parent, *nested, name, 2);
            }
        }
    }

    CommandLine parse(std::span<const std::string> args)
    {
        std::vector<std::string> reversed(args.rbegin(), args.rend()); // CLI11 takes them last first
        try {
            m_app.parse(reversed);
        } catch (const CLI::ParseError& error) {
            const CommandNode* node = deepest();
            return usageError(describe(error), node != nullptr ? node->spec->name : std::string_view());
        }
        return interpret();
    }

private:
    CLI::App& add(CLI::App& parent, const CommandSpec& spec, std::string_view name, int depth)
    {
        CommandNode& node = m_nodes.emplace_back();
        node.spec = &spec;
        node.depth = depth;
        node.app = parent.add_subcommand(std::string(name), std::string(spec.summary));
        node.app->set_help_flag();
        node.app->allow_extras();
        node.app->require_subcommand(0, 1);
        node.help = node.app->add_flag("-h,--help");
        for (const OptionSpec& option : spec.options) {
            const std::string flag = "--" + std::string(option.name);
            CLI::Option* added = option.takesValue ? node.app->add_option(flag)->expected(1) : node.app->add_flag(flag);
            added->multi_option_policy(CLI::MultiOptionPolicy::TakeAll); // repeats are checked in interpretCommand()
            node.options.emplace_back(&option, added);
        }
        node.app->add_option("ARGS", node.positionals);
        for (const std::string_view action : spec.actions) {
            CLI::App* verb = node.app->add_subcommand(std::string(action));
            verb->set_help_flag();
            verb->fallthrough(); // options and positionals after the action belong to the command
            node.actions.push_back(verb);
        }
        return *node.app;
    }

    const CommandNode* deepest() const
    {
        const CommandNode* found = nullptr;
        for (const CommandNode& node : m_nodes) {
            if (node.app->parsed() && (found == nullptr || node.depth > found->depth)) {
                found = &node;
            }
        }
        return found;
    }

    static CommandLine usageError(std::string message, std::string_view commandName = {})
    {
        CommandLine line;
        line.action = CommandLine::Action::UsageError;
        line.error = std::move(message);
        line.errorCommand = commandName;
        return line;
    }

    /// A flag given a value (`--all=yes`): CLI11 accepts it, casebook-cli does not.
    static bool flagHasValue(const CLI::Option& option)
    {
        const auto& results = option.results();
        return std::any_of(results.begin(), results.end(), [](const std::string& r) { return r != "true"; });
    }

    CommandLine interpret() const
    {
        if (m_help->count() > 0) {
            CommandLine line;
            line.action = CommandLine::Action::Help;
            return line;
        }
        if (m_version->count() > 0) {
            CommandLine line;
            line.action = CommandLine::Action::Version;
            return line;
        }
        if (const auto extras = m_app.remaining(); !extras.empty()) {
            return usageError(looksLikeOption(extras.front()) ? "unknown option " + inQuotes(extras.front())
                                                                    + " (global options go before the command)."
                                                              : "unknown command " + inQuotes(extras.front()) + ".");
        }
        CommandLine line;
        if (m_store->count() > 1) {
            return usageError("option '--store' is given more than once.");
        }
        if (m_store->count() == 1) {
            line.store = m_store->results().front();
            if (line.store->empty()) {
                return usageError("option '--store' needs a non-empty path.");
            }
        }
        if (flagHasValue(*m_verbose)) {
            return usageError("option '--verbose' takes no value.");
        }
        line.verbose = m_verbose->count() > 0;
        if (m_helpCommand->parsed()) {
            return helpCommand(std::move(line));
        }
        const CommandNode* node = deepest();
        if (node == nullptr) {
            return usageError("no command given.");
        }
        return interpretCommand(*node, std::move(line));
    }

    CommandLine helpCommand(CommandLine line) const
    {
        const auto rest = m_helpCommand->remaining();
        line.action = CommandLine::Action::Help;
        if (rest.empty()) {
            return line;
        }
        const auto commands = allCommands();
        const auto it = std::find_if(commands.begin(), commands.end(),
                                     [&rest](const CommandSpec* c) { return c->name == rest.front(); });
        if (rest.size() != 1 || it == commands.end()) {
            return usageError("'help' takes one command name, not " + inQuotes(rest.front()) + ".");
        }
        line.command = *it;
        return line;
    }

    CommandLine interpretCommand(const CommandNode& node, CommandLine line) const
    {
        const CommandSpec& spec = *node.spec;
        // Unknown options, here or before a nested command's name (`handover --x export`).
        for (const CommandNode& other : m_nodes) {
            if (!other.app->parsed()) {
                continue;
            }
            for (const std::string& extra : other.app->remaining()) {
                if (extra != "--") { // CLI11 keeps the "--" that ended the options
                    return usageError(looksLikeOption(extra) ? "unknown option " + inQuotes(extra) + "."
                                                             : "unexpected argument " + inQuotes(extra) + ".",
                                      spec.name);
                }
            }
        }
        for (const auto& [option, parsed] : node.options) {
            const std::string flag = "--" + std::string(option->name);
            if (parsed->count() > 1 && !option->repeatable) {
                return usageError("option " + inQuotes(flag) + " is given more than once.", spec.name);
            }
            if (!option->takesValue && flagHasValue(*parsed)) {
                return usageError("option " + inQuotes(flag) + " takes no value.", spec.name);
            }
            if (parsed->count() == 0) {
                continue;
            }
            const auto& values = parsed->results();
            if (option->repeatable) {
                line.args.repeated[std::string(option->name)] = values;
            }
            line.args.options.insert_or_assign(std::string(option->name),
                                               option->takesValue ? values.back() : std::string());
        }
        if (node.help->count() > 0) {
            line.action = CommandLine::Action::Help;
            line.command = &spec;
            return line;
        }
        for (const CLI::App* action : node.actions) {
            if (action->parsed()) {
                line.args.positionals.push_back(action->get_name());
            }
        }
        line.args.positionals.insert(line.args.positionals.end(), node.positionals.begin(), node.positionals.end());
        const auto& wanted = spec.positionals;
        const auto& given = line.args.positionals;
        if (given.size() < wanted.size()) {
            return usageError("missing argument " + std::string(wanted[given.size()]) + ".", spec.name);
        }
        if (given.size() > wanted.size()) {
            return usageError("unexpected argument " + inQuotes(given[wanted.size()]) + ".", spec.name);
        }
        line.action = CommandLine::Action::Run;
        line.command = &spec;
        return line;
    }

    CLI::App m_app{"", "casebook-cli"};
    CLI::Option* m_help = nullptr;
    CLI::Option* m_version = nullptr;
    CLI::Option* m_verbose = nullptr;
    CLI::Option* m_store = nullptr;
    CLI::App* m_helpCommand = nullptr;
    std::deque<CommandNode> m_nodes; ///< a deque: CLI11 keeps pointers into each node's positionals
};

} // namespace

CommandLine parseCommandLine(std::span<const std::string> args)
{
    Grammar grammar;
    return grammar.parse(args);
}

} // namespace casebook::cli
