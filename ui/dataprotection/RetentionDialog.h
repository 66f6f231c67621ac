// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "dp/Retention.h"
#endif

#include "dataprotection/EraseDialog.h"
#include "support/DateEdit.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

class LegalHoldsPage;
class RetentionRulesPage;
class ServiceEndPage;

/// Tools › Retention review: what the retention pack says is due (with legal holds and open
/// subject access requests that block it), and the decision on each: review done (keep until a
/// next review, with a reason) or destroy through the erase confirmation. Further tabs place and
/// release legal holds, set a person's service-end date, and set a rule's local period.
class RetentionDialog final : public QDialog {
    Q_OBJECT

public:
    explicit RetentionDialog(core::Session& session, QWidget* parent = nullptr);
    ~RetentionDialog() override;

    DateEdit* asOfEdit() const { return m_asOf; }
    QSpinBox* withinSpin() const { return m_within; }
    QTableView* queueTable() const { return m_table; }
    DateEdit* nextReviewEdit() const { return m_nextReview; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* keepButton() const { return m_keep; }
    QPushButton* anonymiseButton() const { return m_anonymise; }
    QPushButton* destroyButton() const { return m_destroy; }
    QLabel* messageLabel() const { return m_message; }
    QTabWidget* tabs() const { return m_tabs; }
    LegalHoldsPage* holdsPage() const { return m_holds; }
    ServiceEndPage* serviceEndPage() const { return m_serviceEnd; }
    RetentionRulesPage* rulesPage() const { return m_rules; }
    void reload();

private:
    Q_DISABLE_COPY_MOVE(RetentionDialog)

    void loadPack();
    const core::RetentionDue* selected() const;
    void updateButtons();
    void keep();
    void destroy();
    void anonymise();

    core::Session& m_session;
    std::unique_ptr<core::RetentionPack> m_pack;
    std::vector<core::RetentionDue> m_due;
    DateEdit* m_asOf = nullptr;
    QSpinBox* m_within = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    DateEdit* m_nextReview = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_anonymise = nullptr;
    QPushButton* m_destroy = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    LegalHoldsPage* m_holds = nullptr;
    ServiceEndPage* m_serviceEnd = nullptr;
    RetentionRulesPage* m_rules = nullptr;
};

} // namespace casebook::ui
