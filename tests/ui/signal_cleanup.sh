#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Casebook contributors
# SPDX-License-Identifier: Apache-2.0
#
# End-to-end: `casebook --demo` is sent SIGTERM, SIGHUP and SIGINT (logout, shutdown, Ctrl+C) once
# its demonstration store exists; each time it must exit 0 and leave no demonstration folder behind.
# Usage: signal_cleanup.sh PATH/TO/casebook
set -euo pipefail

app=${1:?usage: signal_cleanup.sh CASEBOOK}
runtime=$(mktemp -d)
chmod 0700 "$runtime"
trap 'rm -rf "$runtime"' EXIT

for sig in TERM HUP INT; do
    # Its own settings too: the window's place is saved on closing, and must not land in the user's.
    XDG_RUNTIME_DIR=$runtime XDG_CONFIG_HOME=$runtime/config QT_QPA_PLATFORM=offscreen "$app" --demo &
    pid=$!
    for _ in $(seq 1 300); do
        if compgen -G "$runtime/casebook-demo-*/demo.cbk" >/dev/null; then
            break
        fi
        sleep 0.1
    done
    if ! compgen -G "$runtime/casebook-demo-*/demo.cbk" >/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
        echo "FAIL: no demonstration store appeared in $runtime"
        exit 1
    fi
    sleep 1 # let it finish making the demonstration cases
    kill -s "$sig" "$pid"
    status=0
    wait "$pid" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "FAIL: SIG$sig: casebook exited with status $status"
        exit 1
    fi
    if compgen -G "$runtime/casebook-demo-*" >/dev/null; then
        echo "FAIL: SIG$sig left the demonstration folder behind:" "$runtime"/casebook-demo-*
        exit 1
    fi
    echo "SIG$sig: closed cleanly, demonstration folder removed"
done
