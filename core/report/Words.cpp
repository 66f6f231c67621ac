// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/Words.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <utility>

namespace casebook::core {

std::string codeInWords(std::string_view code)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kNames{{
        {"police_federation", "Police Federation"},
        {"unison", "UNISON"},
        {"superintendents_association", "Police Superintendents' Association"},
    }};
    for (const auto& [stored, name] : kNames) {
        if (stored == code) {
            return std::string(name);
        }
    }
    static constexpr std::string_view kAcronyms[] = {"upp", "uap", "hr",  "oh",  "psd",
                                                     "ppa", "rag", "smp", "pat", "pmab"};
    // Abbreviations the regulations spell out, so that "win_received" reads "Written improvement
    // notice received", never "Win received".
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kSpelledOut{{
        {"win", "written improvement notice"},
        {"fwin", "final written improvement notice"},
    }};
    std::string out;
    std::size_t start = 0;
    while (start <= code.size()) {
        const std::size_t end = std::min(code.find('_', start), code.size());
        std::string word(code.substr(start, end - start));
        for (const auto& [abbreviation, spelled] : kSpelledOut) {
            if (word == abbreviation) {
                word = spelled;
            }
        }
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

std::string dateInWords(Date date)
{
    static constexpr std::array<std::string_view, 12> kMonths{"January",   "February", "March",    "April",
                                                              "May",       "June",     "July",     "August",
                                                              "September", "October",  "November", "December"};
    const int month = std::clamp(date.month(), 1, 12);
    return std::to_string(date.day()) + " " + std::string(kMonths.at(static_cast<std::size_t>(month - 1))) + " "
           + std::to_string(date.year());
}

std::string countInWords(long long n, std::string_view one, std::string_view many)
{
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string daysInWords(int daysFromAsOf)
{
    if (daysFromAsOf == 0) {
        return "due today";
    }
    if (daysFromAsOf == 1) {
        return "due tomorrow";
    }
    if (daysFromAsOf == -1) {
        return "1 day overdue";
    }
    if (daysFromAsOf < 0) {
        return std::to_string(-daysFromAsOf) + " days overdue";
    }
    return "in " + std::to_string(daysFromAsOf) + " days";
}

} // namespace casebook::core
