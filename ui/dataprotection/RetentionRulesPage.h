// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "dp/Retention.h"
#endif

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// The "Rules" page of Tools › Retention review: the retention pack's rules with their source
/// status and any local period, and a local period set with a reason through RetentionService,
/// audited as `casebook-cli retention override` is.
class RetentionRulesPage final : public QWidget {
    Q_OBJECT

public:
    explicit RetentionRulesPage(core::Session& session, QWidget* parent = nullptr);
    ~RetentionRulesPage() override;

    QTableView* ruleTable() const { return m_table; }
    QSpinBox* monthsSpin() const { return m_months; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* overrideButton() const { return m_override; }
    QLabel* messageLabel() const { return m_message; }
    void reload();

signals:
    /// A rule's local period changed: the review queue counts with the new one.
    void rulesChanged();

private:
    Q_DISABLE_COPY_MOVE(RetentionRulesPage)

    const core::RetentionRule* selected() const;
    void showSelected();
    void updateButton();
    void setLocalPeriod();

    core::Session& m_session;
    core::RetentionPack m_pack;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QSpinBox* m_months = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_override = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace casebook::ui
