// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/DateExplanation.h"

#include "report/Words.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

namespace casebook::core {

namespace {

std::string weekdayName(Date date)
{
    static constexpr std::array<std::string_view, 7> kNames{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                            "Friday", "Saturday", "Sunday"};
    return std::string(kNames.at(static_cast<std::size_t>(date.weekday()) - 1));
}

/// "skipping 2 weekend days and 28 December 2026 (Boxing Day, substitute day)" for the days
/// after `from` up to `to` that are not working days.
std::string skippedDays(Date from, Date to, const WorkingCalendar& calendar)
{
    int weekendDays = 0;
    std::vector<std::string> holidays;
    for (Date day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (day.isWeekend()) {
            ++weekendDays;
        } else if (const BankHoliday* holiday = calendar.holiday(day)) {
            holidays.push_back(weekdayName(day) + " " + dateInWords(day) + " (" + holiday->title + ")");
        }
    }
    std::vector<std::string> parts;
    if (weekendDays > 0) {
        parts.push_back(countInWords(weekendDays, "weekend day", "weekend days"));
    }
    parts.insert(parts.end(), holidays.begin(), holidays.end());
    if (parts.empty()) {
        return "no weekend or bank holiday falls in between";
    }
    std::string text = "skipping ";
    for (std::size_t i = 0; i < parts.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    }
    return text;
}

std::string arithmetic(const DerivedDate& d, Date ruleDate, const WorkingCalendar& calendar)
{
    const std::string basis = dateInWords(d.basisDate);
    const std::string result = dateInWords(ruleDate);
    switch (d.kind) {
    case RuleKind::WorkingDaysAfter:
        return countInWords(d.amount, "working day", "working days") + " after " + basis + ", "
               + skippedDays(d.basisDate, ruleDate, calendar) + ": " + weekdayName(ruleDate) + " " + result + ".";
    case RuleKind::CalendarDaysAfter:
        if (d.amount == 0 && d.basisDate == ruleDate) {
            return "A date set on the record itself, not counted by a rule: " + result + ".";
        }
        return countInWords(d.amount, "day", "days") + " after " + basis
               + " (weekends and bank holidays count): " + weekdayName(ruleDate) + " " + result + ".";
    case RuleKind::CalendarDaysBefore:
        return countInWords(d.amount, "day", "days") + " before " + basis + ": " + weekdayName(ruleDate) + " " + result
               + ".";
    case RuleKind::MonthsPeriod:
        return "A period of " + countInWords(d.amount, "month", "months") + " beginning with " + basis + " ends on "
               + weekdayName(ruleDate) + " " + result + ".";
    case RuleKind::MonthsAfter:
        return countInWords(d.amount, "month", "months") + " after " + basis + ": " + weekdayName(ruleDate) + " "
               + result + ".";
    case RuleKind::MonthsBefore:
        return countInWords(d.amount, "month", "months") + " before " + basis + ": " + weekdayName(ruleDate) + " "
               + result + ".";
    case RuleKind::MaxMonths:
    case RuleKind::DayAllowance:
    case RuleKind::MonthsWindow:
    case RuleKind::WeeksWindow:
    case RuleKind::Constraint:
        break;
    }
    return result + ".";
}

/// Every pack, the newest UPP/UAP regime first: an event both regimes name is in the newest one's words.
std::vector<const RulePack*> allPacks(const ProcedureRules& rules)
{
    std::vector<const RulePack*> packs = rules.allPacks();
    std::reverse(packs.begin(), packs.begin() + static_cast<std::ptrdiff_t>(rules.upp.size()));
    return packs;
}

std::string stateInWords(const DueItem& item)
{
    switch (item.state) {
    case DueState::Problem:
        return "cannot be worked out: " + item.source.problem;
    case DueState::Paused:
        return "paused since " + dateInWords(item.source.pausedFrom.value_or(item.source.derived.date))
               + ", so its time limit is not running";
    case DueState::Overdue:
    case DueState::DueSoon:
    case DueState::Later:
        break;
    }
    return daysInWords(item.daysFromAsOf);
}

} // namespace

std::string eventInWords(std::string_view event, const ProcedureRules& rules)
{
    for (const RulePack* pack : allPacks(rules)) {
        for (const RulePack* version : pack->allVersions()) {
            for (const PackEvent& known : version->events) {
                if (known.name == event) {
                    return known.title;
                }
            }
        }
    }
    return codeInWords(event);
}

std::string ruleTitle(std::string_view ruleId, const ProcedureRules& rules)
{
    for (const RulePack* pack : allPacks(rules)) {
        for (const RulePack* version : pack->allVersions()) {
            for (const Rule& rule : version->rules) {
                if (rule.id == ruleId) {
                    return rule.title;
                }
            }
        }
    }
    return std::string(ruleId);
}

std::string ruleStatusInWords(RuleStatus status)
{
    switch (status) {
    case RuleStatus::Verified:
        return "Verified";
    case RuleStatus::Analogue:
        return "Analogue";
    case RuleStatus::Secondary:
        return "Secondary";
    case RuleStatus::Local:
        return "Local policy";
    }
    return {};
}

std::string ruleStatusMeaning(RuleStatus status)
{
    switch (status) {
    case RuleStatus::Verified:
        return "time limit taken from the regulation or statute cited";
    case RuleStatus::Analogue:
        return "time limit taken from comparable regulations; check locally";
    case RuleStatus::Secondary:
        return "time limit taken from guidance or another secondary source; check the source";
    case RuleStatus::Local:
        return "time limit set by the force's own policy";
    }
    return {};
}

DateExplanation explainDate(const DueItem& item, const ProcedureRules& rules)
{
    const DerivedDate& d = item.source.derived;
    DateExplanation out;
    out.what = d.title;
    out.when = item.state == DueState::Problem ? stateInWords(item) : dateInWords(d.date) + ": " + stateInWords(item);
    out.rule = d.ruleId;
    out.status = ruleStatusInWords(d.status);
    out.statusMeaning = ruleStatusMeaning(d.status);
    out.citation = d.citation.instrument;
    if (!d.citation.provision.empty()) {
        out.citation += (out.citation.empty() ? "" : ", ") + d.citation.provision;
    }
    out.url = d.citation.url;
    if (item.state == DueState::Problem) {
        return out;
    }
    out.countedFrom = "Counted from: " + eventInWords(d.basisEvent, rules) + ", " + dateInWords(d.basisDate) + ".";
    out.arithmetic = arithmetic(d, item.shippedDate, rules.calendar);
    if (item.overridden) {
        out.notes.push_back("A local date replaces the rule's " + dateInWords(item.shippedDate)
                            + ". Reason given: " + item.overrideReason);
    }
    if (d.overridden) {
        out.notes.push_back("Your force set this rule's amount to " + std::to_string(d.amount) + " in place of "
                            + std::to_string(d.shippedAmount) + ". Reason given: " + d.overrideReason);
    }
    if (d.calendarUnconfirmed) {
        out.notes.push_back("The count runs through a year whose bank holidays are not yet announced, so the "
                            "usual pattern was assumed; check the date nearer the time.");
    }
    if (d.targetDate) {
        out.notes.push_back(eventInWords(d.targetEvent, rules) + " was recorded on " + dateInWords(*d.targetDate)
                            + (d.late ? ", after this date." : "."));
    }
    return out;
}

std::vector<std::string> explanationLines(const DateExplanation& e)
{
    std::vector<std::string> lines{e.what, e.when};
    for (const std::string* line : {&e.countedFrom, &e.arithmetic}) {
        if (!line->empty()) {
            lines.push_back(*line);
        }
    }
    lines.insert(lines.end(), e.notes.begin(), e.notes.end());
    lines.push_back("Rule: " + e.rule + " (" + e.status + ": " + e.statusMeaning + ")");
    if (!e.citation.empty()) {
        lines.push_back("Source: " + e.citation + (e.url.empty() ? "" : " <" + e.url + ">"));
    }
    return lines;
}

} // namespace casebook::core
