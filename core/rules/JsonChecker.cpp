// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/JsonChecker.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace casebook::core {

std::string JsonChecker::member(const std::string& path, std::string_view key)
{
    return path + "." + std::string(key);
}

std::string JsonChecker::element(const std::string& path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

void JsonChecker::report(std::string path, std::string message)
{
    m_problems.push_back({std::move(path), std::move(message)});
}

std::string JsonChecker::summary() const
{
    std::string text;
    for (const JsonProblem& problem : m_problems) {
        if (!text.empty()) {
            text += '\n';
        }
        text += problem.path + ": " + problem.message;
    }
    return text;
}

const nlohmann::json* JsonChecker::field(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                         bool required)
{
    const auto it = parent.find(key);
    if (it == parent.end() || (!required && it->is_null())) {
        if (required) {
            report(member(path, key), "is required");
        }
        return nullptr;
    }
    return &*it;
}

const nlohmann::json* JsonChecker::object(const nlohmann::json& parent, std::string_view key, const std::string& path)
{
    const nlohmann::json* value = field(parent, key, path, true);
    if (value != nullptr && !value->is_object()) {
        report(member(path, key), "must be an object");
        return nullptr;
    }
    return value;
}

const nlohmann::json* JsonChecker::array(const nlohmann::json& parent, std::string_view key, const std::string& path)
{
    const nlohmann::json* value = field(parent, key, path, true);
    if (value != nullptr && !value->is_array()) {
        report(member(path, key), "must be an array");
        return nullptr;
    }
    return value;
}

std::optional<std::string> JsonChecker::string(const nlohmann::json& parent, std::string_view key,
                                               const std::string& path, bool required)
{
    const nlohmann::json* value = field(parent, key, path, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_string()) {
        report(member(path, key), "must be a string");
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<std::int64_t> JsonChecker::integer(const nlohmann::json& parent, std::string_view key,
                                                 const std::string& path, bool required)
{
    const nlohmann::json* value = field(parent, key, path, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_number_integer()) {
        report(member(path, key), "must be a whole number");
        return std::nullopt;
    }
    return value->get<std::int64_t>();
}

std::optional<bool> JsonChecker::boolean(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                         bool required)
{
    const nlohmann::json* value = field(parent, key, path, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (!value->is_boolean()) {
        report(member(path, key), "must be true or false");
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<Date> JsonChecker::date(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                      bool required)
{
    const std::optional<std::string> text = string(parent, key, path, required);
    if (!text) {
        return std::nullopt;
    }
    Result<Date> parsed = Date::parseIso(*text);
    if (!parsed) {
        report(member(path, key), parsed.error().detail);
        return std::nullopt;
    }
    return parsed.value();
}

void JsonChecker::rejectUnknownKeys(const nlohmann::json& object, std::initializer_list<std::string_view> allowed,
                                    const std::string& path)
{
    for (const auto& item : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), item.key()) == allowed.end()) {
            report(member(path, item.key()), "unknown field");
        }
    }
}

} // namespace casebook::core
