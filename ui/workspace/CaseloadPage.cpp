// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/CaseloadPage.h"

#include "workspace/CaseloadModel.h"
#include "workspace/Labels.h"
#include "workspace/SearchResults.h"

#include "session/ReadJob.h"

#include "service/Session.h"
#include "support/Messages.h"
#include "support/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

namespace casebook::ui {

CaseloadPage::CaseloadPage(CaseDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(&document)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseloadSearch"));
    m_search->setAccessibleName(tr("Search people, cases and chronology"));
    m_search->setPlaceholderText(tr("Search names, cases, notes… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    m_searchInfo = new QLabel(this);
    m_searchInfo->setObjectName(QStringLiteral("searchInfo"));
    m_searchResults = new SearchResults(this);
    connect(m_searchResults, &SearchResults::caseChosen, this, &CaseloadPage::caseChosen);
    connect(m_searchResults, &SearchResults::entryChosen, this, &CaseloadPage::entryChosen);
    connect(m_searchResults, &SearchResults::personChosen, this, &CaseloadPage::chooseCaseOfPerson);
    createFilters();

    m_caseload = new CaseloadModel(this);
    m_filter = new CaseloadFilter(this);
    m_filter->setSourceModel(m_caseload);
    m_caseTable = makeReadOnlyTable(QStringLiteral("caseloadTable"), tr("Caseload"), this);
    m_caseTable->setModel(m_filter);
    m_caseTable->setSortingEnabled(true);
    m_caseTable->sortByColumn(CaseloadModel::NextDate, Qt::AscendingOrder);
    // The next date and what it is come straight after the name, so they stay in view however
    // narrow the list is; the columns can still be dragged.
    QHeaderView* header = m_caseTable->horizontalHeader();
    header->setSectionsMovable(true);
    header->moveSection(header->visualIndex(CaseloadModel::NextDate), 1);
    header->moveSection(header->visualIndex(CaseloadModel::NextWhat), 2);
    m_caseTable->setColumnHidden(CaseloadModel::Opened, true);

    m_newCase = new QPushButton(tr("Ne&w case…"), this);
    m_newCase->setObjectName(QStringLiteral("newCaseButton"));
    m_newCase->setToolTip(tr("Open a case for someone new or already here (Ctrl+N)"));
    connect(m_newCase, &QPushButton::clicked, this, &CaseloadPage::newCaseRequested);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_ragFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_dueFilter);
    filters->addStretch();
    filters->addWidget(m_newCase);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_searchInfo);
    layout->addWidget(m_searchResults);
    layout->addWidget(m_caseTable, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CaseloadPage::runSearch);
    connectFilters();
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    emit caseChosen(current.data(CaseloadModel::CaseIdRole).toLongLong());
                }
            });

    const auto reloadAll = [this] {
        if (!m_document->dueError().isEmpty()) {
            setInfo(tr("Could not compute the dates: %1").arg(m_document->dueError()));
        }
        reload(selectedCase());
    };
    connect(&document, &CaseDocument::caseloadChanged, this, reloadAll);
    connect(&document, &CaseDocument::rulesChanged, this, reloadAll);
    connect(&document, &CaseDocument::personDatesChanged, this, [this](qint64 personId) {
        QString error;
        if (!m_caseload->updatePerson(m_document->session(), personId, m_document->dueToday(), &error)) {
            m_searchInfo->setText(tr("Could not read the caseload: %1").arg(error));
        }
    });
    connect(&document, &QObject::destroyed, m_searchTimer, &QTimer::stop);
}

void CaseloadPage::createFilters()
{
    m_statusFilter = makeFilterCombo(QStringLiteral("statusFilter"), tr("Show cases by status"), this);
    m_statusFilter->addItem(tr("Active cases"), static_cast<int>(CaseloadFilter::StatusGroup::Active));
    m_statusFilter->addItem(tr("Closed cases"), static_cast<int>(CaseloadFilter::StatusGroup::Closed));
    m_statusFilter->addItem(tr("All cases"), static_cast<int>(CaseloadFilter::StatusGroup::All));
    m_ragFilter = makeFilterCombo(QStringLiteral("ragFilter"), tr("Show cases by RAG rating"), this);
    m_ragFilter->addItem(tr("Any RAG"), -1);
    for (core::Rag rag : {core::Rag::Red, core::Rag::Amber, core::Rag::Green}) {
        m_ragFilter->addItem(ragText(rag), static_cast<int>(rag));
    }
    m_typeFilter = makeFilterCombo(QStringLiteral("typeFilter"), tr("Show cases by type"), this);
    m_typeFilter->addItem(tr("Any type"), -1);
    for (int t = 0; t <= static_cast<int>(core::CaseType::Wellbeing); ++t) {
        m_typeFilter->addItem(caseTypeText(static_cast<core::CaseType>(t)), t);
    }
    m_dueFilter = makeFilterCombo(QStringLiteral("dueFilter"), tr("Show cases by their next date"), this);
    m_dueFilter->addItem(tr("Any next date"), static_cast<int>(CaseloadFilter::DueWindow::Any));
    m_dueFilter->addItem(tr("Overdue"), static_cast<int>(CaseloadFilter::DueWindow::Overdue));
    m_dueFilter->addItem(tr("Due within 7 days"), static_cast<int>(CaseloadFilter::DueWindow::Within7));
    m_dueFilter->addItem(tr("Due within 28 days"), static_cast<int>(CaseloadFilter::DueWindow::Within28));
}

void CaseloadPage::connectFilters()
{
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusGroup(static_cast<CaseloadFilter::StatusGroup>(m_statusFilter->currentData().toInt()));
    });
    connect(m_ragFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_ragFilter->currentData().toInt();
        m_filter->setRag(v < 0 ? std::nullopt : std::optional<core::Rag>(static_cast<core::Rag>(v)));
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_typeFilter->currentData().toInt();
        m_filter->setType(v < 0 ? std::nullopt : std::optional<core::CaseType>(static_cast<core::CaseType>(v)));
    });
    connect(m_dueFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setDueWindow(static_cast<CaseloadFilter::DueWindow>(m_dueFilter->currentData().toInt()));
    });
}

void CaseloadPage::chooseCaseOfPerson(qint64 personId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(CaseloadModel::PersonIdRole).toLongLong() == personId) {
            emit caseChosen(index.data(CaseloadModel::CaseIdRole).toLongLong());
            return;
        }
    }
}

void CaseloadPage::reload(std::optional<std::int64_t> selected)
{
    QString error;
    if (!m_caseload->reload(m_document->session(), m_document->dueToday(), &error)) {
        m_searchInfo->setText(tr("Could not read the caseload: %1").arg(error));
    }
    if (m_caseload->rowCount() == 0) {
        m_searchInfo->setText(tr("No cases yet. Open the first with New case (Ctrl+N)."));
    }
    for (int column : {CaseloadModel::Person, CaseloadModel::Status, CaseloadModel::Rag, CaseloadModel::NextDate}) {
        m_caseTable->resizeColumnToContents(column);
    }
    m_caseTable->setColumnWidth(CaseloadModel::Summary, 120);
    m_caseTable->setColumnWidth(CaseloadModel::Types, 130);
    m_caseTable->setColumnWidth(CaseloadModel::NextWhat, 220);
    if (selected) {
        const QModelIndex source = m_caseload->indexOfCase(*selected);
        const QModelIndex row = m_filter->mapFromSource(source);
        if (row.isValid()) {
            m_caseTable->selectionModel()->blockSignals(true);
            m_caseTable->selectRow(row.row());
            m_caseTable->selectionModel()->blockSignals(false);
        }
    }
}

void CaseloadPage::selectCase(std::int64_t caseId)
{
    const QModelIndex row = m_filter->mapFromSource(m_caseload->indexOfCase(caseId));
    if (row.isValid() && m_caseTable->currentIndex().row() != row.row()) {
        m_caseTable->selectionModel()->blockSignals(true);
        m_caseTable->selectRow(row.row());
        m_caseTable->selectionModel()->blockSignals(false);
    }
}

void CaseloadPage::revealCase(std::int64_t caseId)
{
    // The caseload's filter stays as it was set. Only when the case is not in the list is it
    // widened to every case, and the line under the search box says why.
    if (!m_filter->mapFromSource(m_caseload->indexOfCase(caseId)).isValid()) {
        m_filter->setCaseIds(std::nullopt);
        m_search->clear();
        m_statusFilter->setCurrentIndex(2);
        m_ragFilter->setCurrentIndex(0);
        m_typeFilter->setCurrentIndex(0);
        m_dueFilter->setCurrentIndex(0);
        showInfo(tr("Showing every case: the case opened from Due & overdue was not in the list as it was filtered."));
    }
}

void CaseloadPage::clearSearch()
{
    ++m_searchGeneration; // hits still on their way are for the text cleared here
    m_searching = false;
    m_filter->setCaseIds(std::nullopt);
    m_search->clear();
}

void CaseloadPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseloadPage::setInfo(const QString& text)
{
    m_searchInfo->setText(text);
}

void CaseloadPage::showInfo(const QString& text)
{
    m_searchInfo->setText(text);
    m_searchInfo->show();
}

std::optional<std::int64_t> CaseloadPage::selectedCase() const
{
    const QModelIndex current = m_caseTable->currentIndex();
    return current.isValid() ? std::optional<std::int64_t>(current.data(CaseloadModel::CaseIdRole).toLongLong())
                             : std::nullopt;
}

void CaseloadPage::runSearch()
{
    m_searchTimer->stop();
    if (m_document.isNull()) {
        return;
    }
    const std::uint64_t generation = ++m_searchGeneration;
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searching = false;
        m_filter->setCaseIds(std::nullopt);
        m_searchInfo->clear();
        m_searchResults->showHits({});
        return;
    }
    // The index is read on a worker (session/ReadJob); a keystroke before it answers supersedes it.
    m_searching = true;
    readOnWorker<std::vector<core::SearchHit>>(
        m_document->session(), m_document, this,
        [query = text.toStdString()](core::Session& reader) { return reader.search().search(query, 500); },
        [this, generation, text](core::Result<std::vector<core::SearchHit>> hits) {
            if (generation != m_searchGeneration || m_document.isNull()) {
                return;
            }
            m_searching = false;
            showSearchHits(text, hits);
        });
}

void CaseloadPage::showSearchHits(const QString& text, const core::Result<std::vector<core::SearchHit>>& hits)
{
    if (!hits) {
        m_searchInfo->setText(tr("Search failed: %1").arg(userMessage(hits.error())));
        return;
    }
    std::set<std::int64_t> cases;
    std::set<std::int64_t> people;
    for (const core::SearchHit& hit : *hits) {
        if (hit.caseId) {
            cases.insert(*hit.caseId);
        } else {
            people.insert(hit.id);
        }
    }
    for (int row = 0; row < m_caseload->rowCount(); ++row) {
        const QModelIndex index = m_caseload->index(row, 0);
        if (people.contains(index.data(CaseloadModel::PersonIdRole).toLongLong())) {
            cases.insert(index.data(CaseloadModel::CaseIdRole).toLongLong());
        }
    }
    m_filter->setCaseIds(cases);
    m_searchResults->showHits(*hits);
    m_searchInfo->setText(hits->empty() ? tr("Nothing matches \"%1\".").arg(text)
                                        : tr("%n case(s) match \"%1\".", nullptr, m_filter->rowCount()).arg(text));
}

bool CaseloadPage::searchPending() const
{
    return m_searching || m_searchTimer->isActive();
}

} // namespace casebook::ui
