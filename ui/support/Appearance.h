// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace casebook::ui {

/// How the window is coloured: as the desktop says, or light or dark whatever it says.
enum class Appearance { System, Light, Dark };

/// The saved choice (setting "appearance"; it says nothing about any case).
Appearance savedAppearance();
void saveAppearance(Appearance appearance);
/// Applies a choice to the running application: Light and Dark use the Fusion style with a
/// palette of their own (so they look the same on every desktop); System puts back the style
/// and palette the application started with.
void applyAppearance(Appearance appearance);

} // namespace casebook::ui
