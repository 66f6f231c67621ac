// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/StorePath.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace casebook::cli {

namespace {

bool isSet(const char* value)
{
    return value != nullptr && *value != '\0';
}

std::optional<std::filesystem::path> homeDirectory(const EnvLookup& env)
{
    if (const char* home = env("HOME"); isSet(home)) {
        return std::filesystem::path(home);
    }
    if (const passwd* entry = ::getpwuid(::getuid()); entry != nullptr && isSet(entry->pw_dir)) {
        return std::filesystem::path(entry->pw_dir);
    }
    return std::nullopt;
}

} // namespace

std::optional<std::filesystem::path> resolveStorePath(const std::optional<std::string>& explicitPath,
                                                      const EnvLookup& env)
{
    if (explicitPath) {
        return std::filesystem::path(*explicitPath);
    }
    if (const char* fromEnv = env("CASEBOOK_STORE"); isSet(fromEnv)) {
        return std::filesystem::path(fromEnv);
    }
    std::filesystem::path dataHome;
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    if (const char* xdg = env("XDG_DATA_HOME"); isSet(xdg) && std::filesystem::path(xdg).is_absolute()) {
        dataHome = xdg;
    } else if (auto home = homeDirectory(env)) {
        dataHome = *home / ".local" / "share";
    } else {
        return std::nullopt;
    }
    return dataHome / "casebook" / "casebook.cbk";
}

std::string createPrivateParentDirectories(const std::filesystem::path& file)
{
    std::error_code ec;
    const std::filesystem::path parent = std::filesystem::absolute(file, ec).parent_path();
    std::vector<std::filesystem::path> missing;
    for (auto dir = parent; !dir.empty() && !std::filesystem::exists(dir, ec); dir = dir.parent_path()) {
        missing.push_back(dir);
        if (dir == dir.parent_path()) {
            break;
        }
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST) {
            return it->string() + ": cannot create the directory (" + std::strerror(errno) + ").";
        }
    }
    return {};
}

} // namespace casebook::cli
