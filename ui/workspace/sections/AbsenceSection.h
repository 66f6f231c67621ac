// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/CaseSection.h"

#ifndef Q_MOC_RUN
#include "procedure/Absence.h"
#include "rules/SickPay.h"
#endif

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace casebook::ui {

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
    QLabel* sickPayLabel() const { return m_sickPay; }
    /// The band today, the days on full and half pay used in the look-back window, and the days of
    /// each allowance left, in words.
    static QString sickPayText(const core::SickPayPosition& position);

public slots:
    void addAbsence();
    void editSelected();
    void removeSelected();

private:
    void openForm(const core::Absence& initial);

    SectionContext m_context;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_bradford = nullptr;
    QLabel* m_sickPay = nullptr;
};

} // namespace casebook::ui
