// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/CaseDatesPane.h"

#include "workspace/DateClosures.h"
#include "workspace/Labels.h"

#include "report/DateExplanation.h"
#include "service/Session.h"
#include "support/Messages.h"
#include "support/Tables.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

/// On each row: the index in the document's dates of an open date, or -1.
constexpr int kOpenDateRole = Qt::UserRole + 5;
/// On each row: the index in m_caseClosures of a closed date, or -1.
constexpr int kClosedDateRole = Qt::UserRole + 6;

bool closable(const core::DueItem& d)
{
    return d.state != core::DueState::Problem && d.source.caseId.value != 0;
}

} // namespace

CaseDatesPane::CaseDatesPane(CaseDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(&document)
{
    m_caseDates = new QStandardItemModel(this);
    m_caseDatesTable = makeReadOnlyTable(QStringLiteral("caseDatesTable"), tr("Dates of this case"), this);
    m_caseDatesTable->setModel(m_caseDates);
    m_closeCaseDate = new QPushButton(tr("Mar&k date done or waived…"), this);
    m_closeCaseDate->setObjectName(QStringLiteral("closeCaseDateButton"));
    m_closeCaseDate->setToolTip(tr("Take the selected date off Due & overdue: done, not applicable or waived, "
                                   "with the reason"));
    m_reopenCaseDate = new QPushButton(tr("&Reopen date"), this);
    m_reopenCaseDate->setObjectName(QStringLiteral("reopenDateButton"));
    m_reopenCaseDate->setToolTip(tr("Put the selected closed date back on Due & overdue"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_closeCaseDate);
    buttons->addWidget(m_reopenCaseDate);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caseDatesTable, 1);
    layout->addLayout(buttons);
    connect(m_caseDatesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseDatesPane::updateButtons);
    connect(m_closeCaseDate, &QPushButton::clicked, this, &CaseDatesPane::closeSelected);
    connect(m_reopenCaseDate, &QPushButton::clicked, this, &CaseDatesPane::reopenSelected);
}

void CaseDatesPane::clear()
{
    m_caseDates->clear();
    updateButtons(); // emptying the model leaves the selection without a signal
}

void CaseDatesPane::showDates(std::int64_t caseId)
{
    const std::vector<core::DueItem>& dueToday = m_document->dueToday();
    m_caseDates->setHorizontalHeaderLabels(
        {tr("Date"), tr("State"), tr("What"), tr("Rule"), tr("How sure"), tr("Citation")});
    for (std::size_t i = 0; i < dueToday.size(); ++i) {
        const core::DueItem& d = dueToday[i];
        if (d.source.caseId.value != caseId) {
            continue;
        }
        const auto& r = d.source.derived;
        auto* date = readOnlyItem(dateText(r.date) + (d.overridden ? tr(" (local date)") : QString()));
        date->setData(static_cast<int>(i), kOpenDateRole);
        date->setData(-1, kClosedDateRole);
        m_caseDates->appendRow(
            {date, readOnlyItem(dueStateText(d.state)), readOnlyItem(qs(r.title)), readOnlyItem(qs(r.ruleId)),
             readOnlyItem(ruleStatusText(r.status)),
             readOnlyItem(qs(r.citation.instrument) + QStringLiteral(", ") + qs(r.citation.provision))});
    }
    // Closed dates stay in view with how, why, who and when, so they can be reopened.
    core::Session& session = m_document->session();
    auto closures = session.due().closures(core::CaseId{caseId});
    m_caseClosures = closures ? std::move(*closures) : std::vector<core::DateClosure>{};
    for (std::size_t i = 0; i < m_caseClosures.size(); ++i) {
        const core::DateClosure& closure = m_caseClosures[i];
        auto* date = readOnlyItem(dateText(closure.date));
        date->setData(-1, kOpenDateRole);
        date->setData(static_cast<int>(i), kClosedDateRole);
        m_caseDates->appendRow(
            {date, readOnlyItem(tr("Closed: %1").arg(closureOutcomeText(closure.outcome))),
             readOnlyItem(tr("%1: %2 (%3, %4)")
                              .arg(qs(core::ruleTitle(closure.ruleId, session.rules())), qs(closure.reason),
                                   qs(closure.closedBy), dateText(closure.closedOn))),
             readOnlyItem(qs(closure.ruleId)), readOnlyItem(QString()), readOnlyItem(QString())});
    }
    m_caseDatesTable->resizeColumnsToContents();
    updateButtons();
}

void CaseDatesPane::updateButtons()
{
    const std::vector<core::DueItem>& dueToday = m_document->dueToday();
    const QModelIndex caseRow = m_caseDates->index(m_caseDatesTable->currentIndex().row(), 0);
    const int open = caseRow.isValid() ? caseRow.data(kOpenDateRole).toInt() : -1;
    m_closeCaseDate->setEnabled(open >= 0 && static_cast<std::size_t>(open) < dueToday.size()
                                && closable(dueToday[static_cast<std::size_t>(open)]));
    m_reopenCaseDate->setEnabled(caseRow.isValid() && caseRow.data(kClosedDateRole).toInt() >= 0);
}

void CaseDatesPane::closeSelected()
{
    const std::vector<core::DueItem>& dueToday = m_document->dueToday();
    const int open = m_caseDates->index(m_caseDatesTable->currentIndex().row(), 0).data(kOpenDateRole).toInt();
    if (open >= 0 && static_cast<std::size_t>(open) < dueToday.size()) {
        const core::DueItem& item = dueToday[static_cast<std::size_t>(open)];
        closeDateWithUndo(m_document->session(), m_document->undoStack(), item, qs(item.source.derived.title), this);
    }
}

void CaseDatesPane::reopenSelected()
{
    const int closed = m_caseDates->index(m_caseDatesTable->currentIndex().row(), 0).data(kClosedDateRole).toInt();
    if (closed >= 0 && static_cast<std::size_t>(closed) < m_caseClosures.size()) {
        if (const core::Status reopened = reopenDateWithUndo(m_document->session(), m_document->undoStack(),
                                                             m_caseClosures[static_cast<std::size_t>(closed)]);
            !reopened) {
            emit problem(tr("Could not reopen the date: %1").arg(userMessage(reopened.error())));
        }
    }
}

} // namespace casebook::ui
