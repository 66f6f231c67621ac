// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "crypto/SecretString.h"

#include <botan/mem_ops.h>

namespace casebook::core {

void secureWipe(void* data, std::size_t size) noexcept
{
    if (data != nullptr && size > 0) {
        Botan::secure_scrub_memory(data, size);
    }
}

} // namespace casebook::core
