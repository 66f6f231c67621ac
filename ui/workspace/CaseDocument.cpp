// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/CaseDocument.h"

#include "support/Messages.h"
#include "workspace/Labels.h"
#include "workspace/UndoableChange.h"

#include "service/Session.h"

#include <QUndoCommand>

#include <algorithm>
#include <iterator>
#include <utility>

namespace casebook::ui {

namespace {

constexpr int kDueWindowDays = 28;

} // namespace

CaseDocument::CaseDocument(core::Session& session, std::optional<std::vector<core::DueItem>> firstDue, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_undo(new ChangeStack(this))
    , m_clock(&localToday)
{
    setObjectName(QStringLiteral("caseDocument"));
    m_undo->setObjectName(QStringLiteral("undoStack"));
    m_undo->setUndoLimit(200);
    connect(m_undo, &QUndoStack::indexChanged, this, &CaseDocument::undoIndexChanged);
    connect(m_undo, &ChangeStack::stepFailed, this, &CaseDocument::undoFailed);
    if (firstDue) {
        m_dueToday = std::move(*firstDue);
    } else {
        computeAll();
    }
    for (const core::DueItem& item : m_dueToday) {
        m_personOfCase[item.source.caseId.value] = item.source.person.value;
    }
}

CaseDocument::~CaseDocument()
{
    // The commands refer to the session: they go first, without a re-read per step.
    m_quiet = true;
    m_undo->clear();
}

// Out of line: the pages reach these through a QPointer (-Wnull-dereference).
core::Session& CaseDocument::session() const
{
    return m_session;
}

QUndoStack& CaseDocument::undoStack() const
{
    return *m_undo;
}

const std::vector<core::DueItem>& CaseDocument::dueToday() const
{
    return m_dueToday;
}

const QString& CaseDocument::dueError() const
{
    return m_dueError;
}

core::Date CaseDocument::today() const
{
    return m_clock();
}

void CaseDocument::setClock(std::function<core::Date()> clock)
{
    m_clock = std::move(clock);
    reloadAll();
}

bool CaseDocument::computeAll()
{
    auto due = m_session.due().all(today(), kDueWindowDays);
    m_dueToday = due ? std::move(*due) : std::vector<core::DueItem>{};
    m_dueError = due ? QString() : userMessage(due.error());
    return due.has_value();
}

void CaseDocument::reloadAll()
{
    computeAll();
    emit caseloadChanged();
}

bool CaseDocument::reloadDatesOf(std::int64_t caseId, std::int64_t* personId)
{
    std::int64_t person = 0;
    const auto known = m_personOfCase.find(caseId);
    if (auto record = m_session.cases().caseRecord(core::CaseId{caseId})) {
        person = record->person.value;
        if (known != m_personOfCase.end() && known->second != person) {
            known->second = person;
            return false; // moved to another person: both people's dates change
        }
        m_personOfCase[caseId] = person;
    } else if (known != m_personOfCase.end()) {
        person = known->second; // removed (an undone new case): its person's dates still move
    }
    if (person == 0) {
        return false;
    }
    auto scoped = m_session.due().allFor(core::PersonId{person}, today(), kDueWindowDays);
    if (!scoped) {
        return false;
    }
    // Only this person's dates can have changed: swap them in, keeping the list's order.
    std::erase_if(m_dueToday, [person](const core::DueItem& item) { return item.source.person.value == person; });
    m_dueToday.insert(m_dueToday.end(), std::make_move_iterator(scoped->begin()),
                      std::make_move_iterator(scoped->end()));
    std::sort(m_dueToday.begin(), m_dueToday.end(), &core::DueService::before);
    *personId = person;
    return true;
}

void CaseDocument::caseEdited(std::int64_t caseId)
{
    std::int64_t person = 0;
    if (caseId == 0 || !reloadDatesOf(caseId, &person)) {
        reloadAll();
        return;
    }
    emit personDatesChanged(person);
    emit caseChanged(caseId);
}

void CaseDocument::forgetHistory()
{
    m_quiet = true;
    m_undo->clear();
    m_quiet = false;
    m_undoIndex = m_undo->index();
    reloadAll();
}

void CaseDocument::undoIndexChanged(int index)
{
    const int previous = std::exchange(m_undoIndex, index);
    if (m_quiet) {
        return;
    }
    // One step back undid command(index); one step on did command(index - 1). Anything else (a
    // cleared stack, a jump) re-reads everything.
    const QUndoCommand* command = nullptr;
    if (index == previous - 1) {
        command = m_undo->command(index);
    } else if (index == previous + 1) {
        command = m_undo->command(index - 1);
    }
    const std::optional<ChangeTarget> target = changeTarget(command);
    if (!target) {
        reloadAll();
        return;
    }
    switch (target->kind) {
    case ChangeKind::Rules:
        computeAll();
        emit rulesChanged();
        return;
    case ChangeKind::Consent:
        caseEdited(target->caseId);
        if (target->personId != 0) {
            emit consentChanged(target->personId);
        }
        return;
    case ChangeKind::Records:
        caseEdited(target->caseId);
        return;
    }
}

} // namespace casebook::ui
