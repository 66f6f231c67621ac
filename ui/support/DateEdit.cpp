// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/DateEdit.h"
#include "support/Today.h"

#include "support/AppIcon.h"
#include "support/Messages.h"

#ifndef Q_MOC_RUN
#include "domain/TypedDate.h"
#endif

#include <QAction>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QScreen>
#include <QStyle>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::ui {

namespace {

const QString kShownFormat = QStringLiteral("d MMM yyyy");

core::Date toCore(const QDate& date)
{
    return core::Date::fromYmd(date.year(), date.month(), date.day()).value();
}

QString help()
{
    return DateEdit::tr("Type a date as %1. Up and Down change it by a day; Alt+Down opens a calendar.")
        .arg(QString::fromUtf8(core::kTypedDateForms.data(), static_cast<qsizetype>(core::kTypedDateForms.size())));
}

} // namespace

DateEdit::DateEdit(const QDate& date, QWidget* parent)
    : QLineEdit(parent)
    , m_date(date.isValid() ? date : todayQDate())
{
    setText(m_date.toString(kShownFormat));
    setToolTip(help());
    QAction* open = addAction(calendarIcon(), QLineEdit::TrailingPosition);
    open->setObjectName(QStringLiteral("openCalendar"));
    open->setToolTip(tr("Choose the date on a calendar (Alt+Down)"));
    connect(open, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::returnPressed, this, &DateEdit::commit);
    // Wide enough for "30 Sep 2026" and the calendar button, however the form stretches.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("30 Sep 2026")) * 3 / 2 + 32);
}

core::Result<core::Date> DateEdit::read() const
{
    const QByteArray typed = text().toUtf8();
    return core::parseTypedDate(std::string_view(typed.constData(), static_cast<std::size_t>(typed.size())),
                                toCore(todayQDate()));
}

QDate DateEdit::date() const
{
    const auto typed = read();
    return typed ? QDate(typed->year(), typed->month(), typed->day()) : m_date;
}

void DateEdit::setDate(const QDate& date)
{
    if (!date.isValid()) {
        return;
    }
    markProblem({});
    setText(date.toString(kShownFormat));
    if (date != m_date) {
        m_date = date;
        emit dateChanged(m_date);
    }
}

void DateEdit::commit()
{
    const auto typed = read();
    if (!typed) {
        markProblem(fieldMessage(typed.error()));
        return;
    }
    setDate(QDate(typed->year(), typed->month(), typed->day()));
}

void DateEdit::markProblem(const QString& problem)
{
    if (problem == m_problem) {
        return;
    }
    m_problem = problem;
    // The mark is the message in words (tooltip, accessible description) and a red frame.
    setToolTip(problem.isEmpty() ? help() : problem + QStringLiteral("\n") + help());
    setAccessibleDescription(problem);
    setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #c62828; }"));
    if (!problem.isEmpty() && isVisible()) {
        QToolTip::showText(mapToGlobal(QPoint(0, height())), problem, this);
    }
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const bool alt = event->modifiers() == Qt::AltModifier;
    const bool plain = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if ((alt && event->key() == Qt::Key_Down) || (plain && event->key() == Qt::Key_F4)) {
        showCalendar();
        return;
    }
    if (plain && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        setDate(date().addDays(event->key() == Qt::Key_Up ? 1 : -1));
        return;
    }
    if (plain && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        setDate(date().addMonths(event->key() == Qt::Key_PageUp ? 1 : -1));
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent* event)
{
    // The calendar taking focus is not leaving the field.
    if (const QCalendarWidget* open = m_calendar.data(); open == nullptr || !open->isVisible()) {
        commit();
    }
    QLineEdit::focusOutEvent(event);
}

void DateEdit::showCalendar()
{
    if (m_calendar != nullptr) {
        return;
    }
    auto* popup = new QFrame(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(popup);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* calendar = new QCalendarWidget(popup);
    calendar->setObjectName(QStringLiteral("dateCalendar"));
    calendar->setAccessibleName(accessibleName().isEmpty() ? tr("Calendar") : accessibleName());
    calendar->setGridVisible(true);
    calendar->setFirstDayOfWeek(Qt::Monday);
    calendar->setSelectedDate(date());
    layout->addWidget(calendar);
    m_calendar = calendar;
    // Enter or a click chooses the date; Escape closes the pop-up and keeps the date as it was.
    connect(calendar, &QCalendarWidget::activated, this, [this, popup](const QDate& chosen) {
        setDate(chosen);
        popup->close();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, popup](const QDate& chosen) {
        setDate(chosen);
        popup->close();
    });
    popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - popup->width())));
        if (at.y() + popup->height() > area.bottom()) {
            at.setY(std::max(area.top(), mapToGlobal(QPoint(0, 0)).y() - popup->height()));
        }
    }
    popup->move(at);
    popup->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

DateEdit* firstUnreadableDate(QWidget* form)
{
    for (DateEdit* edit : form->findChildren<DateEdit*>()) {
        if (!edit->isEnabled()) {
            continue;
        }
        edit->commit();
        if (!edit->problem().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return edit;
        }
    }
    return nullptr;
}

} // namespace casebook::ui
