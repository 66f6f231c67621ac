// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/StorePath.h"

#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

#include <sys/stat.h>

using casebook::cli::resolveStorePath;

namespace {

casebook::cli::EnvLookup envOf(std::map<std::string, std::string> vars)
{
    return [vars = std::move(vars)](const char* name) -> const char* {
        const auto it = vars.find(name);
        return it == vars.end() ? nullptr : it->second.c_str();
    };
}

} // namespace

TEST_CASE("the store path comes from --store, then CASEBOOK_STORE, then XDG_DATA_HOME, then HOME", "[storepath]")
{
    const auto env = envOf({{"CASEBOOK_STORE", "/env/s.cbk"}, {"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/u"}});
    CHECK(resolveStorePath(std::string("/flag/s.cbk"), env) == "/flag/s.cbk");
    CHECK(resolveStorePath(std::nullopt, env) == "/env/s.cbk");
    CHECK(resolveStorePath(std::nullopt, envOf({{"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/u"}}))
          == "/xdg/casebook/casebook.cbk");
    CHECK(resolveStorePath(std::nullopt, envOf({{"HOME", "/home/u"}})) == "/home/u/.local/share/casebook/casebook.cbk");
}

TEST_CASE("empty variables and a relative XDG_DATA_HOME are ignored", "[storepath]")
{
    const auto env = envOf({{"CASEBOOK_STORE", ""}, {"XDG_DATA_HOME", "relative"}, {"HOME", "/home/u"}});
    CHECK(resolveStorePath(std::nullopt, env) == "/home/u/.local/share/casebook/casebook.cbk");
}

TEST_CASE("missing parent directories are created private to the user", "[storepath]")
{
    const casebook::cli::test::TempDir dir;
    const auto file = dir / "a" / "b" / "s.cbk";
    REQUIRE(casebook::cli::createPrivateParentDirectories(file).empty());
    for (const auto& created : {dir / "a", dir / "a" / "b"}) {
        struct stat info {};
        REQUIRE(::stat(created.c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0700);
    }
}
