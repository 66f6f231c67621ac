// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace casebook::core {

/// An owned POSIX file descriptor with positioned, complete reads and writes.
/// Only for files SQLite does not hold open in this process (closing an fd drops POSIX locks).
class PosixFile {
public:
    enum class Mode { ReadOnly, ReadWrite, CreateExclusive };
    static Result<PosixFile> open(const std::filesystem::path& path, Mode mode);

    PosixFile(PosixFile&& other) noexcept;
    PosixFile& operator=(PosixFile&&) = delete;
    PosixFile(const PosixFile&) = delete;
    ~PosixFile();

    /// Reads up to `size` bytes at `offset`; returns how many were read (short only at end of file).
    Result<std::size_t> readAt(void* data, std::size_t size, std::uint64_t offset) const;
    Status writeAt(const void* data, std::size_t size, std::uint64_t offset);
    Status sync();
    Result<std::uint64_t> size() const;

private:
    explicit PosixFile(int fd, std::filesystem::path path)
        : m_fd(fd)
        , m_path(std::move(path))
    {
    }
    int m_fd = -1;
    std::filesystem::path m_path;
};

/// fsyncs the directory holding `path`, so a create or rename is durable.
Status syncDirectoryOf(const std::filesystem::path& path);
/// Copies a file's bytes (used by tests and restore bookkeeping), fsyncing the destination.
Status copyFileDurably(const std::filesystem::path& from, const std::filesystem::path& to);

} // namespace casebook::core
