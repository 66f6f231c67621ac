// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace casebook::core {

/// One thing wrong with a JSON document, located by a JSONPath-style path ("$.rules[2].kind").
struct JsonProblem {
    std::string path;
    std::string message;
    bool operator==(const JsonProblem&) const = default;
};

} // namespace casebook::core
