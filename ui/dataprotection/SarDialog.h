// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "dp/SarService.h"
#endif

#include "support/DateEdit.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// Tools › Subject access requests: the requests with their deadline in force and its rule; a
/// request recorded or changed (received date, channel, identity and clarification asked for
/// and received, extension with its notice date and reasons, status); and the disclosure review
/// and package of the selected one. Every change goes through SarService (audited).
class SarDialog final : public QDialog {
    Q_OBJECT

public:
    /// `select`: the request to show first (from the due list).
    SarDialog(core::Session& session, std::optional<std::int64_t> select = {}, QWidget* parent = nullptr);
    ~SarDialog() override;

    /// For tests: the widgets a person uses.
    QTableView* requestTable() const { return m_table; }
    QComboBox* personCombo() const { return m_person; }
    QLineEdit* referenceEdit() const { return m_reference; }
    DateEdit* receivedEdit() const { return m_received; }
    QComboBox* clockKindCombo() const { return m_clockKind; }
    DateEdit* clockRequestedEdit() const { return m_clockRequested; }
    QCheckBox* clockReceivedCheck() const { return m_clockReceivedCheck; }
    DateEdit* clockReceivedEdit() const { return m_clockReceived; }
    QPushButton* addClockButton() const { return m_addClock; }
    QCheckBox* extensionCheck() const { return m_extension; }
    DateEdit* extensionEdit() const { return m_extensionOn; }
    QLineEdit* extensionReasonEdit() const { return m_extensionReason; }
    QComboBox* statusCombo() const { return m_status; }
    DateEdit* closedEdit() const { return m_closedOn; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* reviewButton() const { return m_review; }
    QLabel* deadlineLabel() const { return m_deadline; }
    QLabel* errorLabel() const { return m_error; }
    /// The request shown in the form; nullopt for a new one.
    std::optional<std::int64_t> currentRequest() const;

private:
    Q_DISABLE_COPY_MOVE(SarDialog)

    void reload(std::optional<std::int64_t> select);
    void showRequest(const core::SarRequest& sar);
    void startNew();
    void save();
    void addClockEvent();
    void showClock();
    void showDeadline();
    void openReview();
    core::SarRequest fromForm() const;

    core::Session& m_session;
    std::unique_ptr<core::SubjectAccessRules> m_rules;
    std::vector<core::SarRequest> m_requests;
    core::SarRequest m_current;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_showClosed = nullptr;
    QComboBox* m_person = nullptr;
    QLineEdit* m_reference = nullptr;
    DateEdit* m_received = nullptr;
    QComboBox* m_channel = nullptr;
    QLabel* m_clockList = nullptr;
    QComboBox* m_clockKind = nullptr;
    DateEdit* m_clockRequested = nullptr;
    QCheckBox* m_clockReceivedCheck = nullptr;
    DateEdit* m_clockReceived = nullptr;
    QPushButton* m_addClock = nullptr;
    QCheckBox* m_extension = nullptr;
    DateEdit* m_extensionOn = nullptr;
    QLineEdit* m_extensionReason = nullptr;
    QComboBox* m_status = nullptr;
    DateEdit* m_closedOn = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_deadline = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_review = nullptr;
};

} // namespace casebook::ui
