// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/UndoableChange.h"

#include "support/Messages.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace casebook::ui {

namespace {

class ChangeCommand final : public QUndoCommand {
public:
    ChangeCommand(QUndoStack& stack, UndoableChange change)
        : QUndoCommand(change.text)
        , m_stack(stack)
        , m_change(std::move(change))
    {
    }

    void redo() override
    {
        if (m_firstRedo) { // already applied by applyUndoable
            m_firstRedo = false;
            return;
        }
        run(m_change.apply);
    }
    void undo() override { run(m_change.revert); }
    ChangeTarget target() const
    {
        return {m_change.kind, m_change.caseOf ? m_change.caseOf() : m_change.caseId, m_change.personId};
    }

private:
    void run(const std::function<core::Status()>& step)
    {
        auto status = step();
        if (m_change.refresh) {
            m_change.refresh();
        }
        if (!status) {
            if (auto* changes = qobject_cast<ChangeStack*>(&m_stack)) {
                changes->fail(status.error());
            }
        }
    }

    QUndoStack& m_stack;
    UndoableChange m_change;
    bool m_firstRedo = true;
};

} // namespace

core::Status applyUndoable(QUndoStack& stack, UndoableChange change)
{
    auto status = change.apply();
    if (!status) {
        return status;
    }
    if (change.refresh) {
        change.refresh();
    }
    stack.push(new ChangeCommand(stack, std::move(change)));
    return status;
}

std::optional<ChangeTarget> changeTarget(const QUndoCommand* command)
{
    const auto* change = dynamic_cast<const ChangeCommand*>(command);
    return change != nullptr ? std::optional<ChangeTarget>(change->target()) : std::nullopt;
}

void ChangeStack::fail(const core::Error& error)
{
    // The store no longer matches this history: drop it (after this call returns, as the stack
    // is still working on the failed step) and say so.
    QTimer::singleShot(0, this, [this] { clear(); });
    emit stepFailed(userMessage(error));
}

} // namespace casebook::ui
