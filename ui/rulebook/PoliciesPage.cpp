// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rulebook/PoliciesPage.h"
#include "workspace/Labels.h"

#include "rulebook/RuleEdits.h"

#include "service/Session.h"
#include "support/Messages.h"
#include "support/Tables.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

PoliciesPage::PoliciesPage(core::Session& session, QUndoStack& undo, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
{
    auto* intro = new QLabel(tr("Where the sources disagree, the force chooses how Casebook counts. The default is "
                                "what Casebook has always counted; a change needs a reason, is recorded in the audit "
                                "log and applies at once to every date and figure."),
                             this);
    intro->setWordWrap(true);

    m_policies = new QStandardItemModel(0, 5, this);
    m_policies->setHorizontalHeaderLabels({tr("Policy"), tr("Value"), tr("Default"), tr("Reason"), tr("Source")});
    m_table = makeReadOnlyTable(QStringLiteral("policyTable"), tr("Counting policies"), this);
    m_table->setModel(m_policies);

    m_value = new QComboBox(this);
    m_value->setObjectName(QStringLiteral("policyValue"));
    m_value->setAccessibleName(tr("Value for the force"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("policyReason"));
    m_reason->setAccessibleName(tr("Reason for the policy"));
    m_reason->setPlaceholderText(tr("Why the force counts this way (required)"));
    m_default = new QPushButton(tr("Back to &default"), this);
    m_default->setObjectName(QStringLiteral("policyDefaultButton"));
    m_set = new QPushButton(tr("Set for this &force"), this);
    m_set->setObjectName(QStringLiteral("policySetButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Val&ue:"), m_value);
    form->addRow(tr("Rea&son:"), m_reason);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_default);
    buttons->addWidget(m_set);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PoliciesPage::policyChosen);
    connect(m_set, &QPushButton::clicked, this, &PoliciesPage::setPolicy);
    connect(m_default, &QPushButton::clicked, this, &PoliciesPage::clearPolicy);
    reload();
}

void PoliciesPage::reload()
{
    const int keep = m_table->currentIndex().row();
    m_policies->removeRows(0, m_policies->rowCount());
    auto stored = m_session.localRules().countingPolicies();
    for (const core::CountingPolicyInfo& p : core::describe(m_session.rules().policies)) {
        QString reason;
        for (const core::StoredCountingPolicy& s : stored ? *stored : std::vector<core::StoredCountingPolicy>{}) {
            reason = s.name == p.name ? qs(s.reason) : reason;
        }
        QStringList values;
        for (const std::string& v : p.values) {
            values << qs(v);
        }
        auto* name = new QStandardItem(qs(p.name));
        name->setData(values, Qt::UserRole);
        m_policies->appendRow({name, new QStandardItem(qs(p.value)), new QStandardItem(qs(p.values.front())),
                               new QStandardItem(reason), new QStandardItem(qs(p.source))});
    }
    m_table->resizeColumnsToContents();
    if (keep >= 0 && keep < m_policies->rowCount()) {
        m_table->selectRow(keep);
    }
    policyChosen();
}

QString PoliciesPage::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_policies->item(rows.front().row(), 0)->text();
}

void PoliciesPage::policyChosen()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_value->clear();
    if (!rows.isEmpty()) {
        const int row = rows.front().row();
        m_value->addItems(m_policies->item(row, 0)->data(Qt::UserRole).toStringList());
        m_value->setCurrentText(m_policies->item(row, 1)->text());
    }
    const bool chosen = !rows.isEmpty();
    m_value->setEnabled(chosen);
    m_reason->setEnabled(chosen);
    m_set->setEnabled(chosen);
    m_default->setEnabled(chosen && !m_policies->item(rows.front().row(), 3)->text().isEmpty());
}

void PoliciesPage::setPolicy()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    core::Status done = setCountingPolicyUndoable(
        m_undo, m_session.localRules(),
        {name.toStdString(), m_value->currentText().toStdString(), m_reason->text().trimmed().toStdString()});
    if (!done) {
        m_error->setText(userMessage(done.error())); // what was typed stays
        m_error->setAccessibleName(m_error->text());
        m_error->show();
        m_reason->setFocus();
        return;
    }
    m_error->hide();
    m_reason->clear();
    reload();
    emit policyChanged();
}

void PoliciesPage::clearPolicy()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    core::Status done = clearCountingPolicyUndoable(m_undo, m_session.localRules(), name.toStdString());
    m_error->setText(done ? QString() : userMessage(done.error()));
    m_error->setVisible(!done);
    reload();
    emit policyChanged();
}

} // namespace casebook::ui
