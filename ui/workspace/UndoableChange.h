// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <QString>
#include <QUndoStack>

#include <cstdint>
#include <functional>
#include <optional>

class QUndoCommand;

namespace casebook::ui {

/// What a change is to, so the document re-reads (and says) only what it can have changed.
enum class ChangeKind {
    Records, ///< the records of one case (UndoableChange::caseId), or of the caseload when 0
    Rules,   ///< a local rule, counting policy or calendar edit: every date follows
    Consent, ///< a consent record of UndoableChange::personId, made on UndoableChange::caseId
};

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
    ChangeKind kind = ChangeKind::Records;
    std::int64_t personId = 0; ///< with ChangeKind::Consent: whose consent
};

/// An undo stack that says when a step of its history could not be undone or redone (the
/// record was removed meanwhile, say): the history no longer matches the store, so it is
/// cleared (once the stack has finished with the failed step) and stepFailed is emitted.
class ChangeStack final : public QUndoStack {
    Q_OBJECT

public:
    using QUndoStack::QUndoStack;

    /// Called by a step that failed: clears the history later and emits stepFailed.
    void fail(const core::Error& error);

signals:
    void stepFailed(const QString& message);
};

/// Applies `change` now. On success it goes on `stack` (without being applied twice) and Ok is
/// returned; on failure nothing is pushed and the service's error is returned, so the form can
/// show it beside the field and keep what was typed. When a later undo or redo fails (say the
/// record was removed meanwhile) on a ChangeStack, the stack is cleared and says so.
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

/// What a command on the stack changed: its kind, case (0 for the caseload) and person.
struct ChangeTarget {
    ChangeKind kind = ChangeKind::Records;
    std::int64_t caseId = 0;
    std::int64_t personId = 0;
};

/// What `command` changed; nullopt when it is not an UndoableChange (or null).
std::optional<ChangeTarget> changeTarget(const QUndoCommand* command);

} // namespace casebook::ui
