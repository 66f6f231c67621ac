// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace casebook::ui {

/// A line edit for a passphrase or recovery key: hidden as typed, named `name` for tests and
/// `accessibleName` for screen readers.
QLineEdit* passphraseField(const char* name, const QString& accessibleName, QWidget* parent);

} // namespace casebook::ui
