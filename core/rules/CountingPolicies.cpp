// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/CountingPolicies.h"

#include <array>
#include <utility>

namespace casebook::core {

namespace {

template <typename E> struct Choice {
    E value;
    std::string_view code;
};

constexpr std::array<Choice<BradfordWindowEdge>, 2> kEdge{
    {{BradfordWindowEdge::ClipToWindow, "clip_to_window"}, {BradfordWindowEdge::WholeSpell, "whole_spell"}}};
constexpr std::array<Choice<BradfordProtected>, 2> kProtected{
    {{BradfordProtected::DisabilityAndAdjustment, "disability_and_adjustment"},
     {BradfordProtected::DisabilityOnly, "disability_only"}}};
constexpr std::array<Choice<SickPayLookback>, 2> kLookback{
    {{SickPayLookback::FullPayDays, "full_pay_days"}, {SickPayLookback::AllSickDays, "all_sick_days"}}};
constexpr std::array<Choice<MonthsPeriodEnd>, 2> kPeriodEnd{
    {{MonthsPeriodEnd::DayBeforeClampedDate, "day_before_clamped_date"},
     {MonthsPeriodEnd::LastDayOfMonthIfNone, "last_day_of_month"}}};

template <typename E, std::size_t N> std::string codeOf(const std::array<Choice<E>, N>& table, E value)
{
    for (const auto& c : table) {
        if (c.value == value) {
            return std::string(c.code);
        }
    }
    return {};
}

template <typename E, std::size_t N> std::vector<std::string> codes(const std::array<Choice<E>, N>& table)
{
    std::vector<std::string> out;
    for (const auto& c : table) {
        out.emplace_back(c.code);
    }
    return out;
}

template <typename E, std::size_t N>
Status assign(E& field, const std::array<Choice<E>, N>& table, std::string_view name, std::string_view value)
{
    std::string known;
    for (const auto& c : table) {
        if (c.code == value) {
            field = c.value;
            return Ok{};
        }
        known += (known.empty() ? "" : ", ") + std::string(c.code);
    }
    return makeError(ErrorCode::InvalidArgument,
                     std::string(name) + ": unknown value \"" + std::string(value) + "\" (expected " + known + ")");
}

} // namespace

std::vector<CountingPolicyInfo> describe(const CountingPolicies& p)
{
    return {
        {"bradford.window_edge", codes(kEdge), codeOf(kEdge, p.bradfordWindowEdge),
         "A spell crossing the window's first day counts as one spell. clip_to_window counts only its days inside "
         "the window; whole_spell counts all its days. No national rule was found; forces' procedures differ."},
        {"bradford.protected", codes(kProtected), codeOf(kProtected, p.bradfordProtected),
         "The second Bradford figure leaves out disability-related absences (Equality Act 2010 s.15) and, by "
         "default, absences covered by an agreed reasonable adjustment (s.20); disability_only leaves out "
         "disability-related absences alone."},
        {"sick_pay.lookback", codes(kLookback), codeOf(kLookback, p.sickPayLookback),
         "Police Regulations 2003 reg 28 and Annex K (secondary reading): full pay for 6 months in any 12. "
         "full_pay_days deducts only days paid in full in the 12 months before the absence; all_sick_days deducts "
         "every sick day in them. Published force procedures differ."},
        {"months_period.no_corresponding_date", codes(kPeriodEnd), codeOf(kPeriodEnd, p.monthsPeriodEnd),
         "\"A period of N months beginning with D\" when D has no counterpart in the end month (29 February): "
         "day_before_clamped_date ends it the day before the month's last day (27 February); last_day_of_month "
         "ends it on the month's last day (28 February), the usual drafting rule."},
    };
}

Status setPolicy(CountingPolicies& p, std::string_view name, std::string_view value)
{
    if (name == "bradford.window_edge") {
        return assign(p.bradfordWindowEdge, kEdge, name, value);
    }
    if (name == "bradford.protected") {
        return assign(p.bradfordProtected, kProtected, name, value);
    }
    if (name == "sick_pay.lookback") {
        return assign(p.sickPayLookback, kLookback, name, value);
    }
    if (name == "months_period.no_corresponding_date") {
        return assign(p.monthsPeriodEnd, kPeriodEnd, name, value);
    }
    return makeError(ErrorCode::NotFound, "no counting policy \"" + std::string(name)
                                              + "\" (expected bradford.window_edge, bradford.protected, "
                                                "sick_pay.lookback or months_period.no_corresponding_date)");
}

} // namespace casebook::core
