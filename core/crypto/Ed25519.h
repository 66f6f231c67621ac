// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Random.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace casebook::core {

/// An Ed25519 signing key (pure Ed25519, RFC 8032).
class Ed25519Key {
public:
    /// A new key from the system's random number generator.
    static Ed25519Key generate();
    /// The key from its private bytes as privateKey() gave them; nullopt when they are not one.
    static std::optional<Ed25519Key> fromPrivate(std::span<const std::uint8_t> privateKey);

    ~Ed25519Key();
    Ed25519Key(Ed25519Key&&) noexcept;
    Ed25519Key& operator=(Ed25519Key&&) noexcept;
    Ed25519Key(const Ed25519Key&) = delete;
    Ed25519Key& operator=(const Ed25519Key&) = delete;

    /// The private key (seed and public key, 64 bytes), to store.
    SecretBytes privateKey() const;
    /// The 32-byte public key.
    std::vector<std::uint8_t> publicKey() const;
    /// The 64-byte signature of `message`.
    std::vector<std::uint8_t> sign(std::span<const std::uint8_t> message) const;

private:
    struct Impl;
    explicit Ed25519Key(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Whether `signature` is `publicKey`'s signature of `message`; false for a malformed key or
/// signature too.
bool ed25519Verify(std::span<const std::uint8_t> publicKey, std::span<const std::uint8_t> message,
                   std::span<const std::uint8_t> signature);

} // namespace casebook::core
