// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/Date.h"
#endif

#include <QDate>

namespace casebook::ui {

/// Today: core::today of the system clock, the local calendar date that the command line and
/// every screen share (never the UTC date, which lags by a day after midnight in summer).
core::Date todayDate();
/// todayDate() as a QDate, for date fields.
QDate todayQDate();

} // namespace casebook::ui
