// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dp/SubjectAccess.h"

#include "dp/CodeTable.h"

#include "support/ResourceLocator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <mutex>
#include <utility>

namespace casebook::core {

namespace {

using dp::codeOf;
using dp::CodeTable;
using dp::fromTable;

constexpr CodeTable<SarChannel, 5> kChannels{{{SarChannel::Email, "email"},
                                              {SarChannel::Letter, "letter"},
                                              {SarChannel::InPerson, "in_person"},
                                              {SarChannel::Phone, "phone"},
                                              {SarChannel::Other, "other"}}};
constexpr CodeTable<SarStatus, 4> kStatuses{{{SarStatus::Open, "open"},
                                             {SarStatus::Responded, "responded"},
                                             {SarStatus::Refused, "refused"},
                                             {SarStatus::Withdrawn, "withdrawn"}}};
constexpr CodeTable<SarClockKind, 4> kClockKinds{{{SarClockKind::Identity, "identity"},
                                                  {SarClockKind::Authority, "authority"},
                                                  {SarClockKind::Fee, "fee"},
                                                  {SarClockKind::Clarification, "clarification"}}};

nlohmann::json optionalDate(const std::optional<Date>& date)
{
    return date ? nlohmann::json(date->toIso()) : nlohmann::json(nullptr);
}

const RulePack* packFor(const SubjectAccessRules& rules, Date received)
{
    if (rules.current.isEffectiveOn(received)) {
        return &rules.current;
    }
    if (rules.preDuaa.isEffectiveOn(received)) {
        return &rules.preDuaa;
    }
    return nullptr;
}

Date nextWorkingDay(const WorkingCalendar& calendar, Date date)
{
    while (!calendar.isWorkingDay(date)) {
        date = date.addDays(1);
    }
    return date;
}

bool blank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

Result<SubjectAccessRules> SubjectAccessRules::load(const std::filesystem::path& resourcesDir,
                                                    const WorkingCalendar& calendar)
{
    SubjectAccessRules rules;
    rules.calendar = &calendar;
    const std::pair<RulePack*, const char*> packs[] = {{&rules.current, "subject-access.json"},
                                                       {&rules.preDuaa, "subject-access-pre-duaa.json"}};
    for (const auto& [pack, file] : packs) {
        Result<RulePack> loaded = loadRulePackFile(resourcesDir / "rules" / file);
        if (!loaded) {
            return makeError(loaded.error().code, std::string(file) + ": " + loaded.error().detail);
        }
        *pack = std::move(*loaded);
    }
    return rules;
}

Result<SubjectAccessRules> SubjectAccessRules::shipped(const WorkingCalendar& calendar)
{
    static std::mutex mutex;
    static std::optional<Result<SubjectAccessRules>> cache;
    const std::lock_guard lock(mutex);
    if (!cache) {
        Result<std::filesystem::path> dir = findResourcesDir();
        cache = dir ? load(*dir, calendar) : Result<SubjectAccessRules>(dir.error());
    }
    if (!*cache) {
        return cache->error();
    }
    SubjectAccessRules rules = cache->value();
    rules.calendar = &calendar;
    return rules;
}

std::string_view toCode(SarChannel value)
{
    return codeOf(kChannels, value);
}
std::string_view toCode(SarStatus value)
{
    return codeOf(kStatuses, value);
}
std::string_view toCode(SarClockKind value)
{
    return codeOf(kClockKinds, value);
}
std::optional<SarChannel> sarChannelFromCode(std::string_view code)
{
    return fromTable(kChannels, code);
}
std::optional<SarStatus> sarStatusFromCode(std::string_view code)
{
    return fromTable(kStatuses, code);
}
std::optional<SarClockKind> sarClockKindFromCode(std::string_view code)
{
    return fromTable(kClockKinds, code);
}

nlohmann::json sarJson(const SarRequest& sar)
{
    nlohmann::json events = nlohmann::json::array();
    for (const SarClockEvent& e : sar.clockEvents) {
        events.push_back({{"kind", toCode(e.kind)},
                          {"requested_on", e.requestedOn.toIso()},
                          {"received_on", optionalDate(e.receivedOn)}});
    }
    return {{"id", sar.id.value},
            {"person_id", sar.person.value},
            {"reference", sar.reference},
            {"received_on", sar.receivedOn.toIso()},
            {"channel", toCode(sar.channel)},
            {"clock_events", std::move(events)},
            {"extension_notified_on", optionalDate(sar.extensionNotifiedOn)},
            {"extension_reason", sar.extensionReason},
            {"status", toCode(sar.status)},
            {"closed_on", optionalDate(sar.closedOn)},
            {"notes", sar.notes}};
}

const DerivedDate* SarTimeline::find(std::string_view ruleSuffix) const
{
    const std::string id = packId + "." + std::string(ruleSuffix);
    const auto it = std::find_if(dates.begin(), dates.end(), [&](const DerivedDate& d) { return d.ruleId == id; });
    return it == dates.end() ? nullptr : &*it;
}

const DerivedDate* SarTimeline::deadline() const
{
    if (extended) {
        if (const DerivedDate* date = find("extended_response")) {
            return date;
        }
    }
    return find("response");
}

Result<SarTimeline> sarTimeline(const SubjectAccessRules& rules, const SarRequest& sar)
{
    const RulePack* pack = packFor(rules, sar.receivedOn);
    if (pack == nullptr) {
        return makeError(ErrorCode::InvalidArgument,
                         "no subject access rule pack covers a request received on " + sar.receivedOn.toIso());
    }
    SarTimeline timeline;
    timeline.packId = pack->id;
    timeline.clockStarted = sar.receivedOn;
    timeline.extended = sar.extensionNotifiedOn.has_value();
    const bool restarts = pack->find(pack->id + ".clock_restart") != nullptr;
    const bool stops = pack->find(pack->id + ".clock_stop") != nullptr;
    const bool rolls = pack->find(pack->id + ".next_working_day") != nullptr;
    auto pauseFrom = [&timeline](Date from) {
        timeline.pausedFrom = timeline.pausedFrom ? std::min(*timeline.pausedFrom, from) : from;
    };
    for (const SarClockEvent& e : sar.clockEvents) {
        if (e.kind == SarClockKind::Clarification || !restarts) {
            continue;
        }
        if (e.receivedOn) {
            timeline.clockStarted = std::max(timeline.clockStarted, *e.receivedOn);
        } else {
            pauseFrom(e.requestedOn);
        }
    }
    for (const SarClockEvent& e : sar.clockEvents) {
        if (e.kind != SarClockKind::Clarification || !stops) {
            continue;
        }
        if (!e.receivedOn) {
            pauseFrom(e.requestedOn);
            continue;
        }
        // "Beginning with the day ... the request is made and ending with the day ... received":
        // both days are excluded; days before the clock (re)started do not count anyway.
        const Date from = std::max(e.requestedOn, timeline.clockStarted);
        if (*e.receivedOn >= from) {
            timeline.excludedDays += from.daysUntil(*e.receivedOn) + 1;
        }
    }
    EventDates events{{"clock_started", timeline.clockStarted}};
    if (sar.status == SarStatus::Responded && sar.closedOn) {
        events.emplace("response_sent", *sar.closedOn);
    }
    if (sar.extensionNotifiedOn) {
        events.emplace("extension_notified", *sar.extensionNotifiedOn);
    }
    const DeadlineEngine engine(*rules.calendar);
    for (DerivedDate& derived : engine.derive(*pack, events)) {
        const Date stopped = derived.date.addDays(timeline.excludedDays);
        derived.date = rolls ? nextWorkingDay(*rules.calendar, stopped) : stopped;
        derived.late = derived.targetDate && *derived.targetDate > derived.date;
        derived.calendarUnconfirmed = !rules.calendar->isYearConfirmed(derived.date.year());
        timeline.dates.push_back(std::move(derived));
    }
    return timeline;
}

Status checkSarRequest(const SubjectAccessRules& rules, const SarRequest& sar)
{
    Error error = makeError(ErrorCode::InvalidArgument);
    const auto problem = [&error](const std::string& text, std::string field, std::string id,
                                  std::vector<std::string> args = {}) {
        error.detail += (error.detail.empty() ? "" : "; ") + text;
        error.problems.push_back(Problem{std::move(field), std::move(id), std::move(args)});
    };
    if (sar.person.value <= 0) {
        problem("a subject access request needs the person it is about", "person", "not_chosen");
    }
    for (const SarClockEvent& e : sar.clockEvents) {
        const std::string what(toCode(e.kind));
        if (e.requestedOn < sar.receivedOn) {
            problem(what + " was asked for on " + e.requestedOn.toIso() + ", before the request was received ("
                        + sar.receivedOn.toIso() + ")",
                    "clock events", "sar.asked_before_received", {what, e.requestedOn.toIso(), sar.receivedOn.toIso()});
        }
        if (e.receivedOn && *e.receivedOn < e.requestedOn) {
            problem(what + " was received on " + e.receivedOn->toIso() + ", before it was asked for ("
                        + e.requestedOn.toIso() + ")",
                    "clock events", "sar.answered_before_asked", {what, e.receivedOn->toIso(), e.requestedOn.toIso()});
        }
    }
    if (sar.extensionNotifiedOn.has_value() != !blank(sar.extensionReason)) {
        problem("an extension needs both the date the requester was told and the reasons given", "extension",
                "sar.extension_incomplete");
    }
    if ((sar.status == SarStatus::Open) == sar.closedOn.has_value()) {
        if (sar.status == SarStatus::Open) {
            problem("an open request has no closing date", "closed on", "sar.open_with_closing_date");
        } else {
            problem("a closed request needs the date it was closed", "closed on", "sar.closed_without_date");
        }
    }
    if (sar.closedOn && *sar.closedOn < sar.receivedOn) {
        problem("the request is closed before it was received", "closed on", "sar.closed_before_received");
    }
    if (sar.extensionNotifiedOn && *sar.extensionNotifiedOn < sar.receivedOn) {
        problem("the extension is notified before the request was received", "extension",
                "sar.extension_before_received");
    }
    if (!error.problems.empty()) {
        return error;
    }
    Result<SarTimeline> timeline = sarTimeline(rules, sar);
    if (!timeline) {
        return timeline.error();
    }
    if (sar.extensionNotifiedOn) {
        const DerivedDate* notice = timeline->find("extension_notice");
        if (notice != nullptr && *sar.extensionNotifiedOn > notice->date) {
            Error late = makeError(ErrorCode::RuleViolation,
                                   notice->ruleId + ": the extension was notified on "
                                       + sar.extensionNotifiedOn->toIso() + ", after the last day for notice ("
                                       + notice->date.toIso() + "); the one-month deadline stands");
            late.problems.push_back(Problem{
                "extensionNotifiedOn", "sar.extension_late", {sar.extensionNotifiedOn->toIso(), notice->date.toIso()}});
            return late;
        }
    }
    return Ok{};
}

} // namespace casebook::core
