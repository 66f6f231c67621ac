// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/CaseDocument.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace casebook::core {
struct CaseView;
struct MeetingOutcome;
} // namespace casebook::core

namespace casebook::ui {

class CaseDatesPane;
class ChronologyPane;

/// The open case beside the caseload: who and what it is, the buttons that act on it, and its
/// pages (dates, chronology, holistic review, then a section per kind of record) listed beside
/// them with how many records each holds. Holds no case data beyond its widgets.
class CasePage final : public QWidget {
    Q_OBJECT

public:
    explicit CasePage(CaseDocument& document, QWidget* parent = nullptr);

    QLabel* header() const { return m_caseHeader; }
    ChronologyPane* chronology() const { return m_chronology; }
    std::optional<std::int64_t> currentCase() const;
    /// Which case the next reload() shows (no case when nullopt), without reading it now.
    void setCurrentCase(std::optional<std::int64_t> caseId);

    /// Shows the case, with its record sections made afresh.
    void openCase(std::int64_t caseId);
    /// Re-reads the case on screen, its record sections included. The page does so itself when
    /// the document says that case, or everything, changed.
    void reload();

public slots:
    void addChronologyEntry();
    void recordDecision();
    /// Corrects the selected chronology entry by a dated amendment (the original stays).
    void amendChronologyEntry();
    /// Shows the chronology page with `entryId` selected; false when the case has no such entry.
    bool selectChronologyEntry(qint64 entryId);
    void editCase();
    void closeCase();
    void editPerson();
    /// The erase confirmation for the open case or its person (ErasureService, issue 15).
    void eraseRecords();
    void writeReview();
    void exportSummary();
    void recordMeetingOutcome();

signals:
    /// Something went wrong that the line under the search box should tell.
    void problem(const QString& text);

private:
    void createButtons();
    QWidget* createReviewPage();
    void setButtonsEnabled(bool enabled);
    void showHeader(const core::CaseView& view);
    void showReview(const core::CaseView& view);
    /// Lists the case's pages beside them, with how many records each holds.
    void updateCaseNav();
    /// Opens the outcome form over `parent`, starting from `start` and the meeting's `agenda`.
    bool recordOutcome(QWidget* parent, const core::MeetingOutcome& start, const std::vector<std::string>& agenda);

    /// Null once the store is locked, while a form of this page may still be closing.
    QPointer<CaseDocument> m_document;
    QLabel* m_caseHeader = nullptr;
    QTabWidget* m_caseTabs = nullptr; ///< its tab bar is hidden: m_caseNav lists the pages
    QListWidget* m_caseNav = nullptr;
    CaseDatesPane* m_dates = nullptr;
    ChronologyPane* m_chronology = nullptr;
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
    std::optional<std::int64_t> m_shownCase; ///< the case whose records are on screen

    std::int64_t m_currentPerson = 0;
    int m_firstSectionTab = 0;
};

} // namespace casebook::ui
