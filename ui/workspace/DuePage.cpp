// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/DuePage.h"
#include "support/Today.h"

#include "dataprotection/SarDialog.h"
#include "workspace/CaseloadModel.h"
#include "workspace/DateClosures.h"
#include "workspace/DateExplanationView.h"
#include "workspace/Labels.h"

#include "session/ReadJob.h"

#include "service/Session.h"
#include "support/DateEdit.h"
#include "support/Messages.h"
#include "support/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace casebook::ui {

namespace {

/// Where a row keeps the record it is about (the case is in Qt::UserRole).
constexpr int kDueRecordTypeRole = Qt::UserRole + 1;
constexpr int kDueRecordIdRole = Qt::UserRole + 2;

/// Names of the people the rows with no case are about (subject access requests), by person id.
std::map<std::int64_t, QString> peopleWithoutCase(core::Session& session, const std::vector<core::DueItem>& items)
{
    std::map<std::int64_t, QString> people;
    if (std::any_of(items.begin(), items.end(), [](const core::DueItem& d) { return d.source.caseId.value == 0; })) {
        if (auto listed = session.cases().listPeople()) {
            for (const core::Person& p : *listed) {
                people[p.id.value] = qs(p.name);
            }
        }
    }
    return people;
}

} // namespace

DuePage::DuePage(CaseDocument& document, const CaseloadModel& caseload, QWidget* parent)
    : QWidget(parent)
    , m_document(&document)
    , m_caseload(caseload)
{
    m_asOf = new DateEdit(todayQDate(), this);
    m_asOf->setObjectName(QStringLiteral("dueAsOf"));
    m_asOf->setAccessibleName(tr("Show dates as of"));
    auto* todayButton = new QPushButton(tr("Toda&y"), this);
    m_window = makeFilterCombo(QStringLiteral("dueWindow"), tr("How far ahead"), this);
    m_window->addItem(tr("Overdue and next 7 days"), 7);
    m_window->addItem(tr("Overdue and next 28 days"), 28);
    m_window->addItem(tr("Overdue and next 90 days"), 90);
    m_window->setCurrentIndex(1);
    m_window->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dueSummary = new QLabel(this);
    m_dueSummary->setObjectName(QStringLiteral("dueSummary"));
    m_due = new QStandardItemModel(this);
    m_dueTable = makeReadOnlyTable(QStringLiteral("dueTable"), tr("Due and overdue dates"), this);
    m_dueTable->setModel(m_due);

    auto* top = new QHBoxLayout;
    auto* asOfLabel = new QLabel(tr("As &of:"), this);
    asOfLabel->setBuddy(m_asOf);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(todayButton);
    top->addWidget(m_window);
    top->addStretch();
    top->addWidget(m_dueSummary);
    m_dueExplanation = new QTextBrowser(this);
    m_dueExplanation->setObjectName(QStringLiteral("dueExplanation"));
    m_dueExplanation->setAccessibleName(tr("Why this date"));
    m_dueExplanation->setOpenExternalLinks(false); // no network: a link is shown, never followed
    m_dueExplanation->setOpenLinks(false);
    m_dueExplanation->setPlaceholderText(tr("Select a date to see what it is counted from, the arithmetic, the "
                                            "rule and its source."));
    m_closeDueDate = new QPushButton(tr("Mar&k date done or waived…"), this);
    m_closeDueDate->setObjectName(QStringLiteral("closeDueDateButton"));
    m_closeDueDate->setToolTip(tr("Take the selected date off this list: done, not applicable or waived, with the "
                                  "reason. The case's Dates page keeps it and can reopen it."));
    m_closeDueDate->setEnabled(false);
    auto* explained = new QWidget(this);
    auto* explainedLayout = new QVBoxLayout(explained);
    explainedLayout->setContentsMargins(0, 0, 0, 0);
    explainedLayout->addWidget(m_dueExplanation, 1);
    auto* dueButtons = new QHBoxLayout;
    dueButtons->addWidget(m_closeDueDate);
    dueButtons->addStretch();
    explainedLayout->addLayout(dueButtons);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_dueTable);
    split->addWidget(explained);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    auto* legend = new QLabel(tr("How sure: Verified = read in the regulations; Analogue = taken from a parallel "
                                 "instrument; Secondary = guidance; Local policy = your force. Open Tools › Rules "
                                 "and calendar for every rule and its source."),
                              this);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    connect(m_dueTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                explainDue(current.row());
                updateCloseButton();
            });
    connect(m_closeDueDate, &QPushButton::clicked, this, &DuePage::closeSelected);
    connect(m_asOf, &DateEdit::dateChanged, this, &DuePage::reload);
    connect(m_window, &QComboBox::currentIndexChanged, this, &DuePage::reload);
    connect(todayButton, &QPushButton::clicked, this, [this] { m_asOf->setDate(todayQDate()); });
    connect(m_dueTable, &QTableView::activated, this, [this](const QModelIndex& index) { activateRow(index.row()); });
    // Any of the document's dates can have moved: read again when next shown.
    const auto markStale = [this] { m_stale = true; };
    connect(&document, &CaseDocument::caseloadChanged, this, markStale);
    connect(&document, &CaseDocument::rulesChanged, this, markStale);
    connect(&document, &CaseDocument::personDatesChanged, this, markStale);
    connect(&document, &CaseDocument::consentChanged, this, markStale);
}

void DuePage::activateRow(int row)
{
    const QStandardItem* first = m_due->item(row, 0);
    if (first->data(kDueRecordTypeRole).toString() == QStringLiteral("sar_request")) {
        // A subject access request has no case: its row opens the request.
        SarDialog dialog(m_document->session(), first->data(kDueRecordIdRole).toLongLong(), this);
        dialog.exec();
        reload();
        return;
    }
    emit caseActivated(first->data(Qt::UserRole).toLongLong());
}

void DuePage::reloadIfStale()
{
    if (m_stale) {
        reload();
    }
}

void DuePage::reload()
{
    if (m_document.isNull()) {
        return;
    }
    m_stale = false;
    m_due->clear();
    m_due->setHorizontalHeaderLabels({tr("Date"), tr("State"), tr("Days"), tr("Person"), tr("Case"), tr("What"),
                                      tr("How sure"), tr("Rule"), tr("Citation")});
    const int within = m_window->currentData().toInt();
    if (m_asOf->date() == todayQDate() && within == 28) {
        std::vector<core::DueItem> items;
        for (const core::DueItem& d : m_document->dueToday()) {
            if (d.state != core::DueState::Later) {
                items.push_back(d);
            }
        }
        ++m_readGeneration; // a read still under way for another day is no longer wanted
        m_dueTable->setEnabled(true);
        showDue(items, peopleWithoutCase(m_document->session(), items));
        return;
    }
    // Another day or window: worked out on a worker (every open case's dates), shown when ready.
    const int generation = ++m_readGeneration;
    m_dueTable->setEnabled(false);
    m_dueSummary->setText(tr("Working out the dates…"));
    readOnWorker<DueRead>(
        m_document->session(), m_document, this,
        [asOf = toCoreDate(m_asOf->date()), within](core::Session& reader) -> core::Result<DueRead> {
            auto items = reader.due().due(asOf, within);
            if (!items) {
                return items.error();
            }
            return DueRead{std::move(*items), peopleWithoutCase(reader, *items)};
        },
        [this, generation](core::Result<DueRead> read) {
            if (generation != m_readGeneration || m_document.isNull()) {
                return; // a later read is under way, or the store was locked
            }
            m_dueTable->setEnabled(true);
            if (!read) {
                m_dueSummary->setText(tr("Could not compute the dates: %1").arg(userMessage(read.error())));
                return;
            }
            showDue(read->items, read->people);
        });
}

void DuePage::showDue(const std::vector<core::DueItem>& items, std::map<std::int64_t, QString> people)
{
    std::map<std::int64_t, std::pair<QString, QString>> cases; // case -> person, summary
    for (int row = 0; row < m_caseload.rowCount(); ++row) {
        cases[m_caseload.index(row, 0).data(CaseloadModel::CaseIdRole).toLongLong()] = {
            m_caseload.index(row, CaseloadModel::Person).data().toString(),
            m_caseload.index(row, CaseloadModel::Summary).data().toString()};
    }
    m_dueShown = items;
    m_dueExplanation->clear();
    m_closeDueDate->setEnabled(false);
    int overdue = 0;
    for (const core::DueItem& d : items) {
        const auto& r = d.source.derived;
        overdue += d.state == core::DueState::Overdue ? 1 : 0;
        auto [person, summary] = cases[d.source.caseId.value];
        if (d.source.caseId.value == 0) {
            person = people[d.source.person.value];
            summary =
                d.source.recordType == "sar_request" ? tr("Subject access request from %1").arg(person) : QString();
        }
        auto* date = readOnlyItem(dateText(r.date) + (d.overridden ? tr(" (local date)") : QString()));
        date->setData(QVariant::fromValue<qint64>(d.source.caseId.value), Qt::UserRole);
        date->setData(qs(d.source.recordType), kDueRecordTypeRole);
        date->setData(QVariant::fromValue<qint64>(d.source.recordId), kDueRecordIdRole);
        auto* state = readOnlyItem(dueStateText(d.state));
        const bool dated = d.state != core::DueState::Problem && d.state != core::DueState::Paused;
        auto* days = readOnlyItem(dated ? daysText(d.daysFromAsOf) : QString());
        if (d.state == core::DueState::Overdue) {
            // In colour and in words: the state says "Overdue", the days say by how much.
            QFont bold = state->font();
            bold.setBold(true);
            for (QStandardItem* cell : {date, state, days}) {
                cell->setFont(bold);
                cell->setForeground(overdueColour());
            }
        }
        auto* citation = readOnlyItem(qs(r.citation.instrument) + QStringLiteral(", ") + qs(r.citation.provision));
        citation->setToolTip(qs(r.citation.url));
        m_due->appendRow({date, state, days, readOnlyItem(person), readOnlyItem(summary), readOnlyItem(qs(r.title)),
                          readOnlyItem(ruleStatusText(r.status)), readOnlyItem(qs(r.ruleId)), citation});
    }
    m_dueSummary->setText(tr("%1 overdue, %2 in all").arg(overdue).arg(items.size()));
    m_dueTable->resizeColumnsToContents();
    // Narrow enough that the rule and its citation stay on a 1366-pixel screen; the pane below
    // gives both in full for the selected date.
    m_dueTable->setColumnWidth(3, std::min(m_dueTable->columnWidth(3), 160));
    m_dueTable->setColumnWidth(4, std::min(m_dueTable->columnWidth(4), 200));
    m_dueTable->setColumnWidth(5, std::min(m_dueTable->columnWidth(5), 240));
    m_dueTable->setColumnWidth(7, std::min(m_dueTable->columnWidth(7), 220));
    m_dueTable->horizontalHeader()->setStretchLastSection(true);
}

void DuePage::updateCloseButton()
{
    const int row = m_dueTable->currentIndex().row();
    m_closeDueDate->setEnabled(row >= 0 && static_cast<std::size_t>(row) < m_dueShown.size()
                               && m_dueShown[static_cast<std::size_t>(row)].state != core::DueState::Problem
                               && m_dueShown[static_cast<std::size_t>(row)].source.caseId.value != 0);
}

void DuePage::closeSelected()
{
    const int row = m_dueTable->currentIndex().row();
    if (row >= 0 && static_cast<std::size_t>(row) < m_dueShown.size()) {
        const core::DueItem& item = m_dueShown[static_cast<std::size_t>(row)];
        closeDateWithUndo(m_document->session(), m_document->undoStack(), item, qs(item.source.derived.title), this);
    }
}

void DuePage::explainDue(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_dueShown.size()) {
        m_dueExplanation->clear();
        return;
    }
    const core::DueItem& item = m_dueShown[static_cast<std::size_t>(row)];
    m_dueExplanation->setHtml(dateExplanationHtml(core::explainDate(item, m_document->session().rules())));
}

} // namespace casebook::ui
