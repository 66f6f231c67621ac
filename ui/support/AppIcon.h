// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QPixmap>

namespace casebook::ui {

/// The application icon, rendered from the embedded SVG at the usual sizes (no icon-engine plugin needed).
QIcon appIcon();

/// The application icon as a pixmap of @p logicalSize pixels, sharp at @p devicePixelRatio.
QPixmap appIconPixmap(int logicalSize, qreal devicePixelRatio);

} // namespace casebook::ui
