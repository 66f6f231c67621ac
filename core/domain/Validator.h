// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "support/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// The cap on any free-text field (notes, chronology bodies, review sections), in characters.
inline constexpr std::size_t kMaxFreeTextChars = 100'000;
/// The cap on short text fields (names, numbers, titles, roles), in characters.
inline constexpr std::size_t kMaxShortTextChars = 500;

/// Number of Unicode code points in UTF-8 `text` (continuation bytes are not counted).
std::size_t utf8Length(std::string_view text);

/// Every problem id core can produce (Validator's own and each check's), so the ui can prove it
/// words them all. Adding a check with a new id means adding the id here.
const std::vector<std::string_view>& problemIds();

/// An InvalidArgument error with one problem; detail is "field: message" for the log.
Error invalidField(std::string_view field, std::string_view id, std::string_view message,
                   std::vector<std::string> args = {});

/// An InvalidArgument error with `detail` for the log and one problem for the user.
Error invalidProblem(std::string detail, std::string_view field, std::string_view id,
                     std::vector<std::string> args = {});

/// `error` about a part of a larger record: `prefix` ("decisions[2].") goes before its detail and
/// before each problem's field.
Error withFieldPrefix(Error error, std::string_view prefix);

/// Collects every problem with a record; each message starts with the field name.
/// status() is InvalidArgument with the messages joined by "; " as detail and each problem (field,
/// id, args) in Error::problems, or Ok when there are none.
class Validator {
public:
    /// Non-empty (after trimming spaces) and at most `maxChars` characters: ids "required" and
    /// "too_long" {length, limit}.
    Validator& required(std::string_view field, std::string_view value, std::size_t maxChars = kMaxShortTextChars);
    /// At most `maxChars` characters: id "too_long" {length, limit}.
    Validator& maxLength(std::string_view field, std::string_view value, std::size_t maxChars = kMaxShortTextChars);
    /// `later` (when present) is not before `earlier`: id "not_before" {earlierField, later, earlier}.
    Validator& notBefore(std::string_view laterField, const std::optional<Date>& later, std::string_view earlierField,
                         Date earlier);
    /// Records a problem unless `condition` holds: `id` (listed in problemIds()) words it for the
    /// user, `message` for the log.
    Validator& check(bool condition, std::string_view field, std::string_view id, std::string_view message,
                     std::vector<std::string> args = {});

    bool ok() const { return m_problems.empty(); }
    const std::vector<Problem>& problems() const { return m_problems; }
    Status status() const;

private:
    void add(std::string_view field, std::string_view id, std::string_view message, std::vector<std::string> args);
    std::string m_detail;
    std::vector<Problem> m_problems;
};

} // namespace casebook::core
