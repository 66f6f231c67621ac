// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core/store: the encrypting SQLite VFS shim and its key registry (see FORMAT.md).

#include "store/StoreHeader.h"
#include "support/Result.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_file;

namespace casebook::core::vfs {

inline constexpr const char* kDefaultName = "casebook-enc";

/// Registers the encrypting VFS `name` over the VFS `baseName` (nullptr = SQLite's default).
/// Idempotent per name. Tests register a second instance over a spy VFS.
Status install(const char* name = kDefaultName, const char* baseName = nullptr);

/// Whether install() put SQLite on the zeroing allocator (every freed block wiped), and how many
/// bytes it has wiped so far. False only when SQLite was initialised before install().
bool zeroingAllocatorInstalled();
std::uint64_t zeroingAllocatorWipedBytes();

/// The absolute path SQLite will use for `path` under the base VFS: the registry key.
Result<std::string> fullPath(const std::string& path, const char* vfsName = kDefaultName);

/// Makes `keys` available to xOpen of the main file at `fullPath` (and its WAL and journal).
/// Returns false when a key is already registered for that path.
bool registerKeys(const std::string& fullPath, std::shared_ptr<const format::Keys> keys);
void unregisterKeys(const std::string& fullPath);
bool isRegistered(const std::string& fullPath);

/// What a full scan of a WAL file finds, emulating SQLite's recovery (salts, cumulative checksum
/// chain, page number) and authenticating every page.
struct WalScan {
    bool present = false;          ///< the file holds at least a WAL header
    bool headerValid = false;      ///< magic, version, page size and header checksum right
    std::uint64_t frames = 0;      ///< whole frames in the file
    std::uint64_t currentSalt = 0; ///< frames carrying the header's salts
    std::uint64_t validPrefix = 0; ///< frames recovery accepts before the first invalid one
    std::uint64_t recovered = 0;   ///< the last commit frame within the valid prefix: what recovery keeps
    std::uint64_t firstBad = 0;    ///< 1-based frame that ends the log (0: none)
    std::string firstBadWhy;
    /// Frames after the first bad one (or anywhere, when the header is bad) that carry the current
    /// salts and authenticate: committed data that recovery would silently drop.
    std::vector<std::uint64_t> laterAuthentic;
    bool damaged() const { return !laterAuthentic.empty(); }
    /// Recovery would not use every frame of the current log (a torn or uncommitted tail).
    bool unusedTail() const { return headerValid && currentSalt > recovered; }
};

/// Scans the WAL through `realWal`, the file object below our shim (never our own xRead).
WalScan scanWal(sqlite3_file* realWal, const format::Keys& keys);

/// The copy of a leftover WAL that recovery kept aside on this connection, or "".
std::string keptAsideWal(sqlite3* db);

/// An exclusive lock on a store's main file, taken with SQLite's own file locks through the base
/// VFS, so it excludes every SQLite connection to the store in any process (a WAL-mode connection
/// holds a shared lock for as long as it is open). Header reads and writes go through the locked
/// handle: closing a second descriptor of the file would drop the process's POSIX locks.
class ExclusiveLock final : public format::HeaderIo {
public:
    /// Waits up to `timeout` for the lock (sleeping between tries, never spinning); StoreInUse
    /// when another connection keeps it.
    static Result<std::unique_ptr<ExclusiveLock>> acquire(const std::filesystem::path& path,
                                                          std::chrono::milliseconds timeout);
    ~ExclusiveLock() override;
    ExclusiveLock(const ExclusiveLock&) = delete;
    ExclusiveLock& operator=(const ExclusiveLock&) = delete;

    Result<std::size_t> readAt(void* data, std::size_t size, std::uint64_t offset) override;
    Status writeAt(const void* data, std::size_t size, std::uint64_t offset) override;
    Status sync() override;
    Result<std::uint64_t> size() override;

private:
    ExclusiveLock() = default;
    std::vector<std::uint64_t> m_storage; ///< the base VFS's sqlite3_file
    sqlite3_file* m_file = nullptr;
    bool m_open = false;
};

/// The file object below our shim (for raw header reads while SQLite holds the file open).
sqlite3_file* underlyingFile(sqlite3_file* ours);
/// The encrypted main file or WAL of schema "main" of `db`, or nullptr.
sqlite3_file* mainFile(sqlite3* db);
sqlite3_file* walFile(sqlite3* db);

} // namespace casebook::core::vfs
