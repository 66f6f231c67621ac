// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/UndoableChange.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

namespace casebook::ui {

namespace {

std::function<void(const core::Error&)>& failureHandler()
{
    static std::function<void(const core::Error&)> handler;
    return handler;
}

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
    std::int64_t caseId() const { return m_change.caseOf ? m_change.caseOf() : m_change.caseId; }

private:
    void run(const std::function<core::Status()>& step)
    {
        auto status = step();
        if (m_change.refresh) {
            m_change.refresh();
        }
        if (!status) {
            // The store no longer matches this history: drop it (after this call returns, as the
            // stack is still working on us) and tell the user.
            QUndoStack* stack = &m_stack;
            QTimer::singleShot(0, stack, [stack] { stack->clear(); });
            if (failureHandler()) {
                failureHandler()(status.error());
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

std::int64_t changedCase(const QUndoCommand* command)
{
    const auto* change = dynamic_cast<const ChangeCommand*>(command);
    return change != nullptr ? change->caseId() : 0;
}

void setUndoFailureHandler(std::function<void(const core::Error&)> handler)
{
    failureHandler() = std::move(handler);
}

} // namespace casebook::ui
