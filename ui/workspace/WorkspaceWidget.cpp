// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/WorkspaceWidget.h"

#include "dataprotection/RetentionDialog.h"
#include "dataprotection/SarDialog.h"
#include "report/CaseloadExportDialog.h"
#include "report/ExportDialog.h"
#include "report/MeetingOutcomeDialog.h"
#include "workspace/AmendEntryDialog.h"
#include "workspace/CaseForms.h"
#include "workspace/CaseloadModel.h"
#include "workspace/DateClosures.h"
#include "workspace/DateExplanationView.h"
#include "workspace/EntryDialog.h"
#include "workspace/Labels.h"
#include "workspace/NewCaseDialog.h"
#include "workspace/ProcedureSections.h"
#include "workspace/SearchResults.h"
#include "workspace/UndoableChange.h"

#include "service/Session.h"
#include "support/DateEdit.h"
#include "support/ScreenFit.h"
#include "support/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace casebook::ui {

namespace {

/// Where a due row keeps the record it is about (the case is in Qt::UserRole).
constexpr int kDueRecordTypeRole = Qt::UserRole + 1;
constexpr int kDueRecordIdRole = Qt::UserRole + 2;
/// On the case's Dates rows: the index in m_dueToday of an open date, or -1.
constexpr int kOpenDateRole = Qt::UserRole + 5;
/// On the case's Dates rows: the index in m_caseClosures of a closed date, or -1.
constexpr int kClosedDateRole = Qt::UserRole + 6;

core::Date today()
{
    return toCoreDate(QDate::currentDate());
}

QStandardItem* item(const QString& text)
{
    auto* i = new QStandardItem(text);
    i->setEditable(false);
    return i;
}

/// The whole of a chronology entry as it is read back: when, what kind, who, the full text and,
/// for a decision, the decision log's fields.
QString entryDetailsHtml(const core::ChronologyEntry& e, const std::vector<core::EntryAmendment>& amendments)
{
    const auto esc = [](const std::string& text) { return qs(text).toHtmlEscaped(); };
    const auto paragraphs = [&](const std::string& text) {
        return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    QString when = dateText(e.date);
    if (e.time) {
        when += QStringLiteral(" ") + qs(e.time->toText());
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(e.title));
    html +=
        WorkspaceWidget::tr("<p>%1 · %2 · recorded by %3</p>")
            .arg(when, entryKindText(e.kind), e.author.empty() ? WorkspaceWidget::tr("(not recorded)") : esc(e.author));
    if (e.medical) {
        html += WorkspaceWidget::tr("<p><b>Holds medical information</b>: the whole entry is withheld from exports "
                                    "unless the officer's consent covers the audience.</p>");
    }
    if (e.decision) {
        const core::DecisionRecord& d = *e.decision;
        html += WorkspaceWidget::tr("<h4>Decision</h4><p>%1</p>").arg(paragraphs(d.decision));
        if (d.notToAct) {
            html += WorkspaceWidget::tr("<p>A decision to take no action.</p>");
        }
        if (!d.optionsConsidered.empty()) {
            html += WorkspaceWidget::tr("<h4>Options considered</h4><p>%1</p>").arg(paragraphs(d.optionsConsidered));
        }
        html += WorkspaceWidget::tr("<h4>Rationale</h4><p>%1</p>").arg(paragraphs(d.rationale));
        html += WorkspaceWidget::tr("<p>Decided by %1</p>").arg(esc(d.decidedBy));
    }
    if (!e.body.empty()) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(e.decision ? WorkspaceWidget::tr("Notes") : WorkspaceWidget::tr("What happened"),
                         paragraphs(e.body));
    }
    if (!e.medicalDetail.empty()) {
        html += WorkspaceWidget::tr("<h4>Medical detail</h4><p>%1</p><p><i>Kept apart: withheld from exports "
                                    "unless the officer's consent covers the audience.</i></p>")
                    .arg(paragraphs(e.medicalDetail));
    }
    // Corrections follow the entry as first written, each dated and signed, in the order recorded.
    for (const core::EntryAmendment& a : amendments) {
        if (a.entryId != e.id) {
            continue;
        }
        html += WorkspaceWidget::tr("<h4>Amended on %1 by %2</h4><p><i>Reason:</i> %3</p><p>%4</p>")
                    .arg(dateText(a.amendedOn),
                         a.amendedBy.empty() ? WorkspaceWidget::tr("(not recorded)") : esc(a.amendedBy), esc(a.reason),
                         paragraphs(a.correction));
        if (a.medical) {
            html += WorkspaceWidget::tr("<p><b>The correction holds medical information.</b></p>");
        }
    }
    return html;
}

constexpr int kDetailsRole = Qt::UserRole + 1;
constexpr int kEntryIdRole = Qt::UserRole + 2;

QComboBox* makeCombo(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    // Filters may shrink (their full text shows when opened) so the case beside them keeps its room.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->setToolTip(accessibleName);
    return combo;
}

} // namespace

WorkspaceWidget::WorkspaceWidget(core::Session& session, QUndoStack& undo, QWidget* parent,
                                 std::optional<std::vector<core::DueItem>> firstDue)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_firstDue(std::move(firstDue))
{
    setObjectName(QStringLiteral("workspace"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createCaseloadPage(), tr("Case&load"));
    m_tabs->addTab(createDuePage(), tr("&Due && overdue"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_undoIndex = m_undo.index();
    connect(&m_undo, &QUndoStack::indexChanged, this, &WorkspaceWidget::undoIndexChanged);
    // The dashboard is filled when it is shown, not with every refresh behind it.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && m_dueStale) {
            reloadDue();
        }
    });
    refresh();
    if (m_filter->rowCount() > 0) {
        m_caseTable->selectRow(0);
    }
}

WorkspaceWidget::~WorkspaceWidget() = default;

void WorkspaceWidget::retire()
{
    m_retired = true;
    hide();
    m_searchTimer->stop();
    disconnect(&m_undo, nullptr, this, nullptr);
    setEnabled(false);
}

QWidget* WorkspaceWidget::createCaseloadPage()
{
    auto* page = new QWidget(this);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("caseloadSearch"));
    m_search->setAccessibleName(tr("Search people, cases and chronology"));
    m_search->setPlaceholderText(tr("Search names, cases, notes… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    m_searchInfo = new QLabel(page);
    m_searchInfo->setObjectName(QStringLiteral("searchInfo"));
    m_searchResults = new SearchResults(page);
    connect(m_searchResults, &SearchResults::caseChosen, this, &WorkspaceWidget::openCase);
    connect(m_searchResults, &SearchResults::entryChosen, this, [this](qint64 caseId, qint64 entryId) {
        openCase(caseId);
        selectChronologyEntry(entryId);
    });
    connect(m_searchResults, &SearchResults::personChosen, this, [this](qint64 personId) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            if (index.data(CaseloadModel::PersonIdRole).toLongLong() == personId) {
                openCase(index.data(CaseloadModel::CaseIdRole).toLongLong());
                return;
            }
        }
    });

    m_statusFilter = makeCombo(QStringLiteral("statusFilter"), tr("Show cases by status"), page);
    m_statusFilter->addItem(tr("Active cases"), static_cast<int>(CaseloadFilter::StatusGroup::Active));
    m_statusFilter->addItem(tr("Closed cases"), static_cast<int>(CaseloadFilter::StatusGroup::Closed));
    m_statusFilter->addItem(tr("All cases"), static_cast<int>(CaseloadFilter::StatusGroup::All));
    m_ragFilter = makeCombo(QStringLiteral("ragFilter"), tr("Show cases by RAG rating"), page);
    m_ragFilter->addItem(tr("Any RAG"), -1);
    for (core::Rag rag : {core::Rag::Red, core::Rag::Amber, core::Rag::Green}) {
        m_ragFilter->addItem(ragText(rag), static_cast<int>(rag));
    }
    m_typeFilter = makeCombo(QStringLiteral("typeFilter"), tr("Show cases by type"), page);
    m_typeFilter->addItem(tr("Any type"), -1);
    for (int t = 0; t <= static_cast<int>(core::CaseType::Wellbeing); ++t) {
        m_typeFilter->addItem(caseTypeText(static_cast<core::CaseType>(t)), t);
    }
    m_dueFilter = makeCombo(QStringLiteral("dueFilter"), tr("Show cases by their next date"), page);
    m_dueFilter->addItem(tr("Any next date"), static_cast<int>(CaseloadFilter::DueWindow::Any));
    m_dueFilter->addItem(tr("Overdue"), static_cast<int>(CaseloadFilter::DueWindow::Overdue));
    m_dueFilter->addItem(tr("Due within 7 days"), static_cast<int>(CaseloadFilter::DueWindow::Within7));
    m_dueFilter->addItem(tr("Due within 28 days"), static_cast<int>(CaseloadFilter::DueWindow::Within28));

    m_caseload = new CaseloadModel(this);
    m_filter = new CaseloadFilter(this);
    m_filter->setSourceModel(m_caseload);
    m_caseTable = makeReadOnlyTable(QStringLiteral("caseloadTable"), tr("Caseload"), page);
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

    m_newCase = new QPushButton(tr("Ne&w case…"), page);
    m_newCase->setObjectName(QStringLiteral("newCaseButton"));
    m_newCase->setToolTip(tr("Open a case for someone new or already here (Ctrl+N)"));
    connect(m_newCase, &QPushButton::clicked, this, &WorkspaceWidget::newCase);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_ragFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_dueFilter);
    filters->addStretch();
    filters->addWidget(m_newCase);
    auto* left = new QWidget(page);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_searchInfo);
    leftLayout->addWidget(m_searchResults);
    leftLayout->addWidget(m_caseTable, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(QStringLiteral("caseloadSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(createCasePanel());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600}); // proportions: the case needs the room more than the list
    splitter->setCollapsible(1, false);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &WorkspaceWidget::runSearch);
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
    connect(m_caseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    openCase(current.data(CaseloadModel::CaseIdRole).toLongLong());
                }
            });
    return page;
}

QWidget* WorkspaceWidget::createCasePanel()
{
    m_casePanel = new QWidget(this);
    m_casePanel->setObjectName(QStringLiteral("casePanel"));
    m_caseHeader = new QLabel(tr("Choose a case on the left."), m_casePanel);
    m_caseHeader->setObjectName(QStringLiteral("caseHeader"));
    m_caseHeader->setWordWrap(true);
    m_caseHeader->setTextFormat(Qt::RichText);
    m_caseHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_addEntry = new QPushButton(tr("Add to chro&nology…"), m_casePanel);
    m_addEntry->setObjectName(QStringLiteral("addEntryButton"));
    m_addDecision = new QPushButton(tr("Record a deci&sion…"), m_casePanel);
    m_addDecision->setObjectName(QStringLiteral("addDecisionButton"));
    connect(m_addEntry, &QPushButton::clicked, this, &WorkspaceWidget::addChronologyEntry);
    connect(m_addDecision, &QPushButton::clicked, this, &WorkspaceWidget::recordDecision);
    m_editCase = new QPushButton(tr("Ed&it case…"), m_casePanel);
    m_editCase->setObjectName(QStringLiteral("editCaseButton"));
    m_editCase->setToolTip(tr("Summary, types, status, RAG, owner, next review; close or reopen"));
    connect(m_editCase, &QPushButton::clicked, this, &WorkspaceWidget::editCase);
    m_exportSummary = new QPushButton(tr("Summary for a &meeting…"), m_casePanel);
    m_exportSummary->setObjectName(QStringLiteral("exportSummaryButton"));
    m_exportSummary->setToolTip(tr("The case summary to take to a meeting: preview, then PDF, ODT or HTML"));
    connect(m_exportSummary, &QPushButton::clicked, this, &WorkspaceWidget::exportSummary);
    m_recordOutcome = new QPushButton(tr("Meeting &outcome…"), m_casePanel);
    m_recordOutcome->setObjectName(QStringLiteral("recordOutcomeButton"));
    m_recordOutcome->setToolTip(tr("After a meeting: its notes, actions agreed (into an action plan), decisions (into "
                                   "the decision log) and the next meeting"));
    connect(m_recordOutcome, &QPushButton::clicked, this, &WorkspaceWidget::recordMeetingOutcome);
    m_editPerson = new QPushButton(tr("Edit &person…"), m_casePanel);
    m_editPerson->setObjectName(QStringLiteral("editPersonButton"));
    connect(m_editPerson, &QPushButton::clicked, this, &WorkspaceWidget::editPerson);
    m_erase = new QPushButton(tr("Erase…"), m_casePanel);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setToolTip(tr("Erase this case, or the person and all their cases, for good: shows what goes first"));
    connect(m_erase, &QPushButton::clicked, this, &WorkspaceWidget::eraseRecords);

    m_caseTabs = new QTabWidget(m_casePanel);
    m_caseTabs->setObjectName(QStringLiteral("caseTabs"));
    m_caseTabs->tabBar()->hide();
    m_caseTabs->setDocumentMode(true);
    // Fourteen pages do not fit as tabs: a list beside them names each page and how many records
    // it holds, so the sergeant sees at a glance where there is something to read.
    m_caseNav = new QListWidget(m_casePanel);
    m_caseNav->setObjectName(QStringLiteral("caseSections"));
    m_caseNav->setAccessibleName(tr("Pages of the case"));
    m_caseNav->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_caseNav->setFixedWidth(m_caseNav->fontMetrics().horizontalAdvance(QStringLiteral("Occupational health (88)"))
                             + 24);
    connect(m_caseNav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_caseTabs->count()) {
            m_caseTabs->setCurrentIndex(row);
        }
    });
    connect(m_caseTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_caseNav->currentRow() != index) {
            m_caseNav->setCurrentRow(index);
        }
    });
    // Ctrl+Page Down and Ctrl+Page Up turn the case's pages from wherever the focus is in the
    // window, as a browser turns its tabs; the list itself also takes Up and Down.
    for (const auto& [keys, step] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1},
                                     std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1}}) {
        auto* turn = new QShortcut(keys, m_casePanel);
        turn->setContext(Qt::WindowShortcut);
        connect(turn, &QShortcut::activated, this, [this, step = step] {
            if (const int count = m_caseNav->count(); count > 0) {
                m_caseNav->setCurrentRow((m_caseNav->currentRow() + step + count) % count);
            }
        });
    }

    m_caseDates = new QStandardItemModel(this);
    auto* datesPage = new QWidget(m_casePanel);
    m_caseDatesTable = makeReadOnlyTable(QStringLiteral("caseDatesTable"), tr("Dates of this case"), datesPage);
    m_caseDatesTable->setModel(m_caseDates);
    m_closeCaseDate = new QPushButton(tr("Mar&k date done or waived…"), datesPage);
    m_closeCaseDate->setObjectName(QStringLiteral("closeCaseDateButton"));
    m_closeCaseDate->setToolTip(tr("Take the selected date off Due & overdue: done, not applicable or waived, "
                                   "with the reason"));
    m_reopenCaseDate = new QPushButton(tr("&Reopen date"), datesPage);
    m_reopenCaseDate->setObjectName(QStringLiteral("reopenDateButton"));
    m_reopenCaseDate->setToolTip(tr("Put the selected closed date back on Due & overdue"));
    auto* dateButtons = new QHBoxLayout;
    dateButtons->addWidget(m_closeCaseDate);
    dateButtons->addWidget(m_reopenCaseDate);
    dateButtons->addStretch();
    auto* datesLayout = new QVBoxLayout(datesPage);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_caseDatesTable, 1);
    datesLayout->addLayout(dateButtons);
    m_caseTabs->addTab(datesPage, tr("Dates"));
    connect(m_caseDatesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkspaceWidget::updateDateButtons);
    connect(m_closeCaseDate, &QPushButton::clicked, this, [this] {
        const int open = m_caseDates->index(m_caseDatesTable->currentIndex().row(), 0).data(kOpenDateRole).toInt();
        if (open >= 0 && static_cast<std::size_t>(open) < m_dueToday.size()) {
            closeDate(m_dueToday[static_cast<std::size_t>(open)]);
        }
    });
    connect(m_reopenCaseDate, &QPushButton::clicked, this, [this] {
        const int closed = m_caseDates->index(m_caseDatesTable->currentIndex().row(), 0).data(kClosedDateRole).toInt();
        if (closed >= 0 && static_cast<std::size_t>(closed) < m_caseClosures.size()) {
            if (const core::Status reopened =
                    reopenDateWithUndo(m_session, m_undo, m_caseClosures[static_cast<std::size_t>(closed)]);
                !reopened) {
                m_searchInfo->setText(tr("Could not reopen the date: %1").arg(qs(reopened.error().detail)));
                m_searchInfo->show();
            }
        }
    });

    auto* chronologyPage = new QWidget(m_casePanel);
    m_chronology = new QStandardItemModel(this);
    m_chronologyTable =
        makeReadOnlyTable(QStringLiteral("chronologyTable"), tr("Chronology and decisions"), chronologyPage);
    m_chronologyTable->setModel(m_chronology);
    m_decisionsOnly = new QCheckBox(tr("Decisions only (the decision log)"), chronologyPage);
    m_decisionsOnly->setObjectName(QStringLiteral("decisionsOnly"));
    connect(m_decisionsOnly, &QCheckBox::toggled, this, &WorkspaceWidget::reloadCase);
    // A correction is a dated amendment beside the entry, never an edit of what was written.
    m_amendEntry = new QPushButton(tr("Amend entr&y…"), chronologyPage);
    m_amendEntry->setObjectName(QStringLiteral("amendEntryButton"));
    m_amendEntry->setToolTip(tr("Correct the selected entry: the original stays, the correction is added with "
                                "the date, your name and the reason"));
    m_amendEntry->setEnabled(false);
    connect(m_amendEntry, &QPushButton::clicked, this, &WorkspaceWidget::amendChronologyEntry);
    // Below the list, as a mail client shows a message: the whole of the selected entry.
    m_chronologyDetails = new QTextBrowser(chronologyPage);
    m_chronologyDetails->setObjectName(QStringLiteral("chronologyDetails"));
    m_chronologyDetails->setAccessibleName(tr("The selected entry in full"));
    m_chronologyDetails->setOpenLinks(false);
    m_chronologyDetails->setPlaceholderText(tr("Select an entry to read it in full."));
    connect(m_chronologyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_chronologyDetails->setHtml(current.isValid()
                                                 ? m_chronology->index(current.row(), 0).data(kDetailsRole).toString()
                                                 : QString());
                m_amendEntry->setEnabled(current.isValid());
            });
    // Enter or a double-click opens the entry on its own, as large as the screen allows.
    connect(m_chronologyTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openChronologyEntry(index.row()); });
    auto* chronologySplit = new QSplitter(Qt::Vertical, chronologyPage);
    chronologySplit->setObjectName(QStringLiteral("chronologySplit"));
    chronologySplit->addWidget(m_chronologyTable);
    chronologySplit->addWidget(m_chronologyDetails);
    chronologySplit->setStretchFactor(0, 3);
    chronologySplit->setStretchFactor(1, 2);
    chronologySplit->setChildrenCollapsible(false);
    auto* chronologyLayout = new QVBoxLayout(chronologyPage);
    chronologyLayout->setContentsMargins(0, 0, 0, 0);
    auto* chronologyBar = new QHBoxLayout;
    chronologyBar->addWidget(m_decisionsOnly);
    chronologyBar->addStretch(1);
    chronologyBar->addWidget(m_amendEntry);
    chronologyLayout->addLayout(chronologyBar);
    chronologyLayout->addWidget(chronologySplit, 1);
    setTabOrder(m_decisionsOnly, m_amendEntry);
    setTabOrder(m_amendEntry, m_chronologyTable);
    setTabOrder(m_chronologyTable, m_chronologyDetails);
    m_caseTabs->addTab(chronologyPage, tr("Chronology && decisions"));

    m_review = new QLabel(m_casePanel);
    m_review->setObjectName(QStringLiteral("holisticReview"));
    m_review->setWordWrap(true);
    m_review->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_review->setTextFormat(Qt::RichText);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* reviewPage = new QWidget(m_casePanel);
    m_writeReview = new QPushButton(tr("Write a new ve&rsion…"), reviewPage);
    m_writeReview->setObjectName(QStringLiteral("writeReviewButton"));
    connect(m_writeReview, &QPushButton::clicked, this, &WorkspaceWidget::writeReview);
    auto* reviewScroll = new QScrollArea(reviewPage);
    reviewScroll->setWidget(m_review);
    reviewScroll->setWidgetResizable(true);
    reviewScroll->setFrameShape(QFrame::NoFrame);
    auto* reviewLayout = new QVBoxLayout(reviewPage);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    auto* reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(m_writeReview);
    reviewButtons->addStretch();
    reviewLayout->addLayout(reviewButtons);
    reviewLayout->addWidget(reviewScroll, 1);
    m_caseTabs->addTab(reviewPage, tr("Holistic review"));
    m_firstSectionTab = m_caseTabs->count();

    // Two rows, in the order Tab takes them, so that no label is cut short at 1280 pixels wide.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addEntry);
    buttons->addWidget(m_addDecision);
    buttons->addWidget(m_editCase);
    buttons->addWidget(m_editPerson);
    buttons->addStretch();
    auto* moreButtons = new QHBoxLayout;
    moreButtons->addWidget(m_exportSummary);
    moreButtons->addWidget(m_recordOutcome);
    moreButtons->addWidget(m_erase);
    moreButtons->addStretch();
    auto* layout = new QVBoxLayout(m_casePanel);
    layout->addWidget(m_caseHeader);
    layout->addLayout(buttons);
    layout->addLayout(moreButtons);
    auto* pages = new QHBoxLayout;
    pages->addWidget(m_caseNav);
    pages->addWidget(m_caseTabs, 1);
    layout->addLayout(pages, 1);
    updateCaseNav();
    m_addEntry->setEnabled(false);
    m_addDecision->setEnabled(false);
    m_editCase->setEnabled(false);
    m_editPerson->setEnabled(false);
    m_erase->setEnabled(false);
    m_writeReview->setEnabled(false);
    m_exportSummary->setEnabled(false);
    m_recordOutcome->setEnabled(false);
    return m_casePanel;
}

QWidget* WorkspaceWidget::createDuePage()
{
    auto* page = new QWidget(this);
    m_asOf = new DateEdit(QDate::currentDate(), page);
    m_asOf->setObjectName(QStringLiteral("dueAsOf"));
    m_asOf->setAccessibleName(tr("Show dates as of"));
    auto* todayButton = new QPushButton(tr("Toda&y"), page);
    m_window = makeCombo(QStringLiteral("dueWindow"), tr("How far ahead"), page);
    m_window->addItem(tr("Overdue and next 7 days"), 7);
    m_window->addItem(tr("Overdue and next 28 days"), 28);
    m_window->addItem(tr("Overdue and next 90 days"), 90);
    m_window->setCurrentIndex(1);
    m_window->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dueSummary = new QLabel(page);
    m_dueSummary->setObjectName(QStringLiteral("dueSummary"));
    m_due = new QStandardItemModel(this);
    m_dueTable = makeReadOnlyTable(QStringLiteral("dueTable"), tr("Due and overdue dates"), page);
    m_dueTable->setModel(m_due);

    auto* top = new QHBoxLayout;
    auto* asOfLabel = new QLabel(tr("As &of:"), page);
    asOfLabel->setBuddy(m_asOf);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addWidget(todayButton);
    top->addWidget(m_window);
    top->addStretch();
    top->addWidget(m_dueSummary);
    m_dueExplanation = new QTextBrowser(page);
    m_dueExplanation->setObjectName(QStringLiteral("dueExplanation"));
    m_dueExplanation->setAccessibleName(tr("Why this date"));
    m_dueExplanation->setOpenExternalLinks(false); // no network: a link is shown, never followed
    m_dueExplanation->setOpenLinks(false);
    m_dueExplanation->setPlaceholderText(tr("Select a date to see what it is counted from, the arithmetic, the "
                                            "rule and its source."));
    m_closeDueDate = new QPushButton(tr("Mar&k date done or waived…"), page);
    m_closeDueDate->setObjectName(QStringLiteral("closeDueDateButton"));
    m_closeDueDate->setToolTip(tr("Take the selected date off this list: done, not applicable or waived, with the "
                                  "reason. The case's Dates page keeps it and can reopen it."));
    m_closeDueDate->setEnabled(false);
    auto* explained = new QWidget(page);
    auto* explainedLayout = new QVBoxLayout(explained);
    explainedLayout->setContentsMargins(0, 0, 0, 0);
    explainedLayout->addWidget(m_dueExplanation, 1);
    auto* dueButtons = new QHBoxLayout;
    dueButtons->addWidget(m_closeDueDate);
    dueButtons->addStretch();
    explainedLayout->addLayout(dueButtons);
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_dueTable);
    split->addWidget(explained);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    auto* legend = new QLabel(tr("How sure: Verified = read in the regulations; Analogue = taken from a parallel "
                                 "instrument; Secondary = guidance; Local policy = your force. Open Tools › Rules "
                                 "and calendar for every rule and its source."),
                              page);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    connect(m_dueTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                explainDue(current.row());
                updateDateButtons();
            });
    connect(m_closeDueDate, &QPushButton::clicked, this, [this] {
        const int row = m_dueTable->currentIndex().row();
        if (row >= 0 && static_cast<std::size_t>(row) < m_dueShown.size()) {
            closeDate(m_dueShown[static_cast<std::size_t>(row)]);
        }
    });

    connect(m_asOf, &DateEdit::dateChanged, this, &WorkspaceWidget::reloadDue);
    connect(m_window, &QComboBox::currentIndexChanged, this, &WorkspaceWidget::reloadDue);
    connect(todayButton, &QPushButton::clicked, this, [this] { m_asOf->setDate(QDate::currentDate()); });
    connect(m_dueTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 caseId = m_due->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
        if (m_due->item(index.row(), 0)->data(kDueRecordTypeRole).toString() == QStringLiteral("sar_request")) {
            // A subject access request has no case: its row opens the request.
            SarDialog dialog(m_session, m_due->item(index.row(), 0)->data(kDueRecordIdRole).toLongLong(), this);
            dialog.exec();
            reloadDue();
            return;
        }
        m_tabs->setCurrentIndex(0);
        // The caseload's filter stays as it was set. Only when the case is not in the list is it
        // widened to every case, and the line under the search box says why.
        if (!m_filter->mapFromSource(m_caseload->indexOfCase(caseId)).isValid()) {
            m_filter->setCaseIds(std::nullopt);
            m_search->clear();
            m_statusFilter->setCurrentIndex(2);
            m_ragFilter->setCurrentIndex(0);
            m_typeFilter->setCurrentIndex(0);
            m_dueFilter->setCurrentIndex(0);
            m_searchInfo->setText(tr("Showing every case: the case opened from Due & overdue was not in the list "
                                     "as it was filtered."));
            m_searchInfo->show();
        }
        openCase(caseId);
    });
    return page;
}

void WorkspaceWidget::undoIndexChanged(int index)
{
    const int previous = std::exchange(m_undoIndex, index);
    // One step back undid command(index); one step on did command(index - 1). Anything else (a
    // cleared stack, a jump) re-reads everything.
    const QUndoCommand* command = nullptr;
    if (index == previous - 1) {
        command = m_undo.command(index);
    } else if (index == previous + 1) {
        command = m_undo.command(index - 1);
    }
    const std::int64_t caseId = changedCase(command);
    if (caseId == 0) {
        refresh();
        return;
    }
    refreshCase(caseId);
}

void WorkspaceWidget::refreshCase(std::int64_t caseId)
{
    if (m_retired) {
        return;
    }
    const QModelIndex row = m_caseload->indexOfCase(caseId);
    qint64 person = row.isValid() ? row.data(CaseloadModel::PersonIdRole).toLongLong() : 0;
    if (person == 0) { // a case just opened is not in the list yet
        if (auto view = m_session.cases().loadCase(core::CaseId{caseId})) {
            person = view->person.id.value;
        }
    }
    auto scoped = person != 0 ? m_session.due().allFor(core::PersonId{person}, today(), 28)
                              : core::Result<std::vector<core::DueItem>>(core::makeError(core::ErrorCode::NotFound));
    if (!scoped) {
        refresh();
        return;
    }
    // Only this person's dates can have changed: swap them in, keeping the list's order.
    std::erase_if(m_dueToday, [person](const core::DueItem& item) { return item.source.person.value == person; });
    m_dueToday.insert(m_dueToday.end(), std::make_move_iterator(scoped->begin()),
                      std::make_move_iterator(scoped->end()));
    std::sort(m_dueToday.begin(), m_dueToday.end(), &core::DueService::before);
    redisplay();
    if (m_caseload->indexOfCase(caseId).isValid()) { // gone when undo removed a case just opened
        openCase(caseId); // show the case the change was to (nothing to do when it is on screen)
    }
}

void WorkspaceWidget::refresh()
{
    if (m_retired) {
        return;
    }
    // One due list as of today feeds the caseload, the case's dates and (for today) the dashboard.
    auto due = m_firstDue ? core::Result<std::vector<core::DueItem>>(std::move(*m_firstDue))
                          : m_session.due().all(today(), 28);
    m_firstDue.reset();
    m_dueToday = due ? std::move(*due) : std::vector<core::DueItem>{};
    if (!due) {
        m_searchInfo->setText(tr("Could not compute the dates: %1").arg(qs(due.error().detail)));
    }
    redisplay();
}

void WorkspaceWidget::redisplay()
{
    if (m_retired) {
        return;
    }
    QString error;
    const auto selected = m_currentCase;
    if (!m_caseload->reload(m_session, m_dueToday, &error)) {
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
    reloadCase();
    m_dueStale = true;
    if (m_tabs->currentIndex() == 1) {
        reloadDue();
    }
}

void WorkspaceWidget::runSearch()
{
    if (m_retired) {
        return;
    }
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_filter->setCaseIds(std::nullopt);
        m_searchInfo->clear();
        m_searchResults->showHits({});
        return;
    }
    auto hits = m_session.search().search(text.toStdString(), 500);
    if (!hits) {
        m_searchInfo->setText(tr("Search failed: %1").arg(qs(hits.error().detail)));
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

void WorkspaceWidget::openCase(qint64 caseId)
{
    if (m_retired) {
        return;
    }
    if (m_currentCase && *m_currentCase == caseId) {
        return;
    }
    m_currentCase = caseId;
    const QModelIndex row = m_filter->mapFromSource(m_caseload->indexOfCase(caseId));
    if (row.isValid() && m_caseTable->currentIndex().row() != row.row()) {
        m_caseTable->selectionModel()->blockSignals(true);
        m_caseTable->selectRow(row.row());
        m_caseTable->selectionModel()->blockSignals(false);
    }
    // Procedure sections are made per case.
    while (m_caseTabs->count() > m_firstSectionTab) {
        QWidget* tab = m_caseTabs->widget(m_firstSectionTab);
        m_caseTabs->removeTab(m_firstSectionTab);
        tab->deleteLater();
    }
    reloadCase();
    if (m_currentPerson != 0) {
        const SectionContext context{m_session, m_undo, core::CaseId{caseId}, core::PersonId{m_currentPerson},
                                     m_dueToday};
        for (const SectionFactory& factory : procedureSectionFactories()) {
            CaseSection* section = factory(context, m_caseTabs);
            m_caseTabs->addTab(section, section->title());
            // Its changes go through the undo stack, whose indexChanged re-reads the screens.
            section->reload();
        }
    }
    updateCaseNav();
}

void WorkspaceWidget::reloadCase()
{
    if (m_retired) {
        return;
    }
    m_chronology->clear();
    m_caseDates->clear();
    const bool haveCase = m_currentCase.has_value();
    m_addEntry->setEnabled(haveCase);
    m_addDecision->setEnabled(haveCase);
    m_editCase->setEnabled(haveCase);
    m_editPerson->setEnabled(haveCase);
    m_erase->setEnabled(haveCase);
    m_writeReview->setEnabled(haveCase);
    m_exportSummary->setEnabled(haveCase);
    m_recordOutcome->setEnabled(haveCase);
    if (!haveCase) {
        return;
    }
    auto view = m_session.cases().loadCase(core::CaseId{*m_currentCase});
    if (!view) {
        m_caseHeader->setText(tr("This case could not be read: %1").arg(qs(view.error().detail).toHtmlEscaped()));
        m_currentPerson = 0;
        return;
    }
    const core::Case& c = view->record;
    const core::Person& p = view->person;
    m_currentPerson = p.id.value;
    QStringList types;
    for (core::CaseType t : c.types) {
        types << caseTypeText(t);
    }
    m_caseHeader->setText(
        tr("<h2>%1</h2><p><b>%2</b> %3 · %4 · %5</p><p>%6 · Status: <b>%7</b> · RAG: <b>%8</b> · Owner: %9</p>"
           "<p>Opened %10%11</p>")
            .arg(qs(p.name).toHtmlEscaped(), qs(p.rankOrGrade).toHtmlEscaped(), qs(p.number).toHtmlEscaped(),
                 qs(p.team).toHtmlEscaped(), qs(c.summary).toHtmlEscaped(), types.join(QStringLiteral(", ")),
                 caseStatusText(c.status), ragText(c.rag), qs(c.owner).toHtmlEscaped(), dateText(c.opened),
                 c.nextReview ? tr(" · next review %1").arg(dateText(c.nextReview)) : QString())
        + tr("<p>Consent today: %1</p>")
              .arg(qs(core::consentSummaryLine(view->consents, toCoreDate(QDate::currentDate()))).toHtmlEscaped()));

    m_chronology->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Title"), tr("Decision and rationale"), tr("By")});
    m_chronology->setRowCount(0);
    for (auto it = view->chronology.rbegin(); it != view->chronology.rend(); ++it) {
        const core::ChronologyEntry& e = *it;
        if (m_decisionsOnly->isChecked() && !e.decision) {
            continue;
        }
        QString decision;
        if (e.decision) {
            decision = tr("%1 — because %2").arg(qs(e.decision->decision), qs(e.decision->rationale));
        }
        const bool amended = std::any_of(view->amendments.begin(), view->amendments.end(),
                                         [&](const core::EntryAmendment& a) { return a.entryId == e.id; });
        auto* title =
            item(qs(e.title) + (e.medical ? tr(" [medical]") : QString()) + (amended ? tr(" (amended)") : QString()));
        title->setToolTip(qs(e.body));
        auto* date = item(dateText(e.date));
        date->setData(entryDetailsHtml(e, view->amendments), kDetailsRole);
        date->setData(QVariant::fromValue<qint64>(e.id.value), kEntryIdRole);
        m_chronology->appendRow({date, item(entryKindText(e.kind)), title, item(decision),
                                 item(qs(e.decision ? e.decision->decidedBy : e.author))});
    }
    m_chronologyDetails->clear();
    m_amendEntry->setEnabled(false);
    if (m_chronology->rowCount() > 0) {
        m_chronologyTable->setCurrentIndex(m_chronology->index(0, 0));
    }
    m_chronologyTable->resizeColumnToContents(0);
    m_chronologyTable->resizeColumnToContents(1);
    m_chronologyTable->setColumnWidth(2, 260);

    if (view->latestReview) {
        const auto& r = *view->latestReview;
        QString html = tr("<p><b>Version %1</b>, %2, by %3</p>")
                           .arg(r.version)
                           .arg(dateText(r.reviewedOn), qs(r.reviewer).toHtmlEscaped());
        const std::pair<QString, const std::string*> sections[] = {{tr("Background"), &r.background},
                                                                   {tr("Wellbeing"), &r.wellbeing},
                                                                   {tr("Attendance"), &r.attendance},
                                                                   {tr("Performance"), &r.performance},
                                                                   {tr("Conduct"), &r.conduct},
                                                                   {tr("Adjustments"), &r.adjustments},
                                                                   {tr("Occupational health"), &r.occupationalHealth},
                                                                   {tr("Stakeholders"), &r.stakeholders},
                                                                   {tr("Recommendations"), &r.recommendations}};
        for (const auto& [heading, text] : sections) {
            if (!text->empty()) {
                html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(heading, qs(*text).toHtmlEscaped());
            }
        }
        m_review->setText(html);
    } else {
        m_review->setText(tr("No holistic review has been written for this case yet."));
    }

    m_caseDates->setHorizontalHeaderLabels(
        {tr("Date"), tr("State"), tr("What"), tr("Rule"), tr("How sure"), tr("Citation")});
    for (std::size_t i = 0; i < m_dueToday.size(); ++i) {
        const core::DueItem& d = m_dueToday[i];
        if (d.source.caseId.value != *m_currentCase) {
            continue;
        }
        const auto& r = d.source.derived;
        auto* date = item(dateText(r.date) + (d.overridden ? tr(" (local date)") : QString()));
        date->setData(static_cast<int>(i), kOpenDateRole);
        date->setData(-1, kClosedDateRole);
        m_caseDates->appendRow({date, item(dueStateText(d.state)), item(qs(r.title)), item(qs(r.ruleId)),
                                item(ruleStatusText(r.status)),
                                item(qs(r.citation.instrument) + QStringLiteral(", ") + qs(r.citation.provision))});
    }
    // Closed dates stay in view with how, why, who and when, so they can be reopened.
    auto closures = m_session.due().closures(core::CaseId{*m_currentCase});
    m_caseClosures = closures ? std::move(*closures) : std::vector<core::DateClosure>{};
    for (std::size_t i = 0; i < m_caseClosures.size(); ++i) {
        const core::DateClosure& closure = m_caseClosures[i];
        auto* date = item(dateText(closure.date));
        date->setData(-1, kOpenDateRole);
        date->setData(static_cast<int>(i), kClosedDateRole);
        m_caseDates->appendRow({date, item(tr("Closed: %1").arg(closureOutcomeText(closure.outcome))),
                                item(tr("%1: %2 (%3, %4)")
                                         .arg(qs(core::ruleTitle(closure.ruleId, m_session.rules())),
                                              qs(closure.reason), qs(closure.closedBy), dateText(closure.closedOn))),
                                item(qs(closure.ruleId)), item(QString()), item(QString())});
    }
    m_caseDatesTable->resizeColumnsToContents();
    updateDateButtons();
    // The record sections re-read too, so an undo or redo anywhere shows everywhere.
    for (int i = m_firstSectionTab; i < m_caseTabs->count(); ++i) {
        if (auto* section = qobject_cast<CaseSection*>(m_caseTabs->widget(i))) {
            section->reload();
        }
    }
    updateCaseNav();
}

void WorkspaceWidget::updateCaseNav()
{
    const QSignalBlocker block(m_caseNav);
    m_caseNav->clear();
    for (int i = 0; i < m_caseTabs->count(); ++i) {
        QString text = withoutMnemonics(m_caseTabs->tabText(i));
        const auto* section = qobject_cast<const CaseSection*>(m_caseTabs->widget(i));
        const int count = section != nullptr ? section->recordCount() : -1;
        if (count > 0) {
            text += QStringLiteral(" (%1)").arg(count);
        }
        auto* item = new QListWidgetItem(text, m_caseNav);
        if (count > 0) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_caseNav->setCurrentRow(m_caseTabs->currentIndex());
}

void WorkspaceWidget::reloadDue()
{
    if (m_retired) {
        return;
    }
    m_dueStale = false;
    m_due->clear();
    m_due->setHorizontalHeaderLabels({tr("Date"), tr("State"), tr("Days"), tr("Person"), tr("Case"), tr("What"),
                                      tr("How sure"), tr("Rule"), tr("Citation")});
    const int within = m_window->currentData().toInt();
    if (m_asOf->date() == QDate::currentDate() && within == 28) {
        std::vector<core::DueItem> items;
        for (const core::DueItem& d : m_dueToday) {
            if (d.state != core::DueState::Later) {
                items.push_back(d);
            }
        }
        showDue(items);
        return;
    }
    auto items = m_session.due().due(toCoreDate(m_asOf->date()), within);
    if (!items) {
        m_dueSummary->setText(tr("Could not compute the dates: %1").arg(qs(items.error().detail)));
        return;
    }
    showDue(*items);
}

void WorkspaceWidget::showDue(const std::vector<core::DueItem>& items)
{
    std::map<std::int64_t, std::pair<QString, QString>> cases; // case -> person, summary
    for (int row = 0; row < m_caseload->rowCount(); ++row) {
        cases[m_caseload->index(row, 0).data(CaseloadModel::CaseIdRole).toLongLong()] = {
            m_caseload->index(row, CaseloadModel::Person).data().toString(),
            m_caseload->index(row, CaseloadModel::Summary).data().toString()};
    }
    std::map<std::int64_t, QString> people; // for rows with no case (subject access requests)
    if (std::any_of(items.begin(), items.end(), [](const core::DueItem& d) { return d.source.caseId.value == 0; })) {
        if (auto listed = m_session.cases().listPeople()) {
            for (const core::Person& p : *listed) {
                people[p.id.value] = qs(p.name);
            }
        }
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
        auto* date = item(dateText(r.date) + (d.overridden ? tr(" (local date)") : QString()));
        date->setData(QVariant::fromValue<qint64>(d.source.caseId.value), Qt::UserRole);
        date->setData(qs(d.source.recordType), kDueRecordTypeRole);
        date->setData(QVariant::fromValue<qint64>(d.source.recordId), kDueRecordIdRole);
        auto* state = item(dueStateText(d.state));
        const bool dated = d.state != core::DueState::Problem && d.state != core::DueState::Paused;
        auto* days = item(dated ? daysText(d.daysFromAsOf) : QString());
        if (d.state == core::DueState::Overdue) {
            // In colour and in words: the state says "Overdue", the days say by how much.
            QFont bold = state->font();
            bold.setBold(true);
            for (QStandardItem* cell : {date, state, days}) {
                cell->setFont(bold);
                cell->setForeground(overdueColour());
            }
        }
        auto* citation = item(qs(r.citation.instrument) + QStringLiteral(", ") + qs(r.citation.provision));
        citation->setToolTip(qs(r.citation.url));
        m_due->appendRow({date, state, days, item(person), item(summary), item(qs(r.title)),
                          item(ruleStatusText(r.status)), item(qs(r.ruleId)), citation});
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

void WorkspaceWidget::closeDate(const core::DueItem& item)
{
    closeDateWithUndo(m_session, m_undo, item, qs(item.source.derived.title), this);
}

void WorkspaceWidget::updateDateButtons()
{
    const auto closable = [](const core::DueItem& d) {
        return d.state != core::DueState::Problem && d.source.caseId.value != 0;
    };
    const int dueRow = m_dueTable->currentIndex().row();
    m_closeDueDate->setEnabled(dueRow >= 0 && static_cast<std::size_t>(dueRow) < m_dueShown.size()
                               && closable(m_dueShown[static_cast<std::size_t>(dueRow)]));
    const QModelIndex caseRow = m_caseDates->index(m_caseDatesTable->currentIndex().row(), 0);
    const int open = caseRow.isValid() ? caseRow.data(kOpenDateRole).toInt() : -1;
    m_closeCaseDate->setEnabled(open >= 0 && static_cast<std::size_t>(open) < m_dueToday.size()
                                && closable(m_dueToday[static_cast<std::size_t>(open)]));
    m_reopenCaseDate->setEnabled(caseRow.isValid() && caseRow.data(kClosedDateRole).toInt() >= 0);
}

void WorkspaceWidget::explainDue(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_dueShown.size()) {
        m_dueExplanation->clear();
        return;
    }
    const core::DueItem& item = m_dueShown[static_cast<std::size_t>(row)];
    m_dueExplanation->setHtml(dateExplanationHtml(core::explainDate(item, m_session.rules())));
}

void WorkspaceWidget::addEntry(bool decision)
{
    if (!m_currentCase) {
        return;
    }
    const core::CaseId caseId{*m_currentCase};
    const QString author = qs(m_session.actor());
    EntryDialog dialog(
        decision, author,
        [this, caseId, decision](const core::ChronologyEntry& typed) -> core::Status {
            core::ChronologyEntry entry = typed;
            entry.caseId = caseId;
            auto id = std::make_shared<core::ChronologyEntryId>();
            UndoableChange change;
            change.caseId = caseId.value;
            change.text = decision ? tr("record decision") : tr("add chronology entry");
            change.apply = [this, entry, id]() -> core::Status {
                auto added = entry.decision ? m_session.cases().recordDecision(entry, *entry.decision)
                                            : m_session.cases().addEntry(entry);
                if (!added) {
                    return added.error();
                }
                *id = *added;
                return core::Ok{};
            };
            change.revert = [this, id]() { return m_session.cases().deleteEntry(*id); };
            return applyUndoable(m_undo, std::move(change)); // the stack's indexChanged refreshes the screens
        },
        this);
    dialog.exec();
}

void WorkspaceWidget::newCase()
{
    auto people = m_session.cases().listPeople();
    NewCaseDialog dialog(
        people ? *people : std::vector<core::Person>{}, qs(m_session.actor()),
        [this](const core::Person& person, const core::Case& typed) -> core::Status {
            // Check both before writing either, so a bad case never leaves a new person behind.
            // Every problem of both at once, each then shown beside its field.
            core::Case probe = typed;
            probe.person = person.id.value != 0 ? person.id : core::PersonId{1};
            std::string problems;
            if (auto valid = core::validate(probe); !valid) {
                problems = valid.error().detail;
            }
            if (person.id.value == 0) {
                if (auto valid = core::validate(person); !valid) {
                    problems += (problems.empty() ? "" : "; ") + valid.error().detail;
                }
            }
            if (!problems.empty()) {
                return core::makeError(core::ErrorCode::InvalidArgument, problems);
            }
            struct Made {
                core::PersonId person;
                core::CaseId caseId;
                bool newPerson = false;
            };
            auto made = std::make_shared<Made>();
            UndoableChange change;
            change.text = tr("open case");
            change.caseOf = [made] { return made->caseId.value; }; // 0 until opened
            change.apply = [this, person, typed, made]() -> core::Status {
                core::Case c = typed;
                made->newPerson = person.id.value == 0;
                if (made->newPerson) {
                    auto id = m_session.cases().createPerson(person);
                    if (!id) {
                        return id.error();
                    }
                    made->person = *id;
                } else {
                    made->person = person.id;
                }
                c.person = made->person;
                auto id = m_session.cases().openCase(c);
                if (!id) {
                    if (made->newPerson) {
                        (void)m_session.cases().deletePerson(made->person);
                    }
                    return id.error();
                }
                made->caseId = *id;
                m_currentCase = id->value; // show it once the screens refresh
                return core::Ok{};
            };
            change.revert = [this, made]() -> core::Status {
                if (m_currentCase && *m_currentCase == made->caseId.value) {
                    m_currentCase.reset();
                }
                return made->newPerson ? m_session.cases().deletePerson(made->person)
                                       : m_session.cases().deleteCase(made->caseId);
            };
            return applyUndoable(m_undo, std::move(change));
        },
        this);
    if (dialog.exec() == QDialog::Accepted && m_currentCase) {
        const qint64 id = *m_currentCase;
        m_currentCase.reset();
        m_filter->setCaseIds(std::nullopt);
        m_search->clear();
        openCase(id);
    }
}

void WorkspaceWidget::eraseRecords()
{
    if (!m_currentCase) {
        return;
    }
    EraseDialog dialog(m_session, m_currentPerson, *m_currentCase, "erasure", this);
    dialog.exec();
    if (dialog.erased()) {
        // Nothing erased can come back: the undo history that names it goes too.
        m_undo.clear();
        m_currentCase.reset();
        refresh();
    }
}

void WorkspaceWidget::addChronologyEntry()
{
    addEntry(false);
}

void WorkspaceWidget::recordDecision()
{
    addEntry(true);
}

void WorkspaceWidget::editCase()
{
    if (m_currentCase) {
        ui::editCase(this, m_session, m_undo, core::CaseId{*m_currentCase}); // the undo stack refreshes the screens
    }
}

void WorkspaceWidget::closeCase()
{
    if (m_currentCase) {
        ui::editCase(this, m_session, m_undo, core::CaseId{*m_currentCase}, CaseFormPurpose::Close);
    }
}

void WorkspaceWidget::editPerson()
{
    if (m_currentCase && m_currentPerson != 0) {
        ui::editPerson(this, m_session, m_undo, core::CaseId{*m_currentCase}, core::PersonId{m_currentPerson});
    }
}

void WorkspaceWidget::writeReview()
{
    if (m_currentCase && ui::writeReview(this, m_session, core::CaseId{*m_currentCase}, qs(m_session.actor()))) {
        refresh();
    }
}

void WorkspaceWidget::exportSummary()
{
    if (m_currentCase) {
        ExportDialog dialog(m_session, core::CaseId{*m_currentCase}, this);
        dialog.setOutcomeRecorder(
            [this](QWidget* parent, const core::MeetingOutcome& start, const std::vector<std::string>& agenda) {
                return recordOutcome(parent, start, agenda);
            });
        dialog.exec();
    }
}

void WorkspaceWidget::recordMeetingOutcome()
{
    if (m_currentCase) {
        core::MeetingOutcome start;
        start.caseId = core::CaseId{*m_currentCase};
        start.date = toCoreDate(QDate::currentDate());
        start.author = m_session.actor();
        recordOutcome(this, start, {});
    }
}

bool WorkspaceWidget::recordOutcome(QWidget* parent, const core::MeetingOutcome& start,
                                    const std::vector<std::string>& agenda)
{
    const std::int64_t caseId = start.caseId.value;
    MeetingOutcomeDialog dialog(
        start, agenda, qs(m_session.actor()),
        [this, caseId](const core::MeetingOutcome& outcome) -> core::Status {
            // One undoable change: undo takes back the entries, the plan and the next review.
            auto recorded = std::make_shared<core::RecordedOutcome>();
            UndoableChange change;
            change.caseId = caseId;
            change.text = tr("record meeting outcome");
            change.apply = [this, outcome, recorded]() -> core::Status {
                auto done = core::recordMeetingOutcome(m_session, outcome);
                if (!done) {
                    return done.error();
                }
                *recorded = *done;
                return core::Ok{};
            };
            change.revert = [this, recorded]() { return core::undoMeetingOutcome(m_session, *recorded); };
            return applyUndoable(m_undo, std::move(change)); // the stack's indexChanged refreshes the screens
        },
        parent);
    return dialog.exec() == QDialog::Accepted;
}

void WorkspaceWidget::exportOverview()
{
    CaseloadExportDialog dialog(m_session, CaseloadExportDialog::Kind::Overview, this);
    dialog.exec();
}

void WorkspaceWidget::exportCalendar()
{
    CaseloadExportDialog dialog(m_session, CaseloadExportDialog::Kind::Calendar, this);
    dialog.exec();
}

void WorkspaceWidget::openChronologyEntry(int row)
{
    if (row < 0 || row >= m_chronology->rowCount()) {
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("chronologyEntryDialog"));
    dialog.setWindowTitle(tr("Chronology entry"));
    auto* text = new QTextBrowser(&dialog);
    text->setObjectName(QStringLiteral("chronologyEntryText"));
    text->setAccessibleName(tr("The entry in full"));
    text->setHtml(m_chronology->index(row, 0).data(kDetailsRole).toString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    fitOnShow(&dialog, QSize(720, 560));
    dialog.exec();
}

bool WorkspaceWidget::selectChronologyEntry(qint64 entryId)
{
    auto rowOf = [this, entryId]() {
        for (int row = 0; row < m_chronology->rowCount(); ++row) {
            if (m_chronology->index(row, 0).data(kEntryIdRole).toLongLong() == entryId) {
                return row;
            }
        }
        return -1;
    };
    int row = rowOf();
    if (row < 0 && m_decisionsOnly->isChecked()) {
        m_decisionsOnly->setChecked(false); // reloads the list with every entry
        row = rowOf();
    }
    if (row < 0) {
        return false;
    }
    QWidget* page = m_chronologyTable;
    while (page != nullptr && m_caseTabs->indexOf(page) < 0) {
        page = page->parentWidget();
    }
    if (page != nullptr) {
        m_caseTabs->setCurrentWidget(page);
    }
    m_chronologyTable->setCurrentIndex(m_chronology->index(row, 0));
    m_chronologyTable->scrollTo(m_chronology->index(row, 0));
    m_chronologyTable->setFocus(Qt::OtherFocusReason);
    return true;
}

void WorkspaceWidget::amendChronologyEntry()
{
    const QModelIndex current = m_chronologyTable->currentIndex();
    if (!m_currentCase || !current.isValid()) {
        return;
    }
    const core::ChronologyEntryId entryId{m_chronology->index(current.row(), 0).data(kEntryIdRole).toLongLong()};
    auto view = m_session.cases().loadCase(core::CaseId{*m_currentCase});
    if (!view) {
        return;
    }
    const auto entry = std::find_if(view->chronology.begin(), view->chronology.end(),
                                    [&](const core::ChronologyEntry& e) { return e.id == entryId; });
    if (entry == view->chronology.end()) {
        return;
    }
    // The correction starts from what the entry says now: the latest correction, else as written.
    std::string text = entry->body;
    bool medical = entry->medical;
    for (const core::EntryAmendment& a : view->amendments) {
        if (a.entryId == entryId) {
            text = a.correction;
            medical = medical || a.medical;
        }
    }
    const std::int64_t caseId = *m_currentCase;
    AmendEntryDialog dialog(
        entryId, entryDetailsHtml(*entry, view->amendments), qs(text), medical,
        [this, caseId](const core::EntryAmendment& typed) -> core::Status {
            auto id = std::make_shared<core::EntryAmendmentId>();
            UndoableChange change;
            change.caseId = caseId;
            change.text = tr("amend chronology entry");
            change.apply = [this, typed, id]() -> core::Status {
                auto added = m_session.cases().amendEntry(typed);
                if (!added) {
                    return added.error();
                }
                *id = *added;
                return core::Ok{};
            };
            change.revert = [this, id]() { return m_session.cases().withdrawAmendment(*id); };
            return applyUndoable(m_undo, std::move(change));
        },
        this);
    dialog.exec();
}

void WorkspaceWidget::showDueDashboard()
{
    m_tabs->setCurrentIndex(1);
}

void WorkspaceWidget::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace casebook::ui
