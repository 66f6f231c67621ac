// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/Date.h"
#endif

#include <QString>

class QLabel;
class QWidget;

namespace casebook::ui {

/// What the subject access dialogs (SarDialog, DisclosureDialog) share.

/// A line for a message under a form: wraps, can be selected, and hides while it is empty.
QLabel* makeMessageLabel(const QString& objectName, QWidget* parent);
/// Shows `text` on such a line (read out by screen readers too), or hides it when empty.
void showMessage(QLabel* label, const QString& text);

} // namespace casebook::ui
