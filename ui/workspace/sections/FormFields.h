// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/Date.h"
#include "support/Result.h"
#endif

#include "support/DateEdit.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace casebook::ui {

/// The building blocks of the record forms, so every form looks and reads alike.

/// A date field with a calendar pop-up, shown as "12 Mar 2026".
DateEdit* dateEdit(const QDate& date, QWidget* parent);
DateEdit* dateEdit(core::Date date, QWidget* parent);

/// An optional date: a check box that turns the date on.
struct OptionalDate {
    QCheckBox* set = nullptr;
    DateEdit* date = nullptr;
    std::optional<core::Date> value() const;
};
OptionalDate optionalDate(const QString& what, const std::optional<core::Date>& initial, QWidget* parent);

/// Widgets side by side on one form row.
QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets);

/// A short multi-line text field where Tab moves on (for rationale, notes, summaries).
QPlainTextEdit* textArea(const std::string& text, QWidget* parent, int maxHeight = 80);
QLineEdit* lineEdit(const std::string& text, QWidget* parent);
/// A drop-down of fixed choices with `current` selected.
QComboBox* choice(const QStringList& items, int current, QWidget* parent);

std::string text(const QLineEdit* edit);
std::string text(const QPlainTextEdit* edit);
/// One item per non-empty line.
std::vector<std::string> lines(const QPlainTextEdit* edit);
QString joinLines(const std::vector<std::string>& items);

/// Dates typed as a list ("2026-12-01, 2027-03-01"); an unreadable one is an error on `field`.
core::Result<std::vector<core::Date>> parseDateList(const QString& text, const std::string& field);
QString dateListText(const std::vector<core::Date>& dates);

} // namespace casebook::ui
