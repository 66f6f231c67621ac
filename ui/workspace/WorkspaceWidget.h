// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "service/DueService.h"
#include "service/MeetingOutcome.h"
#endif

#include "support/DateEdit.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QListWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

class CaseloadFilter;
class CaseloadModel;
class SearchResults;

/// What the window shows once a store is unlocked: the caseload (filters, search over the
/// full-text index) beside the open case, and the Due & overdue dashboard. Every edit goes
/// through the session at once and onto the undo stack. Holds no case data beyond its widgets;
/// the window deletes it before locking.
class WorkspaceWidget final : public QWidget {
    Q_OBJECT

public:
    /// `firstDue`, when given, is the due list as of today already worked out (off the UI thread).
    WorkspaceWidget(core::Session& session, QUndoStack& undo, QWidget* parent = nullptr,
                    std::optional<std::vector<core::DueItem>> firstDue = std::nullopt);
    ~WorkspaceWidget() override;

    CaseloadModel* caseloadModel() const { return m_caseload; }
    CaseloadFilter* caseloadFilter() const { return m_filter; }
    QTableView* caseloadView() const { return m_caseTable; }
    QLineEdit* searchEdit() const { return m_search; }
    SearchResults* searchResults() const { return m_searchResults; }
    QStandardItemModel* dueModel() const { return m_due; }
    QStandardItemModel* chronologyModel() const { return m_chronology; }
    QTableView* chronologyView() const { return m_chronologyTable; }
    /// The selected chronology entry in full, below the list.
    QTextBrowser* chronologyDetails() const { return m_chronologyDetails; }
    QPushButton* amendEntryButton() const { return m_amendEntry; }
    QLabel* caseHeader() const { return m_caseHeader; }
    std::optional<std::int64_t> currentCase() const { return m_currentCase; }

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

private:
    QWidget* createCaseloadPage();
    QWidget* createCasePanel();
    /// Lists the case's pages beside them, with how many records each holds.
    void updateCaseNav();
    void undoIndexChanged(int index);
    /// Shows m_dueToday and the store's current state in every view.
    void redisplay();
    QWidget* createDuePage();
public slots:
    /// Runs the search box's text now (typing runs it after a short pause).
    void runSearch();

private:
    void reloadCase();
    void reloadDue();
    void showDue(const std::vector<core::DueItem>& items);
    void explainDue(int row);
    void closeDate(const core::DueItem& item);
    void updateDateButtons();
    void addEntry(bool decision);
    /// The chronology entry on `row` in a window of its own (Enter or a double-click on it).
    void openChronologyEntry(int row);
    /// Opens the outcome form over `parent`, starting from `start` and the meeting's `agenda`.
    bool recordOutcome(QWidget* parent, const core::MeetingOutcome& start, const std::vector<std::string>& agenda);

    core::Session& m_session;
    QUndoStack& m_undo;
    QTabWidget* m_tabs = nullptr;
    CaseloadModel* m_caseload = nullptr;
    CaseloadFilter* m_filter = nullptr;
    QTableView* m_caseTable = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QLabel* m_searchInfo = nullptr;
    SearchResults* m_searchResults = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_ragFilter = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QComboBox* m_dueFilter = nullptr;
    QPushButton* m_newCase = nullptr;

    QWidget* m_casePanel = nullptr;
    QLabel* m_caseHeader = nullptr;
    QTabWidget* m_caseTabs = nullptr; ///< its tab bar is hidden: m_caseNav lists the pages
    QListWidget* m_caseNav = nullptr;
    QStandardItemModel* m_caseDates = nullptr;
    QStandardItemModel* m_chronology = nullptr;
    QTableView* m_chronologyTable = nullptr;
    QTextBrowser* m_chronologyDetails = nullptr;
    QCheckBox* m_decisionsOnly = nullptr;
    QPushButton* m_amendEntry = nullptr;
    QLabel* m_review = nullptr;
    QPushButton* m_addEntry = nullptr;
    QPushButton* m_addDecision = nullptr;
    QPushButton* m_editCase = nullptr;
    QPushButton* m_editPerson = nullptr;
    QPushButton* m_erase = nullptr; ///< the erase confirmation (issue 15)
    QPushButton* m_writeReview = nullptr;
    QPushButton* m_exportSummary = nullptr;
    QPushButton* m_recordOutcome = nullptr;
    std::optional<std::int64_t> m_currentCase;
    std::vector<core::DueItem> m_dueToday; ///< DueService::all as of today, shared by the views
    std::optional<std::vector<core::DueItem>> m_firstDue;
    int m_undoIndex = 0;
    bool m_retired = false; ///< locked away: the session is gone
    std::int64_t m_currentPerson = 0;
    int m_firstSectionTab = 0;

    DateEdit* m_asOf = nullptr;
    QComboBox* m_window = nullptr;
    QStandardItemModel* m_due = nullptr;
    QTableView* m_dueTable = nullptr;
    QTextBrowser* m_dueExplanation = nullptr; ///< why the selected date is that date (issue 10, item 6)
    QPushButton* m_closeDueDate = nullptr;    ///< closes the selected date as done / n/a / waived (item 7)
    QPushButton* m_closeCaseDate = nullptr;
    QPushButton* m_reopenCaseDate = nullptr;
    QTableView* m_caseDatesTable = nullptr;
    std::vector<core::DateClosure> m_caseClosures; ///< the open case's closed dates, as listed under Dates
    std::vector<core::DueItem> m_dueShown;         ///< the items behind m_due's rows, in order
    QLabel* m_dueSummary = nullptr;
    bool m_dueStale = true;
};

} // namespace casebook::ui
