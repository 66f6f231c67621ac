// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Consent.h"
#include "domain/Date.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace casebook::core {

class Session;
struct DueItem;

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

/// Writes the caseload's derived dates (DueService::all) as an iCalendar file (RFC 5545): CRLF
/// line ends, lines folded at 75 octets, TEXT values escaped, one all-day event per date. UIDs are
/// stable across exports (SHA-256 of the store, case, record and rule) so a re-import updates
/// events instead of duplicating them. The text of a date from a health record (absence, OH
/// referral) is replaced by a neutral title unless the officer's consent covers the audience.
/// Titles carry the case reference, not the officer's name, unless `named`; every event has a
/// display reminder `reminderDays` before it (at 09:00 on that day, as the events are all-day).
class ICalendar {
public:
    static Result<CalendarExport> exportDueDates(Session& session, const CalendarOptions& options);

    /// `text` escaped as an RFC 5545 TEXT value: backslash, semicolon, comma and newlines.
    static std::string escapeText(std::string_view text);
    /// `line` folded to lines of at most 75 octets (not splitting a UTF-8 sequence), CRLF-ended.
    static std::string fold(std::string_view line);
    /// The stable UID of one derived date: hex SHA-256 of its parts, then "@casebook".
    static std::string uid(std::string_view storeId, std::int64_t caseId, std::string_view recordType,
                           std::int64_t recordId, std::string_view ruleId);
};

} // namespace casebook::core
