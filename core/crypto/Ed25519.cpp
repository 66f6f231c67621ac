// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Ed25519.h"

#include <botan/ed25519.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>

#include <exception>

namespace casebook::core {

struct Ed25519Key::Impl {
    std::unique_ptr<Botan::Ed25519_PrivateKey> key;
};

Ed25519Key::Ed25519Key(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Ed25519Key::~Ed25519Key() = default;
Ed25519Key::Ed25519Key(Ed25519Key&&) noexcept = default;
Ed25519Key& Ed25519Key::operator=(Ed25519Key&&) noexcept = default;

Ed25519Key Ed25519Key::generate()
{
    return Ed25519Key(std::make_unique<Impl>(Impl{std::make_unique<Botan::Ed25519_PrivateKey>(Botan::system_rng())}));
}

std::optional<Ed25519Key> Ed25519Key::fromPrivate(std::span<const std::uint8_t> privateKey)
{
    try {
        const Botan::secure_vector<std::uint8_t> bytes(privateKey.begin(), privateKey.end());
        return Ed25519Key(std::make_unique<Impl>(Impl{std::make_unique<Botan::Ed25519_PrivateKey>(bytes)}));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

SecretBytes Ed25519Key::privateKey() const
{
    const auto& bytes = m_impl->key->get_private_key();
    return SecretBytes(bytes.begin(), bytes.end());
}

std::vector<std::uint8_t> Ed25519Key::publicKey() const
{
    return m_impl->key->get_public_key();
}

std::vector<std::uint8_t> Ed25519Key::sign(std::span<const std::uint8_t> message) const
{
    Botan::PK_Signer signer(*m_impl->key, Botan::system_rng(), "Pure");
    return signer.sign_message(message.data(), message.size(), Botan::system_rng());
}

bool ed25519Verify(std::span<const std::uint8_t> publicKey, std::span<const std::uint8_t> message,
                   std::span<const std::uint8_t> signature)
{
    try {
        const Botan::Ed25519_PublicKey key(publicKey.data(), publicKey.size());
        Botan::PK_Verifier verifier(key, "Pure");
        return verifier.verify_message(message.data(), message.size(), signature.data(), signature.size());
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace casebook::core
