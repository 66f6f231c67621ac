// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/FieldErrors.h"

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

QStringList FieldErrors::show(const QString& detail)
{
    QStringList unplaced;
    for (const QString& part : detail.split(QStringLiteral("; "))) {
        bool placed = false;
        for (auto& [field, label] : m_labels) {
            // "title must not be empty" (domain) or "adjustment.barrier: say what..." (procedures)
            const bool spaced = part.startsWith(field + u' ');
            if (spaced || part.startsWith(field + QStringLiteral(": "))) {
                label->setText(part.mid(field.size() + (spaced ? 1 : 2)));
                label->setAccessibleName(part);
                label->show();
                placed = true;
                break;
            }
        }
        if (!placed) {
            unplaced << part;
        }
    }
    return unplaced;
}

QString FieldErrors::text(const QString& field) const
{
    const auto it = m_labels.find(field);
    return it == m_labels.end() || it->second->isHidden() ? QString() : it->second->text();
}

} // namespace casebook::ui
