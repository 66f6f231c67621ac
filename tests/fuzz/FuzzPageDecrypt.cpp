// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the page cipher under a fixed key. The first byte chooses the mode, the next
// four the page number, the rest is the page (cut or zero-padded to 4 KiB):
//   even: the page as stored on disk -> decrypt must refuse it (a forgery) or give a page back;
//   odd:  the page as SQLite hands it over -> encrypt, then decrypt must give it back, and the
//         same bytes under another page number must be refused.
// The WAL checksum mask is exercised with the same input.
#include "store/PageCipher.h"
#include "store/StoreHeader.h"

#include <botan/secmem.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

using namespace casebook::core;

namespace {

PageCipher& cipher()
{
    static PageCipher instance([] {
        format::Header header;
        for (std::size_t i = 0; i < header.fileId.size(); ++i) {
            header.fileId[i] = static_cast<std::uint8_t>(i);
        }
        Botan::secure_vector<std::uint8_t> dataKey(32, 0x5a);
        return format::deriveKeys(std::move(dataKey), header);
    }());
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 5) {
        return 0;
    }
    PageCipher& c = cipher();
    const bool roundTrip = (data[0] & 1U) != 0;
    std::uint32_t pgno = 0;
    std::memcpy(&pgno, data + 1, sizeof pgno);
    std::vector<std::uint8_t> page(c.pageSize(), 0);
    std::copy_n(data + 5, std::min<std::size_t>(size - 5, page.size()), page.begin());
    std::vector<std::uint8_t> out(c.pageSize(), 0);
    if (!roundTrip) {
        if (c.decrypt(page.data(), out.data(), pgno)) {
            __builtin_trap(); // a page nobody encrypted authenticated: a forgery got through
        }
    } else {
        std::vector<std::uint8_t> stored(c.pageSize(), 0);
        c.encrypt(page.data(), stored.data(), pgno);
        if (!c.decrypt(stored.data(), out.data(), pgno)
            || !std::equal(out.begin(), out.begin() + c.usable(), page.begin())) {
            __builtin_trap(); // what was encrypted did not come back
        }
        if (c.decrypt(stored.data(), out.data(), pgno + 1)) {
            __builtin_trap(); // a page moved to another number must fail authentication
        }
    }
    std::uint8_t checksum[8] = {};
    std::uint8_t salts[8] = {};
    std::copy_n(page.begin(), 8, checksum);
    std::copy_n(page.begin() + 8, 8, salts);
    std::uint8_t masked[8];
    std::memcpy(masked, checksum, 8);
    c.maskChecksum(masked, salts, pgno);
    c.maskChecksum(masked, salts, pgno);
    if (std::memcmp(masked, checksum, 8) != 0) {
        __builtin_trap(); // masking twice must give the checksum back
    }
    return 0;
}
