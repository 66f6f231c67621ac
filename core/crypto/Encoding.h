// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// `bytes` as lower-case hex.
std::string hexEncode(std::span<const std::uint8_t> bytes);
/// Hex digits (either case; white space is skipped) as bytes; nullopt when `text` is not an even
/// run of hex digits.
std::optional<std::vector<std::uint8_t>> hexDecode(std::string_view text);

/// `bytes` as standard base64 with padding (RFC 4648).
std::string base64Encode(std::span<const std::uint8_t> bytes);
/// Standard base64 (white space is skipped) as bytes; nullopt when `text` is not valid base64.
std::optional<std::vector<std::uint8_t>> base64Decode(std::string_view text);

} // namespace casebook::core
