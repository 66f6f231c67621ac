// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "report/DateExplanation.h"
#endif

#include <QString>

namespace casebook::ui {

/// A date's explanation (core::explainDate) as the rich text of the pane under Due & overdue:
/// the date and its state first, then where it was counted from, the arithmetic, any local
/// change, and the rule with its status in words and its source as a link.
QString dateExplanationHtml(const core::DateExplanation& explanation);

} // namespace casebook::ui
