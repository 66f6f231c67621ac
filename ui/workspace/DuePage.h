// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "service/DueService.h"
#endif

#include "workspace/CaseDocument.h"

#include <QPointer>
#include <QWidget>

#include <QString>

#include <cstdint>
#include <map>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace casebook::ui {

class CaseloadModel;
class DateEdit;

/// The Due & overdue dashboard: every date across the caseload as of a day and within a window,
/// overdue ones first and in bold, with why the selected date is that date (issue 10, item 6)
/// and a button to close it as done, not applicable or waived (item 7). Enter on a row opens its
/// case, or the subject access request it is about.
class DuePage final : public QWidget {
    Q_OBJECT

public:
    /// `caseload` gives each row its person and case summary.
    DuePage(CaseDocument& document, const CaseloadModel& caseload, QWidget* parent = nullptr);

    QStandardItemModel* model() const { return m_due; }

    /// Re-reads the list: as of today within 28 days straight from the document's dates; for
    /// another day or window on a worker (readOnWorker), the table disabled until it is shown.
    void reload();
    /// Re-reads the list if the document changed since it was last read (it is being shown).
    /// Any change the document tells of marks the list stale.
    void reloadIfStale();

signals:
    /// Enter or a double-click on a case's date.
    void caseActivated(qint64 caseId);

private:
    /// What a read on the worker hands back: the items and the names of people with no case.
    struct DueRead {
        std::vector<core::DueItem> items;
        std::map<std::int64_t, QString> people;
    };
    void showDue(const std::vector<core::DueItem>& items, std::map<std::int64_t, QString> people);
    void explainDue(int row);
    void updateCloseButton();
    void closeSelected();
    void activateRow(int row);

    /// Null once the store is locked, while a form of this page may still be closing.
    QPointer<CaseDocument> m_document;
    const CaseloadModel& m_caseload;
    DateEdit* m_asOf = nullptr;
    QComboBox* m_window = nullptr;
    QStandardItemModel* m_due = nullptr;
    QTableView* m_dueTable = nullptr;
    QTextBrowser* m_dueExplanation = nullptr; ///< why the selected date is that date (issue 10, item 6)
    QPushButton* m_closeDueDate = nullptr;    ///< closes the selected date as done / n/a / waived (item 7)
    QLabel* m_dueSummary = nullptr;
    std::vector<core::DueItem> m_dueShown; ///< the items behind m_due's rows, in order
    bool m_stale = true;
    int m_readGeneration = 0; ///< the read whose result is still wanted; earlier ones are dropped
};

} // namespace casebook::ui
