// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <QString>
#include <QStringList>

#include <map>

class QLabel;
class QWidget;

namespace casebook::ui {

/// The messages beside a form's fields: one hidden label per field, filled from an error's
/// problems (support/Messages.h words each) so each stands beside the field it names.
class FieldErrors final {
public:
    /// A bold, word-wrapped label for `field` (e.g. "decided by"), hidden until needed.
    QLabel* add(const QString& field, QWidget* parent);
    void clear();
    /// Shows each of `error`'s problems beside its field; returns, for a message of their own,
    /// the problems no field took (each with its field's label) or, with no problems, what the
    /// error means.
    QStringList show(const core::Error& error);
    /// The message beside `field`, or "" when none is shown.
    QString text(const QString& field) const;

private:
    std::map<QString, QLabel*> m_labels;
};

} // namespace casebook::ui
