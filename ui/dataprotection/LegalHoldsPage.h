// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "dp/Erasure.h"
#endif

#include "support/DateEdit.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// The "Legal holds" page of Tools › Retention review: places a hold on a person, a case or
/// everything (kind and reference), lists the holds and releases one, all through HoldService,
/// which audits each change as `casebook-cli hold` does.
class LegalHoldsPage final : public QWidget {
    Q_OBJECT

public:
    explicit LegalHoldsPage(core::Session& session, QWidget* parent = nullptr);
    ~LegalHoldsPage() override;

    QComboBox* scopeCombo() const { return m_scope; }
    QComboBox* subjectCombo() const { return m_subject; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* referenceEdit() const { return m_reference; }
    DateEdit* placedOnEdit() const { return m_placedOn; }
    QPushButton* placeButton() const { return m_place; }
    QCheckBox* showReleasedCheck() const { return m_showReleased; }
    QTableView* holdTable() const { return m_table; }
    DateEdit* releaseOnEdit() const { return m_releaseOn; }
    QPushButton* releaseButton() const { return m_release; }
    QLabel* messageLabel() const { return m_message; }
    void reload();

signals:
    /// A hold was placed or released: what the review queue shows as blocked has changed.
    void holdsChanged();

private:
    Q_DISABLE_COPY_MOVE(LegalHoldsPage)

    void fillSubjects();
    const core::LegalHold* selected() const;
    void updateButtons();
    void place();
    void release();

    core::Session& m_session;
    std::vector<core::LegalHold> m_holds;
    QComboBox* m_scope = nullptr;
    QComboBox* m_subject = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_reference = nullptr;
    DateEdit* m_placedOn = nullptr;
    QPushButton* m_place = nullptr;
    QCheckBox* m_showReleased = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    DateEdit* m_releaseOn = nullptr;
    QPushButton* m_release = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace casebook::ui
