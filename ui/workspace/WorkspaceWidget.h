// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "service/DueService.h"
#endif

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

class CaseloadFilter;
class CaseloadModel;
class CaseloadPage;
class CasePage;
class DuePage;
class SearchResults;

/// What the window shows once a store is unlocked: the caseload (filters, search over the
/// full-text index) beside the open case, and the Due & overdue dashboard. Every edit goes
/// through the session at once and onto the undo stack. Holds no case data beyond its widgets;
/// the window deletes it before locking. It owns the dates as of today that every page reads,
/// and wires the pages (CaseloadPage, CasePage, DuePage) together.
class WorkspaceWidget final : public QWidget {
    Q_OBJECT

public:
    /// `firstDue`, when given, is the due list as of today already worked out (off the UI thread).
    WorkspaceWidget(core::Session& session, QUndoStack& undo, QWidget* parent = nullptr,
                    std::optional<std::vector<core::DueItem>> firstDue = std::nullopt);
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
    /// Stops every use of the session (the store is being locked): hides the widget, stops its
    /// timers and cuts it off from the undo stack; it shows nothing and reads nothing after.
    void retire();
    /// Re-reads everything on screen, the whole caseload's dates included.
    void refresh();
    /// After a change to one case: re-reads its person's dates only, then the screens, and shows
    /// that case.
    void refreshCase(std::int64_t caseId);
    /// Runs the search box's text now (typing runs it after a short pause).
    void runSearch();

private:
    void undoIndexChanged(int index);
    /// Shows m_dueToday and the store's current state in every view.
    void redisplay();
    /// Enter on a case's row of Due & overdue: the case beside the caseload, widened to show it.
    void openDueCase(qint64 caseId);

    core::Session& m_session;
    QUndoStack& m_undo;
    std::vector<core::DueItem> m_dueToday; ///< DueService::all as of today, shared by the pages
    std::optional<std::vector<core::DueItem>> m_firstDue;
    QTabWidget* m_tabs = nullptr;
    CaseloadPage* m_caseload = nullptr;
    CasePage* m_case = nullptr;
    DuePage* m_due = nullptr;
    int m_undoIndex = 0;
    bool m_retired = false; ///< locked away: the session is gone
};

} // namespace casebook::ui
