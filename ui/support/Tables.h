// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QComboBox;
class QStandardItem;
class QTableView;
class QWidget;

namespace casebook::ui {

/// A read-only, row-selecting table as every list in Casebook shows one: named for screen
/// readers, alternating rows, the last column stretched, column widths measured from the first
/// rows only (so a 10,000-row caseload does not stall the window). Tab leaves the table.
QTableView* makeReadOnlyTable(const QString& objectName, const QString& accessibleName, QWidget* parent);

/// A cell for such a table's model that the user cannot edit.
QStandardItem* readOnlyItem(const QString& text);

/// A filter above a list: named for screen readers (and in its tooltip), and allowed to shrink
/// (its full text shows when opened) so whatever is beside it keeps its room.
QComboBox* makeFilterCombo(const QString& objectName, const QString& accessibleName, QWidget* parent);

} // namespace casebook::ui
