// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "service/MeetingOutcome.h"
#include "support/Result.h"
#endif

#include "support/DateEdit.h"

#include <QDialog>

#include <functional>
#include <string>
#include <vector>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace casebook::ui {

/// What a meeting came to, recorded after it (issue 12, item 5): its date, title, attendees and
/// notes; the actions agreed (what, owner, due date: they become an action plan, so the dates
/// reach the due list); the decisions (each with its rationale and, apart, any medical rationale:
/// into the decision log); and the next meeting (the case's next review). Opened from the case
/// page or from the summary, whose agenda items head one decision each. Rows left wholly empty are
/// skipped. `save` is tried on Save; the dialog closes only once it succeeded, else the problem is
/// shown and everything typed stays.
class MeetingOutcomeDialog final : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::MeetingOutcome&)>;
    /// `start` gives the case, the date, title and attendees to begin with and the author;
    /// `agenda` the items the meeting had to decide.
    MeetingOutcomeDialog(const core::MeetingOutcome& start, const std::vector<std::string>& agenda,
                         const QString& decidedBy, Save save, QWidget* parent = nullptr);

    /// The outcome as typed (empty rows left out).
    core::MeetingOutcome outcome() const;
    /// Adds an empty row for one more action or decision (as the dialog's buttons do).
    void addAction();
    void addDecision(const QString& agendaItem = {});
    int actionRows() const { return static_cast<int>(m_actions.size()); }
    int decisionRows() const { return static_cast<int>(m_decisions.size()); }
    /// The message shown when saving failed, empty when none.
    QString errorText() const;

    void accept() override;

private:
    struct ActionRow {
        QLineEdit* text = nullptr;
        QLineEdit* owner = nullptr;
        QCheckBox* dueSet = nullptr;
        DateEdit* due = nullptr;
    };
    struct DecisionRow {
        QLabel* agenda = nullptr;
        QLineEdit* decision = nullptr;
        QPlainTextEdit* rationale = nullptr;
        QPlainTextEdit* medicalRationale = nullptr;
        QLineEdit* decidedBy = nullptr;
    };
    /// The outcome as typed; the form's row number (from 1) of each action and decision kept.
    core::MeetingOutcome build(std::vector<int>* actionRows, std::vector<int>* decisionRows) const;
    /// Tab goes through the form as it reads, rows added later included.
    void orderTabs();

    core::MeetingOutcome m_start;
    QString m_decidedBy;
    Save m_save;
    DateEdit* m_date = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_attendees = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_medicalNotes = nullptr;
    QGridLayout* m_actionGrid = nullptr;
    QPushButton* m_addAction = nullptr;
    QVBoxLayout* m_decisionList = nullptr;
    QPushButton* m_addDecision = nullptr;
    QCheckBox* m_nextSet = nullptr;
    DateEdit* m_next = nullptr;
    QLabel* m_error = nullptr;
    std::vector<ActionRow> m_actions;
    std::vector<DecisionRow> m_decisions;
};

} // namespace casebook::ui
