// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QPixmap>

namespace casebook::ui {

/// The application icon, rendered from the embedded SVG at the usual sizes (no icon-engine plugin needed).
QIcon appIcon();

/// The calendar of a date field's button: the desktop theme's calendar icon where it has one, else
/// Casebook's own (embedded SVG), never an arrow that says "list" rather than "date".
QIcon calendarIcon();

/// The application icon as a pixmap of @p logicalSize pixels, sharp at @p devicePixelRatio.
QPixmap appIconPixmap(int logicalSize, qreal devicePixelRatio);

} // namespace casebook::ui
