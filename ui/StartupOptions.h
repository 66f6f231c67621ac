// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace casebook::ui {

/// What the user asked for on the command line when starting the desktop app.
struct StartupOptions {
    QString storePath;      ///< a store to offer for unlocking; empty when none was given
    bool demo = false;      ///< start with fictional demonstration cases instead of a real store
    QString screenshotPath; ///< testing aid: save a PNG of the main window once shown, then quit
    QString screenshotDir;  ///< testing aid (with demo): save a PNG of each main screen here, then quit
};

} // namespace casebook::ui
