// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/TestSupport.h"

#include "store/PageCipher.h"
#include "store/StoreHeader.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::test {

/// Every page of the main file and every WAL frame, decrypted with the store's own keys.
struct Plaintext {
    std::string pages;
    std::size_t mainPages = 0;
    std::size_t walFrames = 0;
    std::size_t undecryptable = 0; ///< pages that failed authentication (never expected)

    bool contains(std::string_view needle) const { return pages.find(needle) != std::string::npos; }
};

inline Plaintext decryptEverything(const std::filesystem::path& store, const char* passphrase)
{
    Plaintext out;
    auto state = core::format::readHeader(store);
    REQUIRE(state.has_value());
    auto keys = core::format::unlock(state->header(), passphrase);
    REQUIRE(keys.has_value());
    core::PageCipher cipher(*keys);
    const std::uint32_t pageSize = cipher.pageSize();
    std::vector<std::uint8_t> plain(pageSize);
    const std::vector<std::uint8_t> main = readFile(store);
    for (std::size_t offset = 4096; offset + pageSize <= main.size(); offset += pageSize) {
        const auto pgno = static_cast<std::uint32_t>((offset - 4096) / pageSize + 1);
        ++out.mainPages;
        if (cipher.decrypt(main.data() + offset, plain.data(), pgno)) {
            out.pages.append(reinterpret_cast<const char*>(plain.data()), plain.size());
        } else {
            ++out.undecryptable;
        }
    }
    const std::filesystem::path walPath = store.string() + "-wal";
    if (std::filesystem::exists(walPath)) {
        const std::vector<std::uint8_t> wal = readFile(walPath);
        for (std::size_t offset = 32; offset + 24 + pageSize <= wal.size(); offset += 24 + pageSize) {
            const std::uint32_t pgno = (std::uint32_t{wal[offset]} << 24) | (std::uint32_t{wal[offset + 1]} << 16)
                                       | (std::uint32_t{wal[offset + 2]} << 8) | std::uint32_t{wal[offset + 3]};
            ++out.walFrames;
            if (cipher.decrypt(wal.data() + offset + 24, plain.data(), pgno)) {
                out.pages.append(reinterpret_cast<const char*>(plain.data()), plain.size());
            } else {
                ++out.undecryptable;
            }
        }
    }
    return out;
}

} // namespace casebook::test
