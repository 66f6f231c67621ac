// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "report/ReportDocument.h"
#endif

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace casebook::ui {

/// Paints a report's charts together on one page inside `area`: a heading, then the charts two
/// across. A chart of categories is horizontal bars with their counts; a series over time is
/// upright columns, left to right, each with its count above and its label below. Only what the
/// charts hold is drawn (counts and category names), in vector form, so a PDF's text can be read.
void paintCharts(QPainter& painter, const QRectF& area, const std::vector<core::ReportChart>& charts,
                 const QString& heading, const QString& subheading);

} // namespace casebook::ui
