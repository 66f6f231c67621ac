// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/FieldErrors.h"

#include "support/Messages.h"

#include <QLabel>

namespace casebook::ui {

QLabel* FieldErrors::add(const QString& field, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + QString(field).replace(u' ', u'_'));
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->hide();
    m_labels[field] = label;
    return label;
}

void FieldErrors::clear()
{
    for (auto& [field, label] : m_labels) {
        label->hide();
    }
}

QStringList FieldErrors::show(const core::Error& error)
{
    if (error.problems.empty()) {
        return {userMessage(error)};
    }
    QStringList unplaced;
    for (const core::Problem& problem : error.problems) {
        const auto it = m_labels.find(QString::fromStdString(problem.field));
        if (it == m_labels.end()) {
            unplaced << problemLine(problem);
            continue;
        }
        QLabel* label = it->second;
        label->setText(problemText(problem));
        label->setAccessibleName(problemLine(problem));
        label->show();
    }
    return unplaced;
}

QString FieldErrors::text(const QString& field) const
{
    const auto it = m_labels.find(field);
    return it == m_labels.end() || it->second->isHidden() ? QString() : it->second->text();
}

} // namespace casebook::ui
