// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/ReadJob.h"

#include <QThreadPool>

namespace casebook::ui {

QThreadPool& readPool()
{
    // Destroyed at exit, after waiting for any read still running (its result goes nowhere).
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(2);
        return true;
    }();
    static_cast<void>(sized);
    return pool;
}

void startRead(std::function<void()> work)
{
    readPool().start(std::move(work));
}

} // namespace casebook::ui
