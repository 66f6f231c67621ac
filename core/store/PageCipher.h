// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core/store: per-page authenticated encryption (see FORMAT.md, "Pages").

#include "store/StoreHeader.h"

#include <cstdint>
#include <memory>

namespace Botan {
class AEAD_Mode;
class MessageAuthenticationCode;
} // namespace Botan

namespace casebook::core {

/// Encrypts and decrypts whole pages for one open file handle. Keyed once; reuses its buffers,
/// so no allocation happens per page. Not thread-safe (SQLite serialises a handle's I/O).
class PageCipher {
public:
    explicit PageCipher(const format::Keys& keys);
    ~PageCipher();
    PageCipher(const PageCipher&) = delete;
    PageCipher& operator=(const PageCipher&) = delete;

    /// Encrypts `plain` (pageSize bytes; its reserve area is ignored) into `out` (pageSize bytes).
    void encrypt(const std::uint8_t* plain, std::uint8_t* out, std::uint32_t pgno);
    /// Authenticates and decrypts `stored` into `out`, zeroing the reserve. False on any failure.
    bool decrypt(const std::uint8_t* stored, std::uint8_t* out, std::uint32_t pgno);
    /// XORs 8 bytes of WAL frame checksum with a keystream bound to the WAL salts and offset.
    void maskChecksum(std::uint8_t* checksum8, const std::uint8_t* salts8, std::uint64_t offset);

    std::uint32_t pageSize() const { return m_pageSize; }
    std::uint32_t usable() const { return m_pageSize - m_reserve; }
    /// Pages encrypted and decrypted by every PageCipher in this process (for benchmarks).
    struct Totals {
        std::uint64_t encrypted = 0;
        std::uint64_t decrypted = 0;
    };
    static Totals totals();

private:
    void setAad(std::uint32_t pgno);
    void nextNonce(std::uint8_t* nonce);

    std::unique_ptr<Botan::AEAD_Mode> m_enc;
    std::unique_ptr<Botan::AEAD_Mode> m_dec;
    std::unique_ptr<Botan::MessageAuthenticationCode> m_mask;
    std::uint32_t m_pageSize;
    std::uint32_t m_reserve;
    std::array<std::uint8_t, 31> m_aad{};
    std::array<std::uint8_t, 16> m_noncePrefix{};
    std::uint64_t m_counter = 0;
    unsigned m_forkGeneration = ~0U;
    Botan::secure_vector<std::uint8_t> m_scratch;
    Botan::secure_vector<std::uint8_t> m_maskKey;
};

} // namespace casebook::core
