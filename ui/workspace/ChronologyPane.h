// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/CaseDocument.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>

class QCheckBox;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace casebook::core {
struct CaseView;
} // namespace casebook::core

namespace casebook::ui {

/// The case's chronology and decision log: the entries newest first, the selected one in full
/// below them (Enter opens it on its own), and corrections as dated amendments beside an entry.
class ChronologyPane final : public QWidget {
    Q_OBJECT

public:
    explicit ChronologyPane(CaseDocument& document, QWidget* parent = nullptr);

    QStandardItemModel* model() const { return m_chronology; }
    QTableView* view() const { return m_chronologyTable; }
    QTextBrowser* details() const { return m_chronologyDetails; }
    QPushButton* amendButton() const { return m_amendEntry; }

    /// Empties the list (no case, or before it is read again).
    void clear();
    /// Lists the case's entries (only its decisions when so filtered) and selects the newest.
    void showEntries(const core::CaseView& view);
    /// The row of the entry, showing every entry first when the decisions-only filter hides it;
    /// -1 when the list has no such entry.
    int findEntry(qint64 entryId);
    /// Selects `row`, scrolls to it and gives the list the focus.
    void focusRow(int row);
    /// The form for a new entry or decision on the case, as one undoable change.
    void addEntry(std::int64_t caseId, bool decision);
    /// Corrects the selected entry of the case by a dated amendment (the original stays).
    void amendSelected(std::int64_t caseId);

signals:
    /// The decisions-only filter changed: the case's entries need reading again.
    void filterChanged();

private:
    /// The chronology entry on `row` in a window of its own (Enter or a double-click on it).
    void openEntry(int row);

    /// Null once the store is locked, while a form of this page may still be closing.
    QPointer<CaseDocument> m_document;
    QStandardItemModel* m_chronology = nullptr;
    QTableView* m_chronologyTable = nullptr;
    QTextBrowser* m_chronologyDetails = nullptr;
    QCheckBox* m_decisionsOnly = nullptr;
    QPushButton* m_amendEntry = nullptr;
};

} // namespace casebook::ui
