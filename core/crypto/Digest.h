// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace casebook::core {

/// A SHA-256 digest: 32 raw bytes.
using Sha256Digest = std::array<std::uint8_t, 32>;

/// SHA-256 over bytes given in pieces (the one digest of core; Botan stays behind it).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    Sha256& update(const void* data, std::size_t size);
    Sha256& update(std::span<const std::uint8_t> bytes) { return update(bytes.data(), bytes.size()); }
    Sha256& update(std::string_view text) { return update(text.data(), text.size()); }
    /// The digest of everything given so far; the hasher starts again empty.
    Sha256Digest final();
    /// final() as lower-case hex.
    std::string finalHex();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// SHA-256 of `bytes`, raw.
Sha256Digest sha256(std::span<const std::uint8_t> bytes);
/// SHA-256 of the bytes of `text`, raw.
Sha256Digest sha256(std::string_view text);
/// SHA-256 of the bytes of `text`, as 64 lower-case hex digits.
std::string sha256Hex(std::string_view text);

/// HMAC-SHA-256 of `data` under `key`.
Sha256Digest hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data);

} // namespace casebook::core
