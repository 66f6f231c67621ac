// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rulebook/RuleTableModel.h"
#include "workspace/Labels.h"

#include "procedure/ProcedureRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace casebook::ui {

namespace {

QString statusText(core::RuleStatus status)
{
    switch (status) {
    case core::RuleStatus::Verified:
        return RuleTableModel::tr("Verified in the instrument");
    case core::RuleStatus::Analogue:
        return RuleTableModel::tr("Analogue (parallel instrument)");
    case core::RuleStatus::Secondary:
        return RuleTableModel::tr("Secondary source");
    case core::RuleStatus::Local:
        return RuleTableModel::tr("Local policy");
    }
    return {};
}

/// "1 working day after" / "7 working days after": both forms spelt out, so the text reads right
/// whether or not a translation is loaded.
QString counted(int n, const char* one, const char* many)
{
    return n == 1 ? QCoreApplication::translate("casebook::ui::RuleTableModel", one)
                  : QCoreApplication::translate("casebook::ui::RuleTableModel", many).arg(n);
}

QString amountText(const core::Rule& rule)
{
    using core::RuleKind;
    const int n = rule.amount;
    switch (rule.kind) {
    case RuleKind::WorkingDaysAfter:
        return counted(n, QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "1 working day after"),
                       QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "%1 working days after"));
    case RuleKind::CalendarDaysAfter:
        return counted(n, QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "1 day after"),
                       QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "%1 days after"));
    case RuleKind::CalendarDaysBefore:
        return counted(n, QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "1 day before"),
                       QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "%1 days before"));
    case RuleKind::MonthsPeriod:
        return counted(n, QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "a period of 1 month"),
                       QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "a period of %1 months"));
    case RuleKind::MonthsAfter:
        return counted(n, QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "1 month after"),
                       QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "%1 months after"));
    case RuleKind::MonthsBefore:
        return counted(n, QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "1 month before"),
                       QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "%1 months before"));
    case RuleKind::MaxMonths:
        return counted(n, QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "at most 1 month"),
                       QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "at most %1 months"));
    case RuleKind::DayAllowance:
        return counted(n, QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "1 day allowed"),
                       QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "%1 days allowed"));
    case RuleKind::MonthsWindow:
        return counted(n, QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "over 1 month"),
                       QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "over %1 months"));
    case RuleKind::WeeksWindow:
        return counted(n, QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "over 1 week"),
                       QT_TRANSLATE_NOOP("casebook::ui::RuleTableModel", "over %1 weeks"));
    case RuleKind::Constraint:
        return RuleTableModel::tr("a condition, no amount");
    }
    return {};
}

} // namespace

RuleTableModel::RuleTableModel(const core::ProcedureRules& rules, QObject* parent)
    : QAbstractTableModel(parent)
    , m_rules(rules)
    , m_rows(collect())
{
}

std::vector<RuleTableModel::Row> RuleTableModel::collect() const
{
    std::vector<Row> rows;
    for (const core::RulePack* pack : m_rules.allPacks()) {
        for (const core::Rule& rule : pack->rules) {
            rows.push_back({pack, &rule});
        }
        // Rules an older version has and the newest does not (removed, or renamed): they still
        // govern the procedures pinned to that version. Shown as the newest version that has them.
        const std::vector<const core::RulePack*> versions = pack->allVersions();
        for (auto version = versions.rbegin(); version != versions.rend(); ++version) {
            for (const core::Rule& rule : (*version)->rules) {
                const bool listed = std::any_of(rows.begin(), rows.end(), [&](const Row& row) {
                    return row.pack == pack && row.rule->id == rule.id;
                });
                if (!listed) {
                    rows.push_back({pack, &rule});
                }
            }
        }
    }
    return rows;
}

QStringList RuleTableModel::governedBy(const core::RulePack* pack, int version) const
{
    QStringList labels;
    for (const PinnedProcedure& procedure : m_pinned) {
        if (procedure.pack == pack->id && procedure.version == version) {
            labels << procedure.label;
        }
    }
    return labels;
}

namespace {

QString datesText(const core::RulePack& version)
{
    return version.effectiveTo
               ? RuleTableModel::tr("%1 to %2").arg(qs(version.effectiveFrom.toIso()), qs(version.effectiveTo->toIso()))
               : RuleTableModel::tr("from %1").arg(qs(version.effectiveFrom.toIso()));
}

} // namespace

QString RuleTableModel::versionsText(const Row& row) const
{
    QStringList parts;
    for (const core::RulePack* version : row.pack->allVersions()) {
        const bool has = version->find(row.rule->id) != nullptr;
        QString part = has ? tr("version %1 (%2)").arg(version->version).arg(datesText(*version))
                           : tr("not in version %1 (%2)").arg(version->version).arg(datesText(*version));
        if (has) { // every kind is pinned (issue 14)
            const qsizetype governed = governedBy(row.pack, version->version).size();
            part += governed == 1 ? tr(": 1 open procedure") : tr(": %1 open procedures").arg(governed);
        }
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

QString RuleTableModel::versionsDetail(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size()) {
        return {};
    }
    const Row& at = m_rows[static_cast<std::size_t>(row)];
    QStringList lines;
    for (const core::RulePack* version : at.pack->allVersions()) {
        const core::Rule* there = version->find(at.rule->id);
        const QString dates = datesText(*version);
        if (there == nullptr) {
            lines << tr("version %1 (%2): not in this version").arg(version->version).arg(dates);
            continue;
        }
        QString line = tr("version %1 (%2): %3 %4, %5 (%6)")
                           .arg(version->version)
                           .arg(dates, QString::number(there->amount), qs(core::toString(there->kind)).toHtmlEscaped(),
                                qs(there->citation.provision).toHtmlEscaped(), qs(core::toString(there->status)));
        if (const QStringList governed = governedBy(at.pack, version->version); governed.isEmpty()) {
            line += tr("; governs no open procedure");
        } else {
            line += tr("; governs %1").arg(governed.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

void RuleTableModel::setPinnedProcedures(std::vector<PinnedProcedure> procedures)
{
    beginResetModel();
    m_pinned = std::move(procedures);
    m_rows = collect();
    endResetModel();
}

void RuleTableModel::refresh()
{
    beginResetModel();
    m_rows = collect();
    endResetModel();
}

const core::Rule* RuleTableModel::ruleAt(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? m_rows[static_cast<std::size_t>(row)].rule
                                                                     : nullptr;
}

QString RuleTableModel::packIdAt(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size()
               ? qs(m_rows[static_cast<std::size_t>(row)].pack->id)
               : QString();
}

const core::RulePack* RuleTableModel::packAt(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rows.size() ? m_rows[static_cast<std::size_t>(row)].pack
                                                                     : nullptr;
}

int RuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const core::Rule& rule = *row.rule;
    if (role == UrlRole) {
        return qs(rule.citation.url);
    }
    if (role == Qt::ToolTipRole) {
        return qs(rule.notes);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Pack:
        return qs(row.pack->title);
    case RuleId:
        return qs(rule.id);
    case Title:
        return qs(rule.title);
    case Amount:
        return amountText(rule);
    case Kind:
        return qs(core::toString(rule.kind));
    case Status:
        return statusText(rule.status);
    case Citation:
        return qs(rule.citation.instrument) + QStringLiteral(", ") + qs(rule.citation.provision);
    case Versions:
        return versionsText(row);
    case LocalChange:
        if (rule.localOverride) {
            return tr("Changed locally from %1: %2")
                .arg(rule.localOverride->shippedAmount)
                .arg(qs(rule.localOverride->reason));
        }
        return QString();
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Pack:
        return tr("Procedure");
    case RuleId:
        return tr("Rule");
    case Title:
        return tr("What");
    case Amount:
        return tr("Time limit or amount");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("How sure");
    case Citation:
        return tr("Citation");
    case Versions:
        return tr("Versions, dates and open procedures");
    case LocalChange:
        return tr("Local change");
    default:
        return {};
    }
}

} // namespace casebook::ui
