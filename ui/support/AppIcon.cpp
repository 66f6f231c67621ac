// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/AppIcon.h"

#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

namespace casebook::ui {

namespace {
const QString kIconResource = QStringLiteral(":/icons/casebook.svg");
} // namespace

QPixmap appIconPixmap(int logicalSize, qreal devicePixelRatio)
{
    const int devicePixels = static_cast<int>(std::lround(logicalSize * devicePixelRatio));
    QPixmap pixmap(devicePixels, devicePixels);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(kIconResource);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        icon.addPixmap(appIconPixmap(size, 1.0));
    }
    return icon;
}

} // namespace casebook::ui
