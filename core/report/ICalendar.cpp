// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ICalendar.h"

#include "report/ExportAudit.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <string>

namespace casebook::core {

namespace {

std::string compactDate(Date date)
{
    std::string iso = date.toIso();
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

std::string utcStamp(Clock::TimePoint at)
{
    std::string stamp = utcIso(at); // 2026-12-05T21:40:00Z -> 20261205T214000Z
    std::erase_if(stamp, [](char c) { return c == '-' || c == ':'; });
    return stamp;
}

bool isHealthRecord(std::string_view recordType)
{
    return recordType == "absence" || recordType == "oh_referral";
}

/// A display alarm `days` before an all-day event, at 09:00 (the event starts at midnight, so
/// -P2DT15H is 09:00 two days before). The text names no one.
std::string reminder(int days)
{
    const int hours = days * 24 - 9;
    std::string trigger = "TRIGGER;RELATED=START:";
    if (hours > 0) {
        trigger += "-P" + std::to_string(hours / 24) + "DT" + std::to_string(hours % 24) + "H";
    } else {
        trigger += "PT" + std::to_string(-hours) + "H"; // on the day itself
    }
    return "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Casebook date due\r\n" + trigger + "\r\nEND:VALARM\r\n";
}

} // namespace

std::string ICalendar::escapeText(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\r') {
            out += "\\n";
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string ICalendar::fold(std::string_view line)
{
    std::string out;
    std::size_t limit = 75; // the first line has 75 octets; continuations 74 after their space
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0U) == 0x80U) {
            --cut; // never split a UTF-8 sequence
        }
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string ICalendar::uid(std::string_view storeId, std::int64_t caseId, std::string_view recordType,
                           std::int64_t recordId, std::string_view ruleId)
{
    std::string key(storeId);
    key += '/' + std::to_string(caseId) + '/' + std::string(recordType) + '/' + std::to_string(recordId) + '/';
    key += ruleId;
    return sha256Hex(key) + "@casebook";
}

CalendarExport ICalendar::render(const CalendarInputs& inputs, const CalendarOptions& options)
{
    const CalendarSubject unknown; // not named, health detail withheld
    CalendarExport out;
    std::string& text = out.text;
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Casebook//Casebook deadlines//EN\r\nCALSCALE:GREGORIAN\r\n"
           "METHOD:PUBLISH\r\n";
    if (!options.auditHead.empty()) {
        text += fold("X-CASEBOOK-AUDIT-HEAD:" + escapeText(options.auditHead));
    }
    const std::string stamp = utcStamp(options.stamp);
    const std::string alarm = reminder(options.reminderDays);
    for (const DueItem& item : inputs.items) {
        const DueDate& due = item.source;
        const auto found = inputs.subjects.find(due.person);
        const CalendarSubject& subject = found == inputs.subjects.end() ? unknown : found->second;
        const bool hide = isHealthRecord(due.recordType) && !subject.medicalAllowed;
        const bool problem = item.state == DueState::Problem;
        out.withheld += hide ? 1 : 0;
        std::string what = hide ? std::string("Health-related date (detail withheld)") : due.derived.title;
        std::string description = due.recordType == "sar_request"
                                      ? "Subject access request " + std::to_string(due.recordId)
                                      : "Case " + std::to_string(due.caseId.value);
        description += ", rule " + due.derived.ruleId;
        if (problem) {
            // On the day of the export, in place of the dates that could not be worked out.
            what = "Casebook: dates not worked out for a record of case " + std::to_string(due.caseId.value);
            description += "\nOpen Casebook and correct the " + due.recordType + " record "
                           + std::to_string(due.recordId) + (hide ? std::string() : ": " + due.problem);
        } else if (!hide && !due.derived.citation.instrument.empty()) {
            description += "\n" + due.derived.citation.instrument + " " + due.derived.citation.provision;
        }
        text += "BEGIN:VEVENT\r\n";
        text += fold("UID:" + uid(inputs.storeId, due.caseId.value, due.recordType, due.recordId, due.derived.ruleId));
        text += "DTSTAMP:" + stamp + "\r\n";
        text += "DTSTART;VALUE=DATE:" + compactDate(due.derived.date) + "\r\n";
        text += "DTEND;VALUE=DATE:" + compactDate(due.derived.date.addDays(1)) + "\r\n";
        const std::string who =
            options.named && !subject.name.empty() ? subject.name : "Case " + std::to_string(due.caseId.value);
        text += fold("SUMMARY:" + escapeText(what + " \xE2\x80\x94 " + who));
        text += fold("DESCRIPTION:" + escapeText(description));
        text += "TRANSP:TRANSPARENT\r\nCLASS:CONFIDENTIAL\r\n";
        text += alarm;
        text += "END:VEVENT\r\n";
        ++out.events;
    }
    text += "END:VCALENDAR\r\n";
    return out;
}

} // namespace casebook::core
