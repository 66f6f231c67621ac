// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/JsonProblem.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// Reads typed fields out of nlohmann::json while collecting every problem with its path, so a
/// malformed file is reported in full rather than one error at a time.
class JsonChecker {
public:
    const nlohmann::json* object(const nlohmann::json& parent, std::string_view key, const std::string& path);
    const nlohmann::json* array(const nlohmann::json& parent, std::string_view key, const std::string& path);
    std::optional<std::string> string(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                      bool required = true);
    std::optional<std::int64_t> integer(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                        bool required = true);
    std::optional<bool> boolean(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                bool required = true);
    /// An ISO date string; `null` counts as absent when not required.
    std::optional<Date> date(const nlohmann::json& parent, std::string_view key, const std::string& path,
                             bool required = true);
    /// Reports every key of `object` that is not in `allowed` (catches typos such as "amout").
    void rejectUnknownKeys(const nlohmann::json& object, std::initializer_list<std::string_view> allowed,
                           const std::string& path);

    void report(std::string path, std::string message);
    const std::vector<JsonProblem>& problems() const { return m_problems; }
    bool ok() const { return m_problems.empty(); }
    /// All problems, one per line, "path: message".
    std::string summary() const;

    static std::string member(const std::string& path, std::string_view key);
    static std::string element(const std::string& path, std::size_t index);

private:
    const nlohmann::json* field(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                bool required);

    std::vector<JsonProblem> m_problems;
};

} // namespace casebook::core
