// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace casebook::ui {

class CaseDocument;
class CaseloadFilter;
class CaseloadModel;
class CaseloadPage;
class CasePage;
class DuePage;
class SearchResults;

/// What the window shows once a store is unlocked: the caseload (filters, search over the
/// full-text index) beside the open case, and the Due & overdue dashboard, all over one
/// CaseDocument (the session, its undo history and the dates as of today). Every edit goes
/// through the session at once and onto the document's undo stack; each page re-reads what the
/// document says changed. Holds no case data beyond its widgets. It wires the pages
/// (CaseloadPage, CasePage, DuePage) together, and deletes itself once the document is gone
/// (locking), later rather than at once, as a form of it may still be closing.
class WorkspaceWidget final : public QWidget {
    Q_OBJECT

public:
    explicit WorkspaceWidget(CaseDocument& document, QWidget* parent = nullptr);
    ~WorkspaceWidget() override;

    CaseloadModel* caseloadModel() const;
    CaseloadFilter* caseloadFilter() const;
    QTableView* caseloadView() const;
    QLineEdit* searchEdit() const;
    SearchResults* searchResults() const;
    QStandardItemModel* dueModel() const;
    QStandardItemModel* chronologyModel() const;
    QTableView* chronologyView() const;
    /// The selected chronology entry in full, below the list.
    QTextBrowser* chronologyDetails() const;
    QPushButton* amendEntryButton() const;
    QLabel* caseHeader() const;
    std::optional<std::int64_t> currentCase() const;

public slots:
    void openCase(qint64 caseId);
    void newCase();
    void addChronologyEntry();
    void recordDecision();
    /// Corrects the selected chronology entry by a dated amendment (the original stays).
    void amendChronologyEntry();
    /// Shows the chronology page of the open case with `entryId` selected; false when the case
    /// has no such entry.
    bool selectChronologyEntry(qint64 entryId);
    /// The case's details and status; `closeCase` opens the same form set to closed.
    void editCase();
    void closeCase();
    void editPerson();
    /// The erase confirmation for the open case or its person (ErasureService, issue 15).
    void eraseRecords();
    void writeReview();
    /// The case summary for a meeting (preview, then PDF, ODT or HTML).
    void exportSummary();
    /// After a meeting: its notes, actions agreed, decisions and next meeting, as one undoable
    /// change. From the summary, its meeting date, purpose, attendees and agenda come along.
    void recordMeetingOutcome();
    /// Across the caseload: the overview for the chief inspector, and the dates as a calendar.
    void exportOverview();
    void exportCalendar();
    void showDueDashboard();
    void focusSearch();
    /// Re-reads everything on screen, the whole caseload's dates included (CaseDocument::reloadAll).
    void refresh();
    /// Searches for the search box's text now (typing does so after a short pause); the hits
    /// arrive from a worker.
    void runSearch();
    /// True until the hits for the search box's text are shown.
    bool searchPending() const;

private:
    /// After a change to one case: shows that case (an undo or redo goes to where it was made).
    void showChangedCase(qint64 caseId);
    /// Enter on a case's row of Due & overdue: the case beside the caseload, widened to show it.
    void openDueCase(qint64 caseId);

    /// Null once the store is locked, while a form of this widget may still be closing.
    QPointer<CaseDocument> m_document;
    QTabWidget* m_tabs = nullptr;
    CaseloadPage* m_caseload = nullptr;
    CasePage* m_case = nullptr;
    DuePage* m_due = nullptr;
};

} // namespace casebook::ui
