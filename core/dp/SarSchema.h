// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace casebook::core {

/// Schema step: subject access requests and their clock events (core/dp/SubjectAccess.h).
/// AUTOINCREMENT so that an id is never reused after erasure. A request goes with its person.
inline constexpr std::string_view kSarSchemaSql = R"sql(
CREATE TABLE sar_request(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    reference TEXT NOT NULL DEFAULT '',
    received_on TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on),
    channel TEXT NOT NULL CHECK (channel IN ('email','letter','in_person','phone','other')),
    extension_notified_on TEXT CHECK (extension_notified_on IS NULL
        OR (date(extension_notified_on, '+0 days') IS extension_notified_on AND extension_notified_on >= received_on)),
    extension_reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open','responded','refused','withdrawn')),
    closed_on TEXT CHECK (closed_on IS NULL OR (date(closed_on, '+0 days') IS closed_on AND closed_on >= received_on)),
    notes TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'open') = (closed_on IS NULL))
) STRICT;
CREATE INDEX sar_request_person ON sar_request(person_id, status);
CREATE TABLE sar_clock_event(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sar_id INTEGER NOT NULL REFERENCES sar_request(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('identity','authority','fee','clarification')),
    requested_on TEXT NOT NULL CHECK (date(requested_on, '+0 days') IS requested_on),
    received_on TEXT CHECK (received_on IS NULL OR (date(received_on, '+0 days') IS received_on AND received_on >= requested_on))
) STRICT;
CREATE INDEX sar_clock_event_sar ON sar_clock_event(sar_id);
)sql";

} // namespace casebook::core
