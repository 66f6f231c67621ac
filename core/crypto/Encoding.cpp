// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Encoding.h"

#include <botan/base64.h>
#include <botan/hex.h>

#include <exception>

namespace casebook::core {

std::string hexEncode(std::span<const std::uint8_t> bytes)
{
    return Botan::hex_encode(bytes.data(), bytes.size(), false);
}

std::optional<std::vector<std::uint8_t>> hexDecode(std::string_view text)
{
    try {
        return Botan::hex_decode(text.data(), text.size(), true);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string base64Encode(std::span<const std::uint8_t> bytes)
{
    return Botan::base64_encode(bytes.data(), bytes.size());
}

std::optional<std::vector<std::uint8_t>> base64Decode(std::string_view text)
{
    try {
        const auto bytes = Botan::base64_decode(text.data(), text.size(), true);
        return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace casebook::core
