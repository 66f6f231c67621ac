// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "rules/JsonProblem.h"
#include "rules/PackRegime.h"
#include "support/Result.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casebook::core {

/// How a rule turns its amount into something: a date from a basis event, or a parameter.
enum class RuleKind {
    WorkingDaysAfter,   ///< end of the Nth working day beginning with the first working day after the basis
    CalendarDaysAfter,  ///< "within N days after": basis + N
    CalendarDaysBefore, ///< basis - N (e.g. a review N days before a pay change)
    MonthsPeriod,       ///< "a period of N months beginning with": the day before the corresponding date
    MonthsAfter,        ///< the corresponding date N months later
    MonthsBefore,       ///< the corresponding date N months earlier
    MaxMonths,          ///< parameter: a length limit in months (validation)
    DayAllowance,       ///< parameter: a number of days of entitlement
    MonthsWindow,       ///< parameter: a look-back window in months
    WeeksWindow,        ///< parameter: a rolling window in weeks
    Constraint,         ///< no amount: a prohibition the validator enforces (e.g. no FWIN)
};

/// How sure we are of a rule (domain.md): read in the instrument, in a parallel instrument,
/// in secondary material, or force policy.
enum class RuleStatus { Verified, Analogue, Secondary, Local };

std::string_view toString(RuleKind kind);
std::string_view toString(RuleStatus status);
std::optional<RuleKind> ruleKindFromString(std::string_view text);
std::optional<RuleStatus> ruleStatusFromString(std::string_view text);
/// True for kinds that derive a date from a basis event.
bool derivesDate(RuleKind kind);

/// Where a rule comes from: the instrument, the provision and a URL (legislation.gov.uk where possible).
struct Citation {
    std::string instrument;
    std::string provision;
    std::string url;
    bool operator==(const Citation&) const = default;
};

/// A force's replacement of a rule's amount, kept beside the shipped value.
struct LocalOverride {
    int shippedAmount = 0;
    std::string reason;
    bool operator==(const LocalOverride&) const = default;
};

/// One deadline or parameter rule from a rule pack; `amount` is the effective value.
struct Rule {
    std::string id;
    std::string title;
    std::string basis;  ///< basis event name, or the id of another rule whose date it builds on
    std::string target; ///< optional: the event this deadline governs (used to check order and lateness)
    RuleKind kind = RuleKind::Constraint;
    int amount = 0;
    Citation citation;
    RuleStatus status = RuleStatus::Local;
    std::string notes;
    std::optional<LocalOverride> localOverride;
    /// Constraint only: the recorded events it refuses (e.g. "fwin_dated" under `upp.amended.no_fwin`).
    std::vector<std::string> refuses;
    /// Optional: the variants it applies to (e.g. the pension scheme "pps_1987"); empty = every variant.
    std::vector<std::string> applies;
    bool operator==(const Rule&) const = default;
};

/// An event a procedure under this pack records, in the pack's own words ("second_stage_meeting",
/// "Second stage meeting"). The events the UI offers; rule bases and targets are added to them.
struct PackEvent {
    std::string name;
    std::string title;
    bool operator==(const PackEvent&) const = default;
};

/// Which matters a pack version governs: those whose `by` date (the date the matter came to
/// attention, or a recorded event's) is on or after the version's effective date. `rule` names the
/// rule of that version that cites the transitional provision (empty: none cited).
struct VersionTransition {
    std::string by = "came_to_attention";
    std::string rule;
    bool operator==(const VersionTransition&) const = default;
};

/// A rule pack loaded from resources/rules/*.json. A pack may carry several versions in time
/// (`versions`, oldest first, each a whole pack without versions of its own); the pack's own
/// fields are then the newest version's, except `effectiveFrom`, which is the oldest's (the pack
/// as a whole starts there). A procedure pins the version that governs it (ProcedureRules).
struct RulePack {
    std::string id;
    std::string title;
    int version = 0;
    Date effectiveFrom;
    std::optional<Date> effectiveTo;
    std::string notes;
    std::vector<PackEvent> events; ///< optional vocabulary of recorded events
    std::vector<Rule> rules;
    VersionTransition transition; ///< which matters this version governs
    std::vector<RulePack> versions;
    /// Old rule ids and the ids that replaced them (a stored override of an old id applies to them).
    std::vector<std::pair<std::string, std::vector<std::string>>> renamed;
    /// A UPP/UAP regime pack's regime (key, name, stages and their words); every version has it.
    std::optional<PackRegime> regime = {};

    const Rule* find(std::string_view ruleId) const;
    bool isEffectiveOn(Date date) const;
    /// Every version, oldest first; a pack built without versions is its own only version.
    std::vector<const RulePack*> allVersions() const;
    /// The version numbered `number`, or nullptr.
    const RulePack* atVersion(int number) const;
    /// The version that governs a matter: the newest whose transition date (`dateOf(by)`) is on or
    /// after its effective date; the oldest when none is. `dateOf` returns nullopt for a date not known.
    const RulePack& select(const std::function<std::optional<Date>(std::string_view by)>& dateOf) const;
    /// The ids an old (renamed) rule id now stands for; empty when it was not renamed.
    std::vector<std::string> renamedTo(std::string_view oldId) const;
    bool operator==(const RulePack&) const = default;
};

/// The pack as it applies to one variant (a pension scheme's code): the rules whose `applies` is
/// empty or names it. A third scheme is a new code in the pack's data, not new code here.
RulePack forVariant(RulePack pack, std::string_view variant);

/// Every problem in a rule pack document, each with its JSON path; empty when valid.
std::vector<JsonProblem> checkRulePack(std::string_view json);
/// Parses and validates; on failure InvalidRulePack with every problem ("$.rules[2].kind: ...") in detail.
Result<RulePack> parseRulePack(std::string_view json);
Result<RulePack> loadRulePackFile(const std::filesystem::path& path);

/// A request to replace a rule's amount locally; the reason is mandatory.
struct RuleOverrideRequest {
    std::string ruleId;
    int amount = 0;
    std::string reason;
};

/// Returns the pack with the override applied (in every version that has the rule); the rule
/// remembers the shipped amount and the reason. NotFound for a rule in no version, InvalidArgument for a blank reason,
/// a negative amount or a constraint.
Result<RulePack> applyOverride(RulePack pack, const RuleOverrideRequest& request);

} // namespace casebook::core
