// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/sections/FormFields.h"
#include "support/Today.h"

#include "support/DateEdit.h"
#include "support/Messages.h"
#include "workspace/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace casebook::ui {

DateEdit* dateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new DateEdit(date, parent);
    return edit;
}

DateEdit* dateEdit(core::Date date, QWidget* parent)
{
    return dateEdit(toQDate(date), parent);
}

std::optional<core::Date> OptionalDate::value() const
{
    return set->isChecked() ? std::optional<core::Date>(toCoreDate(date->date())) : std::nullopt;
}

OptionalDate optionalDate(const QString& what, const std::optional<core::Date>& initial, QWidget* parent)
{
    OptionalDate d{new QCheckBox(what, parent), dateEdit(initial ? toQDate(*initial) : todayQDate(), parent)};
    d.set->setChecked(initial.has_value());
    d.date->setEnabled(initial.has_value());
    QObject::connect(d.set, &QCheckBox::toggled, d.date, &QWidget::setEnabled);
    return d;
}

QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets) {
        layout->addWidget(w);
    }
    layout->addStretch();
    // The row's label takes Alt+letter to the row's first field ("Decision da&te:" to its tick
    // box): fitOnShow points the label there.
    if (widgets.size() > 0) {
        box->setFocusProxy(*widgets.begin());
    }
    return box;
}

QPlainTextEdit* textArea(const std::string& text, QWidget* parent, int maxHeight)
{
    auto* edit = new QPlainTextEdit(qs(text), parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(maxHeight);
    return edit;
}

QLineEdit* lineEdit(const std::string& text, QWidget* parent)
{
    return new QLineEdit(qs(text), parent);
}

QComboBox* choice(const QStringList& items, int current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->addItems(items);
    combo->setCurrentIndex(current);
    return combo;
}

std::string text(const QLineEdit* edit)
{
    return edit->text().trimmed().toStdString();
}

std::string text(const QPlainTextEdit* edit)
{
    return edit->toPlainText().trimmed().toStdString();
}

std::vector<std::string> lines(const QPlainTextEdit* edit)
{
    std::vector<std::string> out;
    for (const QString& line : edit->toPlainText().split(u'\n')) {
        if (const QString t = line.trimmed(); !t.isEmpty()) {
            out.push_back(t.toStdString());
        }
    }
    return out;
}

QString joinLines(const std::vector<std::string>& items)
{
    QStringList out;
    for (const std::string& item : items) {
        out << qs(item);
    }
    return out.join(u'\n');
}

core::Result<std::vector<core::Date>> parseDateList(const QString& text, const std::string& field)
{
    std::vector<core::Date> dates;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        auto date = core::Date::parseIso(part.toStdString());
        if (!date) {
            return uiError(core::ErrorCode::InvalidArgument, field,
                           QCoreApplication::translate("casebook::ui::FormFields",
                                                       "'%1' is not a date (write dates as 2026-12-01, separated by "
                                                       "commas)")
                               .arg(part));
        }
        dates.push_back(*date);
    }
    return dates;
}

QString dateListText(const std::vector<core::Date>& dates)
{
    QStringList out;
    for (const core::Date& d : dates) {
        out << qs(d.toIso());
    }
    return out.join(QStringLiteral(", "));
}

} // namespace casebook::ui
