// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/DateEdit.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// The "Service end" page of Tools › Retention review: the day a person's service ended, which
/// starts the retention periods counted from it; set or cleared with a reason through
/// RetentionService, audited as `casebook-cli retention service-end` is.
class ServiceEndPage final : public QWidget {
    Q_OBJECT

public:
    explicit ServiceEndPage(core::Session& session, QWidget* parent = nullptr);
    ~ServiceEndPage() override;

    QComboBox* personCombo() const { return m_person; }
    QLabel* currentLabel() const { return m_current; }
    QCheckBox* endedCheck() const { return m_ended; }
    DateEdit* endedOnEdit() const { return m_endedOn; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* messageLabel() const { return m_message; }

signals:
    /// A service-end date was set or cleared: the review queue may have changed.
    void serviceEndChanged();

private:
    Q_DISABLE_COPY_MOVE(ServiceEndPage)

    void showCurrent();
    void save();

    core::Session& m_session;
    QComboBox* m_person = nullptr;
    QLabel* m_current = nullptr;
    QCheckBox* m_ended = nullptr;
    DateEdit* m_endedOn = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace casebook::ui
