// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "support/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace casebook::core {

/// The cap on any free-text field (notes, chronology bodies, review sections), in characters.
inline constexpr std::size_t kMaxFreeTextChars = 100'000;
/// The cap on short text fields (names, numbers, titles, roles), in characters.
inline constexpr std::size_t kMaxShortTextChars = 500;

/// Number of Unicode code points in UTF-8 `text` (continuation bytes are not counted).
std::size_t utf8Length(std::string_view text);

/// Collects every problem with a record; each message starts with the field name.
/// status() is InvalidArgument with the messages joined by "; ", or Ok when there are none.
class Validator {
public:
    /// Non-empty (after trimming spaces) and at most `maxChars` characters.
    Validator& required(std::string_view field, std::string_view value, std::size_t maxChars = kMaxShortTextChars);
    /// At most `maxChars` characters.
    Validator& maxLength(std::string_view field, std::string_view value, std::size_t maxChars = kMaxShortTextChars);
    /// `later` (when present) is not before `earlier`.
    Validator& notBefore(std::string_view laterField, const std::optional<Date>& later, std::string_view earlierField,
                         Date earlier);
    /// Records a problem unless `condition` holds.
    Validator& check(bool condition, std::string_view field, std::string_view message);

    bool ok() const { return m_problems.empty(); }
    Status status() const;

private:
    void add(std::string_view field, std::string_view message);
    std::string m_problems;
};

} // namespace casebook::core
