// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/RulePack.h"

#include "domain/Validator.h"
#include "rules/JsonChecker.h"
#include "rules/TextFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace casebook::core {

namespace {

constexpr std::array<std::pair<RuleKind, std::string_view>, 11> kKindNames{{
    {RuleKind::WorkingDaysAfter, "working_days_after"},
    {RuleKind::CalendarDaysAfter, "calendar_days_after"},
    {RuleKind::CalendarDaysBefore, "calendar_days_before"},
    {RuleKind::MonthsPeriod, "months_period"},
    {RuleKind::MonthsAfter, "months_after"},
    {RuleKind::MonthsBefore, "months_before"},
    {RuleKind::MaxMonths, "max_months"},
    {RuleKind::DayAllowance, "day_allowance"},
    {RuleKind::MonthsWindow, "months_window"},
    {RuleKind::WeeksWindow, "weeks_window"},
    {RuleKind::Constraint, "constraint"},
}};

constexpr std::array<std::pair<RuleStatus, std::string_view>, 4> kStatusNames{{
    {RuleStatus::Verified, "verified"},
    {RuleStatus::Analogue, "analogue"},
    {RuleStatus::Secondary, "secondary"},
    {RuleStatus::Local, "local"},
}};

constexpr int kFormat = 1;
// Guards against absurd amounts (a typo of 7000 working days), not a legal limit.
constexpr std::int64_t kMaxAmount = 10000;

bool isIdentifier(std::string_view id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    });
}

template <typename Names> std::string choices(const Names& names)
{
    std::string text;
    for (const auto& entry : names) {
        text += (text.empty() ? "" : ", ") + std::string(entry.second);
    }
    return text;
}

Citation readCitation(const nlohmann::json& rule, const std::string& at, RuleStatus status, JsonChecker& checker)
{
    Citation citation;
    const nlohmann::json* object = checker.object(rule, "citation", at);
    if (object == nullptr) {
        return citation;
    }
    const std::string path = JsonChecker::member(at, "citation");
    checker.rejectUnknownKeys(*object, {"instrument", "provision", "url"}, path);
    citation.instrument = checker.string(*object, "instrument", path).value_or("");
    citation.provision = checker.string(*object, "provision", path).value_or("");
    // Force policy may have no public URL; everything else must point at its source.
    citation.url = checker.string(*object, "url", path, status != RuleStatus::Local).value_or("");
    if (!citation.url.empty() && citation.url.rfind("https://", 0) != 0) {
        checker.report(JsonChecker::member(path, "url"), "must be an https:// address");
    }
    return citation;
}

/// A list of event names (identifiers) under `key`.
std::vector<std::string> readNames(const nlohmann::json& parent, std::string_view key, const std::string& at,
                                   JsonChecker& checker)
{
    std::vector<std::string> names;
    const nlohmann::json* list = checker.array(parent, key, at);
    if (list == nullptr) {
        return names;
    }
    const std::string path = JsonChecker::member(at, key);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json& item = (*list)[i];
        if (!item.is_string() || !isIdentifier(item.get<std::string>())) {
            checker.report(JsonChecker::element(path, i), "must be an event name (lower-case letters, digits, '_')");
            continue;
        }
        names.push_back(item.get<std::string>());
    }
    return names;
}

void readEvents(const nlohmann::json& list, const std::string& path, JsonChecker& checker, RulePack& pack)
{
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = JsonChecker::element(path, i);
        const nlohmann::json& json = list[i];
        if (!json.is_object()) {
            checker.report(at, "must be an object");
            continue;
        }
        checker.rejectUnknownKeys(json, {"name", "title"}, at);
        const auto name = checker.string(json, "name", at);
        const auto title = checker.string(json, "title", at);
        if (name && !isIdentifier(*name)) {
            checker.report(JsonChecker::member(at, "name"), "must be lower-case letters, digits, '_' and '.'");
        } else if (name && !seen.insert(*name).second) {
            checker.report(JsonChecker::member(at, "name"), "duplicate event \"" + *name + "\"");
        } else if (name && title) {
            pack.events.push_back({*name, *title});
        }
    }
}

std::optional<Rule> readRule(const nlohmann::json& json, const std::string& at, JsonChecker& checker)
{
    if (!json.is_object()) {
        checker.report(at, "must be an object");
        return std::nullopt;
    }
    checker.rejectUnknownKeys(
        json, {"id", "title", "basis", "target", "kind", "amount", "citation", "status", "notes", "refuses", "applies"},
        at);
    const std::size_t before = checker.problems().size();
    Rule rule;
    rule.id = checker.string(json, "id", at).value_or("");
    if (json.contains("id") && !isIdentifier(rule.id)) {
        checker.report(JsonChecker::member(at, "id"), "must be lower-case letters, digits, '_' and '.'");
    }
    rule.title = checker.string(json, "title", at).value_or("");
    const auto kindText = checker.string(json, "kind", at);
    const auto kind = kindText ? ruleKindFromString(*kindText) : std::nullopt;
    if (kindText && !kind) {
        checker.report(JsonChecker::member(at, "kind"),
                       "unknown kind \"" + *kindText + "\" (expected one of: " + choices(kKindNames) + ")");
    }
    rule.kind = kind.value_or(RuleKind::Constraint);
    const auto statusText = checker.string(json, "status", at);
    const auto status = statusText ? ruleStatusFromString(*statusText) : std::nullopt;
    if (statusText && !status) {
        checker.report(JsonChecker::member(at, "status"),
                       "unknown status \"" + *statusText + "\" (expected one of: " + choices(kStatusNames) + ")");
    }
    rule.status = status.value_or(RuleStatus::Local);
    // A plain bool rather than comparisons on the optional: GCC 12 at -O2 warns (falsely) that the
    // optional's payload may be read uninitialised.
    const bool known = kind.has_value();
    const bool isConstraint = known && rule.kind == RuleKind::Constraint;
    const bool dated = known && derivesDate(rule.kind);
    rule.basis = checker.string(json, "basis", at, dated).value_or("");
    rule.target = checker.string(json, "target", at, false).value_or("");
    if (isConstraint) {
        if (json.contains("amount")) {
            checker.report(JsonChecker::member(at, "amount"), "a constraint has no amount");
        }
    } else if (known) {
        const auto amount = checker.integer(json, "amount", at);
        if (amount && (*amount < 0 || *amount > kMaxAmount)) {
            checker.report(JsonChecker::member(at, "amount"), "must be between 0 and " + std::to_string(kMaxAmount));
        } else if (amount) {
            rule.amount = static_cast<int>(*amount);
        }
    }
    if (json.contains("refuses")) {
        rule.refuses = readNames(json, "refuses", at, checker);
        if (known && !isConstraint) {
            checker.report(JsonChecker::member(at, "refuses"), "only a constraint refuses events");
        }
    }
    if (json.contains("applies")) {
        rule.applies = readNames(json, "applies", at, checker);
    }
    rule.citation = readCitation(json, at, rule.status, checker);
    rule.notes = checker.string(json, "notes", at, false).value_or("");
    if (checker.problems().size() != before) {
        return std::nullopt;
    }
    return rule;
}

void readRules(const nlohmann::json& list, const std::string& path, JsonChecker& checker, RulePack& pack)
{
    if (list.empty()) {
        checker.report(path, "must contain at least one rule");
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = JsonChecker::element(path, i);
        const nlohmann::json& json = list[i];
        // Checked on the raw id, so a duplicate is caught even when the first copy is malformed.
        if (const auto id = json.is_object() ? json.find("id") : json.end();
            id != json.end() && id->is_string() && !ids.insert(id->get<std::string>()).second) {
            checker.report(JsonChecker::member(at, "id"), "duplicate rule id \"" + id->get<std::string>() + "\"");
        }
        if (std::optional<Rule> rule = readRule(json, at, checker)) {
            pack.rules.push_back(std::move(*rule));
        }
    }
}

VersionTransition readTransition(const nlohmann::json& parent, const std::string& at, JsonChecker& checker)
{
    VersionTransition transition;
    const nlohmann::json* object = checker.object(parent, "transition", at);
    if (object == nullptr) {
        return transition;
    }
    const std::string path = JsonChecker::member(at, "transition");
    checker.rejectUnknownKeys(*object, {"by", "rule"}, path);
    transition.by = checker.string(*object, "by", path, false).value_or("came_to_attention");
    if (!isIdentifier(transition.by)) {
        checker.report(JsonChecker::member(path, "by"), "must be an event name (lower-case letters, digits, '_')");
    }
    transition.rule = checker.string(*object, "rule", path, false).value_or("");
    return transition;
}

void checkTransitionRule(const RulePack& version, const std::string& at, JsonChecker& checker)
{
    if (!version.transition.rule.empty() && version.find(version.transition.rule) == nullptr) {
        checker.report(JsonChecker::member(JsonChecker::member(at, "transition"), "rule"),
                       "no rule \"" + version.transition.rule + "\" in version " + std::to_string(version.version));
    }
}

/// One later version: a change to the version before it (rules replaced or added by id, rules
/// removed, the vocabulary or notes replaced), effective for matters from its date.
RulePack readLaterVersion(const nlohmann::json& json, const std::string& at, const RulePack& previous,
                          JsonChecker& checker)
{
    RulePack next = previous;
    if (!json.is_object()) {
        checker.report(at, "must be an object");
        return next;
    }
    checker.rejectUnknownKeys(json, {"version", "effective", "transition", "notes", "events", "rules", "removes"}, at);
    if (const auto number = checker.integer(json, "version", at); number && *number <= previous.version) {
        checker.report(JsonChecker::member(at, "version"),
                       "must be greater than the version before it (" + std::to_string(previous.version) + ")");
    } else if (number && *number > kMaxAmount) {
        checker.report(JsonChecker::member(at, "version"), "must be a positive whole number");
    } else if (number) {
        next.version = static_cast<int>(*number);
    }
    if (const nlohmann::json* effective = checker.object(json, "effective", at)) {
        const std::string path = JsonChecker::member(at, "effective");
        checker.rejectUnknownKeys(*effective, {"from"}, path);
        if (const auto from = checker.date(*effective, "from", path); from && *from <= previous.effectiveFrom) {
            checker.report(JsonChecker::member(path, "from"),
                           "must be after the version before it (" + previous.effectiveFrom.toIso() + ")");
        } else if (from) {
            next.effectiveFrom = *from;
        }
    }
    next.transition = readTransition(json, at, checker);
    if (json.contains("notes")) {
        next.notes = checker.string(json, "notes", at).value_or("");
    }
    if (json.contains("events")) {
        next.events.clear();
        if (const nlohmann::json* events = checker.array(json, "events", at)) {
            readEvents(*events, JsonChecker::member(at, "events"), checker, next);
        }
    }
    if (json.contains("removes")) {
        const std::string path = JsonChecker::member(at, "removes");
        const std::vector<std::string> removes = readNames(json, "removes", at, checker);
        for (std::size_t i = 0; i < removes.size(); ++i) {
            if (next.find(removes[i]) == nullptr) {
                checker.report(JsonChecker::element(path, i), "no rule \"" + removes[i] + "\" to remove");
            }
            std::erase_if(next.rules, [&](const Rule& rule) { return rule.id == removes[i]; });
        }
    }
    if (json.contains("rules")) {
        RulePack changed;
        if (const nlohmann::json* rules = checker.array(json, "rules", at)) {
            readRules(*rules, JsonChecker::member(at, "rules"), checker, changed);
        }
        for (Rule& rule : changed.rules) {
            const auto it = std::find_if(next.rules.begin(), next.rules.end(),
                                         [&rule](const Rule& old) { return old.id == rule.id; });
            if (it == next.rules.end()) {
                next.rules.push_back(std::move(rule));
            } else {
                *it = std::move(rule);
            }
        }
    }
    checkTransitionRule(next, at, checker);
    return next;
}

void readRenamed(const nlohmann::json& list, JsonChecker& checker, RulePack& pack)
{
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = JsonChecker::element("$.renamed", i);
        const nlohmann::json& json = list[i];
        if (!json.is_object()) {
            checker.report(at, "must be an object");
            continue;
        }
        checker.rejectUnknownKeys(json, {"from", "to"}, at);
        const std::string from = checker.string(json, "from", at).value_or("");
        const std::vector<std::string> to = readNames(json, "to", at, checker);
        if (pack.find(from) != nullptr) {
            checker.report(JsonChecker::member(at, "from"), "\"" + from + "\" is still a rule of the pack");
        }
        for (std::size_t k = 0; k < to.size(); ++k) {
            if (pack.find(to[k]) == nullptr) {
                checker.report(JsonChecker::element(JsonChecker::member(at, "to"), k), "no rule \"" + to[k] + "\"");
            }
        }
        if (!from.empty() && !to.empty()) {
            pack.renamed.emplace_back(from, to);
        }
    }
}

RulePack readPack(const nlohmann::json& document, JsonChecker& checker)
{
    RulePack pack;
    checker.rejectUnknownKeys(document,
                              {"format", "id", "title", "version", "effective", "notes", "events", "rules",
                               "transition", "later_versions", "renamed", "regime"},
                              "$");
    if (const auto format = checker.integer(document, "format", "$"); format && *format != kFormat) {
        checker.report("$.format", "unsupported rule pack format " + std::to_string(*format));
    }
    pack.id = checker.string(document, "id", "$").value_or("");
    if (document.contains("id") && !isIdentifier(pack.id)) {
        checker.report("$.id", "must be lower-case letters, digits, '_' and '.'");
    }
    pack.title = checker.string(document, "title", "$").value_or("");
    if (const auto version = checker.integer(document, "version", "$");
        version && (*version < 1 || *version > kMaxAmount)) {
        checker.report("$.version", "must be a positive whole number");
    } else if (version) {
        pack.version = static_cast<int>(*version);
    }
    if (const nlohmann::json* effective = checker.object(document, "effective", "$")) {
        checker.rejectUnknownKeys(*effective, {"from", "to"}, "$.effective");
        pack.effectiveFrom = checker.date(*effective, "from", "$.effective").value_or(Date{});
        pack.effectiveTo = checker.date(*effective, "to", "$.effective", false);
        if (pack.effectiveTo && *pack.effectiveTo < pack.effectiveFrom) {
            checker.report("$.effective.to", "is before $.effective.from");
        }
    }
    pack.notes = checker.string(document, "notes", "$", false).value_or("");
    pack.regime = readPackRegime(document, checker);
    if (document.contains("events")) {
        if (const nlohmann::json* events = checker.array(document, "events", "$")) {
            readEvents(*events, "$.events", checker, pack);
        }
    }
    if (const nlohmann::json* rules = checker.array(document, "rules", "$")) {
        readRules(*rules, "$.rules", checker, pack);
    }
    if (document.contains("transition")) {
        pack.transition = readTransition(document, "$", checker);
        checkTransitionRule(pack, "$", checker);
    }
    if (document.contains("later_versions")) {
        const nlohmann::json* later = checker.array(document, "later_versions", "$");
        if (later != nullptr && !later->empty()) {
            const std::optional<Date> packEnd = pack.effectiveTo;
            std::vector<RulePack> versions{pack};
            for (std::size_t i = 0; i < later->size(); ++i) {
                const std::string at = JsonChecker::element("$.later_versions", i);
                RulePack next = readLaterVersion((*later)[i], at, versions.back(), checker);
                if (packEnd && next.effectiveFrom > *packEnd) {
                    checker.report(at + ".effective.from", "is after $.effective.to");
                }
                versions.back().effectiveTo = next.effectiveFrom.addDays(-1);
                next.effectiveTo = packEnd;
                versions.push_back(std::move(next));
            }
            RulePack newest = versions.back();
            newest.effectiveFrom = pack.effectiveFrom;
            newest.versions = std::move(versions);
            pack = std::move(newest);
        }
    }
    if (document.contains("renamed")) {
        if (const nlohmann::json* renamed = checker.array(document, "renamed", "$")) {
            readRenamed(*renamed, checker, pack);
        }
    }
    return pack;
}

} // namespace

std::string_view toString(RuleKind kind)
{
    const auto* it =
        std::find_if(kKindNames.begin(), kKindNames.end(), [kind](const auto& e) { return e.first == kind; });
    return it->second;
}

std::string_view toString(RuleStatus status)
{
    const auto* it =
        std::find_if(kStatusNames.begin(), kStatusNames.end(), [status](const auto& e) { return e.first == status; });
    return it->second;
}

std::optional<RuleKind> ruleKindFromString(std::string_view text)
{
    for (const auto& [kind, name] : kKindNames) {
        if (name == text) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<RuleStatus> ruleStatusFromString(std::string_view text)
{
    for (const auto& [status, name] : kStatusNames) {
        if (name == text) {
            return status;
        }
    }
    return std::nullopt;
}

bool derivesDate(RuleKind kind)
{
    switch (kind) {
    case RuleKind::WorkingDaysAfter:
    case RuleKind::CalendarDaysAfter:
    case RuleKind::CalendarDaysBefore:
    case RuleKind::MonthsPeriod:
    case RuleKind::MonthsAfter:
    case RuleKind::MonthsBefore:
        return true;
    case RuleKind::MaxMonths:
    case RuleKind::DayAllowance:
    case RuleKind::MonthsWindow:
    case RuleKind::WeeksWindow:
    case RuleKind::Constraint:
        return false;
    }
    return false;
}

const Rule* RulePack::find(std::string_view ruleId) const
{
    const auto it = std::find_if(rules.begin(), rules.end(), [ruleId](const Rule& rule) { return rule.id == ruleId; });
    return it == rules.end() ? nullptr : &*it;
}

bool RulePack::isEffectiveOn(Date date) const
{
    return date >= effectiveFrom && (!effectiveTo || date <= *effectiveTo);
}

std::vector<const RulePack*> RulePack::allVersions() const
{
    std::vector<const RulePack*> out;
    for (const RulePack& v : versions) {
        out.push_back(&v);
    }
    if (out.empty()) {
        out.push_back(this);
    }
    return out;
}

const RulePack* RulePack::atVersion(int number) const
{
    for (const RulePack* v : allVersions()) {
        if (v->version == number) {
            return v;
        }
    }
    return nullptr;
}

const RulePack& RulePack::select(const std::function<std::optional<Date>(std::string_view by)>& dateOf) const
{
    const std::vector<const RulePack*> all = allVersions();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        const std::optional<Date> date = dateOf((*it)->transition.by);
        if (date.has_value() && !(*date < (*it)->effectiveFrom)) {
            return **it;
        }
    }
    return *all.front();
}

std::vector<std::string> RulePack::renamedTo(std::string_view oldId) const
{
    for (const auto& [from, to] : renamed) {
        if (from == oldId) {
            return to;
        }
    }
    return {};
}

std::vector<JsonProblem> checkRulePack(std::string_view json)
{
    JsonChecker checker;
    const nlohmann::json document = nlohmann::json::parse(json, nullptr, false);
    if (document.is_discarded()) {
        checker.report("$", "not valid JSON");
    } else if (!document.is_object()) {
        checker.report("$", "must be an object");
    } else {
        readPack(document, checker);
    }
    return checker.problems();
}

Result<RulePack> parseRulePack(std::string_view json)
{
    JsonChecker checker;
    const nlohmann::json document = nlohmann::json::parse(json, nullptr, false);
    if (document.is_discarded()) {
        return makeError(ErrorCode::InvalidRulePack, "$: not valid JSON");
    }
    if (!document.is_object()) {
        return makeError(ErrorCode::InvalidRulePack, "$: must be an object");
    }
    RulePack pack = readPack(document, checker);
    if (!checker.ok()) {
        return makeError(ErrorCode::InvalidRulePack, checker.summary());
    }
    return pack;
}

Result<RulePack> loadRulePackFile(const std::filesystem::path& path)
{
    Result<std::string> text = readTextFile(path);
    if (!text) {
        return text.error();
    }
    Result<RulePack> pack = parseRulePack(text.value());
    if (!pack) {
        return makeError(pack.error().code, path.string() + ":\n" + pack.error().detail);
    }
    return pack;
}

RulePack forVariant(RulePack pack, std::string_view variant)
{
    std::erase_if(pack.rules, [variant](const Rule& rule) {
        return !rule.applies.empty()
               && std::find(rule.applies.begin(), rule.applies.end(), variant) == rule.applies.end();
    });
    for (RulePack& version : pack.versions) {
        version = forVariant(std::move(version), variant);
    }
    return pack;
}

namespace {

/// Applies the override to `rules` if it has the rule: NotFound when it does not.
Status overrideIn(std::vector<Rule>& rules, const std::string& packId, const RuleOverrideRequest& request)
{
    const auto it =
        std::find_if(rules.begin(), rules.end(), [&request](const Rule& rule) { return rule.id == request.ruleId; });
    if (it == rules.end()) {
        return makeError(ErrorCode::NotFound, "rule " + request.ruleId + " is not in pack " + packId);
    }
    if (request.reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        return invalidProblem("rule " + request.ruleId + ": an override needs a reason", "reason",
                              "rule.override_needs_reason");
    }
    if (it->kind == RuleKind::Constraint) {
        return invalidProblem("rule " + request.ruleId + " is a constraint and has no amount", "amount",
                              "rule.constraint_has_no_amount");
    }
    if (request.amount < 0 || request.amount > kMaxAmount) {
        return invalidProblem("rule " + request.ruleId + ": amount out of range", "amount", "rule.amount_out_of_range",
                              {std::to_string(kMaxAmount)});
    }
    const int shipped = it->localOverride ? it->localOverride->shippedAmount : it->amount;
    it->localOverride = LocalOverride{shipped, request.reason};
    it->amount = request.amount;
    return Ok{};
}

} // namespace

Result<RulePack> applyOverride(RulePack pack, const RuleOverrideRequest& request)
{
    Status newest = overrideIn(pack.rules, pack.id, request);
    bool found = newest.has_value();
    if (!newest && newest.error().code != ErrorCode::NotFound) {
        return newest.error();
    }
    for (RulePack& version : pack.versions) {
        Status st = overrideIn(version.rules, pack.id, request);
        if (!st && st.error().code != ErrorCode::NotFound) {
            return st.error();
        }
        found = found || st.has_value();
    }
    if (!found) {
        return newest.error();
    }
    return pack;
}

} // namespace casebook::core
