// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRect>
#include <QScrollArea>
#include <QSize>
#include <QString>

class QWidget;

namespace casebook::ui {

/// Every window and dialog fits the screen it opens on, down to 1280×720 (issue 10, item 3).
///
/// The area a window may use: the available geometry (without panels and docks) of the screen
/// the widget is on (else its parent's, else the primary screen), less room for the window
/// manager's title bar and borders, which are not known before the window is mapped.
QRect usableArea(const QWidget* widget);
/// `preferred` shrunk to fit usableArea(widget), never below the widget's minimum size hint
/// unless the screen itself is smaller.
QSize fittedSize(const QWidget* widget, QSize preferred);

/// Sizes `window` to fit its screen each time it is shown: its size hint (or `preferred`, when
/// given) shrunk to the usable area, then moved so that all of it is on the screen. Install it
/// on every dialog; the forms keep their fields in a FormScrollArea so they can be shorter than
/// their contents. On show it also points the label of a row of several widgets at the row's
/// first field, so that the label's Alt+letter reaches it.
void fitOnShow(QWidget* window, QSize preferred = {});

/// Resizes and places `window` from the geometry saved under `key` in the settings, clamped to the
/// screen it was on (or `preferred` centred on the screen when nothing was saved or that screen
/// has gone). Saved: position, size and whether it was maximised; nothing else.
void restoreWindowGeometry(QWidget* window, const QString& key, QSize preferred);
void saveWindowGeometry(const QWidget* window, const QString& key);

/// The scroll area round a tall form: as tall as its contents when there is room, scrolled when
/// the screen is shorter; no frame, not a Tab stop itself.
class FormScrollArea final : public QScrollArea {
public:
    explicit FormScrollArea(QWidget* content, QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace casebook::ui
