// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace casebook::core {
struct ProcedureRules;
struct RulePack;
struct Rule;
} // namespace casebook::core

namespace casebook::ui {

/// Every rule of every pack in force, one row each: what it is, its amount (after any local
/// override), its citation and how sure we are of it. Read-only; refresh() after a change.
class RuleTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Amount, Status, Citation, LocalChange, RuleId, Pack, Kind, ColumnCount };
    static constexpr int UrlRole = Qt::UserRole + 1;

    explicit RuleTableModel(const core::ProcedureRules& rules, QObject* parent = nullptr);

    void refresh();
    /// The pack id and rule of a row; nullptr outside the table.
    const core::Rule* ruleAt(int row) const;
    QString packIdAt(int row) const;
    /// The pack (with its versions) of a row; nullptr outside the table.
    const core::RulePack* packAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        const core::RulePack* pack;
        const core::Rule* rule;
    };
    std::vector<Row> collect() const;

    const core::ProcedureRules& m_rules;
    std::vector<Row> m_rows;
};

} // namespace casebook::ui
