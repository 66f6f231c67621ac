// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace casebook::cli {

std::error_code writeFileAtomically(const std::filesystem::path& path, const std::string& text, bool force)
{
    std::error_code ec;
    if (!force && std::filesystem::exists(path, ec)) {
        return std::make_error_code(std::errc::file_exists);
    }
    std::filesystem::path temp = path;
    temp += ".partial-XXXXXX";
    std::string name = temp.string();
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        return {errno, std::generic_category()};
    }
    ::fchmod(fd, 0600);
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const std::error_code failed(errno, std::generic_category());
            ::close(fd);
            ::unlink(name.c_str());
            return failed;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::error_code failed(errno, std::generic_category());
        ::unlink(name.c_str());
        return failed;
    }
    if (::rename(name.c_str(), path.c_str()) != 0) {
        const std::error_code failed(errno, std::generic_category());
        ::unlink(name.c_str());
        return failed;
    }
    return {};
}

} // namespace casebook::cli
