// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core/store: the encrypting SQLite VFS shim and its key registry (see FORMAT.md).

#include "store/StoreHeader.h"
#include "support/Result.h"

#include <memory>
#include <string>

struct sqlite3;
struct sqlite3_file;

namespace casebook::core::vfs {

inline constexpr const char* kDefaultName = "casebook-enc";

/// Registers the encrypting VFS `name` over the VFS `baseName` (nullptr = SQLite's default).
/// Idempotent per name. Tests register a second instance over a spy VFS.
Status install(const char* name = kDefaultName, const char* baseName = nullptr);

/// The absolute path SQLite will use for `path` under the base VFS: the registry key.
Result<std::string> fullPath(const std::string& path, const char* vfsName = kDefaultName);

/// Makes `keys` available to xOpen of the main file at `fullPath` (and its WAL and journal).
/// Returns false when a key is already registered for that path.
bool registerKeys(const std::string& fullPath, std::shared_ptr<const format::Keys> keys);
void unregisterKeys(const std::string& fullPath);
bool isRegistered(const std::string& fullPath);

/// The file object below our shim (for raw header reads while SQLite holds the file open).
sqlite3_file* underlyingFile(sqlite3_file* ours);
/// The encrypted main file or WAL of schema "main" of `db`, or nullptr.
sqlite3_file* mainFile(sqlite3* db);
sqlite3_file* walFile(sqlite3* db);

} // namespace casebook::core::vfs
