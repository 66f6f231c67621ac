// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/ArgParser.h"
#include "cli/KdfOptions.h"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <vector>

using casebook::cli::OptionSpec;
using casebook::cli::parseArgs;
using casebook::cli::parseUnsigned;

namespace {

constexpr std::array<OptionSpec, 2> kOptions = {{{"count", true}, {"flag", false}}};
constexpr std::array<std::string_view, 1> kOut = {"OUT"};

auto parse(std::vector<std::string> args, std::span<const std::string_view> positionals = kOut)
{
    return parseArgs(args, kOptions, positionals);
}

} // namespace

TEST_CASE("options take values in both spellings and flags take none", "[argparser]")
{
    const auto result = parse({"--count", "3", "--flag", "file"});
    REQUIRE(result.ok());
    CHECK(result.args.value("count") == "3");
    CHECK(result.args.has("flag"));
    CHECK(result.args.positionals == std::vector<std::string>{"file"});
    CHECK(parse({"--count=4", "file"}).args.value("count") == "4");
}

TEST_CASE("unknown, repeated, valueless and misused options are usage errors", "[argparser]")
{
    CHECK(parse({"--nope", "file"}).error == "unknown option '--nope'.");
    CHECK(parse({"-x", "file"}).error == "unknown option '-x'.");
    CHECK(parse({"file", "--count"}).error == "option '--count' needs a value.");
    CHECK(parse({"--flag=yes", "file"}).error == "option '--flag' takes no value.");
    CHECK_FALSE(parse({"--flag", "--flag", "file"}).ok());
}

TEST_CASE("positionals are all required and no others are accepted", "[argparser]")
{
    CHECK(parse({}).error == "missing argument OUT.");
    CHECK(parse({"a", "b"}).error == "unexpected argument 'b'.");
    CHECK(parse({"--", "--flag"}).args.positionals == std::vector<std::string>{"--flag"});
    CHECK(parse({"-"}).args.positionals == std::vector<std::string>{"-"});
}

TEST_CASE("help wins over missing positionals", "[argparser]")
{
    const auto result = parse({"--help"});
    CHECK(result.ok());
    CHECK(result.args.help);
}

TEST_CASE("numbers are plain unsigned decimals", "[argparser]")
{
    CHECK(parseUnsigned("42") == 42U);
    CHECK_FALSE(parseUnsigned(""));
    CHECK_FALSE(parseUnsigned("-1"));
    CHECK_FALSE(parseUnsigned("+1"));
    CHECK_FALSE(parseUnsigned("1x"));
    CHECK_FALSE(parseUnsigned("99999999999"));
}

TEST_CASE("KDF options give fixed parameters, a calibration target, or the default", "[argparser][kdf]")
{
    using casebook::core::KdfChoice;
    const auto kdf = [](std::vector<std::string> args) {
        return casebook::cli::kdfChoiceFrom(parseArgs(args, casebook::cli::kKdfOptions, {}).args);
    };
    const auto fixed =
        std::get<KdfChoice>(kdf({"--kdf-memory", "8", "--kdf-iterations", "1", "--kdf-parallelism", "1"}));
    CHECK(fixed.targetMs == 0);
    CHECK(fixed.params == casebook::core::KdfParams{8 * 1024, 1, 1});
    CHECK(std::get<KdfChoice>(kdf({"--unlock-time", "250"})).targetMs == 250);
    CHECK(std::get<KdfChoice>(kdf({})).targetMs == KdfChoice::calibrated().targetMs);
    CHECK(std::holds_alternative<std::string>(kdf({"--kdf-memory", "4"})));
    CHECK(std::holds_alternative<std::string>(kdf({"--kdf-iterations", "0"})));
    CHECK(std::holds_alternative<std::string>(kdf({"--kdf-memory", "8", "--unlock-time", "100"})));
}

TEST_CASE("a repeatable option keeps every value in order, others still refuse a second one", "[argparser]")
{
    constexpr std::array<OptionSpec, 2> options = {{{"action", true, true}, {"case", true}}};
    const std::vector<std::string> args = {"--action", "a; b", "--case", "1", "--action=c; d"};
    const auto result = parseArgs(args, options, {});
    REQUIRE(result.ok());
    CHECK(result.args.values("action") == std::vector<std::string>{"a; b", "c; d"});
    CHECK(result.args.values("case").empty());
    CHECK(result.args.value("case") == "1");
    const std::vector<std::string> twice = {"--case", "1", "--case", "2"};
    CHECK(parseArgs(twice, options, {}).error == "option '--case' is given more than once.");
}
