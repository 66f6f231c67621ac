// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <chrono>

class QWidget;

namespace casebook::ui {

/// Testing aid behind the hidden --screenshot option: once @p window is exposed on screen and has painted,
/// saves it as a PNG at @p path and quits the event loop with 0, or with 1 when saving fails and 3 when
/// the window is not exposed within @p timeout.
void snapshotWhenExposed(QWidget& window, const QString& path,
                         std::chrono::milliseconds timeout = std::chrono::seconds(20));

} // namespace casebook::ui
