// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the unencrypted header at the start of a store file (both copies, their
// checksums, key slots and KDF parameters). Whatever the bytes, parsing returns a header state
// or an error; it never reads past the input, crashes or hangs.
#include "store/StoreHeader.h"

#include <cstddef>
#include <cstdint>

using namespace casebook::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto state = format::parseHeader(data, size);
    if (state) {
        // A header that parses must serialise back to a copy that parses to the same fields.
        const format::Header& header = state->header();
        const auto bytes = format::serialize(header);
        ErrorCode why{};
        const auto again = format::parseCopy(bytes.data(), &why);
        if (!again || again->generation != header.generation || again->fileId != header.fileId
            || again->pageSize != header.pageSize) {
            __builtin_trap();
        }
        for (const format::KeySlot& slot : header.slots) {
            (void)format::checkKdfBounds(slot.kdf, false);
        }
        (void)format::cipherName(header.aeadId);
    }
    if (size >= format::kCopyBytes) {
        ErrorCode why{};
        (void)format::parseCopy(data, &why);
    }
    return 0;
}
