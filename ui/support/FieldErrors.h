// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <map>

class QLabel;
class QWidget;

namespace casebook::ui {

/// The messages beside a form's fields: one hidden label per field, filled from a validator's
/// detail ("title must not be empty; rationale must not be empty") so each part stands beside
/// the field it names.
class FieldErrors final {
public:
    /// A bold, word-wrapped label for `field` (e.g. "decided by"), hidden until needed.
    QLabel* add(const QString& field, QWidget* parent);
    void clear();
    /// Shows each "; "-separated part of `detail` beside its field; returns the parts no field took.
    QStringList show(const QString& detail);
    /// The message beside `field`, or "" when none is shown.
    QString text(const QString& field) const;

private:
    std::map<QString, QLabel*> m_labels;
};

} // namespace casebook::ui
