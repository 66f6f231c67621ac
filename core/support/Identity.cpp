// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/Identity.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace casebook::core {

namespace {

constexpr std::size_t kMaxValue = 200;

std::string_view trim(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

std::array<std::pair<const char*, std::string Identity::*>, 6> fields()
{
    return {{{"name", &Identity::name},
             {"rank", &Identity::rank},
             {"collar_number", &Identity::collarNumber},
             {"force", &Identity::force},
             {"marking", &Identity::marking},
             {"handling", &Identity::handling}}};
}

bool makePrivateFolders(const std::filesystem::path& dir)
{
    std::error_code ec;
    if (dir.empty() || std::filesystem::is_directory(dir, ec)) {
        return true;
    }
    if (!makePrivateFolders(dir.parent_path())) {
        return false;
    }
    return ::mkdir(dir.c_str(), 0700) == 0 || errno == EEXIST;
}

} // namespace

std::string Identity::signature() const
{
    if (name.empty()) {
        return {};
    }
    std::string out;
    for (const std::string* part : {&rank, &collarNumber, &name}) {
        if (!part->empty()) {
            if (!out.empty()) {
                out += ' ';
            }
            out += *part;
        }
    }
    return out;
}

Result<Identity> parseIdentity(std::string_view text)
{
    Identity identity;
    int lineNumber = 0;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = trim(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++lineNumber;
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const auto equals = line.find('=');
        if (equals == std::string_view::npos) {
            return makeError(ErrorCode::InvalidArgument,
                             "line " + std::to_string(lineNumber) + ": expected 'key = value'");
        }
        const std::string_view key = trim(line.substr(0, equals));
        const std::string_view value = trim(line.substr(equals + 1));
        if (value.size() > kMaxValue) {
            return makeError(ErrorCode::InvalidArgument, "line " + std::to_string(lineNumber) + ": '" + std::string(key)
                                                             + "' is longer than 200 characters");
        }
        bool known = false;
        for (const auto& [name, member] : fields()) {
            if (key == name) {
                identity.*member = std::string(value);
                known = true;
            }
        }
        if (!known) {
            return makeError(ErrorCode::InvalidArgument,
                             "line " + std::to_string(lineNumber) + ": unknown key '" + std::string(key) + "'");
        }
    }
    return identity;
}

std::string formatIdentity(const Identity& identity)
{
    std::string out =
        "# Who is working: used by Casebook and casebook-cli for \"by\", \"decided by\" and \"prepared by\".\n";
    for (const auto& [name, member] : fields()) {
        std::string value = identity.*member;
        for (char& c : value) {
            if (c == '\n' || c == '\r') {
                c = ' ';
            }
        }
        out += std::string(name) + " = " + value + "\n";
    }
    return out;
}

std::filesystem::path identityPath()
{
    const char* config = std::getenv("XDG_CONFIG_HOME");
    std::filesystem::path base;
    if (config != nullptr && *config == '/') {
        base = config;
    } else {
        const char* home = std::getenv("HOME");
        base = std::filesystem::path(home != nullptr ? home : "") / ".config";
    }
    return base / "casebook" / "identity.conf";
}

Result<Identity> loadIdentity(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        return Identity{};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::Io, "cannot read " + path.string());
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto identity = parseIdentity(text.str());
    if (!identity) {
        return makeError(identity.error().code, path.string() + ": " + identity.error().detail);
    }
    return identity;
}

Status saveIdentity(const std::filesystem::path& path, const Identity& identity)
{
    if (!makePrivateFolders(path.parent_path())) {
        return makeError(ErrorCode::Io, "cannot create the folder " + path.parent_path().string());
    }
    const std::filesystem::path temporary = path.string() + ".new";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return makeError(ErrorCode::Io, "cannot write " + temporary.string());
    }
    const std::string text = formatIdentity(identity);
    std::size_t done = 0;
    while (done < text.size()) {
        const auto n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            ::close(fd);
            ::unlink(temporary.c_str());
            return makeError(ErrorCode::Io, "cannot write " + temporary.string());
        }
        done += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    const bool closed = ::close(fd) == 0;
    if (!synced || !closed || ::rename(temporary.c_str(), path.c_str()) != 0) {
        ::unlink(temporary.c_str());
        return makeError(ErrorCode::Io, "cannot replace " + path.string());
    }
    return Ok{};
}

} // namespace casebook::core
