// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/CliRunner.h"
#include "support/TempDir.h"
#include "support/TerminalSession.h"

#include <catch2/catch.hpp>

#include <csignal>

using namespace casebook::cli::test;

TEST_CASE("a wrong passphrase exits 3 and changes no byte of the store", "[passphrase]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "right").exitCode == 0);
    const auto before = readBytes(store);
    const auto wrong = runCli(withStore(store, {"verify"}), "wrong\n");
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err == "casebook-cli: " + store.string() + ": The passphrase is wrong.\n");
    CHECK(readBytes(store) == before);
}

TEST_CASE("after change-passphrase the old passphrase fails and the new one works", "[passphrase]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "old one").exitCode == 0);
    const auto args = withFastKdf({"change-passphrase"});
    const auto changed = runCli(withStore(store, args), "old one\nnew one\n");
    REQUIRE(changed.exitCode == 0);
    CHECK_THAT(changed.out, Catch::Contains("Changed the passphrase"));
    CHECK(runCli(withStore(store, {"verify"}), "old one\n").exitCode == 3);
    CHECK(runCli(withStore(store, {"verify"}), "new one\n").exitCode == 0);
}

TEST_CASE("change-passphrase with a wrong current passphrase exits 3 and keeps the old one", "[passphrase]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    REQUIRE(initStore(store, "old").exitCode == 0);
    const auto args = withFastKdf({"change-passphrase"});
    CHECK(runCli(withStore(store, args), "guess\nnew\n").exitCode == 3);
    CHECK(runCli(withStore(store, args), "old\n\n").exitCode == 1);
    CHECK(runCli(withStore(store, {"verify"}), "old\n").exitCode == 0);
}

TEST_CASE("stderr never contains the passphrase", "[passphrase]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    const std::string secret = "Sup3r-Secret-Phrase";
    std::string allErr = initStore(store, secret).err;
    allErr += initStore(store, secret).err;
    allErr += runCli(withStore(store, {"verify"}), secret + "x\n").err;
    allErr += runCli(withStore(store, {"info", "--unlock", "--verbose"}), secret + "\n").err;
    allErr += runCli(withStore(store, {"backup", store.string()}), secret + "\n").err;
    allErr += runCli(withStore(dir / "other.cbk", {"restore", store.string()}), secret + "-wrong\n").err;
    allErr +=
        runCli({"--verbose", "--store", store.string(), "change-passphrase"}, secret + "1\n" + secret + "2\n").err;
    CHECK_FALSE(allErr.empty());
    CHECK(allErr.find(secret) == std::string::npos);
}

TEST_CASE("on a terminal the passphrase is asked twice, never echoed, and prompts go to stderr",
          "[passphrase][terminal]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    const auto args = withFastKdf({"--store", store.string(), "init"});
    TerminalSession session(args);
    REQUIRE(session.waitFor("New passphrase: "));
    CHECK_FALSE(session.echoOn());
    session.type("typed secret\n");
    REQUIRE(session.waitFor("Repeat the new passphrase: "));
    session.type("typed secret\n");
    CHECK(session.finish() == 0);
    CHECK_THAT(session.transcript(), Catch::Contains("Created a new store"));
    CHECK(session.transcript().find("typed secret") == std::string::npos);
    CHECK(session.echoOn());
    CHECK(runCli(withStore(store, {"verify"}), "typed secret\n").exitCode == 0);
}

TEST_CASE("on a terminal mismatched passphrases exit 1 and create nothing", "[passphrase][terminal]")
{
    const TempDir dir;
    const auto store = dir / "s.cbk";
    const auto args = withFastKdf({"--store", store.string(), "init"});
    TerminalSession session(args);
    REQUIRE(session.waitFor("New passphrase: "));
    session.type("one\n");
    REQUIRE(session.waitFor("Repeat the new passphrase: "));
    session.type("two\n");
    CHECK(session.finish() == 1);
    CHECK_THAT(session.transcript(), Catch::Contains("casebook-cli: the passphrases do not match"));
    CHECK_FALSE(std::filesystem::exists(store));
}

TEST_CASE("an interrupt at the passphrase prompt restores terminal echo", "[passphrase][terminal]")
{
    const TempDir dir;
    REQUIRE(initStore(dir / "s.cbk", "pw").exitCode == 0);
    TerminalSession session({"--store", (dir / "s.cbk").string(), "verify"});
    REQUIRE(session.waitFor("Passphrase for "));
    CHECK_FALSE(session.echoOn());
    session.sendSignal(SIGINT);
    CHECK(session.finish() == 128 + SIGINT);
    CHECK(session.echoOn());
}

TEST_CASE("Ctrl-Z at the passphrase prompt restores echo while stopped and hides input again after",
          "[passphrase][terminal]")
{
    const TempDir dir;
    REQUIRE(initStore(dir / "s.cbk", "pw").exitCode == 0);
    TerminalSession session({"--store", (dir / "s.cbk").string(), "verify"});
    REQUIRE(session.waitFor("Passphrase for "));
    session.sendSignal(SIGTSTP);
    REQUIRE(session.waitStopped());
    CHECK(session.echoOn());
    session.sendSignal(SIGCONT);
    CHECK(session.waitForEcho(false));
    session.type("pw\n");
    CHECK(session.finish() == 0);
    CHECK(session.transcript().find("pw\r\n") == std::string::npos);
}
