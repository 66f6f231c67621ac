// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <QString>

#include <cstdint>
#include <functional>

class QUndoCommand;
class QUndoStack;

namespace casebook::ui {

/// One edit the user can undo and redo. `apply` and `revert` each commit through a service at
/// once (there is no Save button); `refresh` updates the screens after either.
struct UndoableChange {
    QString text;                         ///< shown as "Undo <text>", translated
    std::function<core::Status()> apply;  ///< does the change (first time and on redo)
    std::function<core::Status()> revert; ///< undoes it
    std::function<void()> refresh;        ///< optional: re-read the screens
    /// The case the change is to, so undo and redo show that case and re-read only its person's
    /// dates; 0 when it is not one existing case (opening a new case), which re-reads everything.
    std::int64_t caseId = 0;
    /// Instead of caseId when the case is known only once applied (opening a new case).
    std::function<std::int64_t()> caseOf = {};
};

/// Applies `change` now. On success it goes on `stack` (without being applied twice) and Ok is
/// returned; on failure nothing is pushed and the service's error is returned, so the form can
/// show it beside the field and keep what was typed. When a later undo or redo fails (say the
/// record was removed meanwhile), the stack is cleared and `onUndoFailure` gets the error.
core::Status applyUndoable(QUndoStack& stack, UndoableChange change);

/// Writes `after` in place of `before` through `write` as one undoable change (undo writes
/// `before` back); `caseId` as UndoableChange::caseId.
template <typename T, typename Write>
core::Status applyReplacement(QUndoStack& stack, std::int64_t caseId, const QString& text, Write write, T before,
                              T after)
{
    UndoableChange change;
    change.caseId = caseId;
    change.text = text;
    change.apply = [write, after] { return write(after); };
    change.revert = [write, before = std::move(before)] { return write(before); };
    return applyUndoable(stack, std::move(change));
}

/// The case a command on the stack changed (UndoableChange::caseId), or 0.
std::int64_t changedCase(const QUndoCommand* command);

/// Where undo/redo failures are reported (a message box in the app; captured in tests).
void setUndoFailureHandler(std::function<void(const core::Error&)> handler);

} // namespace casebook::ui
