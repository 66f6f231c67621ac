// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataprotection/RetentionDialog.h"
#include "support/Today.h"

#include "dataprotection/LegalHoldsPage.h"
#include "dataprotection/RetentionRulesPage.h"
#include "dataprotection/ServiceEndPage.h"
#include "service/Session.h"
#include "support/DateEdit.h"
#include "support/Messages.h"
#include "support/ResourceLocator.h"
#include "support/ScreenFit.h"
#include "support/SystemClock.h"
#include "support/Tables.h"
#include "workspace/Labels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <chrono>
#include <map>

namespace casebook::ui {

RetentionDialog::RetentionDialog(core::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Retention review"));
    auto* top = new QHBoxLayout;
    m_asOf = new DateEdit(todayQDate(), this);
    m_asOf->setObjectName(QStringLiteral("retentionAsOf"));
    m_asOf->setAccessibleName(tr("As of"));
    m_within = new QSpinBox(this);
    m_within->setObjectName(QStringLiteral("retentionWithin"));
    m_within->setAccessibleName(tr("Also due within days"));
    m_within->setRange(0, 3660);
    m_within->setValue(30);
    m_within->setSuffix(tr(" days"));
    auto* asOfLabel = new QLabel(tr("&As of"), this);
    asOfLabel->setBuddy(m_asOf);
    auto* withinLabel = new QLabel(tr("and due &within"), this);
    withinLabel->setBuddy(m_within);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(withinLabel);
    top->addWidget(m_within);
    top->addStretch(1);

    m_model = new QStandardItemModel(this);
    m_table = makeReadOnlyTable(QStringLiteral("retentionTable"), tr("Records due for retention review"), this);
    m_table->setModel(m_model);

    auto* keepRow = new QHBoxLayout;
    m_nextReview = new DateEdit(todayQDate().addYears(1), this);
    m_nextReview->setObjectName(QStringLiteral("retentionNextReview"));
    m_nextReview->setAccessibleName(tr("Next review"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("retentionReason"));
    m_reason->setAccessibleName(tr("Reason to keep"));
    m_reason->setPlaceholderText(tr("Why it is kept (recorded)"));
    m_keep = new QPushButton(tr("Review done: &keep"), this);
    m_keep->setObjectName(QStringLiteral("retentionKeep"));
    auto* nextLabel = new QLabel(tr("&Next review"), this);
    nextLabel->setBuddy(m_nextReview);
    keepRow->addWidget(nextLabel);
    keepRow->addWidget(m_nextReview);
    keepRow->addWidget(m_reason, 1);
    keepRow->addWidget(m_keep);

    auto* actRow = new QHBoxLayout;
    m_anonymise = new QPushButton(tr("Anon&ymise"), this);
    m_anonymise->setObjectName(QStringLiteral("retentionAnonymise"));
    m_anonymise->setToolTip(tr("Keep the record for the counts without anything that names or describes the "
                               "person, and destroy the rest"));
    m_destroy = new QPushButton(tr("&Destroy…"), this);
    m_destroy->setObjectName(QStringLiteral("retentionDestroy"));
    actRow->addWidget(m_anonymise);
    actRow->addWidget(m_destroy);
    actRow->addStretch(1);

    m_message = wrappedLabel(QStringLiteral("retentionMessage"), this);
    auto* queuePage = new QWidget(this);
    queuePage->setObjectName(QStringLiteral("retentionQueuePage"));
    auto* queueLayout = new QVBoxLayout(queuePage);
    queueLayout->addLayout(top);
    queueLayout->addWidget(m_table, 1);
    queueLayout->addLayout(keepRow);
    queueLayout->addLayout(actRow);
    queueLayout->addWidget(m_message);
    m_holds = new LegalHoldsPage(session, this);
    m_serviceEnd = new ServiceEndPage(session, this);
    m_rules = new RetentionRulesPage(session, this);
    // After the pages, so that Tab reaches Close after every page's fields.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("retentionTabs"));
    m_tabs->addTab(queuePage, tr("Review &queue"));
    m_tabs->addTab(m_holds, tr("&Legal holds"));
    m_tabs->addTab(m_serviceEnd, tr("&Service end"));
    m_tabs->addTab(m_rules, tr("Per&iods"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_asOf, &DateEdit::dateChanged, this, &RetentionDialog::reload);
    connect(m_within, &QSpinBox::valueChanged, this, &RetentionDialog::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RetentionDialog::updateButtons);
    connect(m_keep, &QPushButton::clicked, this, &RetentionDialog::keep);
    connect(m_destroy, &QPushButton::clicked, this, &RetentionDialog::destroy);
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionDialog::anonymise);
    connect(m_holds, &LegalHoldsPage::holdsChanged, this, &RetentionDialog::reload);
    connect(m_serviceEnd, &ServiceEndPage::serviceEndChanged, this, &RetentionDialog::reload);
    connect(m_rules, &RetentionRulesPage::rulesChanged, this, [this] {
        loadPack();
        reload();
    });

    loadPack();
    reload();
    fitOnShow(this, QSize(1100, 600));
}

RetentionDialog::~RetentionDialog() = default;

void RetentionDialog::loadPack()
{
    auto resources = core::findResourcesDir();
    core::RetentionService retention(m_session.database(), m_session.audit(), m_session.actor());
    auto pack = resources ? retention.pack(*resources) : core::Result<core::RetentionPack>(resources.error());
    if (pack) {
        m_pack = std::make_unique<core::RetentionPack>(std::move(*pack));
    } else {
        m_pack.reset();
        m_message->setText(tr("The retention pack could not be loaded: %1").arg(userMessage(pack.error())));
    }
}

void RetentionDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Due"), tr("Kind"), tr("ID"), tr("Person"), tr("Since"), tr("Rule"),
                                        tr("Action"), tr("Period"), tr("Held by")});
    m_due.clear();
    if (!m_pack) {
        updateButtons();
        return;
    }
    core::RetentionService retention(m_session.database(), m_session.audit(), m_session.actor());
    auto due = retention.review(*m_pack, toCoreDate(m_asOf->date()), m_within->value());
    if (!due) {
        m_message->setText(tr("Could not compute the queue: %1").arg(userMessage(due.error())));
        updateButtons();
        return;
    }
    m_due = std::move(*due);
    std::map<std::int64_t, QString> names;
    if (auto people = m_session.cases().listPeople()) {
        for (const core::Person& p : *people) {
            names[p.id.value] = qs(p.name);
        }
    }
    for (const core::RetentionDue& d : m_due) {
        QStringList held;
        for (const std::string& b : d.blockedBy) {
            held << qs(b);
        }
        m_model->appendRow(
            {readOnlyItem(qs(d.dueOn.toIso())), readOnlyItem(qs(core::toCode(d.rule->kind))),
             readOnlyItem(QString::number(d.refId)), readOnlyItem(names[d.person.value]),
             readOnlyItem(qs(d.triggerDate.toIso())), readOnlyItem(qs(d.rule->id)),
             readOnlyItem(qs(core::toCode(d.rule->action))),
             readOnlyItem(tr("%1 months (%2)").arg(d.rule->months).arg(qs(core::toCode(d.rule->status)))),
             readOnlyItem(held.isEmpty() ? tr("-") : held.join(QStringLiteral(", ")))});
    }
    m_table->resizeColumnsToContents();
    if (!m_due.empty()) {
        m_table->selectRow(0);
    }
    m_message->setText(tr("%n record(s) to review.", nullptr, static_cast<int>(m_due.size())));
    updateButtons();
}

const core::RetentionDue* RetentionDialog::selected() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= static_cast<int>(m_due.size())) {
        return nullptr;
    }
    return &m_due[static_cast<std::size_t>(index.row())];
}

void RetentionDialog::updateButtons()
{
    const core::RetentionDue* d = selected();
    m_keep->setEnabled(d != nullptr);
    const bool disposable = d != nullptr && d->blockedBy.empty();
    m_destroy->setEnabled(disposable);
    // A request file or a conduct referral goes whole: there is no count to keep.
    m_anonymise->setEnabled(disposable && !core::isSingleRecord(d->rule->kind));
    const QString held =
        d != nullptr && !d->blockedBy.empty() ? tr("Held: release the hold or close the request first") : QString();
    m_destroy->setToolTip(held);
    m_anonymise->setToolTip(held.isEmpty() ? tr("Keep the record for the counts without anything that names or "
                                                "describes the person, and destroy the rest")
                                           : held);
}

void RetentionDialog::keep()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    const core::RetentionDue* d = selected();
    if (d == nullptr) {
        return;
    }
    core::RetentionService retention(m_session.database(), m_session.audit(), m_session.actor());
    const core::Date today = todayDate();
    const std::string id = d->rule->id;
    const std::int64_t ref = d->refId;
    auto kept = retention.retain(*d->rule, d->refId, today, toCoreDate(m_nextReview->date()),
                                 m_reason->text().trimmed().toStdString());
    if (!kept) {
        m_message->setText(userMessage(kept.error()));
        return;
    }
    m_reason->clear();
    reload();
    m_message->setText(tr("Recorded: %1 %2 kept until the review on %3.")
                           .arg(qs(id))
                           .arg(ref)
                           .arg(m_nextReview->date().toString(Qt::ISODate)));
}

void RetentionDialog::destroy()
{
    const core::RetentionDue* d = selected();
    if (d == nullptr) {
        return;
    }
    if (core::isSingleRecord(d->rule->kind)) {
        EraseDialog dialog(m_session, d->person.value, RecordToDispose{d->rule->kind, d->refId}, d->rule->id, this);
        dialog.exec();
        if (dialog.erased()) {
            reload();
        }
        return;
    }
    const std::optional<std::int64_t> caseId =
        d->rule->kind == core::RetentionKind::Case ? std::optional(d->refId) : std::nullopt;
    EraseDialog dialog(m_session, d->person.value, caseId, d->rule->id, this);
    dialog.exec();
    if (dialog.erased()) {
        reload();
    }
}

void RetentionDialog::anonymise()
{
    const core::RetentionDue* d = selected();
    if (d == nullptr) {
        return;
    }
    const std::optional<std::int64_t> caseId =
        d->rule->kind == core::RetentionKind::Case ? std::optional(d->refId) : std::nullopt;
    EraseDialog dialog(m_session, d->person.value, caseId, d->rule->id, this, true);
    dialog.exec();
    if (dialog.erased()) {
        reload();
    }
}

} // namespace casebook::ui
