// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <vector>

class QUndoStack;

namespace casebook::core {
class Session;
struct DueItem;
} // namespace casebook::core

namespace casebook::ui {

/// What the workspace's pages work on, until there is a document class: the open session, the
/// window's undo stack, and the caseload's dates as of today (DueService::all, kept current by
/// WorkspaceWidget and read by every page). Each page keeps a copy; all three outlive the pages.
struct WorkspaceDocument {
    core::Session& session;
    QUndoStack& undo;
    const std::vector<core::DueItem>& dueToday;
};

} // namespace casebook::ui
