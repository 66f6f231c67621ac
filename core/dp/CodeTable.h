// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace casebook::core::dp {

/// The stored codes of an enum that only one file of core/dp reads and writes.
template <typename E, std::size_t N> using CodeTable = std::array<std::pair<E, std::string_view>, N>;

/// The code of \p value, or "" when the table does not name it.
template <typename E, std::size_t N> std::string_view codeOf(const CodeTable<E, N>& table, E value)
{
    for (const auto& [e, code] : table) {
        if (e == value) {
            return code;
        }
    }
    return "";
}

/// The value a stored \p code names, or nothing for an unknown code.
template <typename E, std::size_t N> std::optional<E> fromTable(const CodeTable<E, N>& table, std::string_view code)
{
    for (const auto& [e, text] : table) {
        if (text == code) {
            return e;
        }
    }
    return std::nullopt;
}

} // namespace casebook::core::dp
