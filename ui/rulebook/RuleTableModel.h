// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace casebook::core {
struct ProcedureRules;
struct RulePack;
struct Rule;
} // namespace casebook::core

namespace casebook::ui {

/// Every rule of every version of every pack, one row each: what it is, its amount (after any
/// local override), its citation, how sure we are of it, and the versions it appears in with their
/// dates and the open procedures each governs. A rule a later version removed or changed still has
/// its row (its text from the newest version that has it), since it still governs the procedures
/// pinned to an older version. Read-only; refresh() after a change.
class RuleTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Amount, Status, Citation, Versions, LocalChange, RuleId, Pack, Kind, ColumnCount };
    static constexpr int UrlRole = Qt::UserRole + 1;

    /// An open procedure pinned to one version of a pack (today only UPP/UAP procedures are pinned).
    struct PinnedProcedure {
        std::string pack;
        int version = 0;
        QString label; ///< "Case 3 (UPP 7)"
    };

    explicit RuleTableModel(const core::ProcedureRules& rules, QObject* parent = nullptr);

    void refresh();
    /// The open procedures and the versions they are pinned to; refreshes the table.
    void setPinnedProcedures(std::vector<PinnedProcedure> procedures);
    /// Every version of the row's pack, oldest first: its dates, the rule as it stands there (or
    /// that it is not in it), and the open procedures it governs. Rich text; empty outside the table.
    QString versionsDetail(int row) const;
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
    QStringList governedBy(const core::RulePack* pack, int version) const;
    QString versionsText(const Row& row) const;

    const core::ProcedureRules& m_rules;
    std::vector<Row> m_rows;
    std::vector<PinnedProcedure> m_pinned;
};

} // namespace casebook::ui
