// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <QString>

#include <string_view>

namespace casebook::ui {

/// The user's words for one problem, to stand beside its field ("must not be empty"): a
/// translatable text chosen by the problem's id, with its args as %1, %2... An id without its
/// own text gets a general sentence; the core's detail is never shown.
QString problemText(const core::Problem& problem);

/// True when `id` has its own text in the table (false means problemText falls back).
bool hasProblemText(std::string_view id);

/// A label for a problem's field: "adjustment.decisionMaker" becomes "decision maker".
QString fieldLabel(const std::string& field);

/// One line naming the field and the problem, for a message away from the field.
QString problemLine(const core::Problem& problem);

/// A sentence for the user about `error`: its problems one per line, or what its code means and
/// what to do. Never a code and never the detail, which is for the log.
QString userMessage(const core::Error& error);

/// An error the ui makes itself, `text` already translated: problemText() shows it as given,
/// beside `field` when the form has that field. `text` is also its detail, for the log.
core::Error uiError(core::ErrorCode code, const std::string& field, const QString& text);

/// What to say beside the one field `error` is about: its problems' texts without their
/// fields' labels, or userMessage() when it has none.
QString fieldMessage(const core::Error& error);

} // namespace casebook::ui
