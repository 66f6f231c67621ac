// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/TypedDate.h"

#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

namespace {

/// One run of letters or of digits; every other character separates runs.
struct Token {
    std::string text;
    bool digits = false;
};

std::optional<std::vector<Token>> tokens(std::string_view text)
{
    std::vector<Token> out;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isdigit(c) != 0 || std::isalpha(c) != 0) {
            const bool digits = std::isdigit(c) != 0;
            Token token{{}, digits};
            while (i < text.size()) {
                const auto d = static_cast<unsigned char>(text[i]);
                if ((digits && std::isdigit(d) == 0) || (!digits && std::isalpha(d) == 0)) {
                    break;
                }
                token.text.push_back(static_cast<char>(std::tolower(d)));
                ++i;
            }
            out.push_back(std::move(token));
        } else if (c == ' ' || c == '/' || c == '.' || c == '-' || c == ',' || c == '\t') {
            ++i;
        } else {
            return std::nullopt;
        }
    }
    return out;
}

/// 1-12 for an English month name or its usual short form ("dec", "sept"), otherwise nullopt.
std::optional<int> monthFromName(const std::string& word)
{
    static constexpr std::array<std::string_view, 12> names{"january",   "february", "march",    "april",
                                                            "may",       "june",     "july",     "august",
                                                            "september", "october",  "november", "december"};
    if (word.size() < 3) {
        return std::nullopt;
    }
    for (std::size_t m = 0; m < names.size(); ++m) {
        if (names[m].starts_with(word)) {
            return static_cast<int>(m) + 1;
        }
    }
    return std::nullopt;
}

std::optional<int> number(const Token& token, std::size_t maxDigits)
{
    if (!token.digits || token.text.empty() || token.text.size() > maxDigits) {
        return std::nullopt;
    }
    int value = 0;
    for (const char c : token.text) {
        value = value * 10 + (c - '0');
    }
    return value;
}

/// A year as typed: four digits as they are, two digits in the window around `today`.
std::optional<int> year(const Token& token, Date today)
{
    if (!token.digits || (token.text.size() != 2 && token.text.size() != 4)) {
        return std::nullopt;
    }
    const int typed = *number(token, 4);
    if (token.text.size() == 4) {
        return typed;
    }
    const int earliest = today.year() - 80;
    int full = earliest - earliest % 100 + typed;
    if (full < earliest) {
        full += 100;
    }
    return full;
}

/// The text as typed, in quotes, cut short when it is long (a paste of a whole paragraph).
std::string quoted(std::string_view text)
{
    constexpr std::size_t kShown = 40;
    return "\"" + std::string(text.substr(0, kShown)) + (text.size() > kShown ? "...\"" : "\"");
}

/// An InvalidDate error: `detail` for the log, and the problem for the person typing.
Error badDate(std::string detail, std::string id, std::vector<std::string> args)
{
    return Error{ErrorCode::InvalidDate, std::move(detail), {Problem{"date", std::move(id), std::move(args)}}};
}

Error notADate(std::string_view text)
{
    return badDate(quoted(text) + " is not a date Casebook can read; type it as " + std::string(kTypedDateForms),
                   "date.unreadable", {quoted(text)});
}

} // namespace

Result<Date> parseTypedDate(std::string_view text, Date today)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    const auto parts = tokens(text);
    if (!parts || parts->size() != 3 || !(*parts)[0].digits || !(*parts)[2].digits) {
        return notADate(text);
    }
    const Token& first = (*parts)[0];
    const Token& second = (*parts)[1];
    const Token& third = (*parts)[2];

    std::optional<int> y;
    std::optional<int> m;
    std::optional<int> d;
    if (first.text.size() == 4 && second.digits) { // ISO order: 2026-12-04
        y = number(first, 4);
        m = number(second, 2);
        d = number(third, 2);
    } else {
        d = number(first, 2);
        m = second.digits ? number(second, 2) : monthFromName(second.text);
        y = year(third, today);
    }
    if (!y || !m || !d) {
        return notADate(text);
    }
    static constexpr std::array<std::string_view, 12> monthNames{"January",   "February", "March",    "April",
                                                                 "May",       "June",     "July",     "August",
                                                                 "September", "October",  "November", "December"};
    if (*m < 1 || *m > 12) {
        return badDate(quoted(text) + " has no month " + std::to_string(*m) + "; type the day first, as "
                           + std::string(kTypedDateForms),
                       "date.no_such_month", {quoted(text), std::to_string(*m)});
    }
    if (*y < 1 || *d < 1 || *d > Date::daysInMonth(*y, *m)) {
        return badDate(
            quoted(text) + " is not a date: " + std::string(monthNames[static_cast<std::size_t>(*m - 1)]) + " "
                + std::to_string(*y) + " has " + std::to_string(Date::daysInMonth(*y, *m)) + " days",
            "date.no_such_day",
            {quoted(text), std::to_string(*m), std::to_string(*y), std::to_string(Date::daysInMonth(*y, *m))});
    }
    return Date::fromYmd(*y, *m, *d);
}

} // namespace casebook::core
