// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/CaseSection.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace casebook::ui {

/// The case's reasonable adjustments: barrier, decision with rationale and decision-maker,
/// implemented and review dates. Add and remove are undoable.
class AdjustmentsSection final : public CaseSection {
    Q_OBJECT

public:
    AdjustmentsSection(const SectionContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Adjustments"); }
    void reload() override;
    int recordCount() const override;
    QStandardItemModel* model() const { return m_model; }

public slots:
    void addAdjustment();
    void removeSelected();

private:
    SectionContext m_context;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

/// The person's absences (across their cases) with the projected half- and nil-pay dates, and
/// the Bradford factor with and without disability-related and adjustment-covered absences.
class AbsenceSection final : public CaseSection {
    Q_OBJECT

public:
    AbsenceSection(const SectionContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Absence && sick pay"); }
    void reload() override;
    int recordCount() const override;
    QStandardItemModel* model() const { return m_model; }
    QLabel* bradfordLabel() const { return m_bradford; }

public slots:
    void addAbsence();
    void removeSelected();

private:
    SectionContext m_context;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_bradford = nullptr;
};

} // namespace casebook::ui
