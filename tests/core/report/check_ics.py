#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Casebook contributors
# SPDX-License-Identifier: Apache-2.0
"""Parses the calendar the core tests write with the python icalendar library (RFC 5545)."""
import datetime
import os
import subprocess
import sys
import tempfile

import icalendar

core_tests = sys.argv[1]
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "deadlines.ics")
    env = dict(os.environ, CASEBOOK_ICS_OUT=path)
    subprocess.run([core_tests, "[.ics-sample]"], check=True, env=env, stdout=subprocess.DEVNULL)
    with open(path, "rb") as f:
        data = f.read()

calendar = icalendar.Calendar.from_ical(data)
events = list(calendar.walk("VEVENT"))
assert events, "no events"
uids = set()
for event in events:
    for field in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        assert field in event, f"event without {field}"
    assert event["UID"].endswith("@casebook")
    assert type(event.decoded("DTSTART")).__name__ == "date", "not an all-day event"
    uids.add(str(event["UID"]))
    assert "CANARY" not in str(event["SUMMARY"]) + str(event.get("DESCRIPTION", ""))
    # No officer's name in a title by default (diaries sync to phones): the case reference instead.
    assert "Alex Morgan" not in event.to_ical().decode(), "the officer's name is in an event"
    assert "Case " in str(event["SUMMARY"]), f"no case reference in {event['SUMMARY']}"
    # Each event reminds: one display alarm, before the date (the default is 2 days, at 09:00).
    alarms = [c for c in event.subcomponents if c.name == "VALARM"]
    assert len(alarms) == 1, f"{len(alarms)} VALARMs in an event"
    assert str(alarms[0]["ACTION"]) == "DISPLAY"
    trigger = alarms[0].decoded("TRIGGER")
    assert trigger == -datetime.timedelta(days=1, hours=15), f"reminder at {trigger}"
assert len(uids) == len(events), "UIDs are not unique"
assert any("withheld" in str(e["SUMMARY"]) for e in events), "health dates should be withheld"
print(f"{len(events)} events parsed")
