// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/AtomicFile.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using casebook::core::writeFileAtomically;

namespace {

struct Folder {
    fs::path path;
    Folder()
    {
        std::string name = (fs::temp_directory_path() / "casebook-atomic-XXXXXX").string();
        REQUIRE(::mkdtemp(name.data()) != nullptr);
        path = name;
    }
    ~Folder()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::vector<std::string> names() const
    {
        std::vector<std::string> found;
        for (const auto& entry : fs::directory_iterator(path)) {
            found.push_back(entry.path().filename().string());
        }
        return found;
    }
};

std::string contents(const fs::path& path)
{
    std::string text(static_cast<std::size_t>(fs::file_size(path)), '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    return text;
}

bool ownerOnly(const fs::path& path)
{
    return (fs::status(path).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write);
}

} // namespace

TEST_CASE("an atomic write leaves exactly the file, owner-only, with its whole text", "[support][export]")
{
    Folder folder;
    const fs::path out = folder.path / "summary.pdf";
    REQUIRE_FALSE(writeFileAtomically(out, "clear text of a summary", false));
    CHECK(contents(out) == "clear text of a summary");
    CHECK(ownerOnly(out));
    CHECK(folder.names() == std::vector<std::string>{"summary.pdf"});
}

TEST_CASE("an atomic write refuses an existing file unless told to replace it", "[support][export]")
{
    Folder folder;
    const fs::path out = folder.path / "summary.pdf";
    REQUIRE_FALSE(writeFileAtomically(out, "first", false));
    CHECK(writeFileAtomically(out, "second", false) == std::make_error_code(std::errc::file_exists));
    CHECK(contents(out) == "first");
    REQUIRE_FALSE(writeFileAtomically(out, "second", true));
    CHECK(contents(out) == "second");
    CHECK(ownerOnly(out));
    CHECK(folder.names() == std::vector<std::string>{"summary.pdf"});
}

TEST_CASE("an atomic write into a missing folder fails and writes nothing", "[support][export]")
{
    Folder folder;
    CHECK(writeFileAtomically(folder.path / "no-such-folder" / "summary.pdf", "text", true));
    CHECK(folder.names().empty());
}

TEST_CASE("an atomic write clears clear-text partial files a killed earlier write left", "[support][export]")
{
    Folder folder;
    const fs::path out = folder.path / "summary.pdf";
    const fs::path stale = folder.path / "summary.pdf.partial-123456";
    const fs::path fresh = folder.path / "summary.pdf.partial-654321";
    std::ofstream(stale) << "half a summary";
    std::ofstream(fresh) << "another export, still being written";
    fs::last_write_time(stale, fs::file_time_type::clock::now() - std::chrono::minutes(5));
    REQUIRE_FALSE(writeFileAtomically(out, "whole summary", true));
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(fresh)); // under a minute old: it may belong to a write in progress
}

TEST_CASE("a write killed part-way leaves no clear-text file behind", "[support][export]")
{
    Folder folder;
    const fs::path out = folder.path / "caseload.ics";
    const std::string text(256u * 1024u * 1024u, 'x');
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        (void)writeFileAtomically(out, text, false);
        ::_exit(0);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    ::kill(child, SIGKILL);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    // Either the child was killed before the file got its name (nothing there), or it finished
    // (the whole file). Never a part, under any name.
    for (const auto& name : folder.names()) {
        CHECK(name == "caseload.ics");
        CHECK(fs::file_size(out) == text.size());
    }
    if (WIFSIGNALED(status)) {
        INFO("killed mid-write");
        CHECK(folder.names().size() <= 1);
    }
}
