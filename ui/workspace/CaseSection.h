// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 library headers core pulls in
#include "domain/Ids.h"
#endif

#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QUndoStack;

namespace casebook::core {
class Session;
struct DueItem;
} // namespace casebook::core

namespace casebook::ui {

/// What a section of the case workspace works on: the open session, the window's undo stack,
/// the case (with its person) on screen, and the caseload's dates as of today (kept current by
/// the workspace; a section reads the ones of its records).
struct SectionContext {
    core::Session& session;
    QUndoStack& undo;
    core::CaseId caseId;
    core::PersonId personId;
    const std::vector<core::DueItem>& due;
};

/// One page of the case workspace (overview, chronology, adjustments, absence, ...). It reads
/// through the session when reload() is called and writes each edit at once through an undoable
/// command (see UndoableChange.h). It never keeps case data anywhere but its widgets.
class CaseSection : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The tab's title, translated (e.g. tr("Adjustments")).
    virtual QString title() const = 0;
    /// Re-reads everything shown from the store (after an edit, undo or redo anywhere).
    virtual void reload() = 0;
    /// How many records the page holds (shown beside its name), or -1 when that means nothing.
    virtual int recordCount() const { return -1; }

signals:
    /// Emitted after this section changed the store, so other sections and the caseload refresh.
    void changed();
};

using SectionFactory = std::function<CaseSection*(const SectionContext& context, QWidget* parent)>;

} // namespace casebook::ui
