// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/CommandLine.h"
#include "cli/Command.h"
#include "cli/CommandArgs.h"
#include "cli/DataProtectionCommands.h"
#include "cli/KdfOptions.h"
#include "cli/RulesCommands.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using casebook::cli::CommandLine;
using casebook::cli::parseUnsigned;
using Action = casebook::cli::CommandLine::Action;

namespace {

CommandLine parse(const std::vector<std::string>& args)
{
    return casebook::cli::parseCommandLine(args);
}

/// The usage error of `args`, as "COMMAND: sentence" (or the bare sentence for a global one).
std::string errorOf(const std::vector<std::string>& args)
{
    const auto line = parse(args);
    if (line.action != Action::UsageError) {
        return "(no error)";
    }
    return line.errorCommand.empty() ? line.error : std::string(line.errorCommand) + ": " + line.error;
}

} // namespace

TEST_CASE("a command's options take values in both spellings and flags take none", "[commandline]")
{
    const auto line = parse({"--store", "s.cbk", "--verbose", "audit", "list", "--limit", "3"});
    REQUIRE(line.action == Action::Run);
    CHECK(line.command == &casebook::cli::auditCommand());
    CHECK(line.store == "s.cbk");
    CHECK(line.verbose);
    CHECK(line.args.value("limit") == "3");
    CHECK(line.args.positionals == std::vector<std::string>{"list"});
    CHECK(parse({"search", "--limit=4", "Smith"}).args.value("limit") == "4");
    const auto flag = parse({"info", "--unlock"});
    REQUIRE(flag.action == Action::Run);
    CHECK(flag.args.has("unlock"));
    CHECK(flag.args.value("unlock") == "");
    CHECK_FALSE(parse({"info"}).args.has("unlock"));
}

TEST_CASE("unknown, repeated, valueless and misused options are usage errors of their command", "[commandline]")
{
    CHECK(errorOf({"info", "--nope"}) == "info: unknown option '--nope'.");
    CHECK(errorOf({"info", "-x"}) == "info: unknown option '-x'.");
    CHECK(errorOf({"backup", "out", "--store", "s"}) == "backup: unknown option '--store'.");
    CHECK(errorOf({"audit", "list", "--limit"}) == "audit: option '--limit' needs a value.");
    CHECK(errorOf({"info", "--unlock=yes"}) == "info: option '--unlock' takes no value.");
    CHECK(errorOf({"search", "--limit", "1", "--limit", "2", "x"})
          == "search: option '--limit' is given more than once.");
    CHECK(errorOf({"handover", "import", "--nope", "f"}) == "handover import: unknown option '--nope'.");
}

TEST_CASE("positionals are all required and no others are accepted", "[commandline]")
{
    CHECK(errorOf({"backup"}) == "backup: missing argument OUT.");
    CHECK(errorOf({"restore", "a", "b"}) == "restore: unexpected argument 'b'.");
    CHECK(errorOf({"info", "extra"}) == "info: unexpected argument 'extra'.");
    CHECK(parse({"search", "--", "--limit"}).args.positionals == std::vector<std::string>{"--limit"});
    CHECK(parse({"backup", "-"}).args.positionals == std::vector<std::string>{"-"});
    // Another command's name is an ordinary argument after the command.
    CHECK(parse({"search", "backup"}).args.positionals == std::vector<std::string>{"backup"});
}

TEST_CASE("global usage errors name no command", "[commandline]")
{
    CHECK(errorOf({}) == "no command given.");
    CHECK(errorOf({"frobnicate"}) == "unknown command 'frobnicate'.");
    CHECK(errorOf({"--store"}) == "option '--store' needs a value.");
    CHECK(errorOf({"--store", "", "info"}) == "option '--store' needs a non-empty path.");
    CHECK(errorOf({"--store", "a", "--store", "b", "info"}) == "option '--store' is given more than once.");
    CHECK(errorOf({"--nope", "info"}) == "unknown option '--nope' (global options go before the command).");
    CHECK(errorOf({"help", "nope"}) == "'help' takes one command name, not 'nope'.");
    CHECK(errorOf({"help", "init", "info"}) == "'help' takes one command name, not 'init'.");
}

TEST_CASE("help is asked for at every level and wins over missing arguments", "[commandline]")
{
    const auto global = parse({"--help"});
    CHECK(global.action == Action::Help);
    CHECK(global.command == nullptr);
    CHECK(parse({"-h"}).action == Action::Help);
    CHECK(parse({"help"}).action == Action::Help);
    CHECK(parse({"--version"}).action == Action::Version);
    CHECK(parse({"-V"}).action == Action::Version);
    const auto backup = parse({"backup", "--help"});
    CHECK(backup.action == Action::Help);
    CHECK(backup.command == &casebook::cli::backupCommand());
    CHECK(parse({"help", "backup"}).command == &casebook::cli::backupCommand());
    CHECK(parse({"handover", "export", "-h"}).command == casebook::cli::handoverSubcommand("export"));
    CHECK(parse({"calendar", "export", "--help"}).command == &casebook::cli::calendarExportCommand());
    // An action's help is its command's: the actions share the command's options.
    CHECK(parse({"audit", "verify", "--help"}).command == &casebook::cli::auditCommand());
}

TEST_CASE("nested commands and actions are CLI11 subcommands", "[commandline]")
{
    const auto exportLine = parse({"handover", "export", "--out", "p.cbk", "--case", "1,2"});
    REQUIRE(exportLine.action == Action::Run);
    CHECK(exportLine.command == casebook::cli::handoverSubcommand("export"));
    CHECK(exportLine.args.value("case") == "1,2");
    const auto set = parse({"policy", "set", "NAME", "VALUE", "--reason", "why"});
    REQUIRE(set.action == Action::Run);
    CHECK(set.command == casebook::cli::policySubcommand("set"));
    CHECK(set.args.positionals == std::vector<std::string>{"NAME", "VALUE"});
    // Options before or after the action, positionals after it.
    const auto calendar = parse({"calendar", "add-working-days", "2026-12-24", "5"});
    REQUIRE(calendar.action == Action::Run);
    CHECK(calendar.command == &casebook::cli::calendarCommand());
    CHECK(calendar.args.positionals == std::vector<std::string>{"add-working-days", "2026-12-24", "5"});
    const auto before = parse({"hold", "--person", "3", "add"});
    REQUIRE(before.action == Action::Run);
    CHECK(before.args.positionals == std::vector<std::string>{"add"});
    CHECK(before.args.value("person") == "3");
    // An unknown action still reaches the command, which refuses it in its own words.
    const auto unknown = parse({"audit", "frob"});
    REQUIRE(unknown.action == Action::Run);
    CHECK(unknown.args.positionals == std::vector<std::string>{"frob"});
    CHECK(errorOf({"audit"}) == "audit: missing argument ACTION.");
    CHECK(errorOf({"audit", "list", "extra"}) == "audit: unexpected argument 'extra'.");
}

TEST_CASE("a repeatable option keeps every value in order, others still refuse a second one", "[commandline]")
{
    const auto line = parse({"meeting", "outcome", "--action", "a; b", "--case", "1", "--action=c; d"});
    REQUIRE(line.action == Action::Run);
    CHECK(line.args.values("action") == std::vector<std::string>{"a; b", "c; d"});
    CHECK(line.args.value("action") == "c; d");
    CHECK(line.args.values("case").empty());
    CHECK(line.args.value("case") == "1");
    CHECK(errorOf({"meeting", "outcome", "--case", "1", "--case", "2"})
          == "meeting: option '--case' is given more than once.");
}

TEST_CASE("every command's options and actions register with CLI11", "[commandline]")
{
    for (const casebook::cli::CommandSpec* command : casebook::cli::allCommands()) {
        INFO(command->name);
        CHECK(parse({std::string(command->name), "--help"}).command == command);
    }
}

TEST_CASE("numbers are plain unsigned decimals", "[commandline]")
{
    CHECK(parseUnsigned("42") == 42U);
    CHECK_FALSE(parseUnsigned(""));
    CHECK_FALSE(parseUnsigned("-1"));
    CHECK_FALSE(parseUnsigned("+1"));
    CHECK_FALSE(parseUnsigned("1x"));
    CHECK_FALSE(parseUnsigned("99999999999"));
}

TEST_CASE("KDF options give fixed parameters, a calibration target, or the default", "[commandline][kdf]")
{
    using casebook::core::KdfChoice;
    const auto kdf = [](const std::vector<std::string>& options) {
        std::vector<std::string> args{"init"};
        args.reserve(options.size() + 1);
        for (const auto& option : options) {
            args.push_back(option);
        }
        const auto line = parse(args);
        REQUIRE(line.action == Action::Run);
        return casebook::cli::kdfChoiceFrom(line.args);
    };
    const auto fixed =
        std::get<KdfChoice>(kdf({"--kdf-memory", "8", "--kdf-iterations", "1", "--kdf-parallelism", "1"}));
    CHECK(fixed.targetMs == 0);
    CHECK(fixed.params == casebook::core::KdfParams{8 * 1024, 1, 1});
    CHECK(std::get<KdfChoice>(kdf({"--unlock-time", "250"})).targetMs == 250);
    CHECK(std::get<KdfChoice>(kdf({})).targetMs == KdfChoice::calibrated().targetMs);
    CHECK(std::holds_alternative<std::string>(kdf({"--kdf-memory", "4"})));
    CHECK(std::holds_alternative<std::string>(kdf({"--kdf-memory", "lots"})));
    CHECK(std::holds_alternative<std::string>(kdf({"--kdf-iterations", "0"})));
    CHECK(std::holds_alternative<std::string>(kdf({"--kdf-memory", "8", "--unlock-time", "100"})));
}
