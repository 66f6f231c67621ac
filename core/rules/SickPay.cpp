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
    std::optional<DayRange> all; ///< every sick day of the spell, whatever it was paid
};

Result<int> amountOf(const RulePack& pack, const std::string& ruleId)
{
    const Rule* rule = pack.find(ruleId);
    if (rule == nullptr) {
        return makeError(ErrorCode::InvalidRulePack, "pack " + pack.id + " has no rule " + ruleId);
    }
    return rule->amount;
}

/// The pack's full- and half-pay allowances (days) and look-back (months).
struct PackAmounts {
    int fullAllowance = 0;
    int halfAllowance = 0;
    int lookbackMonths = 0;
};

Result<PackAmounts> amountsOf(const RulePack& pack)
{
    const Result<int> full = amountOf(pack, pack.id + ".full_pay.allowance");
    const Result<int> half = amountOf(pack, pack.id + ".half_pay.allowance");
    const Result<int> lookback = amountOf(pack, pack.id + ".lookback");
    for (const Result<int>* amount : {&full, &half, &lookback}) {
        if (!*amount) {
            return amount->error();
        }
    }
    return PackAmounts{*full, *half, *lookback};
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
                                                  std::vector<SicknessSpell> spells, SickPayLookback lookback)
{
    const Result<PackAmounts> amounts = amountsOf(pack);
    if (!amounts) {
        return amounts.error();
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
        const Date windowStart = engine.calendar().monthsAfter(spell.start, -amounts->lookbackMonths);
        const Date windowEnd = spell.start.addDays(-1);
        int sickDaysBefore = 0;
        for (const PaySegments& earlier : history) {
            p.fullPayDaysBefore += overlapDays(earlier.full, windowStart, windowEnd);
            p.halfPayDaysBefore += overlapDays(earlier.half, windowStart, windowEnd);
            sickDaysBefore += overlapDays(earlier.all, windowStart, windowEnd);
        }
        const int deducted = lookback == SickPayLookback::AllSickDays ? sickDaysBefore : p.fullPayDaysBefore;
        p.fullPayEntitlement = std::max(0, amounts->fullAllowance - deducted);
        p.halfPayEntitlement = std::max(0, amounts->halfAllowance - p.halfPayDaysBefore);

        const int length = spell.end ? spell.start.daysUntil(*spell.end) + 1 : std::numeric_limits<int>::max();
        const int fullDays = std::min(length, std::max(0, spell.fullPayDaysRecorded.value_or(p.fullPayEntitlement)));
        const int halfDays = std::min(length - fullDays, p.halfPayEntitlement);
        PaySegments segments;
        // Only an earlier (so ended) spell is ever looked back on: only the last may be ongoing.
        segments.all = DayRange{spell.start, spell.end.value_or(spell.start)};
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

std::string_view toString(PayBand band)
{
    switch (band) {
    case PayBand::NotAbsent:
        return "not_absent";
    case PayBand::Full:
        return "full";
    case PayBand::Half:
        return "half";
    case PayBand::Nil:
        return "nil";
    }
    return "";
}

SickPayPosition sickPayPosition(const std::vector<PayProjection>& projections, Date asOf, int lookbackMonths,
                                const WorkingCalendar& calendar)
{
    SickPayPosition position;
    position.asOf = asOf;
    position.windowStart = calendar.monthsAfter(asOf, -lookbackMonths).addDays(1);
    for (const PayProjection& p : projections) {
        if (asOf < p.start) {
            continue; // not yet begun on asOf
        }
        const Date last = p.end.value_or(asOf);
        const std::optional<DayRange> all = DayRange{p.start, last};
        position.sickDaysUsed += overlapDays(all, position.windowStart, asOf);
        if (p.fullPayTo) {
            position.fullPayDaysUsed += overlapDays(DayRange{p.start, *p.fullPayTo}, position.windowStart, asOf);
        }
        if (p.halfPayFrom && p.halfPayTo) {
            position.halfPayDaysUsed += overlapDays(DayRange{*p.halfPayFrom, *p.halfPayTo}, position.windowStart, asOf);
        }
        if (p.end && *p.end < asOf) {
            continue; // over by asOf
        }
        // Absent on asOf: the band that day and the next change.
        if (p.fullPayTo && asOf <= *p.fullPayTo) {
            position.band = PayBand::Full;
            position.nextTransition = p.halfPayFrom ? p.halfPayFrom : p.nilPayFrom;
            position.nextBand = p.halfPayFrom ? PayBand::Half : PayBand::Nil;
        } else if (p.halfPayFrom && asOf >= *p.halfPayFrom && (!p.nilPayFrom || asOf < *p.nilPayFrom)) {
            position.band = PayBand::Half;
            position.nextTransition = p.nilPayFrom;
            position.nextBand = PayBand::Nil;
        } else {
            position.band = PayBand::Nil;
        }
        if (!position.nextTransition || (p.end && *position.nextTransition > *p.end)) {
            position.nextTransition.reset(); // the absence ends first
            position.nextBand = PayBand::NotAbsent;
        }
    }
    return position;
}

Result<SickPayPosition> sickPayPosition(const RulePack& pack, const std::vector<PayProjection>& projections, Date asOf,
                                        const WorkingCalendar& calendar, SickPayLookback lookback)
{
    const Result<PackAmounts> amounts = amountsOf(pack);
    if (!amounts) {
        return amounts.error();
    }
    SickPayPosition position = sickPayPosition(projections, asOf, amounts->lookbackMonths, calendar);
    position.lookbackMonths = amounts->lookbackMonths;
    position.fullPayAllowance = amounts->fullAllowance;
    position.halfPayAllowance = amounts->halfAllowance;
    const int deducted = lookback == SickPayLookback::AllSickDays ? position.sickDaysUsed : position.fullPayDaysUsed;
    position.fullPayDaysLeft = std::max(0, amounts->fullAllowance - deducted);
    position.halfPayDaysLeft = std::max(0, amounts->halfAllowance - position.halfPayDaysUsed);
    return position;
}

} // namespace casebook::core
