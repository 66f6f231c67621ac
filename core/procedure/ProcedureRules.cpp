// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "procedure/ProcedureRules.h"

#include <utility>

namespace casebook::core {

namespace {

Status loadInto(RulePack& pack, const std::filesystem::path& file)
{
    Result<RulePack> loaded = loadRulePackFile(file);
    if (!loaded) {
        return makeError(loaded.error().code, file.filename().string() + ": " + loaded.error().detail);
    }
    pack = std::move(*loaded);
    return Ok{};
}

} // namespace

Result<ProcedureRules> ProcedureRules::load(const std::filesystem::path& resourcesDir)
{
    ProcedureRules rules;
    Result<WorkingCalendar> calendar = WorkingCalendar::loadFile(resourcesDir / "calendars" / "bank-holidays.json");
    if (!calendar) {
        return makeError(calendar.error().code, "bank-holidays.json: " + calendar.error().detail);
    }
    rules.calendar = std::move(*calendar);
    const std::filesystem::path dir = resourcesDir / "rules";
    const std::pair<RulePack*, const char*> packs[] = {
        {&rules.uppLegacy, "upp-legacy.json"},
        {&rules.uppAmended, "upp-amended.json"},
        {&rules.conduct, "conduct.json"},
        {&rules.illHealth, "ill-health-retirement.json"},
        {&rules.injuryBenefit, "injury-benefit.json"},
        {&rules.limitedDuties, "limited-duties.json"},
        {&rules.sickPay, "sick-pay.json"},
    };
    for (const auto& [pack, file] : packs) {
        if (Status st = loadInto(*pack, dir / file); !st) {
            return st.error();
        }
    }
    return rules;
}

const RulePack& ProcedureRules::uppSelectedVersion(const UppProcedure& record) const
{
    return uppPack(record.regime()).select([&record](std::string_view by) -> std::optional<Date> {
        if (by == "came_to_attention") {
            return record.cameToAttention;
        }
        for (const ProcedureEvent& event : record.events) {
            if (event.name == by) {
                return event.date;
            }
        }
        return std::nullopt;
    });
}

const RulePack* ProcedureRules::uppPackFor(const UppProcedure& record) const
{
    const RulePack& pack = uppPack(record.regime());
    if (record.pinnedVersion == 0) {
        return &uppSelectedVersion(record);
    }
    return record.pinnedPack == pack.id ? pack.atVersion(record.pinnedVersion) : nullptr;
}

} // namespace casebook::core
