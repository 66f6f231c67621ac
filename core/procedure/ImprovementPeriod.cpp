// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "procedure/ImprovementPeriod.h"

#include <algorithm>

namespace casebook::core {

ImprovementPeriod improvementPeriod(const UppProcedure& record, const WorkingCalendar& calendar)
{
    ImprovementPeriod period;
    if (record.improvementPeriodStart) {
        period.start = record.improvementPeriodStart;
        period.startEvent = "improvement_period_start";
    } else {
        // The notice that sets the period: the written improvement notice's date.
        const auto win = std::find_if(record.events.begin(), record.events.end(),
                                      [](const ProcedureEvent& event) { return event.name == "win_dated"; });
        if (win != record.events.end()) {
            period.start = win->date;
            period.startEvent = "win_dated";
        }
    }
    if (period.start && record.improvementPeriodMonths && *record.improvementPeriodMonths > 0) {
        period.derivedEnd = calendar.monthsPeriodEnd(*period.start, *record.improvementPeriodMonths);
    }
    period.effectiveEnd = record.improvementPeriodEnd ? record.improvementPeriodEnd : period.derivedEnd;
    period.typedOverride =
        record.improvementPeriodEnd && period.derivedEnd && *record.improvementPeriodEnd != *period.derivedEnd;
    return period;
}

std::optional<DerivedDate> improvementPeriodEndDate(const UppProcedure& record, const RulePack& regimePack,
                                                    const WorkingCalendar& calendar)
{
    const ImprovementPeriod period = improvementPeriod(record, calendar);
    if (!period.effectiveEnd) {
        return std::nullopt;
    }
    DerivedDate d;
    d.ruleId = regimePack.id + ".improvement_period.end";
    d.title = "Improvement period ends";
    // Without a period chosen, the typed end is all there is: shown as typed, not as derived.
    d.date = period.derivedEnd.value_or(*period.effectiveEnd);
    d.basisEvent = period.startEvent.empty() ? std::string("improvement_period_end") : period.startEvent;
    d.basisDate = period.start.value_or(*period.effectiveEnd);
    d.kind = RuleKind::MonthsPeriod;
    d.amount = record.improvementPeriodMonths.value_or(0);
    d.shippedAmount = d.amount;
    if (period.typedOverride) {
        d.typedDate = record.improvementPeriodEnd;
        d.typedReason = record.improvementPeriodEndReason;
    }
    if (const Rule* length = regimePack.find(regimePack.id + ".improvement_period.max")) {
        d.citation = length->citation;
        d.status = length->status;
    }
    return d;
}

} // namespace casebook::core
