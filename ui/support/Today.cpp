// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/Today.h"

#include "support/SystemClock.h"

namespace casebook::ui {

core::Date todayDate()
{
    return core::today(core::SystemClock{});
}

QDate todayQDate()
{
    const core::Date d = todayDate();
    return QDate(d.year(), d.month(), d.day());
}

} // namespace casebook::ui
