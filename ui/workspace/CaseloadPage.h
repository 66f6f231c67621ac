// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/CaseDocument.h"

#ifndef Q_MOC_RUN
#include "service/SearchService.h"
#endif

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace casebook::ui {

class CaseloadFilter;
class CaseloadModel;
class SearchResults;

/// The caseload beside the open case: the search box over the full-text index with its hits,
/// the filters, the list of cases and New case. Choosing a case here asks the workspace to open
/// it; the line under the search box tells of searches and of problems anywhere in the workspace.
class CaseloadPage final : public QWidget {
    Q_OBJECT

public:
    explicit CaseloadPage(CaseDocument& document, QWidget* parent = nullptr);

    CaseloadModel* model() const { return m_caseload; }
    CaseloadFilter* filter() const { return m_filter; }
    QTableView* view() const { return m_caseTable; }
    QLineEdit* searchEdit() const { return m_search; }
    SearchResults* searchResults() const { return m_searchResults; }

    /// Re-reads the caseload with the document's dates, keeping `selected` selected. The page
    /// does so itself when the document says everything (or every date) changed, and re-reads
    /// only one person's rows when only their dates changed.
    void reload(std::optional<std::int64_t> selected);
    /// Selects the case's row without asking for it to be opened (it is being opened).
    void selectCase(std::int64_t caseId);
    /// Widens the filters to every case when `caseId` is filtered out, saying why.
    void revealCase(std::int64_t caseId);
    /// Empties the search box and shows every case the filters allow.
    void clearSearch();
    void focusSearch();
    /// The line under the search box.
    void setInfo(const QString& text);
    /// The same, shown even where it had been hidden.
    void showInfo(const QString& text);

    /// True from a keystroke in the search box until its hits are shown (the pause while typing,
    /// then the index read on a worker).
    bool searchPending() const;

public slots:
    /// Searches for the search box's text now (typing does so after a short pause); the hits are
    /// read on a worker and shown when they arrive (searchPending() is false from then).
    void runSearch();

signals:
    /// The case chosen in the list or from a search hit.
    void caseChosen(qint64 caseId);
    /// A chronology hit chose this entry of its case.
    void entryChosen(qint64 caseId, qint64 entryId);
    void newCaseRequested();

private:
    void createFilters();
    void connectFilters();
    void chooseCaseOfPerson(qint64 personId);
    /// The case of the selected row, if any.
    std::optional<std::int64_t> selectedCase() const;
    void showSearchHits(const QString& text, const core::Result<std::vector<core::SearchHit>>& hits);

    /// Null once the store is locked, while a form of this page may still be closing.
    QPointer<CaseDocument> m_document;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QLabel* m_searchInfo = nullptr;
    SearchResults* m_searchResults = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_ragFilter = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QComboBox* m_dueFilter = nullptr;
    CaseloadModel* m_caseload = nullptr;
    CaseloadFilter* m_filter = nullptr;
    QTableView* m_caseTable = nullptr;
    QPushButton* m_newCase = nullptr;
    std::uint64_t m_searchGeneration = 0; ///< the newest search; older hits are dropped
    bool m_searching = false;
};

} // namespace casebook::ui
