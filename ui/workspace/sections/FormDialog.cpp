// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/sections/FormDialog.h"

#include "support/DateEdit.h"
#include "support/DiscardGuard.h"
#include "support/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace casebook::ui {

FormDialog::FormDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("formDialog"));
    setWindowTitle(title);
    m_form = new QFormLayout;
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("formGeneralError"));
    m_general->setWordWrap(true);
    m_general->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* fields = new QWidget(this);
    fields->setLayout(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(fields, this), 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    fitOnShow(this);
    askBeforeDiscarding(this);
}

void FormDialog::addRow(const QString& label, QWidget* field, const QString& errorField)
{
    if (field->accessibleName().isEmpty()) {
        field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    }
    m_form->addRow(label, field);
    m_fields.push_back(field);
    if (!errorField.isEmpty()) {
        m_form->addRow(QString(), m_errors.add(errorField, this));
    }
}

void FormDialog::showEvent(QShowEvent* event)
{
    // Tab goes down the form in the order of its rows, and along a row from left to right,
    // whatever order the section made the fields in.
    QWidget* previous = nullptr;
    for (QWidget* field : m_fields) {
        std::vector<QWidget*> stops;
        if (field->focusPolicy() & Qt::TabFocus) {
            stops.push_back(field);
        } else {
            for (QWidget* child : field->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
                if (child->focusPolicy() & Qt::TabFocus) {
                    stops.push_back(child);
                }
            }
            std::stable_sort(stops.begin(), stops.end(),
                             [](const QWidget* a, const QWidget* b) { return a->x() < b->x(); });
        }
        for (QWidget* stop : stops) {
            if (previous != nullptr) {
                setTabOrder(previous, stop);
            }
            previous = stop;
        }
    }
    QDialog::showEvent(event);
}

QString FormDialog::generalError() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

void FormDialog::accept()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    m_errors.clear();
    m_general->hide();
    const core::Status saved = m_save ? m_save() : core::Status{core::Ok{}};
    if (saved) {
        QDialog::accept();
        return;
    }
    const QStringList unplaced = m_errors.show(saved.error());
    if (!unplaced.isEmpty()) {
        m_general->setText(unplaced.join(QStringLiteral("\n")));
        m_general->show();
    }
}

} // namespace casebook::ui
