// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "procedure/ProcedureRules.h"

#include "rules/TextFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
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

/// The files of `dir` that declare a UPP/UAP regime (a top-level "regime"), by name. Every other
/// .json there must still be JSON (a broken file is never skipped silently: it may be a regime).
Result<std::vector<std::filesystem::path>> regimeFiles(const std::filesystem::path& dir)
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".json" && it->is_regular_file(ec)) {
            files.push_back(it->path());
        }
    }
    if (ec) {
        return makeError(ErrorCode::Io, dir.string() + ": " + ec.message());
    }
    std::sort(files.begin(), files.end());
    std::vector<std::filesystem::path> regimes;
    for (const std::filesystem::path& file : files) {
        Result<std::string> text = readTextFile(file);
        if (!text) {
            return makeError(text.error().code, file.filename().string() + ": " + text.error().detail);
        }
        const nlohmann::json document = nlohmann::json::parse(*text, nullptr, false);
        if (document.is_discarded()) {
            return makeError(ErrorCode::InvalidRulePack, file.filename().string() + ": $: not valid JSON");
        }
        if (document.is_object() && document.contains("regime")) {
            regimes.push_back(file);
        }
    }
    return regimes;
}

Status loadRegimes(std::vector<RulePack>& packs, const std::filesystem::path& dir)
{
    Result<std::vector<std::filesystem::path>> files = regimeFiles(dir);
    if (!files) {
        return files.error();
    }
    std::map<std::string, std::string> fileOfKey;
    std::set<std::string> ids;
    for (const std::filesystem::path& file : *files) {
        RulePack pack;
        if (Status st = loadInto(pack, file); !st) {
            return st;
        }
        const std::string name = file.filename().string();
        if (const auto [it, added] = fileOfKey.emplace(pack.regime->key, name); !added) {
            return makeError(ErrorCode::InvalidRulePack,
                             name + ": $.regime.key: \"" + pack.regime->key + "\" is already the key of " + it->second);
        }
        if (!ids.insert(pack.id).second) {
            return makeError(ErrorCode::InvalidRulePack,
                             name + ": $.id: \"" + pack.id + "\" is already the id of another regime pack");
        }
        packs.push_back(std::move(pack));
    }
    if (packs.empty()) {
        return makeError(ErrorCode::InvalidRulePack,
                         dir.string() + ": no UPP/UAP regime pack (a pack with \"regime\", e.g. upp-legacy.json)");
    }
    std::stable_sort(packs.begin(), packs.end(),
                     [](const RulePack& a, const RulePack& b) { return a.effectiveFrom < b.effectiveFrom; });
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
    if (Status st = loadRegimes(rules.upp, dir); !st) {
        return st.error();
    }
    const std::pair<RulePack*, const char*> packs[] = {
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

std::vector<const RulePack*> ProcedureRules::allPacks() const
{
    std::vector<const RulePack*> out = uppPacks();
    out.insert(out.end(), {&conduct, &illHealth, &injuryBenefit, &limitedDuties, &sickPay});
    return out;
}

std::vector<RulePack*> ProcedureRules::allPacks()
{
    std::vector<RulePack*> out;
    for (RulePack& pack : upp) {
        out.push_back(&pack);
    }
    out.insert(out.end(), {&conduct, &illHealth, &injuryBenefit, &limitedDuties, &sickPay});
    return out;
}

std::vector<const RulePack*> ProcedureRules::uppPacks() const
{
    std::vector<const RulePack*> out;
    for (const RulePack& pack : upp) {
        out.push_back(&pack);
    }
    return out;
}

const RulePack* ProcedureRules::uppPack(const UppRegime& regime) const
{
    const auto it = std::find_if(upp.begin(), upp.end(),
                                 [&regime](const RulePack& pack) { return pack.regime->key == regime.key; });
    return it == upp.end() ? nullptr : &*it;
}

const RulePack* ProcedureRules::uppSelectedVersion(const UppProcedure& record) const
{
    const RulePack* pack = uppPack(record.regime());
    if (pack == nullptr) {
        return nullptr;
    }
    return &pack->select([&record](std::string_view by) -> std::optional<Date> {
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
    const RulePack* pack = uppPack(record.regime());
    if (pack == nullptr) {
        return nullptr;
    }
    if (record.pinnedVersion == 0) {
        return uppSelectedVersion(record);
    }
    return record.pinnedPack == pack->id ? pack->atVersion(record.pinnedVersion) : nullptr;
}

} // namespace casebook::core
