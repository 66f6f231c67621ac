// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecretString.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace casebook::core {

/// Bytes whose heap storage is wiped when released (keys outside core/store).
using SecretBytes = std::vector<std::uint8_t, WipingAllocator<std::uint8_t>>;

/// Fills `out` from the operating system's random number generator.
void randomFill(std::span<std::uint8_t> out);
/// `count` random bytes.
std::vector<std::uint8_t> randomBytes(std::size_t count);
/// `count` random bytes for a key, wiped when released.
SecretBytes randomSecret(std::size_t count);

} // namespace casebook::core
