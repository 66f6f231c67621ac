// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/PosixFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace casebook::core {
namespace {

Error ioError(const char* what, const std::filesystem::path& path)
{
    const int err = errno;
    const ErrorCode code = (err == EEXIST)   ? ErrorCode::AlreadyExists
                           : (err == ENOENT) ? ErrorCode::NotFound
                                             : ErrorCode::Io;
    return makeError(code, std::string(what) + " " + path.string() + ": " + std::strerror(err));
}

} // namespace

Result<PosixFile> PosixFile::open(const std::filesystem::path& path, Mode mode)
{
    int flags = O_CLOEXEC;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= O_RDONLY;
        break;
    case Mode::ReadWrite:
        flags |= O_RDWR;
        break;
    case Mode::CreateExclusive:
        flags |= O_RDWR | O_CREAT | O_EXCL;
        break;
    }
    // Non-blocking, so that a FIFO or device at the path cannot hang the open; anything but a
    // regular file is refused before a byte is read.
    const int fd = ::open(path.c_str(), flags | O_NONBLOCK, 0600);
    if (fd < 0) {
        return ioError("cannot open", path);
    }
    PosixFile file(fd, path);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        return ioError("cannot stat", path);
    }
    if (!S_ISREG(st.st_mode)) {
        return makeError(ErrorCode::NotAStore, "not a regular file: " + path.string());
    }
    if (::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) {
        return ioError("cannot configure", path);
    }
    return file;
}

PosixFile::PosixFile(PosixFile&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_path(std::move(other.m_path))
{
}

PosixFile::~PosixFile()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

Result<std::size_t> PosixFile::readAt(void* data, std::size_t size, std::uint64_t offset) const
{
    std::size_t done = 0;
    auto* out = static_cast<char*>(data);
    while (done < size) {
        const ssize_t n = ::pread(m_fd, out + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return ioError("cannot read", m_path);
        }
        if (n == 0) {
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    return done;
}

Status PosixFile::writeAt(const void* data, std::size_t size, std::uint64_t offset)
{
    std::size_t done = 0;
    const auto* in = static_cast<const char*>(data);
    while (done < size) {
        const ssize_t n = ::pwrite(m_fd, in + done, size - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return ioError("cannot write", m_path);
        }
        done += static_cast<std::size_t>(n);
    }
    return Ok{};
}

Status PosixFile::sync()
{
    if (::fsync(m_fd) != 0) {
        return ioError("cannot sync", m_path);
    }
    return Ok{};
}

Result<std::uint64_t> PosixFile::size() const
{
    struct stat st {};
    if (::fstat(m_fd, &st) != 0) {
        return ioError("cannot stat", m_path);
    }
    return static_cast<std::uint64_t>(st.st_size);
}

Status syncDirectoryOf(const std::filesystem::path& path)
{
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return ioError("cannot open directory", dir);
    }
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0) {
        return ioError("cannot sync directory", dir);
    }
    return Ok{};
}

Status copyFileDurably(const std::filesystem::path& from, const std::filesystem::path& to)
{
    auto in = PosixFile::open(from, PosixFile::Mode::ReadOnly);
    if (!in) {
        return in.error();
    }
    auto out = PosixFile::open(to, PosixFile::Mode::CreateExclusive);
    if (!out) {
        return out.error();
    }
    std::vector<char> buffer(1 << 20);
    for (std::uint64_t offset = 0;;) {
        auto got = in->readAt(buffer.data(), buffer.size(), offset);
        if (!got) {
            return got.error();
        }
        if (*got == 0) {
            break;
        }
        if (auto st = out->writeAt(buffer.data(), *got, offset); !st) {
            return st;
        }
        offset += *got;
    }
    return out->sync();
}

} // namespace casebook::core
