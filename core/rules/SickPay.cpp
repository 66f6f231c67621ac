// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/SickPay.h"

#include <algorithm>
#include <limits>

namespace casebook::core {

namespace {

/// Inclusive day range; `last` may be far in the future for an ongoing absence.
struct DayRange {
    Date first;
    Date last;
};

int overlapDays(const std::optional<DayRange>& range, Date from, Date to)
{
    if (!range) {
        return 0;
    }
    const Date first = std::max(range->first, from);
    const Date last = std::min(range->last, to);
    return last < first ? 0 : first.daysUntil(last) + 1;
}

struct PaySegments {
    std::optional<DayRange> full;
    std::optional<DayRange> half;
};

Result<int> amountOf(const RulePack& pack, const std::string& ruleId)
{
    const Rule* rule = pack.find(ruleId);
    if (rule == nullptr) {
        return makeError(ErrorCode::InvalidRulePack, "pack " + pack.id + " has no rule " + ruleId);
    }
    return rule->amount;
}

Status checkSpells(const std::vector<SicknessSpell>& spells)
{
    for (std::size_t i = 0; i < spells.size(); ++i) {
        const SicknessSpell& spell = spells[i];
        if (spell.end && *spell.end < spell.start) {
            return makeError(ErrorCode::InvalidArgument,
                             "absence from " + spell.start.toIso() + " ends before it starts");
        }
        if (i + 1 < spells.size() && (!spell.end || *spell.end >= spells[i + 1].start)) {
            return makeError(ErrorCode::InvalidArgument, "absences from " + spell.start.toIso() + " and "
                                                             + spells[i + 1].start.toIso() + " overlap");
        }
    }
    return Ok{};
}

} // namespace

Result<std::vector<PayProjection>> projectSickPay(const RulePack& pack, const DeadlineEngine& engine,
                                                  std::vector<SicknessSpell> spells)
{
    const Result<int> fullAllowance = amountOf(pack, pack.id + ".full_pay.allowance");
    const Result<int> halfAllowance = amountOf(pack, pack.id + ".half_pay.allowance");
    const Result<int> lookbackMonths = amountOf(pack, pack.id + ".lookback");
    for (const Result<int>* amount : {&fullAllowance, &halfAllowance, &lookbackMonths}) {
        if (!*amount) {
            return amount->error();
        }
    }
    std::sort(spells.begin(), spells.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    if (Status valid = checkSpells(spells); !valid) {
        return valid.error();
    }
    std::vector<PaySegments> history;
    std::vector<PayProjection> projections;
    for (const SicknessSpell& spell : spells) {
        PayProjection p;
        p.start = spell.start;
        p.end = spell.end;
        const Date windowStart = engine.calendar().monthsAfter(spell.start, -lookbackMonths.value());
        const Date windowEnd = spell.start.addDays(-1);
        for (const PaySegments& earlier : history) {
            p.fullPayDaysBefore += overlapDays(earlier.full, windowStart, windowEnd);
            p.halfPayDaysBefore += overlapDays(earlier.half, windowStart, windowEnd);
        }
        p.fullPayEntitlement = std::max(0, fullAllowance.value() - p.fullPayDaysBefore);
        p.halfPayEntitlement = std::max(0, halfAllowance.value() - p.halfPayDaysBefore);

        const int length = spell.end ? spell.start.daysUntil(*spell.end) + 1 : std::numeric_limits<int>::max();
        const int fullDays = std::min(length, std::max(0, spell.fullPayDaysRecorded.value_or(p.fullPayEntitlement)));
        const int halfDays = std::min(length - fullDays, p.halfPayEntitlement);
        PaySegments segments;
        EventDates transitions;
        if (fullDays > 0) {
            p.fullPayTo = spell.start.addDays(fullDays - 1);
            segments.full = DayRange{spell.start, *p.fullPayTo};
        }
        if (length > fullDays) {
            p.halfPayFrom = spell.start.addDays(fullDays);
            transitions.emplace("half_pay_start", *p.halfPayFrom);
        }
        if (halfDays > 0) {
            p.halfPayTo = p.halfPayFrom->addDays(halfDays - 1);
            segments.half = DayRange{*p.halfPayFrom, *p.halfPayTo};
        }
        if (length - fullDays > halfDays) {
            p.nilPayFrom = spell.start.addDays(fullDays + halfDays);
            transitions.emplace("nil_pay_start", *p.nilPayFrom);
        }
        if (halfDays == 0) {
            p.halfPayFrom.reset(); // straight from full (or no) pay to nil
            transitions.erase("half_pay_start");
        }
        p.reviews = engine.derive(pack, transitions);
        history.push_back(segments);
        projections.push_back(std::move(p));
    }
    return projections;
}

} // namespace casebook::core
