// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/Ids.h"
#endif

#include <QString>

class QUndoStack;
class QWidget;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

// The forms on the case itself: its details and status (closing and reopening included), the
// person it is about, and a new version of its holistic review. Each saves at once through the
// services; the case and person edits are undoable.

enum class CaseFormPurpose { Edit, Close };

/// Opens the case form (for `Close`, with the status set to closed). True when something was saved.
bool editCase(QWidget* parent, core::Session& session, QUndoStack& undo, core::CaseId caseId,
              CaseFormPurpose purpose = CaseFormPurpose::Edit);
/// `caseId` is the case the person is edited from (undo shows it again).
bool editPerson(QWidget* parent, core::Session& session, QUndoStack& undo, core::CaseId caseId,
                core::PersonId personId);
/// Opens a new version of the case's holistic review, filled from the latest. Earlier versions
/// stay as they were: a saved version is history, so it is corrected by a later one, not undone.
bool writeReview(QWidget* parent, core::Session& session, core::CaseId caseId, const QString& reviewer);

} // namespace casebook::ui
