// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "service/DueService.h"
#endif

#include "workspace/CaseDocument.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <vector>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace casebook::ui {

/// The case's Dates page: its open dates from the document's dates as of today, then the dates
/// closed as done, not applicable or waived (with how, why, who and when), each closable or
/// reopenable as one undoable change.
class CaseDatesPane final : public QWidget {
    Q_OBJECT

public:
    explicit CaseDatesPane(CaseDocument& document, QWidget* parent = nullptr);

    /// Empties the list (no case).
    void clear();
    /// Lists the case's open and closed dates.
    void showDates(std::int64_t caseId);

signals:
    /// A date could not be reopened; `text` says why.
    void problem(const QString& text);

private:
    void updateButtons();
    void closeSelected();
    void reopenSelected();

    /// Null once the store is locked, while a form of this page may still be closing.
    QPointer<CaseDocument> m_document;
    QStandardItemModel* m_caseDates = nullptr;
    QTableView* m_caseDatesTable = nullptr;
    QPushButton* m_closeCaseDate = nullptr;
    QPushButton* m_reopenCaseDate = nullptr;
    std::vector<core::DateClosure> m_caseClosures; ///< the case's closed dates, as listed
};

} // namespace casebook::ui
