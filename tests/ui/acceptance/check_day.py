#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Casebook contributors
# SPDX-License-Identifier: Apache-2.0
"""Checks what the keyboard-driven day (day.sh) left in the demo store and in the HR summary.

Usage: check_day.py STORE.json DUE.json SUMMARY.pdf
STORE.json is `casebook-cli export-json`, DUE.json is `casebook-cli due --format json`; the PDF is
read with pdftotext. Each value typed in the window must be in its own field, on the case of the
most overdue date, by the sergeant named in Your details.
"""
import json
import subprocess
import sys

problems = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        problems.append(what)


def main(store_path, due_path, pdf_path):
    tables = json.load(open(store_path))["tables"]
    due = json.load(open(due_path))

    meetings = [e for e in tables["chronology_entry"] if e["title"] == "Attendance review meeting"]
    check(len(meetings) == 1, "one meeting entry titled as typed")
    if not meetings:
        return
    meeting = meetings[0]
    case_id = meeting["case_id"]
    case = next(c for c in tables["case_file"] if c["id"] == case_id)
    person_id = case["person_id"]

    overdue = [d for d in due if d["state"] == "overdue" and d.get("caseId")]
    earliest = min(d["date"] for d in overdue)
    check(case_id in {d["caseId"] for d in overdue if d["date"] == earliest},
          f"the case worked on ({case_id}) holds the most overdue date ({earliest})")

    check(meeting["kind"] == "meeting", "the meeting is a meeting entry")
    check("Agreed a phased return over four weeks." in meeting["body"], "the meeting's notes")
    check(meeting.get("medical_detail") == "Sleep pattern still disturbed; OH to advise",
          "the meeting's medical notes, kept apart from its notes")
    check("Sleep pattern" not in meeting["body"], "no medical notes in the meeting's shared notes")
    check("Attendees: Tom Hussain; Insp Ruth Evans; Karen Doyle, HR adviser" in meeting["body"],
          "the meeting's three attendees, one per line as typed")
    check(meeting["author"] == "PS 4821 Sam Taylor", "the meeting is by the sergeant in Your details")

    plans = [p for p in tables["action_plan"] if p["case_id"] == case_id]
    plan_ids = {p["id"] for p in plans}
    actions = [o for o in tables["action_objective"]
               if o["text"] == "Draft the phased return plan"]
    check(len(actions) == 1, "the action agreed became an action-plan objective")
    if actions:
        check(actions[0]["owner"] == "PS Demo", "the action's owner")
        check(actions[0]["due_date"] == "2026-12-19", "the action's due date typed as 19/12/2026")
        check(actions[0]["owner_id"] in plan_ids, "its action plan is on the same case")

    decisions = [e for e in tables["chronology_entry"] if e["kind"] == "decision"
                 and e["title"] == "Stay at the first stage of UAP"]
    check(len(decisions) == 1, "one decision titled as typed")
    if decisions:
        d = decisions[0]
        check(d["case_id"] == case_id, "the decision is on the same case")
        check(d["decision"] == "Keep the procedure at the first stage for three months", "the decision")
        check(d["rationale"] == "Attendance has improved since the adjustment; the second stage would not "
              "be proportionate.", "the decision's rationale")
        check(d["decided_by"] == "PS 4821 Sam Taylor", "decided by")
        check(not d["medical"], "the decision is not flagged medical")

    adjustments = [a for a in tables["adjustment"] if a["measure"] == "Phased return: four-hour shifts for four weeks"]
    check(len(adjustments) == 1, "one adjustment with what it is")
    if adjustments:
        a = adjustments[0]
        check(a["case_id"] == case_id, "the adjustment is on the same case")
        check(a["barrier"] == "Fatigue after long shifts", "the barrier it removes")
        check(a["decision"] == "agreed", "the adjustment is agreed")
        check(a["rationale"] == "OH advice supports a phased return.", "the adjustment's rationale")
        check(a["decision_maker"] == "Insp Ruth Evans", "the decision maker")
        check(a["review_date"] == "2027-01-02",
              f"the review date typed as 2 Jan 2027 (stored: {a['review_date']!r}, passport: {a.get('passport_version')!r})")

    consents = [c for c in tables["consent"] if c["person_id"] == person_id and c["audience"] == "hr"
                and c["obtained"] == "Signed consent form"]
    check(len(consents) == 1, "one consent for HR, obtained as typed")
    if consents:
        c = consents[0]
        check(c["category"] == "oh_advice", "the consent covers OH advice")
        check(c["answer"] == "given", "the consent is given")

    # Reading order (not -layout), so that a table cell's lines come out together.
    text = subprocess.run(["pdftotext", pdf_path, "-"], check=True, capture_output=True, text=True).stdout
    pages = [" ".join(page.split()) for page in text.split("\f")]
    flat = " ".join(pages)
    check("Prepared for HR by PS 4821 Sam Taylor" in pages[0], "page 1 says it was prepared for HR by the sergeant")
    check("The officer consented on " in pages[0] and "(Signed consent form) to share OH advice with HR" in pages[0],
          "page 1 says what consent covered it (OH advice, for HR, how obtained)")
    check("Keep the procedure at the first stage for three months" in flat, "the summary holds the decision")
    check("Phased return: four-hour shifts for four weeks" in flat, "the summary holds the adjustment")

if __name__ == "__main__":
    main(*sys.argv[1:4])
    if problems:
        print(f"{len(problems)} check(s) failed")
        sys.exit(1)
    print("every typed value is where it belongs")
