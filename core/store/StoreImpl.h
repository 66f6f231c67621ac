// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core/store: the state behind an open Store.

#include "store/Database.h"
#include "store/EncryptedVfs.h"
#include "store/Store.h"
#include "store/StoreHeader.h"

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

// Applied to every connection: keeps temporary data in memory and the format intact.
constexpr std::string_view kConnectionPolicy = "PRAGMA temp_store=MEMORY;"
                                               "PRAGMA secure_delete=ON;"
                                               "PRAGMA mmap_size=0;"
                                               "PRAGMA cache_size=-65536;"
                                               "PRAGMA foreign_keys=ON;"
                                               "PRAGMA busy_timeout=5000;"
                                               "PRAGMA journal_mode=WAL;"
                                               "PRAGMA synchronous=FULL;";

// Applied to a reader (Store::openReader): the same in-memory temporaries and no mapping, and
// nothing that writes (the journal mode is the writer's; query_only stops a write before SQLite
// even asks for the lock).
constexpr std::string_view kReaderPolicy = "PRAGMA temp_store=MEMORY;"
                                           "PRAGMA mmap_size=0;"
                                           "PRAGMA cache_size=-16384;"
                                           "PRAGMA foreign_keys=ON;"
                                           "PRAGMA busy_timeout=5000;"
                                           "PRAGMA query_only=ON;";

/// How long an operation that needs the store to itself waits for other connections to close.
inline constexpr std::chrono::milliseconds kLockTimeout{3000};

/// Keeps a key registered for exactly as long as it is needed.
class Registration final {
public:
    Registration() = default;
    Registration(std::string path, std::shared_ptr<const format::Keys> keys)
    {
        if (vfs::registerKeys(path, std::move(keys))) {
            m_path = std::move(path);
        }
    }
    Registration(Registration&& other) noexcept
        : m_path(std::exchange(other.m_path, {}))
    {
    }
    Registration& operator=(Registration&& other) noexcept
    {
        release();
        m_path = std::exchange(other.m_path, {});
        return *this;
    }
    ~Registration() { release(); }
    bool active() const { return !m_path.empty(); }

private:
    void release()
    {
        if (!m_path.empty()) {
            vfs::unregisterKeys(m_path);
            m_path.clear();
        }
    }
    std::string m_path;
};

struct Store::Impl {
    std::filesystem::path path;
    std::string fullPath;
    std::shared_ptr<const format::Keys> keys;
    format::Header header;
    /// Shared by the store and its readers: the key stays registered (and the store counts as
    /// open in this process) until the last of them closes. Declared before db: unregistered after
    /// the connection closes.
    std::shared_ptr<Registration> registration;
    std::optional<Database> db;
    int schemaVersion = 0;
    std::vector<std::string> warnings;
    bool readOnly = false;

    // Opens `path` with keys already unlocked. `creating` sets the reserve before anything else.
    // With `schema` the store is migrated to it; without, its schema is neither checked nor
    // changed (a copy of a store that is already open, or pages re-encrypted as they are).
    static Result<std::unique_ptr<Impl>> connect(const std::filesystem::path& path,
                                                 std::shared_ptr<const format::Keys> keys, const format::Header& header,
                                                 bool creating, std::optional<std::span<const Migration>> schema);
    /// Unlocks and connects to the store at `path` (Store::open; `schema` as for connect).
    static Result<std::unique_ptr<Impl>> unlock(const std::filesystem::path& path, const SecretString& passphrase,
                                                std::optional<std::span<const Migration>> schema);
    /// Creates `path` (exclusively) with a new data key wrapped under `passphrase` in slot 0.
    struct NewFile {
        std::shared_ptr<const format::Keys> keys;
        format::Header header;
    };
    static Result<NewFile> createFile(const std::filesystem::path& path, const SecretString& passphrase,
                                      const KdfChoice& kdf);
    /// The header as it is now, read through the open connection (never through a second fd).
    Result<format::HeaderState> currentHeader() const;
};

StoreInfo infoFromHeader(const format::HeaderState& state, const std::filesystem::path& path);

} // namespace casebook::core
