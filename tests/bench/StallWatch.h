// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace casebook::bench {

/// The longest time the UI thread went without running its event loop while watching: what a
/// person feels as a frozen window. A 1 ms heartbeat timer on the UI thread notes when it fires;
/// the longest gap between two beats (or between the last beat and stop()) is the longest stall.
/// Work that runs on a worker and is applied later leaves the loop free, so only its UI-thread
/// share counts; work called directly counts whole.
class StallWatch {
public:
    StallWatch()
    {
        m_beat.setInterval(1);
        m_beat.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_beat, &QTimer::timeout, [this] { beat(); });
    }

    void start()
    {
        m_longestNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_beat.start();
    }

    /// Stops watching and returns the longest stall in milliseconds.
    double stop()
    {
        beat();
        m_beat.stop();
        return static_cast<double>(m_longestNs) / 1e6;
    }

private:
    void beat()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longestNs = std::max(m_longestNs, now - m_lastNs);
        m_lastNs = now;
    }

    QTimer m_beat;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

} // namespace casebook::bench
