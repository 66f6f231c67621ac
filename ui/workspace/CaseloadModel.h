// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/Case.h"
#include "service/DueService.h"
#endif

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <set>
#include <vector>

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// The caseload: one row per case with its person, types, status, RAG and its next date.
class CaseloadModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Person, Summary, Types, Status, Rag, NextDate, NextWhat, Opened, ColumnCount };
    static constexpr int CaseIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int DaysToNextRole = Qt::UserRole + 3; ///< int; absent when no date
    static constexpr int StatusRole = Qt::UserRole + 4;     ///< core::CaseStatus as int
    static constexpr int RagRole = Qt::UserRole + 5;        ///< core::Rag as int
    static constexpr int TypesRole = Qt::UserRole + 6;      ///< QList<int> of core::CaseType
    static constexpr int PersonIdRole = Qt::UserRole + 7;

    explicit CaseloadModel(QObject* parent = nullptr);

    /// Reads the caseload and each case's next date as of `today`. Returns false on a store error.
    bool reload(core::Session& session, core::Date today, QString* error = nullptr);
    /// The same, with the due list as of `today` already computed (DueService::all).
    bool reload(core::Session& session, const std::vector<core::DueItem>& due, QString* error = nullptr);
    /// Re-reads the cases of one person with the due list as of today, in place: changed rows
    /// say so (dataChanged), new cases are inserted and removed ones removed; no reset.
    bool updatePerson(core::Session& session, std::int64_t personId, const std::vector<core::DueItem>& due,
                      QString* error = nullptr);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfCase(std::int64_t caseId) const;

private:
    struct Row;
    static Row makeRow(core::Case record, QString person, const std::vector<core::DueItem>& due);

    struct Row {
        core::Case record;
        QString person;
        std::optional<core::Date> next;
        QString nextWhat;
        int daysToNext = 0;
        int overdue = 0;
    };
    std::vector<Row> m_rows;
};

/// Filters the caseload by status group, RAG, type, due window and a set of case ids (search).
class CaseloadFilter final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class StatusGroup { Active, Closed, All };
    enum class DueWindow { Any, Overdue, Within7, Within28 };

    explicit CaseloadFilter(QObject* parent = nullptr);

    void setStatusGroup(StatusGroup group);
    void setRag(std::optional<core::Rag> rag);
    void setType(std::optional<core::CaseType> type);
    void setDueWindow(DueWindow window);
    /// Only these cases (from a search); nullopt shows all.
    void setCaseIds(std::optional<std::set<std::int64_t>> ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    StatusGroup m_status = StatusGroup::Active;
    std::optional<core::Rag> m_rag;
    std::optional<core::CaseType> m_type;
    DueWindow m_due = DueWindow::Any;
    std::optional<std::set<std::int64_t>> m_ids;
};

} // namespace casebook::ui
