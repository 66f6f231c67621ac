// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/Case.h"
#include "domain/Person.h"
#include "support/Result.h"
#endif

#include "support/DateEdit.h"
#include "support/FieldErrors.h"

#include <QDialog>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace casebook::ui {

/// Opens a case: for someone already in the store, or a new person typed here. `save` gets the
/// person (id set when existing) and the case; when it fails, each problem is shown beside its
/// field ("name", "types", "summary", ...) and everything typed stays.
class NewCaseDialog final : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::Person&, const core::Case&)>;
    NewCaseDialog(const std::vector<core::Person>& people, const QString& owner, Save save, QWidget* parent = nullptr);

    QComboBox* personCombo() const { return m_person; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* summaryEdit() const { return m_summary; }
    QCheckBox* typeBox(core::CaseType type) const { return m_types.at(type); }
    QString fieldError(const QString& field) const;

    void accept() override;

private:
    void updatePersonFields();

    Save m_save;
    std::vector<core::Person> m_people;
    QComboBox* m_person = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_rank = nullptr;
    QLineEdit* m_team = nullptr;
    QLineEdit* m_lineManager = nullptr;
    QLineEdit* m_summary = nullptr;
    std::map<core::CaseType, QCheckBox*> m_types;
    QComboBox* m_rag = nullptr;
    QLineEdit* m_owner = nullptr;
    DateEdit* m_opened = nullptr;
    DateEdit* m_nextReview = nullptr;
    QLabel* m_general = nullptr;
    FieldErrors m_errors;
};

} // namespace casebook::ui
