// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Digest.h"

#include "crypto/Encoding.h"

#include <botan/hash.h>
#include <botan/mac.h>

namespace casebook::core {

struct Sha256::Impl {
    std::unique_ptr<Botan::HashFunction> hash = Botan::HashFunction::create_or_throw("SHA-256");
};

Sha256::Sha256()
    : m_impl(std::make_unique<Impl>())
{
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

Sha256& Sha256::update(const void* data, std::size_t size)
{
    if (size > 0) {
        m_impl->hash->update(static_cast<const std::uint8_t*>(data), size);
    }
    return *this;
}

Sha256Digest Sha256::final()
{
    Sha256Digest out{};
    m_impl->hash->final(out.data());
    return out;
}

std::string Sha256::finalHex()
{
    const Sha256Digest digest = final();
    return hexEncode(digest);
}

Sha256Digest sha256(std::span<const std::uint8_t> bytes)
{
    return Sha256().update(bytes).final();
}

Sha256Digest sha256(std::string_view text)
{
    return Sha256().update(text).final();
}

std::string sha256Hex(std::string_view text)
{
    return Sha256().update(text).finalHex();
}

Sha256Digest hmacSha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> data)
{
    auto hmac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    hmac->set_key(key.data(), key.size());
    hmac->update(data.data(), data.size());
    Sha256Digest out{};
    hmac->final(out.data());
    return out;
}

} // namespace casebook::core
