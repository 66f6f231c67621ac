// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/CliRunner.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace casebook::cli::test;

TEST_CASE("an unknown command is a usage error with a hint", "[usage]")
{
    const auto run = runCli({"frobnicate"});
    CHECK(run.exitCode == 2);
    CHECK(run.err == "casebook-cli: unknown command 'frobnicate'. Try 'casebook-cli --help'.\n");
    CHECK(run.out.empty());
}

TEST_CASE("usage errors exit 2 with one line naming the command's help", "[usage]")
{
    const TempDir dir;
    const auto store = (dir / "s.cbk").string();
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"--store", store, "init", "--kdf-memory"},
             {"--store", store, "init", "--bogus"},
             {"--store", store, "init", "--kdf-memory", "lots"},
             {"--store", store, "init", "--kdf-memory", "4"},
             {"--store", store, "init", "--kdf-memory", "8", "--unlock-time", "100"},
             {"--store", store, "info", "extra"},
             {"--store", store, "backup"},
             {"--store", store, "restore", "a", "b"},
             {"--store", store, "verify", "--unlock"},
         }) {
        INFO(args[2] << ' ' << args.back());
        const auto run = runCli(args, "pw\n");
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err, Catch::StartsWith("casebook-cli: " + args[2] + ": ")
                                && Catch::EndsWith("Try 'casebook-cli " + args[2] + " --help'.\n"));
        CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
    }
    CHECK_FALSE(std::filesystem::exists(store));
}

TEST_CASE("global usage errors exit 2", "[usage]")
{
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({"--store"}).exitCode == 2);
    CHECK(runCli({"--nope", "info"}).exitCode == 2);
    CHECK(runCli({"--store", "a", "--store", "b", "info"}).exitCode == 2);
    CHECK(runCli({"help", "nope"}).exitCode == 2);
}

TEST_CASE("help and version exit 0 and print to stdout", "[usage]")
{
    const auto help = runCli({"--help"});
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::Contains("change-passphrase") && Catch::Contains("Exit codes:"));
    const auto commandHelp = runCli({"backup", "--help"});
    CHECK(commandHelp.exitCode == 0);
    CHECK_THAT(commandHelp.out, Catch::StartsWith("Usage: casebook-cli [--store PATH] backup OUT"));
    CHECK(runCli({"help", "init"}).out == runCli({"init", "--help"}).out);
    const auto version = runCli({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out == std::string("casebook-cli ") + CASEBOOK_PROJECT_VERSION + "\n");
}

TEST_CASE("the --store option beats CASEBOOK_STORE", "[storepath]")
{
    const TempDir dir;
    const auto flagStore = dir / "flag.cbk";
    const auto envStore = dir / "env.cbk";
    const auto args = withFastKdf({"--store", flagStore.string(), "init"});
    REQUIRE(runCli(args, "pw\n", {{"CASEBOOK_STORE", envStore.string()}}).exitCode == 0);
    CHECK(std::filesystem::exists(flagStore));
    CHECK_FALSE(std::filesystem::exists(envStore));
}

TEST_CASE("CASEBOOK_STORE is used when --store is not given", "[storepath]")
{
    const TempDir dir;
    const auto envStore = dir / "env.cbk";
    const auto args = withFastKdf({"init"});
    REQUIRE(runCli(args, "pw\n", {{"CASEBOOK_STORE", envStore.string()}}).exitCode == 0);
    CHECK(std::filesystem::exists(envStore));
}

TEST_CASE("without --store or CASEBOOK_STORE the store lives under XDG_DATA_HOME in a private directory", "[storepath]")
{
    const TempDir dir;
    const auto args = withFastKdf({"init"});
    const auto run = runCli(args, "pw\n", {{"XDG_DATA_HOME", dir.path().string()}});
    REQUIRE(run.exitCode == 0);
    const auto expected = dir / "casebook" / "casebook.cbk";
    CHECK(std::filesystem::exists(expected));
    struct stat info {};
    REQUIRE(::stat((dir / "casebook").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
}
