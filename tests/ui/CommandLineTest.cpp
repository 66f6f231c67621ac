// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/CommandLine.h"

#include <catch2/catch.hpp>

using casebook::ui::CommandLine;

namespace {

CommandLine::Outcome parse(std::initializer_list<const char*> arguments)
{
    QStringList list{QStringLiteral("casebook")};
    for (const char* argument : arguments) {
        list << QString::fromUtf8(argument);
    }
    return CommandLine::parse(list);
}

} // namespace

TEST_CASE("CommandLine starts with no options", "[CommandLine]")
{
    const auto outcome = parse({});
    REQUIRE(outcome.options.has_value());
    CHECK(outcome.options->storePath.isEmpty());
    CHECK_FALSE(outcome.options->demo);
    CHECK(outcome.options->screenshotPath.isEmpty());
}

TEST_CASE("CommandLine reads --store, --demo and --screenshot", "[CommandLine]")
{
    const auto outcome = parse({"--store", "/tmp/a.casebook", "--demo", "--screenshot", "/tmp/shot.png"});
    REQUIRE(outcome.options.has_value());
    CHECK(outcome.options->storePath == QStringLiteral("/tmp/a.casebook"));
    CHECK(outcome.options->demo);
    CHECK(outcome.options->screenshotPath == QStringLiteral("/tmp/shot.png"));
}

TEST_CASE("CommandLine --help lists every option, the testing aids included", "[CommandLine]")
{
    const auto outcome = parse({"--help"});
    CHECK_FALSE(outcome.options.has_value());
    CHECK(outcome.exitCode == 0);
    for (const char* option :
         {"--store", "--demo", "--screenshot <file>", "--screenshot-dir <dir>", "--help", "--version"}) {
        INFO(option);
        CHECK(outcome.message.contains(QString::fromLatin1(option)));
    }
}

TEST_CASE("CommandLine reports usage errors with exit code 2", "[CommandLine]")
{
    SECTION("unknown option")
    {
        const auto outcome = parse({"--no-such-option"});
        CHECK_FALSE(outcome.options.has_value());
        CHECK(outcome.exitCode == 2);
        CHECK_FALSE(outcome.message.isEmpty());
    }
    SECTION("missing value")
    {
        const auto outcome = parse({"--store"});
        CHECK_FALSE(outcome.options.has_value());
        CHECK(outcome.exitCode == 2);
    }
    SECTION("stray positional argument")
    {
        const auto outcome = parse({"stray"});
        CHECK_FALSE(outcome.options.has_value());
        CHECK(outcome.exitCode == 2);
    }
}
