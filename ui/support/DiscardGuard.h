// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace casebook::ui {

/// What a form's fields hold (line edits, text areas, drop-downs, check boxes, dates), to tell
/// whether anything was changed since.
QString formState(const QWidget* form);

/// Escape on a form that has been changed since it opened asks before throwing the changes away
/// ("Discard" or "Keep editing", the latter the default). An unchanged form closes at once, and
/// so does any form closed by locking. Install once on each form dialog.
void askBeforeDiscarding(QDialog* dialog);

} // namespace casebook::ui
