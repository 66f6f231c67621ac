// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Random.h"

#include <botan/system_rng.h>

namespace casebook::core {

void randomFill(std::span<std::uint8_t> out)
{
    Botan::system_rng().randomize(out.data(), out.size());
}

std::vector<std::uint8_t> randomBytes(std::size_t count)
{
    std::vector<std::uint8_t> out(count);
    randomFill(out);
    return out;
}

SecretBytes randomSecret(std::size_t count)
{
    SecretBytes out(count);
    randomFill(out);
    return out;
}

} // namespace casebook::core
