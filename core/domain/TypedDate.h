// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "support/Result.h"

#include <string_view>

namespace casebook::core {

/// Reads a date as a person types it in a British office, day before month:
/// - ISO: "2026-12-04"
/// - numbers: "4/12/2026", "04/12/26", "4.12.2026", "4-12-26"
/// - with the month in words: "4 Dec 2026", "4 December 26", "4-dec-2026", "4 Sept 2026"
/// Spaces around the text are ignored and case does not matter. A two-digit year is read in the
/// hundred years from 80 years before `today` to 19 years after it ("26" is 2026 and "95" is 1995
/// when today is in 2026), as spreadsheets do. An impossible date ("31/2/2026") is InvalidDate
/// naming the date; text that is not a date is InvalidDate saying which forms are understood.
Result<Date> parseTypedDate(std::string_view text, Date today);

/// The forms parseTypedDate understands, for a field's tooltip or an error message.
inline constexpr std::string_view kTypedDateForms = "4/12/2026, 04/12/26, 4 Dec 2026 or 2026-12-04";

} // namespace casebook::core
