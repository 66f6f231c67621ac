// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace casebook::ui {

/// A read-only, row-selecting table as every list in Casebook shows one: named for screen
/// readers, alternating rows, the last column stretched, column widths measured from the first
/// rows only (so a 10,000-row caseload does not stall the window). Tab leaves the table.
QTableView* makeReadOnlyTable(const QString& objectName, const QString& accessibleName, QWidget* parent);

} // namespace casebook::ui
