// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ChartPage.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace casebook::ui {

namespace {

const QColor kBar(0x3b, 0x6e, 0xa5);
const QColor kAxis(0x66, 0x66, 0x66);
const QColor kText(0x22, 0x22, 0x22);

QFont font(const QPainter& painter, qreal points, bool bold = false)
{
    QFont f = painter.font();
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.1); // no ligatures: the text reads as typed
    return f;
}

int largest(const core::ReportChart& chart)
{
    int most = 0;
    for (const auto& bar : chart.bars) {
        most = std::max(most, bar.second);
    }
    return std::max(most, 1);
}

/// Horizontal bars: the label on the left (wrapped at words), the bar, its count at its end.
void paintBars(QPainter& painter, const QRectF& plot, const core::ReportChart& chart)
{
    const QFont labels = font(painter, 9);
    const QFontMetricsF metrics(labels, painter.device());
    painter.setFont(labels);
    const qreal labelWidth = plot.width() * 0.34;
    const qreal countWidth = metrics.horizontalAdvance(QStringLiteral("0000"));
    const qreal barSpace = plot.width() - labelWidth - countWidth - metrics.averageCharWidth();
    const qreal slot = std::min(plot.height() / static_cast<qreal>(std::max<std::size_t>(chart.bars.size(), 1)),
                                metrics.height() * 2.6);
    const int most = largest(chart);
    qreal y = plot.top();
    for (const auto& [label, count] : chart.bars) {
        const QRectF labelRect(plot.left(), y, labelWidth - metrics.averageCharWidth(), slot);
        painter.setPen(kText);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                         QString::fromStdString(label));
        const qreal length = barSpace * count / most;
        const QRectF bar(plot.left() + labelWidth, y + slot * 0.18, length, slot * 0.64);
        painter.fillRect(bar, kBar);
        painter.drawText(QRectF(bar.right() + metrics.averageCharWidth() * 0.6, y, countWidth, slot),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(count));
        y += slot;
    }
    painter.setPen(QPen(kAxis, 0));
    painter.drawLine(QPointF(plot.left() + labelWidth, plot.top()), QPointF(plot.left() + labelWidth, y));
}

/// Upright columns, oldest on the left: the count above each, the label below (its words on lines
/// of their own, so twelve months fit side by side).
void paintColumns(QPainter& painter, const QRectF& plot, const core::ReportChart& chart)
{
    const QFont labels = font(painter, 8);
    const QFontMetricsF metrics(labels, painter.device());
    painter.setFont(labels);
    const qreal slot = plot.width() / static_cast<qreal>(std::max<std::size_t>(chart.bars.size(), 1));
    const qreal baseline = plot.bottom() - metrics.height() * 2.4; // two lines of label: "Jan" over "26"
    const qreal tallest = baseline - plot.top() - metrics.height() * 1.3;
    const int most = largest(chart);
    qreal x = plot.left();
    for (const auto& [label, count] : chart.bars) {
        const qreal height = tallest * count / most;
        const QRectF column(x + slot * 0.15, baseline - height, slot * 0.7, height);
        painter.fillRect(column, kBar);
        painter.setPen(kText);
        painter.drawText(QRectF(x, column.top() - metrics.height() * 1.2, slot, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(count));
        painter.drawText(QRectF(x, baseline + metrics.height() * 0.2, slot, metrics.height() * 2.2),
                         Qt::AlignHCenter | Qt::AlignTop,
                         QString::fromStdString(label).replace(QLatin1Char(' '), QLatin1Char('\n')));
        x += slot;
    }
    painter.setPen(QPen(kAxis, 0));
    painter.drawLine(QPointF(plot.left(), baseline), QPointF(x, baseline));
}

} // namespace

void paintCharts(QPainter& painter, const QRectF& area, const std::vector<core::ReportChart>& charts,
                 const QString& heading, const QString& subheading)
{
    painter.save();
    const QFont title = font(painter, 16, true);
    const QFont subtitle = font(painter, 9);
    const QFont chartTitle = font(painter, 11, true);
    const QFontMetricsF titleMetrics(title, painter.device());
    const QFontMetricsF subtitleMetrics(subtitle, painter.device());
    const QFontMetricsF chartMetrics(chartTitle, painter.device());
    painter.setPen(kText);
    painter.setFont(title);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleMetrics.height()), Qt::AlignLeft, heading);
    painter.setFont(subtitle);
    painter.drawText(QRectF(area.left(), area.top() + titleMetrics.height(), area.width(), subtitleMetrics.height()),
                     Qt::AlignLeft, subheading);
    const qreal top = area.top() + titleMetrics.height() + subtitleMetrics.height() * 2;
    constexpr int kAcross = 2;
    const int down = static_cast<int>((charts.size() + kAcross - 1) / kAcross);
    const qreal gap = chartMetrics.height() * 1.5;
    const qreal cellWidth = (area.width() - gap * (kAcross - 1)) / kAcross;
    const qreal cellHeight = (area.bottom() - top - gap * (down - 1)) / std::max(down, 1);
    for (std::size_t i = 0; i < charts.size(); ++i) {
        const auto& chart = charts[i];
        const qreal x = area.left() + static_cast<qreal>(i % kAcross) * (cellWidth + gap);
        const qreal y = top + static_cast<qreal>(i / kAcross) * (cellHeight + gap);
        painter.setFont(chartTitle);
        painter.setPen(kText);
        painter.drawText(QRectF(x, y, cellWidth, chartMetrics.height()), Qt::AlignLeft,
                         QString::fromStdString(chart.title));
        const QRectF plot(x, y + chartMetrics.height() * 1.5, cellWidth, cellHeight - chartMetrics.height() * 1.5);
        if (chart.bars.empty()) {
            QFont note = font(painter, 9);
            note.setItalic(true);
            painter.setFont(note);
            painter.drawText(plot, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             QString::fromStdString(chart.whenEmpty));
        } else if (chart.overTime) {
            paintColumns(painter, plot, chart);
        } else {
            paintBars(painter, plot, chart);
        }
    }
    painter.restore();
}

} // namespace casebook::ui
