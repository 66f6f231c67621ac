// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/TextOutput.h"

#include <algorithm>

namespace casebook::cli {

std::string oneLine(std::string_view text)
{
    std::string out(text);
    std::replace_if(
        out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }, ' ');
    return out;
}

std::string column(std::string_view text, std::size_t width)
{
    const std::string flat = oneLine(text);
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < flat.size();) {
        std::size_t len = 1;
        const auto lead = static_cast<unsigned char>(flat[i]);
        if (lead >= 0xF0) {
            len = 4;
        } else if (lead >= 0xE0) {
            len = 3;
        } else if (lead >= 0xC0) {
            len = 2;
        }
        if (chars + 1 == width && i + len < flat.size()) {
            out += "\u2026";
            ++chars;
            break;
        }
        out.append(flat, i, len);
        ++chars;
        i += len;
        if (chars == width) {
            break;
        }
    }
    out.append(width > chars ? width - chars : 0, ' ');
    return out;
}

} // namespace casebook::cli
