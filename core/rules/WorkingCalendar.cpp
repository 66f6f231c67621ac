// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/WorkingCalendar.h"

#include "rules/JsonChecker.h"
#include "rules/TextFile.h"

#include <nlohmann/json.hpp>

namespace casebook::core {

namespace {

void readEvents(const nlohmann::json& events, const std::string& path, JsonChecker& checker,
                std::map<Date, BankHoliday>& holidays)
{
    for (std::size_t i = 0; i < events.size(); ++i) {
        const std::string at = JsonChecker::element(path, i);
        const nlohmann::json& event = events[i];
        if (!event.is_object()) {
            checker.report(at, "must be an object");
            continue;
        }
        checker.rejectUnknownKeys(event, {"title", "date", "notes", "bunting", "projected"}, at);
        const auto title = checker.string(event, "title", at);
        const auto date = checker.date(event, "date", at);
        const auto notes = checker.string(event, "notes", at, false);
        checker.boolean(event, "bunting", at, false);
        const auto projected = checker.boolean(event, "projected", at, false);
        if (!title || !date) {
            continue;
        }
        BankHoliday holiday{*date, *title, notes.value_or(""), projected.value_or(false), false};
        if (!holidays.emplace(*date, std::move(holiday)).second) {
            checker.report(JsonChecker::member(at, "date"), "duplicate bank holiday " + date->toIso());
        }
    }
}

} // namespace

Result<WorkingCalendar> WorkingCalendar::fromGovUkJson(std::string_view json, std::string_view division)
{
    const nlohmann::json document = nlohmann::json::parse(json, nullptr, false);
    if (document.is_discarded()) {
        return makeError(ErrorCode::InvalidRulePack, "$: bank holiday table is not valid JSON");
    }
    JsonChecker checker;
    if (!document.is_object()) {
        return makeError(ErrorCode::InvalidRulePack, "$: must be an object");
    }
    WorkingCalendar calendar;
    if (const nlohmann::json* section = checker.object(document, division, "$")) {
        const std::string path = JsonChecker::member("$", division);
        if (const auto name = checker.string(*section, "division", path); name && *name != division) {
            checker.report(JsonChecker::member(path, "division"), "expected \"" + std::string(division) + "\"");
        }
        if (const nlohmann::json* events = checker.array(*section, "events", path)) {
            readEvents(*events, JsonChecker::member(path, "events"), checker, calendar.m_holidays);
        }
    }
    if (!checker.ok()) {
        return makeError(ErrorCode::InvalidRulePack, checker.summary());
    }
    for (const auto& [date, holiday] : calendar.m_holidays) {
        if (!holiday.projected) {
            calendar.m_confirmedYears.insert(date.year());
        }
    }
    // A year with any projected event is only as good as its weakest entry.
    for (const auto& [date, holiday] : calendar.m_holidays) {
        if (holiday.projected) {
            calendar.m_confirmedYears.erase(date.year());
        }
    }
    return calendar;
}

Result<WorkingCalendar> WorkingCalendar::loadFile(const std::filesystem::path& path, std::string_view division)
{
    Result<std::string> text = readTextFile(path);
    if (!text) {
        return text.error();
    }
    Result<WorkingCalendar> calendar = fromGovUkJson(text.value(), division);
    if (!calendar) {
        return makeError(calendar.error().code, path.string() + ":\n" + calendar.error().detail);
    }
    return calendar;
}

Status WorkingCalendar::addLocalHoliday(Date date, std::string title)
{
    if (isBankHoliday(date)) {
        return makeError(ErrorCode::AlreadyExists, date.toIso() + " is already a bank holiday");
    }
    m_holidays.emplace(date, BankHoliday{date, std::move(title), "Local addition", false, true});
    return Ok{};
}

Status WorkingCalendar::removeHoliday(Date date)
{
    if (m_holidays.erase(date) == 0) {
        return makeError(ErrorCode::NotFound, date.toIso() + " is not a bank holiday");
    }
    return Ok{};
}

std::vector<BankHoliday> WorkingCalendar::holidays() const
{
    std::vector<BankHoliday> list;
    list.reserve(m_holidays.size());
    for (const auto& entry : m_holidays) {
        list.push_back(entry.second);
    }
    return list;
}

const BankHoliday* WorkingCalendar::holiday(Date date) const
{
    const auto it = m_holidays.find(date);
    return it == m_holidays.end() ? nullptr : &it->second;
}

Date WorkingCalendar::addWorkingDays(Date from, int n) const
{
    const int step = n < 0 ? -1 : 1;
    Date day = from;
    for (int remaining = n < 0 ? -n : n; remaining > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day)) {
            --remaining;
        }
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(Date from, Date to) const
{
    if (to < from) {
        return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (Date day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day)) {
            ++count;
        }
    }
    return count;
}

Date WorkingCalendar::monthsPeriodEnd(Date d, int n) const
{
    if (m_periodEnd == MonthsPeriodEnd::LastDayOfMonthIfNone) {
        // No counterpart (29 Feb + 12, 31 Jan + 1): the corresponding date rolls into the next month,
        // so the day before it is the end month's last day.
        return d.addMonths(n, MonthEndPolicy::FirstDayOfNextMonth).addDays(-1);
    }
    return monthsAfter(d, n).addDays(-1);
}

} // namespace casebook::core
