// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <chrono>

namespace casebook::ui {

/// Casebook's only way onto the clipboard: remembers what it put there, so that locking and
/// quitting can clear it without touching anything the user copied from elsewhere since.
/// What it copies carries the password-manager hint (`x-kde-passwordManagerHint: secret`), so
/// clipboard managers that honour it (Klipper and others) keep no history of it, and it is
/// cleared after clearAfter() unless the user has copied something else meanwhile.
class SensitiveClipboard final {
public:
    static void copy(const QString& text);
    /// Clears the clipboard when it still holds what Casebook last copied.
    static void clearIfOurs();

    /// How long a copy stays on the clipboard: 30 seconds unless set (tests use a short time).
    static std::chrono::milliseconds clearAfter();
    static void setClearAfter(std::chrono::milliseconds delay);
    /// The MIME type and value that ask clipboard managers not to keep a copy.
    static constexpr const char* kPasswordManagerHint = "x-kde-passwordManagerHint";
};

} // namespace casebook::ui
