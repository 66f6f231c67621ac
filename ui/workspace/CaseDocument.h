// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "service/DueService.h"
#endif

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

class QUndoStack;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

class ChangeStack;

/// The open store as the window's pages see it: the session, its undo history, the caseload's
/// dates as of today (DueService::all, shared by every page) and the clock that says what today
/// is. Every edit is a command on its undo stack (UndoableChange.h); after each step (done,
/// undone or redone) the document re-reads only the dates the step can have moved and says what
/// changed, so the pages re-read only that. Locking deletes the document, and its history with
/// it. The session itself belongs to SessionController, which deletes the document first.
/// As Tiled's Document (src/tiled/document.h): it keeps track of one file and its undo history.
class CaseDocument final : public QObject {
    Q_OBJECT

public:
    /// `firstDue`, when given, is the due list as of today already worked out (off the UI thread).
    explicit CaseDocument(core::Session& session, std::optional<std::vector<core::DueItem>> firstDue = std::nullopt,
                          QObject* parent = nullptr);
    ~CaseDocument() override;

    core::Session& session() const;
    QUndoStack& undoStack() const;
    /// DueService::all as of today(), sorted by date; empty when it could not be worked out.
    const std::vector<core::DueItem>& dueToday() const;
    /// Why dueToday() is empty when it could not be worked out; empty otherwise.
    const QString& dueError() const;
    /// Today, by the document's clock (the computer's date unless a test sets another).
    core::Date today() const;
    /// Replaces the clock and re-reads every date as of the new today.
    void setClock(std::function<core::Date()> clock);

    /// Re-reads the whole caseload's dates, then emits caseloadChanged (an import, a retention
    /// destruction: anything that can touch every case).
    void reloadAll();
    /// After a change to one case made outside the undo stack (a holistic review): re-reads its
    /// person's dates, then emits personDatesChanged and caseChanged.
    void caseEdited(std::int64_t caseId);
    /// After records were erased: the history that names them goes, then everything is re-read.
    void forgetHistory();

signals:
    /// Everything may have changed: re-read it all.
    void caseloadChanged();
    /// One case changed (its details, chronology, records or dates). The case may be new or
    /// gone (a new case, or one undone). Emitted after personDatesChanged for its person.
    void caseChanged(qint64 caseId);
    /// The dates of one person's cases were re-read into dueToday().
    void personDatesChanged(qint64 personId);
    /// A local rule, counting policy or calendar edit: every date was re-read.
    void rulesChanged();
    /// A consent record of one person changed (after caseChanged for the case it was made on).
    void consentChanged(qint64 personId);
    /// A step of the history could not be undone or redone, and the history was cleared.
    void undoFailed(const QString& message);

private:
    Q_DISABLE_COPY_MOVE(CaseDocument)

    void undoIndexChanged(int index);
    /// Re-reads the dates of `caseId`'s person; false when that person is not known or the case
    /// has moved to another person (then every date is re-read).
    bool reloadDatesOf(std::int64_t caseId, std::int64_t* personId);
    bool computeAll();

    core::Session& m_session;
    ChangeStack* m_undo = nullptr;
    std::function<core::Date()> m_clock;
    std::vector<core::DueItem> m_dueToday;
    QString m_dueError;
    std::map<std::int64_t, std::int64_t> m_personOfCase; ///< cases seen, for a case since removed
    int m_undoIndex = 0;
    bool m_quiet = false; ///< clearing the history on purpose: no re-read per step
};

} // namespace casebook::ui
