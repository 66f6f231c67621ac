// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ExportAudit.h"

#include <botan/hash.h>
#include <botan/hex.h>

namespace casebook::core {

std::string sha256Hex(std::string_view bytes)
{
    const auto sha256 = Botan::HashFunction::create_or_throw("SHA-256");
    sha256->update(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return Botan::hex_encode(sha256->final(), false);
}

} // namespace casebook::core
