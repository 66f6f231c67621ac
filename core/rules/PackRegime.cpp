// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/PackRegime.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace casebook::core {

namespace {

bool isKey(const std::string& key)
{
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

bool blank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

/// A required string that must say something.
std::string words(const nlohmann::json& object, std::string_view key, const std::string& path, JsonChecker& checker)
{
    const std::optional<std::string> text = checker.string(object, key, path);
    if (text && blank(*text)) {
        checker.report(JsonChecker::member(path, key), "must not be blank");
    }
    return text.value_or("");
}

} // namespace

std::optional<PackRegime> readPackRegime(const nlohmann::json& document, JsonChecker& checker)
{
    if (!document.contains("regime")) {
        return std::nullopt;
    }
    const nlohmann::json* object = checker.object(document, "regime", "$");
    if (object == nullptr) {
        return std::nullopt;
    }
    const std::size_t before = checker.problems().size();
    const std::string path = "$.regime";
    checker.rejectUnknownKeys(*object, {"key", "name", "stages", "gross_incompetence"}, path);
    PackRegime regime;
    regime.key = checker.string(*object, "key", path).value_or("");
    if (object->contains("key") && !isKey(regime.key)) {
        checker.report(path + ".key", "must be lower-case letters, digits and '_' (procedures store it)");
    }
    regime.name = words(*object, "name", path, checker);
    regime.grossIncompetence = words(*object, "gross_incompetence", path, checker);
    if (const nlohmann::json* stages = checker.array(*object, "stages", path)) {
        const std::string at = path + ".stages";
        if (stages->empty() || stages->size() > kMaxRegimeStages) {
            checker.report(at, "a regime has one to three stages (a procedure records a first, second and third "
                               "stage at most), in order, in the regime's own words");
        }
        for (std::size_t i = 0; i < stages->size(); ++i) {
            const nlohmann::json& stage = (*stages)[i];
            if (!stage.is_string() || blank(stage.get<std::string>())) {
                checker.report(JsonChecker::element(at, i), "must be the stage's words (\"First stage\")");
                continue;
            }
            regime.stages.push_back(stage.get<std::string>());
        }
    }
    if (checker.problems().size() != before) {
        return std::nullopt;
    }
    return regime;
}

} // namespace casebook::core
