// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "service/LocalRulesService.h"
#endif

#include <string>

class QUndoStack;

namespace casebook::ui {

// The edits of Tools › Rules and calendar as undoable changes (UndoableChange.h, kind Rules):
// each is stored at once through LocalRulesService, as before, and goes on `undo`; undo puts
// back what was there before it (another amount, policy or calendar edit, or none) and redo does
// it again. On the document's stack every step re-reads every date (CaseDocument::rulesChanged).
// On failure nothing is pushed and the service's error comes back for the form.

core::Status setRuleOverrideUndoable(QUndoStack& undo, core::LocalRulesService& rules, const std::string& packId,
                                     const core::RuleOverrideRequest& request);
core::Status clearRuleOverrideUndoable(QUndoStack& undo, core::LocalRulesService& rules, const std::string& packId,
                                       const std::string& ruleId);
core::Status setCountingPolicyUndoable(QUndoStack& undo, core::LocalRulesService& rules,
                                       const core::StoredCountingPolicy& policy);
core::Status clearCountingPolicyUndoable(QUndoStack& undo, core::LocalRulesService& rules, const std::string& name);
core::Status editCalendarUndoable(QUndoStack& undo, core::LocalRulesService& rules, const core::CalendarEdit& edit);
core::Status clearCalendarEditUndoable(QUndoStack& undo, core::LocalRulesService& rules, core::Date date);

} // namespace casebook::ui
