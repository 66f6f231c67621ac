// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/JsonChecker.h"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// What a UPP/UAP regime pack declares about its regime (`"regime"` in the pack, issue 14): the
/// stable key procedures store, the name the app shows, the stages in order in the regime's own
/// words, and its words for gross incompetence (straight to the regime's final meeting). A pack
/// with a regime is a UPP/UAP pack: the loader finds every one in the rules directory by it.
struct PackRegime {
    std::string key;                 ///< "legacy", "amended", ...: lower-case letters, digits, '_'
    std::string name;                ///< "Legacy (three stages)"
    std::vector<std::string> stages; ///< the first stage's words first; one to kMaxRegimeStages
    std::string grossIncompetence;   ///< "Gross incompetence (straight to the third stage meeting)"
    bool operator==(const PackRegime&) const = default;
};

/// A procedure records at most three stages (UppStage First, Second, Third).
inline constexpr std::size_t kMaxRegimeStages = 3;

/// Reads `$.regime` of a pack document, reporting every problem with its path; nullopt when the
/// document has no regime or it is malformed.
std::optional<PackRegime> readPackRegime(const nlohmann::json& document, JsonChecker& checker);

} // namespace casebook::core
