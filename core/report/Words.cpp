// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/Words.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace casebook::core {

std::string codeInWords(std::string_view code)
{
    static constexpr std::string_view kAcronyms[] = {"upp", "uap", "hr", "oh", "psd", "ppa", "rag"};
    std::string out;
    std::size_t start = 0;
    while (start <= code.size()) {
        const std::size_t end = std::min(code.find('_', start), code.size());
        std::string word(code.substr(start, end - start));
        if (std::find(std::begin(kAcronyms), std::end(kAcronyms), word) != std::end(kAcronyms)) {
            for (char& c : word) {
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            }
        }
        out += (out.empty() ? "" : " ") + word;
        start = end + 1;
    }
    if (!out.empty()) {
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    }
    return out;
}

} // namespace casebook::core
