#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Casebook contributors
# SPDX-License-Identifier: Apache-2.0
#
# End-to-end test: start the real `casebook --demo` on a virtual X server (xcb, not offscreen). It
# makes its throwaway store of fictional cases, shows the caseload, prints how many cases it shows,
# then grabs its own window (hidden --screenshot option). Checks that the caseload has cases and
# that the PNG looks like a real window. Exits 77 (ctest SKIP) when xvfb-run is missing.
# Usage: xvfb_smoke.sh PATH/TO/casebook OUTPUT_DIR
set -euo pipefail

app=${1:?usage: xvfb_smoke.sh CASEBOOK OUTPUT_DIR}
out_dir=${2:?usage: xvfb_smoke.sh CASEBOOK OUTPUT_DIR}

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "SKIP: xvfb-run not installed (Debian package xvfb)"
    exit 77
fi

mkdir -p "$out_dir"
shot="$out_dir/main-window.png"
rm -f "$shot"

# The test presets export QT_QPA_PLATFORM=offscreen; this test needs a real X connection.
status=0
output=$(QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    timeout 90 "$app" --demo --screenshot "$shot") || status=$?
echo "$output"
if [ "$status" -ne 0 ]; then
    echo "FAIL: casebook exited with status $status"
    exit 1
fi
rows=$(printf '%s\n' "$output" | sed -n 's/^caseload rows: \([0-9]*\)$/\1/p')
if [ -z "$rows" ] || [ "$rows" -lt 1 ]; then
    echo "FAIL: the demo did not show a caseload (got '${rows}')"
    exit 1
fi

if [ ! -s "$shot" ]; then
    echo "FAIL: no screenshot at $shot"
    exit 1
fi

# PNG signature, then the IHDR width and height (big-endian) at bytes 16..23.
hex=$(od -An -tx1 -N24 "$shot" | tr -d ' \n')
if [ "${hex:0:16}" != "89504e470d0a1a0a" ]; then
    echo "FAIL: $shot is not a PNG"
    exit 1
fi
width=$((16#${hex:32:8}))
height=$((16#${hex:40:8}))
bytes=$(stat -c %s "$shot")
echo "screenshot: $shot (${width}x${height}, $bytes bytes)"
# A blank or tiny grab compresses to almost nothing; a real window with text and an icon does not.
if [ "$width" -lt 400 ] || [ "$height" -lt 300 ] || [ "$bytes" -lt 5000 ]; then
    echo "FAIL: screenshot looks trivial"
    exit 1
fi
echo "PASS"
