#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Casebook contributors
# SPDX-License-Identifier: Apache-2.0
#
# Acceptance test of a sergeant's day (issue 10): the real `casebook --demo` on a 1366x768 virtual
# screen, driven by key presses only (xdotool), in this order:
#   find the most overdue date on Due & overdue, read why it is due, open its case, record a
#   meeting with attendees and an action, record a decision with its rationale, add an adjustment,
#   record consent for HR, write the HR summary as PDF, lock, unlock.
# Then casebook-cli reads the demo store and checks that every typed value landed in its field,
# and pdftotext checks that the PDF says what consent covered it. A PNG of each step is saved in
# OUT_DIR (look at them). Exits 77 (ctest SKIP) when xvfb-run, xdotool or xwd is missing.
# Usage: day.sh CASEBOOK CASEBOOK_CLI OUT_DIR
set -euo pipefail

app=${1:?usage: day.sh CASEBOOK CASEBOOK_CLI OUT_DIR}
cli=${2:?usage: day.sh CASEBOOK CASEBOOK_CLI OUT_DIR}
out=${3:?usage: day.sh CASEBOOK CASEBOOK_CLI OUT_DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

for tool in xvfb-run xdotool xwd pdftotext python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (.ci/deps installs it)"
        exit 77
    fi
done

# Run the rest on its own virtual screen of a force laptop's size.
if [ -z "${CASEBOOK_DAY_ON_XVFB:-}" ]; then
    export CASEBOOK_DAY_ON_XVFB=1
    exec xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" "$0" "$@"
fi

rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
chmod 700 "$work"
app_pid=
cleanup() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
export HOME="$work/home" QT_QPA_PLATFORM=xcb
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME/casebook" "$XDG_STATE_HOME" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
# Who is working, as Tools > Your details saves it: the summary's "Prepared by".
printf 'name = Sam Taylor\nrank = PS\ncollar_number = 4821\nforce = Demo Constabulary\n' \
    >"$XDG_CONFIG_HOME/casebook/identity.conf"
chmod 600 "$XDG_CONFIG_HOME/casebook/identity.conf"
pdf="$work/home/hr-summary.pdf"

fail() {
    echo "FAIL: $*"
    shot "failed" || true
    exit 1
}

# The window whose title contains $1, once it is shown (within 20 s).
window() {
    local id
    for _ in $(seq 1 100); do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -1 || true)
        if [ -n "$id" ]; then
            echo "$id"
            return 0
        fi
        sleep 0.2
    done
    return 1
}

# Waits until no window titled $1 is shown, then gives the main window the keyboard again: with no
# window manager on the virtual screen, nothing hands the focus back when a dialog closes (Qt then
# sees keys arrive at an inactive window, and Alt+letter types a letter instead).
# Waits for the dialog titled $1 and gives it the keyboard before anything is typed into it (under
# load a dialog can be on screen a moment before it has the focus).
dialog() {
    local id
    id=$(window "$1") || return 1
    xdotool windowfocus --sync "$id"
    sleep 0.5
}

gone() {
    for _ in $(seq 1 100); do
        if ! xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; then
            xdotool windowfocus --sync "$main"
            sleep 0.3
            return 0
        fi
        sleep 0.2
    done
    return 1
}

step=0
# A PNG of the window that has the keyboard (a dialog over the main window, else the main window).
shot() {
    step=$((step + 1))
    local name
    name=$(printf '%02d-%s' "$step" "$1")
    sleep 0.6 # let the window paint
    local id
    id=$(xdotool getwindowfocus 2>/dev/null || true)
    if [ -z "$id" ] || ! xwd -id "$id" -silent >"$work/shot.xwd" 2>/dev/null; then
        xwd -id "$main" -silent >"$work/shot.xwd"
    fi
    python3 "$here/xwd2png.py" "$work/shot.xwd" "$out/$name.png"
    echo "screenshot: $out/$name.png"
}

keys() { xdotool key --delay 60 "$@"; }
type_text() { xdotool type --delay 12 "$1"; }

"$app" --demo >"$out/casebook.log" 2>&1 &
app_pid=$!
main=$(window "Demonstration") || fail "the demo window did not open"
# The fictional caseload is written on a worker (slower under a sanitizer): wait until the store
# holds the same number of cases twice running, then give the first due list a moment.
cases=0
for _ in $(seq 1 120); do
    store=$(ls "$XDG_RUNTIME_DIR"/casebook-demo-*/demo.cbk 2>/dev/null || true)
    now=0
    if [ -n "$store" ]; then
        now=$(printf 'demo\n' | "$cli" --store "$store" list --all 2>/dev/null | wc -l || true)
    fi
    if [ "$now" -gt 1 ] && [ "$now" -eq "$cases" ]; then
        break
    fi
    cases=$now
    sleep 1
done
[ "$cases" -gt 1 ] || fail "the demonstration cases were not made"
sleep 2
xdotool windowfocus --sync "$main"

echo "1. The most overdue date, and why it is due"
keys alt+d
sleep 0.5
keys Tab Tab Tab Tab Down Up
shot "due-most-overdue-explained"

echo "2. Its case"
keys Return
sleep 1
shot "case-opened"

echo "3. A meeting with attendees and an action"
keys alt+o
dialog "meeting's outcome" || fail "Meeting outcome did not open"
keys Tab ctrl+a
type_text "Attendance review meeting"
keys Tab
type_text "Tom Hussain"
keys Return
type_text "Insp Ruth Evans"
keys Return
type_text "Karen Doyle, HR adviser"
keys Tab
type_text "Agreed a phased return over four weeks."
keys Tab
type_text "Sleep pattern still disturbed; OH to advise"
keys Tab
type_text "Draft the phased return plan"
keys Tab
type_text "PS Demo"
keys Tab space Tab ctrl+a
type_text "19/12/2026"
keys Tab
shot "meeting-filled"
keys Tab Return
gone "meeting's outcome" || fail "the meeting was not saved"

echo "4. A decision with its rationale"
keys alt+s
dialog "Record a decision" || fail "Record a decision did not open"
keys alt+t
type_text "Stay at the first stage of UAP"
keys alt+e
type_text "Keep the procedure at the first stage for three months"
keys alt+r
type_text "Attendance has improved since the adjustment; the second stage would not be proportionate."
keys alt+b ctrl+a
type_text "PS 4821 Sam Taylor"
shot "decision-filled"
keys Return
gone "Record a decision" || fail "the decision was not saved"

echo "5. An adjustment"
keys ctrl+Next ctrl+Next ctrl+Next
keys alt+a
dialog "adjustment" || fail "the adjustment form did not open"
keys alt+w
type_text "Phased return: four-hour shifts for four weeks"
keys alt+b
type_text "Fatigue after long shifts"
keys alt+d
type_text "Agreed"
keys alt+a
type_text "OH advice supports a phased return."
keys alt+m
type_text "Insp Ruth Evans"
# "Re&view date:" labels a tick box, so Alt+V ticks it (Qt animates the click, ~100 ms later) and
# focuses it, as a tick box's own Alt+letter does; the date field is enabled once it is ticked.
# A space as well would untick it again, sooner or later depending on the load.
keys alt+v
sleep 0.5
keys Tab ctrl+a
type_text "2 Jan 2027"
shot "adjustment-filled"
keys alt+m Return
gone "adjustment" || fail "the adjustment was not saved"
shot "adjustments-page"

echo "6. Consent for HR"
keys ctrl+Next ctrl+Next ctrl+Next ctrl+Next ctrl+Next
keys alt+r
dialog "consent" || fail "the consent form did not open"
keys alt+u
type_text "HR"
keys alt+c
type_text "OH" # a drop-down finds "OH advice" from its first letters (a space would open it)
keys alt+h
type_text "Signed consent form"
shot "consent-filled"
keys Return
gone "consent" || fail "the consent was not saved"
shot "consent-page"

echo "6b. The chronology, read back in its pane"
keys ctrl+Prior ctrl+Prior ctrl+Prior ctrl+Prior ctrl+Prior ctrl+Prior ctrl+Prior
shot "chronology-pane"

echo "7. The HR summary as PDF"
keys alt+m
dialog "Case summary" || fail "the summary dialog did not open"
keys alt+f
type_text "HR"
shot "summary-for-hr"
keys alt+e
dialog "Export the case summary" || fail "no file dialog"
keys ctrl+a
type_text "$pdf"
keys Return
for _ in $(seq 1 100); do
    [ -s "$pdf" ] && break
    sleep 0.2
done
[ -s "$pdf" ] || fail "the PDF was not written"
shot "summary-exported"
keys Escape
sleep 0.5
if xdotool search --onlyvisible --name "Discard" >/dev/null 2>&1; then
    keys alt+d # the audience was changed: discard that choice, the PDF is written
fi
gone "Case summary" || fail "the summary dialog did not close"

echo "8. Lock and unlock"
keys ctrl+l
sleep 1
shot "locked"
type_text "demo"
keys Return
sleep 3
shot "unlocked"
keys ctrl+l
sleep 1

echo "9. What landed in the store"
store=$(ls "$XDG_RUNTIME_DIR"/casebook-demo-*/demo.cbk)
printf 'demo\n' | "$cli" --store "$store" export-json --out "$work/store.json" >/dev/null 2>&1
printf 'demo\n' | "$cli" --store "$store" due --format json >"$work/due.json"
cp "$pdf" "$out/hr-summary.pdf"
python3 "$here/check_day.py" "$work/store.json" "$work/due.json" "$pdf"

keys ctrl+q
wait "$app_pid" || true
app_pid=
echo "PASS"
