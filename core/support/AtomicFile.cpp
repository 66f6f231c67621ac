// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <optional>
#include <string>

namespace casebook::core {

namespace {

constexpr std::string_view kPartial = ".partial-";

std::error_code lastError()
{
    return {errno, std::generic_category()};
}

bool writeAll(int fd, std::string_view text)
{
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return ::fsync(fd) == 0;
}

// Removes "<name>.partial-XXXXXX" files beside `path` that a killed earlier run left behind (clear
// text). Only those untouched for a minute, so a concurrent export of the same name is not hit.
void removeStalePartials(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    const std::string prefix = path.filename().string() + std::string(kPartial);
    const auto now = std::filesystem::file_time_type::clock::now();
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() == prefix.size() + 6 && name.rfind(prefix, 0) == 0 && it->is_regular_file(ec)) {
            const auto age = now - std::filesystem::last_write_time(it->path(), ec);
            if (!ec && age > std::chrono::minutes(1)) {
                std::filesystem::remove(it->path(), ec);
            }
        }
    }
}

// Writes through an unnamed O_TMPFILE inode that only gets a name once it is complete, so a kill
// at any point leaves no clear-text file. nullopt when the file system does not support it.
std::optional<std::error_code> writeViaTmpfile(const std::filesystem::path& path, std::string_view text, bool force)
{
    const auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    const int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL) {
            return std::nullopt;
        }
        return lastError();
    }
    if (!writeAll(fd, text)) {
        const auto failed = lastError();
        ::close(fd);
        return failed;
    }
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    std::error_code result;
    if (!force) {
        // linkat refuses an existing name, atomically.
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) != 0) {
            result = lastError();
        }
    } else {
        // Name the complete file beside the target, then rename it over the target.
        std::filesystem::path temp = path;
        temp += std::string(kPartial) + std::to_string(::getpid() % 1000000);
        ::unlink(temp.c_str());
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) != 0) {
            result = lastError();
        } else if (::rename(temp.c_str(), path.c_str()) != 0) {
            result = lastError();
            ::unlink(temp.c_str());
        }
    }
    if (::close(fd) != 0 && !result) {
        result = lastError();
    }
    if (result && result.value() == ENOENT) {
        return std::nullopt; // no /proc: fall back to a named temporary file
    }
    return result;
}

} // namespace

std::error_code writeFileAtomically(const std::filesystem::path& path, std::string_view text, bool force)
{
    std::error_code ec;
    if (!force && std::filesystem::exists(path, ec)) {
        return std::make_error_code(std::errc::file_exists);
    }
    removeStalePartials(path);
    if (auto done = writeViaTmpfile(path, text, force)) {
        return *done;
    }
    std::filesystem::path temp = path;
    temp += std::string(kPartial) + "XXXXXX";
    std::string name = temp.string();
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        return lastError();
    }
    ::fchmod(fd, 0600);
    if (!writeAll(fd, text)) {
        const auto failed = lastError();
        ::close(fd);
        ::unlink(name.c_str());
        return failed;
    }
    if (::close(fd) != 0) {
        const auto failed = lastError();
        ::unlink(name.c_str());
        return failed;
    }
    if (::rename(name.c_str(), path.c_str()) != 0) {
        const auto failed = lastError();
        ::unlink(name.c_str());
        return failed;
    }
    return {};
}

} // namespace casebook::core
