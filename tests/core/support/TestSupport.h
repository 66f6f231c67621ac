// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecretString.h"
#include "store/Store.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace casebook::test {

/// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::filesystem::path& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

/// Cheap Argon2id parameters so tests do not spend seconds in key derivation.
core::KdfChoice fastKdf();
core::SecretString secret(const char* text);

/// Creates a store with a table `t(id INTEGER PRIMARY KEY, body TEXT)` holding `rows` rows.
std::unique_ptr<core::Store> makeStore(const std::filesystem::path& path, const char* passphrase, int rows);

std::vector<std::uint8_t> readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes);
void flipByte(const std::filesystem::path& path, std::uint64_t offset, std::uint8_t mask = 0x01);
bool contains(const std::vector<std::uint8_t>& haystack, const std::string& needle);
std::string randomCanary(const char* prefix);

} // namespace casebook::test
