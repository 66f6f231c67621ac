// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "procedure/ProcedureRules.h"
#include "rules/RulePack.h"
#include "service/DueService.h"

#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// Why a date on the due list is that date, in plain English: what it is, the recorded event it
/// was counted from, the arithmetic (with the weekends and bank holidays skipped), the rule, its
/// citation and what the rule's status means. The app shows it beside the due list and the CLI
/// prints it with `due --explain`.
struct DateExplanation {
    std::string what;               ///< the rule's title
    std::string when;               ///< "10 December 2026: 11 days overdue"
    std::string countedFrom;        ///< "Counted from: Written improvement notice received, 1 December 2026."
    std::string arithmetic;         ///< "7 working days after 1 December 2026, skipping ..."
    std::vector<std::string> notes; ///< overrides, typed dates, unconfirmed calendars, late events
    std::string rule;               ///< the rule id, for looking it up in Tools › Rules
    std::string status;             ///< "Verified"
    std::string statusMeaning;      ///< what that status means for the person relying on the date
    std::string citation;           ///< "Police (Performance) Regulations 2020, reg 16(5)"
    std::string url;
    bool operator==(const DateExplanation&) const = default;
};

DateExplanation explainDate(const DueItem& item, const ProcedureRules& rules);

/// The explanation as lines of text, for a terminal or a plain-text pane.
std::vector<std::string> explanationLines(const DateExplanation& explanation);

/// A recorded event's name in the words of the pack that defines it ("win_received" ->
/// "Written improvement notice received"), or the code in words when no pack names it.
std::string eventInWords(std::string_view event, const ProcedureRules& rules);

/// A rule's title from whichever pack defines it, or the rule id when none does (dates a record
/// sets itself, such as "case.next_review").
std::string ruleTitle(std::string_view ruleId, const ProcedureRules& rules);

/// A rule status as a word ("Verified", "Analogue", "Secondary", "Local policy").
std::string ruleStatusInWords(RuleStatus status);
/// What a rule status means for the person relying on the date.
std::string ruleStatusMeaning(RuleStatus status);

} // namespace casebook::core
