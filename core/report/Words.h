// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"

#include <string>
#include <string_view>

namespace casebook::core {

/// A stored code as a reader expects it: "reasonable_adjustments" -> "Reasonable adjustments",
/// "uap" -> "UAP", and names written as their owners write them: "police_federation" -> "Police
/// Federation", "unison" -> "UNISON".
std::string codeInWords(std::string_view code);

/// "4 December 2026".
std::string dateInWords(Date date);

/// A count with its noun, singular for one: countInWords(1, "case", "cases") -> "1 case",
/// countInWords(3, "case", "cases") -> "3 cases", countInWords(0, ...) -> "0 cases".
std::string countInWords(long long n, std::string_view one, std::string_view many);

/// How far a date is from the day a report is made, in words: "11 days overdue", "due today",
/// "due tomorrow", "in 5 days".
std::string daysInWords(int daysFromAsOf);

} // namespace casebook::core
