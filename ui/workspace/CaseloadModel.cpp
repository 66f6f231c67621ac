// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/CaseloadModel.h"

#include "support/Messages.h"
#include "workspace/Labels.h"

#include "service/Session.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <limits>
#include <map>

namespace casebook::ui {

CaseloadModel::CaseloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool CaseloadModel::reload(core::Session& session, core::Date today, QString* error)
{
    auto due = session.due().all(today, 28);
    if (!due) {
        if (error != nullptr) {
            *error = userMessage(due.error());
        }
        return false;
    }
    return reload(session, *due, error);
}

bool CaseloadModel::reload(core::Session& session, const std::vector<core::DueItem>& due, QString* error)
{
    auto cases = session.cases().listCases();
    auto people = session.cases().listPeople();
    if (!cases || !people) {
        if (error != nullptr) {
            *error = userMessage(!cases ? cases.error() : people.error());
        }
        return false;
    }
    std::map<std::int64_t, QString> names;
    for (const core::Person& p : *people) {
        names[p.id.value] = qs(p.name);
    }
    std::map<std::int64_t, std::pair<const core::DueItem*, int>> next; // first date, overdue count
    for (const core::DueItem& item : due) {
        auto& slot = next[item.source.caseId.value];
        if (slot.first == nullptr) {
            slot.first = &item; // the list is sorted by date
        }
        if (item.state == core::DueState::Overdue) {
            ++slot.second;
        }
    }
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(cases->size());
    for (core::Case& c : *cases) {
        Row row;
        row.person = names[c.person.value];
        if (const auto found = next.find(c.id.value); found != next.end() && c.status != core::CaseStatus::Closed) {
            const core::DueItem& item = *found->second.first;
            row.next = item.source.derived.date;
            row.nextWhat = qs(item.source.derived.title);
            row.daysToNext = item.daysFromAsOf;
            row.overdue = found->second.second;
        }
        row.record = std::move(c);
        m_rows.push_back(std::move(row));
    }
    endResetModel();
    return true;
}

CaseloadModel::Row CaseloadModel::makeRow(core::Case record, QString person, const std::vector<core::DueItem>& due)
{
    Row row;
    row.person = std::move(person);
    if (record.status != core::CaseStatus::Closed) {
        for (const core::DueItem& item : due) { // sorted by date: the first of the case is its next
            if (item.source.caseId != record.id) {
                continue;
            }
            if (!row.next) {
                row.next = item.source.derived.date;
                row.nextWhat = qs(item.source.derived.title);
                row.daysToNext = item.daysFromAsOf;
            }
            if (item.state == core::DueState::Overdue) {
                ++row.overdue;
            }
        }
    }
    row.record = std::move(record);
    return row;
}

bool CaseloadModel::updatePerson(core::Session& session, std::int64_t personId, const std::vector<core::DueItem>& due,
                                 QString* error)
{
    core::CaseFilter filter;
    filter.person = core::PersonId{personId};
    auto cases = session.cases().listCases(filter);
    if (!cases) {
        if (error != nullptr) {
            *error = userMessage(cases.error());
        }
        return false;
    }
    QString name;
    if (!cases->empty()) {
        auto person = session.cases().person(core::PersonId{personId});
        name = person ? qs(person->name) : QString();
    }
    // Rows of this person whose case is gone go; the others are replaced where they stand.
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        const core::Case& record = m_rows[static_cast<std::size_t>(i)].record;
        if (record.person.value == personId
            && std::none_of(cases->begin(), cases->end(), [&](const core::Case& c) { return c.id == record.id; })) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    for (core::Case& c : *cases) {
        const QModelIndex at = indexOfCase(c.id.value);
        Row row = makeRow(std::move(c), name, due);
        if (at.isValid()) {
            m_rows[static_cast<std::size_t>(at.row())] = std::move(row);
            emit dataChanged(index(at.row(), 0), index(at.row(), ColumnCount - 1));
        } else {
            const int end = static_cast<int>(m_rows.size());
            beginInsertRows({}, end, end);
            m_rows.push_back(std::move(row));
            endInsertRows();
        }
    }
    return true;
}

void CaseloadModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex CaseloadModel::indexOfCase(std::int64_t caseId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].record.id.value == caseId) {
            return index(static_cast<int>(i), 0);
        }
    }
    return {};
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const core::Case& c = row.record;
    switch (role) {
    case CaseIdRole:
        return QVariant::fromValue<qint64>(c.id.value);
    case StatusRole:
        return static_cast<int>(c.status);
    case PersonIdRole:
        return QVariant::fromValue<qint64>(c.person.value);
    case RagRole:
        return static_cast<int>(c.rag);
    case TypesRole: {
        QList<int> types;
        for (core::CaseType t : c.types) {
            types.push_back(static_cast<int>(t));
        }
        return QVariant::fromValue(types);
    }
    case DaysToNextRole:
        return row.next ? QVariant(row.daysToNext) : QVariant();
    default:
        break;
    }
    const auto column = static_cast<Column>(index.column());
    if (role == SortRole) {
        switch (column) {
        case NextDate: // days since 1970, no date last: cheap to compare 10,000 times over
            return row.next ? QVariant::fromValue<qint64>(row.next->sysDays().time_since_epoch().count())
                            : QVariant::fromValue<qint64>(std::numeric_limits<qint64>::max());
        case Opened:
            return QVariant::fromValue<qint64>(c.opened.sysDays().time_since_epoch().count());
        case Rag:
            return static_cast<int>(c.rag);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::FontRole && (column == NextDate || column == NextWhat) && row.daysToNext < 0) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole) {
        // Colour repeats what the words say (the RAG word, "Overdue: ..."), never replaces it.
        if (column == Rag) {
            return QBrush(ragColour(c.rag));
        }
        if ((column == NextDate || column == NextWhat) && row.daysToNext < 0) {
            return QBrush(overdueColour());
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == NextDate && row.overdue > 0) {
        return tr("%1 overdue").arg(row.overdue);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (column) {
    case Person:
        return row.person;
    case Summary:
        return qs(c.summary);
    case Types: {
        QStringList names;
        for (core::CaseType t : c.types) {
            names << caseTypeText(t);
        }
        return names.join(QStringLiteral(", "));
    }
    case Status:
        return caseStatusText(c.status);
    case Rag:
        return ragText(c.rag);
    case NextDate:
        if (!row.next) {
            return QString();
        }
        return dateText(row.next);
    case NextWhat:
        return row.daysToNext < 0 ? tr("Overdue: %1").arg(row.nextWhat) : row.nextWhat;
    case Opened:
        return dateText(c.opened);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Person:
        return tr("Person");
    case Summary:
        return tr("Case");
    case Types:
        return tr("Types");
    case Status:
        return tr("Status");
    case Rag:
        return tr("RAG");
    case NextDate:
        return tr("Next date");
    case NextWhat:
        return tr("What is due");
    case Opened:
        return tr("Opened");
    case ColumnCount:
        break;
    }
    return {};
}

CaseloadFilter::CaseloadFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CaseloadFilter::setStatusGroup(StatusGroup group)
{
    m_status = group;
    invalidateFilter();
}

void CaseloadFilter::setRag(std::optional<core::Rag> rag)
{
    m_rag = rag;
    invalidateFilter();
}

void CaseloadFilter::setType(std::optional<core::CaseType> type)
{
    m_type = type;
    invalidateFilter();
}

void CaseloadFilter::setDueWindow(DueWindow window)
{
    m_due = window;
    invalidateFilter();
}

void CaseloadFilter::setCaseIds(std::optional<std::set<std::int64_t>> ids)
{
    m_ids = std::move(ids);
    invalidateFilter();
}

bool CaseloadFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = static_cast<core::CaseStatus>(index.data(CaseloadModel::StatusRole).toInt());
    if (m_status == StatusGroup::Active && status == core::CaseStatus::Closed) {
        return false;
    }
    if (m_status == StatusGroup::Closed && status != core::CaseStatus::Closed) {
        return false;
    }
    if (m_rag && static_cast<core::Rag>(index.data(CaseloadModel::RagRole).toInt()) != *m_rag) {
        return false;
    }
    if (m_type && !index.data(CaseloadModel::TypesRole).value<QList<int>>().contains(static_cast<int>(*m_type))) {
        return false;
    }
    if (m_due != DueWindow::Any) {
        const QVariant days = index.data(CaseloadModel::DaysToNextRole);
        if (!days.isValid()) {
            return false;
        }
        const int d = days.toInt();
        if ((m_due == DueWindow::Overdue && d >= 0) || (m_due == DueWindow::Within7 && d > 7)
            || (m_due == DueWindow::Within28 && d > 28)) {
            return false;
        }
    }
    if (m_ids && !m_ids->contains(index.data(CaseloadModel::CaseIdRole).toLongLong())) {
        return false;
    }
    return true;
}

} // namespace casebook::ui
