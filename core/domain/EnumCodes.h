// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string_view>

namespace casebook::core {

/// One enum value and its stable text code (what the store and exports hold; never renamed).
template <typename E> struct CodeEntry {
    E value;
    std::string_view code;
};

/// Specialised next to each enum with `static constexpr std::array<CodeEntry<E>, N> entries`.
template <typename E> struct EnumCodes;

/// The stable code of `value` (empty only if the table is incomplete, which the tests rule out).
template <typename E> constexpr std::string_view toCode(E value)
{
    for (const auto& entry : EnumCodes<E>::entries) {
        if (entry.value == value) {
            return entry.code;
        }
    }
    return {};
}

/// The value whose code is `code`, or nullopt for an unknown code.
template <typename E> constexpr std::optional<E> fromCode(std::string_view code)
{
    for (const auto& entry : EnumCodes<E>::entries) {
        if (entry.code == code) {
            return entry.value;
        }
    }
    return std::nullopt;
}

} // namespace casebook::core
