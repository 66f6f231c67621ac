// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/ChronologyEntry.h"
#include "support/Result.h"
#endif

#include "support/DateEdit.h"
#include "support/FieldErrors.h"

#include <QDialog>

#include <functional>
#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace casebook::ui {

/// Adds a chronology entry, or (as a decision) a decision with the options considered, the
/// rationale and who decided. `save` is tried on OK: when it fails, each problem is shown beside
/// its field and everything typed stays; the dialog closes only once it succeeded.
class EntryDialog final : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::ChronologyEntry&)>;
    EntryDialog(bool decision, const QString& author, Save save, QWidget* parent = nullptr);

    DateEdit* dateEdit() const { return m_date; }
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QPlainTextEdit* rationaleEdit() const { return m_rationale; }
    /// Medical detail kept apart (not on a decision form, which has its medical rationale).
    QPlainTextEdit* medicalDetailEdit() const { return m_medicalDetail; }
    QCheckBox* medicalBox() const { return m_medical; }
    QLineEdit* decisionEdit() const { return m_decision; }
    QLineEdit* decidedByEdit() const { return m_decidedBy; }
    QCheckBox* timeSetBox() const { return m_timeSet; }
    QTimeEdit* timeEdit() const { return m_time; }
    /// The message shown beside `field` ("title", "rationale", ...), empty when none.
    QString fieldError(const QString& field) const;

    void accept() override;

private:
    core::ChronologyEntry entry() const;

    bool m_isDecision;
    QString m_author;
    Save m_save;
    DateEdit* m_date = nullptr;
    QCheckBox* m_timeSet = nullptr;
    QTimeEdit* m_time = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QCheckBox* m_medical = nullptr;
    QPlainTextEdit* m_medicalDetail = nullptr;
    QLineEdit* m_decision = nullptr;
    QPlainTextEdit* m_options = nullptr;
    QPlainTextEdit* m_rationale = nullptr;
    QPlainTextEdit* m_medicalRationale = nullptr;
    QLineEdit* m_decidedBy = nullptr;
    QLabel* m_general = nullptr;
    FieldErrors m_errors;
};

} // namespace casebook::ui
