// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace casebook::ui {

class MainWindow;

/// Testing aid behind the hidden --screenshot-dir option: once the demo caseload is on screen,
/// saves the main screens one after another (caseload, a case's chronology, its holistic review,
/// the Due & overdue dashboard, the rules dialog, the lock screen) as PNGs in `dir`, then quits
/// with 0 (1 if a file could not be written).
void runScreenshotTour(MainWindow& window, const QString& dir);

} // namespace casebook::ui
