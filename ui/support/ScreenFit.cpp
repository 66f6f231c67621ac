// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/ScreenFit.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace casebook::ui {

namespace {

/// Room kept for the title bar and borders the window manager adds round a top-level window.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 40;

QScreen* screenOf(const QWidget* widget)
{
    if (widget != nullptr) {
        if (const QWidget* parent = widget->parentWidget(); parent != nullptr && widget->isWindow()) {
            if (QScreen* s = parent->window()->screen(); s != nullptr) {
                return s;
            }
        }
        if (QScreen* s = widget->screen(); s != nullptr) {
            return s;
        }
    }
    return QGuiApplication::primaryScreen();
}

QRect usableOn(const QScreen* screen)
{
    if (screen == nullptr) {
        return QRect(0, 0, 1280 - kFrameWidth, 720 - kFrameHeight);
    }
    const QRect available = screen->availableGeometry();
    return available.adjusted(0, 0, -kFrameWidth, -kFrameHeight);
}

/// Moves `rect` (of the same size or smaller) so that it lies inside `area`.
QRect clampInto(QRect rect, const QRect& area)
{
    rect.setSize(rect.size().boundedTo(area.size()));
    if (rect.right() > area.right()) {
        rect.moveRight(area.right());
    }
    if (rect.bottom() > area.bottom()) {
        rect.moveBottom(area.bottom());
    }
    if (rect.left() < area.left()) {
        rect.moveLeft(area.left());
    }
    if (rect.top() < area.top()) {
        rect.moveTop(area.top());
    }
    return rect;
}

/// A form row that holds several widgets (a tick box and a date) is a plain container, and QLabel
/// hands its Alt+letter only to a buddy that takes focus: point each such label at the field the
/// row passes its focus to (FormFields' row() sets that proxy).
void giveRowLabelsToFields(QWidget* window)
{
    for (QLabel* label : window->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (buddy != nullptr && buddy->focusPolicy() == Qt::NoFocus && buddy->focusProxy() != nullptr) {
            label->setBuddy(buddy->focusProxy());
        }
    }
}

class FitOnShow final : public QObject {
public:
    FitOnShow(QWidget* window, QSize preferred)
        : QObject(window)
        , m_preferred(preferred)
    {
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched == parent()) {
            fit(static_cast<QWidget*>(watched));
            giveRowLabelsToFields(static_cast<QWidget*>(watched));
        }
        return false;
    }

private:
    void fit(QWidget* window)
    {
        const QRect area = usableArea(window);
        QSize wanted = m_preferred.isValid() ? m_preferred : window->sizeHint();
        wanted = wanted.expandedTo(window->minimumSizeHint()).boundedTo(window->maximumSize());
        window->resize(fittedSize(window, wanted));
        QRect placed(window->pos(), window->size());
        if (const QWidget* parent = window->parentWidget(); parent != nullptr) {
            placed.moveCenter(parent->window()->geometry().center());
        }
        window->move(clampInto(placed, area).topLeft());
    }

    QSize m_preferred;
};

} // namespace

QRect usableArea(const QWidget* widget)
{
    return usableOn(screenOf(widget));
}

QSize fittedSize(const QWidget* widget, QSize preferred)
{
    return preferred.boundedTo(usableArea(widget).size());
}

void fitOnShow(QWidget* window, QSize preferred)
{
    window->installEventFilter(new FitOnShow(window, preferred));
}

void restoreWindowGeometry(QWidget* window, const QString& key, QSize preferred)
{
    QSettings settings;
    const QRect saved = settings.value(key + QStringLiteral("/geometry")).toRect();
    QScreen* screen = saved.isValid() ? QGuiApplication::screenAt(saved.center()) : nullptr;
    if (screen == nullptr) {
        screen = screenOf(window);
    }
    const QRect area = usableOn(screen);
    QRect rect(QPoint(), (saved.isValid() ? saved.size() : preferred).boundedTo(area.size()));
    if (saved.isValid() && QGuiApplication::screenAt(saved.center()) != nullptr) {
        rect.moveTopLeft(saved.topLeft());
    } else {
        rect.moveCenter(area.center());
    }
    rect = clampInto(rect, area);
    window->resize(rect.size());
    window->move(rect.topLeft());
    if (settings.value(key + QStringLiteral("/maximised"), false).toBool()) {
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
    }
}

void saveWindowGeometry(const QWidget* window, const QString& key)
{
    QSettings settings;
    settings.setValue(key + QStringLiteral("/maximised"), window->isMaximized());
    if (!window->isMaximized() && !window->isFullScreen()) {
        settings.setValue(key + QStringLiteral("/geometry"), QRect(window->pos(), window->size()));
    }
}

FormScrollArea::FormScrollArea(QWidget* content, QWidget* parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("formScrollArea"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);
    setWidget(content);
}

QSize FormScrollArea::sizeHint() const
{
    // All of the form, plus room for the scroll bar should the screen be shorter.
    const QSize content = widget() != nullptr ? widget()->sizeHint() : QSize();
    return content + QSize(verticalScrollBar()->sizeHint().width() + 2 * frameWidth(), 2 * frameWidth());
}

QSize FormScrollArea::minimumSizeHint() const
{
    const QSize content = widget() != nullptr ? widget()->minimumSizeHint() : QSize();
    return QSize(content.width() + verticalScrollBar()->sizeHint().width(), std::min(content.height(), 120));
}

} // namespace casebook::ui
