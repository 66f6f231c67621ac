// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace casebook::core {

/// A stored code as a reader expects it: "police_federation" -> "Police federation",
/// "uap" -> "UAP", "reasonable_adjustments" -> "Reasonable adjustments".
std::string codeInWords(std::string_view code);

} // namespace casebook::core
