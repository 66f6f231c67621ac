// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataprotection/RetentionRulesPage.h"
#include "workspace/Labels.h"

#include "service/Session.h"
#include "support/Messages.h"
#include "support/ResourceLocator.h"
#include "support/Tables.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::ui {

RetentionRulesPage::RetentionRulesPage(core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("retentionRulesPage"));
    m_model = new QStandardItemModel(this);
    m_table = makeReadOnlyTable(QStringLiteral("retentionRuleTable"), tr("Retention rules"), this);
    m_table->setModel(m_model);
    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("retentionRuleMonths"));
    m_months->setAccessibleName(tr("Local period in months"));
    m_months->setRange(0, 1800);
    m_months->setSuffix(tr(" months"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("retentionRuleReason"));
    m_reason->setAccessibleName(tr("Reason for the local period"));
    m_reason->setPlaceholderText(tr("Why the force keeps it this long: the policy and who approved it (recorded)"));
    m_override = new QPushButton(tr("Set local &period"), this);
    m_override->setObjectName(QStringLiteral("retentionRuleOverride"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("retentionRuleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout;
    auto* monthsLabel = new QLabel(tr("Keep &for"), this);
    monthsLabel->setBuddy(m_months);
    row->addWidget(monthsLabel);
    row->addWidget(m_months);
    row->addWidget(m_reason, 1);
    row->addWidget(m_override);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RetentionRulesPage::showSelected);
    connect(m_reason, &QLineEdit::textChanged, this, &RetentionRulesPage::updateButton);
    connect(m_override, &QPushButton::clicked, this, &RetentionRulesPage::setLocalPeriod);
    reload();
}

RetentionRulesPage::~RetentionRulesPage() = default;

void RetentionRulesPage::reload()
{
    const int row = std::max(0, m_table->currentIndex().row());
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Record"), tr("After"), tr("Period"), tr("Then"), tr("Status"), tr("Local reason")});
    m_pack = {};
    auto resources = core::findResourcesDir();
    core::RetentionService retention(m_session.database(), m_session.audit(), m_session.actor());
    auto pack = resources ? retention.pack(*resources) : core::Result<core::RetentionPack>(resources.error());
    if (!pack) {
        m_message->setText(tr("The retention pack could not be loaded: %1").arg(userMessage(pack.error())));
        showSelected();
        return;
    }
    m_pack = std::move(*pack);
    for (const core::RetentionRule& r : m_pack.rules) {
        const QString period = r.shippedMonths ? tr("%1 months (shipped %2)").arg(r.months).arg(*r.shippedMonths)
                                               : tr("%1 months").arg(r.months);
        m_model->appendRow({readOnlyItem(qs(r.id)), readOnlyItem(qs(core::toCode(r.kind))),
                            readOnlyItem(qs(core::toCode(r.trigger))), readOnlyItem(period),
                            readOnlyItem(qs(core::toCode(r.action))), readOnlyItem(qs(core::toCode(r.status))),
                            readOnlyItem(qs(r.overrideReason))});
    }
    m_table->resizeColumnsToContents();
    if (!m_pack.rules.empty()) {
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    }
    showSelected();
}

const core::RetentionRule* RetentionRulesPage::selected() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= static_cast<int>(m_pack.rules.size())) {
        return nullptr;
    }
    return &m_pack.rules[static_cast<std::size_t>(index.row())];
}

void RetentionRulesPage::showSelected()
{
    if (const core::RetentionRule* rule = selected()) {
        m_months->setValue(rule->months);
    }
    updateButton();
}

void RetentionRulesPage::updateButton()
{
    m_override->setEnabled(selected() != nullptr && !m_reason->text().trimmed().isEmpty());
}

void RetentionRulesPage::setLocalPeriod()
{
    const core::RetentionRule* rule = selected();
    if (rule == nullptr) {
        return;
    }
    const std::string id = rule->id;
    core::RetentionService retention(m_session.database(), m_session.audit(), m_session.actor());
    if (auto st = retention.overridePeriod(m_pack, id, m_months->value(), m_reason->text().trimmed().toStdString());
        !st) {
        m_message->setText(tr("Not changed: %1").arg(userMessage(st.error())));
        return;
    }
    m_reason->clear();
    reload();
    m_message->setText(tr("Rule %1 now keeps records %2 months (local).").arg(qs(id)).arg(m_months->value()));
    emit rulesChanged();
}

} // namespace casebook::ui
