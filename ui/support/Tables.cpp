// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/Tables.h"

#include <QComboBox>
#include <QHeaderView>
#include <QStandardItem>
#include <QTableView>

namespace casebook::ui {

QTableView* makeReadOnlyTable(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setResizeContentsPrecision(64);
    table->setWordWrap(false);
    // The arrow keys move between rows; Tab moves on to the next control, as everywhere else, so
    // that Tab never gets stuck going from cell to cell in a long list.
    table->setTabKeyNavigation(false);
    return table;
}

QStandardItem* readOnlyItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QComboBox* makeFilterCombo(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->setToolTip(accessibleName);
    return combo;
}

} // namespace casebook::ui
