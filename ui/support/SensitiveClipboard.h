// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace casebook::ui {

/// Casebook's only way onto the clipboard: remembers what it put there, so that locking and
/// quitting can clear it without touching anything the user copied from elsewhere since.
class SensitiveClipboard final {
public:
    static void copy(const QString& text);
    /// Clears the clipboard when it still holds what Casebook last copied.
    static void clearIfOurs();
};

} // namespace casebook::ui
