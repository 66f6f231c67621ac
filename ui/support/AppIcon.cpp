// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/AppIcon.h"

#include <QPainter>
#include <QSvgRenderer>

#include <cmath>
#include <initializer_list>

namespace casebook::ui {

namespace {
const QString kIconResource = QStringLiteral(":/icons/casebook.svg");
const QString kCalendarResource = QStringLiteral(":/icons/calendar.svg");

QPixmap renderSvg(const QString& resource, int logicalSize, qreal devicePixelRatio)
{
    const int devicePixels = static_cast<int>(std::lround(logicalSize * devicePixelRatio));
    QPixmap pixmap(devicePixels, devicePixels);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(resource);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QIcon iconFromSvg(const QString& resource, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (const int size : sizes) {
        icon.addPixmap(renderSvg(resource, size, 1.0));
    }
    return icon;
}

} // namespace

QPixmap appIconPixmap(int logicalSize, qreal devicePixelRatio)
{
    return renderSvg(kIconResource, logicalSize, devicePixelRatio);
}

QIcon appIcon()
{
    return iconFromSvg(kIconResource, {16, 22, 24, 32, 48, 64, 128, 256});
}

QIcon calendarIcon()
{
    // A button-sized icon only: a form has several date fields and each renders its own.
    return QIcon::fromTheme(QStringLiteral("x-office-calendar"), iconFromSvg(kCalendarResource, {16, 24, 32}));
}

} // namespace casebook::ui
