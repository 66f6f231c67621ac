// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/WorkingCalendar.h"

#include <vector>

namespace casebook::core {

/// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm).
Date easterSunday(int year);

/// The usual England & Wales bank holidays of `year` under the Banking and Financial Dealings Act 1971
/// and the annual proclamations: New Year's Day, Good Friday, Easter Monday, first and last Monday
/// of May, last Monday of August, Christmas Day and Boxing Day, with substitute weekdays when
/// they fall at a weekend. One-off changes (2020 VE Day, 2022 Jubilee and State Funeral, 2023
/// Coronation) are not predictable and live only in the shipped table. Every entry is `projected`.
std::vector<BankHoliday> regularEnglandWalesHolidays(int year);

} // namespace casebook::core
