// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "procedure/DateClosure.h"
#include "service/DueService.h"
#include "support/Result.h"
#endif

#include "support/DateEdit.h"
#include "support/FieldErrors.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// Closes one derived date as done, not applicable or waived, with a reason and the day (issue
/// 10, item 7), so that the overdue list holds only what needs action. `save` is tried on Save:
/// when it fails, the problem is shown beside its field and everything typed stays.
class CloseDateDialog final : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::DateClosureRequest&)>;
    CloseDateDialog(const core::DueItem& item, const QString& what, Save save, QWidget* parent = nullptr);

    QComboBox* outcomeChoice() const { return m_outcome; }
    QLineEdit* reasonEdit() const { return m_reason; }
    DateEdit* closedOnEdit() const { return m_closedOn; }
    /// The message beside `field` ("date_closure.reason"), empty when none.
    QString fieldError(const QString& field) const;

    void accept() override;

private:
    core::DueItem m_item;
    Save m_save;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_reason = nullptr;
    DateEdit* m_closedOn = nullptr;
    QLabel* m_general = nullptr;
    FieldErrors m_errors;
};

/// "Done", "Not applicable", "Waived".
QString closureOutcomeText(core::ClosureOutcome outcome);

/// Asks how `item` was closed and records it as one undoable change (undo reopens it).
void closeDateWithUndo(core::Session& session, QUndoStack& undo, const core::DueItem& item, const QString& what,
                       QWidget* parent);
/// Reopens a closed date as one undoable change (undo closes it again as it was).
core::Status reopenDateWithUndo(core::Session& session, QUndoStack& undo, const core::DateClosure& closure);

} // namespace casebook::ui
