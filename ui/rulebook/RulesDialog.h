// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/DateEdit.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

class PoliciesPage;
class RuleTableModel;
class VersionsPage;

/// "Rules and calendar": every rule of every pack version with its citation, status, the versions it
/// appears in (their dates) and the open procedures each version governs, the force's
/// local overrides (each with a reason), the pack versions with the open procedures each governs
/// (re-pin from there), the counting policies, and the bank-holiday table with local additions and
/// removals. Changes are stored at once through the services and audited, and each goes on the
/// undo stack (RuleEdits.h); "Restore" takes back a local change.
class RulesDialog final : public QDialog {
    Q_OBJECT

public:
    RulesDialog(core::Session& session, QUndoStack& undo, QWidget* parent = nullptr);
    ~RulesDialog() override;

    /// For tests: the widgets a person uses.
    QTableView* ruleTable() const { return m_ruleTable; }
    QSpinBox* amountEdit() const { return m_amount; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* applyOverrideButton() const { return m_applyOverride; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* overrideError() const { return m_overrideError; }
    DateEdit* holidayDateEdit() const { return m_holidayDate; }
    QLineEdit* holidayTitleEdit() const { return m_holidayTitle; }
    QLineEdit* holidayReasonEdit() const { return m_holidayReason; }
    QPushButton* addHolidayButton() const { return m_addHoliday; }
    QLabel* holidayError() const { return m_holidayError; }
    VersionsPage* versionsPage() const { return m_versionsPage; }
    PoliciesPage* policiesPage() const { return m_policiesPage; }
    QLabel* ruleDetail() const { return m_ruleDetail; }

signals:
    /// The person asked to open a case (from the procedures a pack version governs).
    void openCaseRequested(qint64 caseId);
    /// A procedure was re-pinned to another pack version: its dates moved (not undoable).
    void procedureRepinned();

private:
    Q_DISABLE_COPY_MOVE(RulesDialog)

    QWidget* createRulesPage();
    QWidget* createCalendarPage();
    void showPinnedProcedures();
    int selectedRuleRow() const;
    void showSelectedRule();
    void applyOverride();
    void restoreRule();
    void addHoliday();
    void removeHoliday();
    void reloadHolidays();

    core::Session& m_session;
    QUndoStack& m_undo;
    RuleTableModel* m_rules = nullptr;
    QTableView* m_ruleTable = nullptr;
    QLabel* m_ruleDetail = nullptr;
    QSpinBox* m_amount = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_applyOverride = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_overrideError = nullptr;

    QSpinBox* m_year = nullptr;
    QStandardItemModel* m_holidays = nullptr;
    QTableView* m_holidayTable = nullptr;
    DateEdit* m_holidayDate = nullptr;
    QLineEdit* m_holidayTitle = nullptr;
    QLineEdit* m_holidayReason = nullptr;
    QPushButton* m_addHoliday = nullptr;
    QPushButton* m_removeHoliday = nullptr;
    QLabel* m_holidayError = nullptr;

    VersionsPage* m_versionsPage = nullptr;
    PoliciesPage* m_policiesPage = nullptr;
};

} // namespace casebook::ui
