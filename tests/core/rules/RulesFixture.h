// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/RulePack.h"
#include "rules/WorkingCalendar.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace casebook::core::test {

inline std::filesystem::path resourcesDir()
{
    return CASEBOOK_RESOURCES_DIR;
}

/// A date literal for tests; fails the test on an impossible date.
inline Date d(const char* iso)
{
    Result<Date> date = Date::parseIso(iso);
    REQUIRE(date.has_value());
    return date.value();
}

/// The shipped England & Wales table (resources/calendars/bank-holidays.json).
inline WorkingCalendar shippedCalendar()
{
    Result<WorkingCalendar> calendar = WorkingCalendar::loadFile(resourcesDir() / "calendars" / "bank-holidays.json");
    if (!calendar) {
        FAIL(calendar.error().detail);
    }
    return calendar.value();
}

/// A shipped rule pack by file stem, e.g. "upp-legacy".
inline RulePack shippedPack(const std::string& stem)
{
    Result<RulePack> pack = loadRulePackFile(resourcesDir() / "rules" / (stem + ".json"));
    if (!pack) {
        FAIL(pack.error().detail);
    }
    return pack.value();
}

} // namespace casebook::core::test
