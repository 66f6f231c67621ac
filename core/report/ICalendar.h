// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Consent.h"
#include "domain/Date.h"
#include "domain/Ids.h"
#include "service/DueService.h"
#include "support/Clock.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// What a calendar export is for.
struct CalendarOptions {
    ConsentAudience audience = ConsentAudience::LineManager; ///< whose diary the events go to
    Date asOf;                                               ///< the day consent is judged on
    Clock::TimePoint stamp;                                  ///< DTSTAMP of every event
    /// Put the officer's name in event titles. Off by default: diaries sync to phones, so a title
    /// says "Case 12" instead of who it is about.
    bool named = false;
    /// Days before each event its reminder (VALARM) goes off; 0 reminds on the day itself.
    int reminderDays = 2;
    /// The store's audit log head ("seq:hex") at the export, written as X-CASEBOOK-AUDIT-HEAD.
    std::string auditHead{};
};

/// What a calendar export held, for the audit log.
struct CalendarExport {
    std::string text; ///< the .ics file
    int events = 0;
    int withheld = 0; ///< events whose title was replaced because it would reveal health detail
};

/// Who the events of one person's cases are about: their name, and whether their recorded consent
/// lets the export's audience see health detail.
struct CalendarSubject {
    std::string name;
    bool medicalAllowed = false;
};

/// Everything a calendar export is made from, gathered by the report service (calendarInputs).
struct CalendarInputs {
    std::string storeId;                          ///< the store's creation stamp: part of every UID, so UIDs are stable
    std::vector<DueItem> items;                   ///< the caseload's dates (DueService::all on the export's day)
    std::map<PersonId, CalendarSubject> subjects; ///< one per person the items name
};

/// Writes the caseload's derived dates (DueService::all) as an iCalendar file (RFC 5545): CRLF
/// line ends, lines folded at 75 octets, TEXT values escaped, one all-day event per date. UIDs are
/// stable across exports (SHA-256 of the store, case, record and rule) so a re-import updates
/// events instead of duplicating them. The text of a date from a health record (absence, OH
/// referral) is replaced by a neutral title unless the officer's consent covers the audience.
/// Titles carry the case reference, not the officer's name, unless `named`; every event has a
/// display reminder `reminderDays` before it (at 09:00 on that day, as the events are all-day).
class ICalendar {
public:
    /// The file for `inputs`. Every person an item names must be in `inputs.subjects`; an item
    /// whose person is missing is written with its health detail withheld and titled by case.
    static CalendarExport render(const CalendarInputs& inputs, const CalendarOptions& options);

    /// `text` escaped as an RFC 5545 TEXT value: backslash, semicolon, comma and newlines.
    static std::string escapeText(std::string_view text);
    /// `line` folded to lines of at most 75 octets (not splitting a UTF-8 sequence), CRLF-ended.
    static std::string fold(std::string_view line);
    /// The stable UID of one derived date: hex SHA-256 of its parts, then "@casebook".
    static std::string uid(std::string_view storeId, std::int64_t caseId, std::string_view recordType,
                           std::int64_t recordId, std::string_view ruleId);
};

} // namespace casebook::core
