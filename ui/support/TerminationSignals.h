// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace casebook::ui {

/// On SIGTERM, SIGHUP or SIGINT (logging out, shutting down, Ctrl+C in a terminal) Casebook closes
/// its windows and leaves the event loop as on an ordinary quit, so the store is locked and a
/// demonstration store is deleted with its folder. The handler itself only writes the signal's
/// number to a socket; the rest happens on the UI thread. Call once, after the QApplication.
void closeOnTerminationSignals();

} // namespace casebook::ui
