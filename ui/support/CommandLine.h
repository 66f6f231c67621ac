// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "StartupOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace casebook::ui {

/// Parses the desktop app's command line (--store, --demo, the hidden --screenshot, --help, --version).
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(casebook::ui::CommandLine)

public:
    /// The outcome of parsing: options to start with, or text to print and an exit code.
    struct Outcome {
        std::optional<StartupOptions> options; ///< set when the app should start
        QString message;                       ///< help, version or error text when it should not
        int exitCode = 0;
    };

    /// Parses @p arguments (including the program name first), without printing or exiting.
    static Outcome parse(const QStringList& arguments);
};

} // namespace casebook::ui
