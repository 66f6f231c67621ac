// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

namespace casebook::ui {

/// Tells Casebook when the desktop session locks, where the platform reports it: the
/// freedesktop (and GNOME) screensaver's ActiveChanged(true) on the session bus, and logind's
/// Session.Lock on the system bus. Without a bus (or on other platforms) it stays silent, and
/// Casebook relies on Ctrl+L and its idle timer.
class DesktopLockWatcher final : public QObject {
    Q_OBJECT

public:
    explicit DesktopLockWatcher(QObject* parent = nullptr);
    /// How many desktop signals are being listened to (0 when no bus is reachable).
    int sourcesWatched() const { return m_sources; }

signals:
    void desktopLocked();

public slots:
    /// Receives the screensaver's ActiveChanged; `active` true means the screen locked or blanked.
    void screenSaverActiveChanged(bool active);
    /// Receives logind's Session.Lock.
    void sessionLock();

private:
    int m_sources = 0;
};

} // namespace casebook::ui
