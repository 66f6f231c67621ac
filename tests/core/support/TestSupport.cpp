// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/TestSupport.h"
#include "schema/AppSchema.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <stdexcept>

namespace casebook::test {

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "casebook-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

core::KdfChoice fastKdf()
{
    return core::KdfChoice::fixed({8 * 1024, 1, 1});
}

core::SecretString secret(const char* text)
{
    return core::SecretString(text);
}

std::unique_ptr<core::Store> makeStore(const std::filesystem::path& path, const char* passphrase, int rows)
{
    auto store = core::Store::create(path, secret(passphrase), core::appMigrations(), fastKdf());
    if (!store) {
        throw std::runtime_error("create failed: " + store.error().detail);
    }
    auto& db = (*store)->database();
    if (!db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT); BEGIN")) {
        throw std::runtime_error("schema failed");
    }
    auto insert = db.prepare("INSERT INTO t(id, body) VALUES (?, ?)");
    for (int i = 1; i <= rows; ++i) {
        insert->bind(1, std::int64_t{i}).bind(2, "row " + std::to_string(i) + " payload");
        if (!insert->run()) {
            throw std::runtime_error("insert failed");
        }
        insert->reset();
    }
    if (!db.exec("COMMIT")) {
        throw std::runtime_error("commit failed");
    }
    return std::move(store.value());
}

std::vector<std::uint8_t> readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

void flipByte(const std::filesystem::path& path, std::uint64_t offset, std::uint8_t mask)
{
    auto bytes = readFile(path);
    bytes.at(offset) ^= mask;
    writeFile(path, bytes);
}

bool contains(const std::vector<std::uint8_t>& haystack, const std::string& needle)
{
    return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

std::string randomCanary(const char* prefix)
{
    static std::mt19937_64 rng(std::random_device{}());
    return std::string(prefix) + std::to_string(rng());
}

} // namespace casebook::test
