// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// "Counting policies" of the Rules and calendar dialog: where the sources disagree the force
/// chooses how Casebook counts (resources/rules/README.md). Each policy with its value, default,
/// source and recorded reason; set one with a reason (audited) or return it to the default.
class PoliciesPage final : public QWidget {
    Q_OBJECT

public:
    PoliciesPage(core::Session& session, QUndoStack& undo, QWidget* parent = nullptr);

    void reload();

    /// For tests: the widgets a person uses.
    QTableView* policyTable() const { return m_table; }
    QComboBox* valueChoice() const { return m_value; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* setButton() const { return m_set; }
    QPushButton* defaultButton() const { return m_default; }
    QLabel* errorLabel() const { return m_error; }

signals:
    /// A policy changed: derived dates and figures elsewhere need reading again.
    void policyChanged();

private:
    void policyChosen();
    void setPolicy();
    void clearPolicy();
    QString selectedName() const;

    core::Session& m_session;
    QUndoStack& m_undo; ///< each choice goes on it (RuleEdits.h)
    QStandardItemModel* m_policies = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_value = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_default = nullptr;
    QPushButton* m_set = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace casebook::ui
