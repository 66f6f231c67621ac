// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/Date.h"
#include "support/Result.h"
#endif

#include <QCalendarWidget>
#include <QDate>
#include <QLineEdit>
#include <QPointer>
#include <QString>

namespace casebook::ui {

/// A date field that takes a date as a person types it: "4/12/2026", "04/12/26", "4 Dec 2026" or
/// "2026-12-04" (day before month, as in Britain). On Enter or on leaving the field the text is read
/// and shown again as "4 Dec 2026". Up and Down move the date a day (Page Up and Page Down a
/// month); Alt+Down, F4 or the field's calendar button open a calendar.
///
/// Text that is not a date stays as typed, so nothing is lost: the field is marked, says why in
/// its tooltip and `problem()`, and `date()` keeps the last date it could read. A form checks
/// `firstUnreadableDate()` before it saves, so a half-typed date is never saved as an older one.
class DateEdit final : public QLineEdit {
    Q_OBJECT

public:
    explicit DateEdit(const QDate& date, QWidget* parent = nullptr);

    /// The date typed, or the last date the field could read when the text is not a date.
    QDate date() const;
    void setDate(const QDate& date);
    /// Why the text is not a date (for the field's message), or "" when it is one.
    QString problem() const { return m_problem; }
    /// The calendar, while it is open (for tests); null otherwise.
    QCalendarWidget* calendar() const { return m_calendar; }
    void showCalendar();
    /// Reads the text now, as Enter or leaving the field does: a date becomes the value and is
    /// shown as "4 Dec 2026"; other text is kept and marked.
    void commit();

signals:
    void dateChanged(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    /// The text read as a date, or why it is not one.
    core::Result<core::Date> read() const;
    void markProblem(const QString& problem);

    QDate m_date;
    QString m_problem;
    QPointer<QCalendarWidget> m_calendar;
};

/// The first enabled date field under `form` whose text is not a date, after focusing it and
/// showing why; null when every date can be read. Forms call this before saving.
DateEdit* firstUnreadableDate(QWidget* form);

} // namespace casebook::ui
