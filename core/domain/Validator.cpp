// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Validator.h"

namespace casebook::core {
namespace {

/// 100000 → "100,000": the limits are quoted in messages a person reads.
std::string withThousands(std::size_t n)
{
    std::string digits = std::to_string(n);
    std::string out;
    const std::size_t lead = digits.size() % 3;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (i % 3) == lead % 3) {
            out += ',';
        }
        out += digits[i];
    }
    return out;
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

std::size_t utf8Length(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            ++count;
        }
    }
    return count;
}

Validator& Validator::required(std::string_view field, std::string_view value, std::size_t maxChars)
{
    if (isBlank(value)) {
        add(field, "must not be empty");
        return *this;
    }
    return maxLength(field, value, maxChars);
}

Validator& Validator::maxLength(std::string_view field, std::string_view value, std::size_t maxChars)
{
    // Bytes bound code points from above, so most text never needs counting.
    if (value.size() <= maxChars) {
        return *this;
    }
    const std::size_t length = utf8Length(value);
    if (length > maxChars) {
        std::string message = "is ";
        message += withThousands(length);
        message += " characters long; the limit is ";
        message += withThousands(maxChars);
        add(field, message);
    }
    return *this;
}

Validator& Validator::notBefore(std::string_view laterField, const std::optional<Date>& later,
                                std::string_view earlierField, Date earlier)
{
    if (later.has_value() && *later < earlier) {
        std::string message = "(";
        message += later->toIso();
        message += ") is before ";
        message += earlierField;
        message += " (";
        message += earlier.toIso();
        message += ')';
        add(laterField, message);
    }
    return *this;
}

Validator& Validator::check(bool condition, std::string_view field, std::string_view message)
{
    if (!condition) {
        add(field, message);
    }
    return *this;
}

Status Validator::status() const
{
    if (m_problems.empty()) {
        return Ok{};
    }
    return makeError(ErrorCode::InvalidArgument, m_problems);
}

void Validator::add(std::string_view field, std::string_view message)
{
    if (!m_problems.empty()) {
        m_problems += "; ";
    }
    m_problems += field;
    m_problems += ' ';
    m_problems += message;
}

} // namespace casebook::core
