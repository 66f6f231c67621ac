// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "procedure/PackPin.h"

#include "procedure/ProcedureEnums.h"

namespace casebook::core {

namespace {

std::optional<Date> eventDate(const ProcedureEvents& events, std::string_view name)
{
    std::optional<Date> found;
    for (const ProcedureEvent& event : events) {
        if (event.name == name && (!found || event.date < *found)) {
            found = event.date;
        }
    }
    return found;
}

EventDates eventDates(const ProcedureEvents& events)
{
    EventDates dates;
    for (const ProcedureEvent& event : events) {
        dates.insert_or_assign(event.name, event.date);
    }
    return dates;
}

} // namespace

const RulePack& packOf(const ProcedureRules& rules, const ConductReferral&)
{
    return rules.conduct;
}

const RulePack& packOf(const ProcedureRules& rules, const IllHealthRetirement&)
{
    return rules.illHealth;
}

const RulePack& packOf(const ProcedureRules& rules, const InjuryAward&)
{
    return rules.injuryBenefit;
}

const RulePack& packOf(const ProcedureRules& rules, const LimitedDuty&)
{
    return rules.limitedDuties;
}

const RulePack& packOf(const ProcedureRules& rules, const Absence&)
{
    return rules.sickPay;
}

std::optional<Date> transitionDate(const ConductReferral& record, std::string_view by)
{
    if (by == "came_to_attention") {
        return record.referralDate;
    }
    if (by == "misconduct_meeting_report_given") {
        return record.reportDate;
    }
    if (by == "appeal_notice_given") {
        return record.appealNoticeDate;
    }
    return std::nullopt;
}

std::optional<Date> transitionDate(const IllHealthRetirement& record, std::string_view by)
{
    if (by == "came_to_attention") {
        std::optional<Date> earliest;
        for (const ProcedureEvent& step : record.steps) {
            if (!earliest || step.date < *earliest) {
                earliest = step.date;
            }
        }
        return earliest;
    }
    return eventDate(record.steps, by);
}

std::optional<Date> transitionDate(const InjuryAward& record, std::string_view by)
{
    return by == "came_to_attention" ? std::optional<Date>(record.injuryDate) : eventDate(record.steps, by);
}

std::optional<Date> transitionDate(const LimitedDuty& record, std::string_view by)
{
    if (by == "came_to_attention" || by == "adjusted_duties_start") {
        return record.start;
    }
    return std::nullopt;
}

std::optional<Date> transitionDate(const Absence& record, std::string_view by)
{
    if (by == "came_to_attention" || by == "absence_start") {
        return record.start;
    }
    return std::nullopt;
}

std::vector<DerivedDate> datesUnder(const DeadlineEngine& engine, const ConductReferral& record,
                                    const RulePack& version)
{
    EventDates events;
    if (record.reportDate) {
        events.emplace("misconduct_meeting_report_given", *record.reportDate);
    }
    if (record.appealNoticeDate) {
        events.emplace("appeal_notice_given", *record.appealNoticeDate);
    }
    return engine.derive(version, events);
}

std::vector<DerivedDate> datesUnder(const DeadlineEngine& engine, const IllHealthRetirement& record,
                                    const RulePack& version)
{
    // Each scheme has its own rules (and statuses) in the pack.
    return engine.derive(forVariant(version, toCode(record.scheme)), eventDates(record.steps));
}

std::vector<DerivedDate> datesUnder(const DeadlineEngine& engine, const InjuryAward& record, const RulePack& version)
{
    return engine.derive(version, eventDates(record.steps));
}

std::vector<DerivedDate> datesUnder(const DeadlineEngine& engine, const LimitedDuty& record, const RulePack& version)
{
    if (record.category != LimitedDutyCategory::Adjusted) {
        return {};
    }
    return engine.derive(version, {{"adjusted_duties_start", record.start}});
}

std::vector<DerivedDate> payDates(const PayProjection& projection, const RulePack& version)
{
    std::vector<DerivedDate> out;
    auto transition = [&](const char* ruleSuffix, const std::optional<Date>& from, const char* title) {
        const Rule* rule = version.find(version.id + ruleSuffix);
        if (rule == nullptr || !from) {
            return;
        }
        DerivedDate d;
        d.ruleId = rule->id;
        d.title = title;
        d.date = *from;
        d.basisEvent = "absence_start";
        d.basisDate = projection.start;
        d.kind = rule->kind;
        d.amount = rule->amount;
        d.shippedAmount = rule->localOverride ? rule->localOverride->shippedAmount : rule->amount;
        d.citation = rule->citation;
        d.status = rule->status;
        out.push_back(std::move(d));
    };
    transition(".full_pay.allowance", projection.halfPayFrom, "Half pay starts (full-pay sick allowance used)");
    transition(".half_pay.allowance", projection.nilPayFrom, "Nil pay starts (half-pay sick allowance used)");
    out.insert(out.end(), projection.reviews.begin(), projection.reviews.end());
    return out;
}

} // namespace casebook::core
