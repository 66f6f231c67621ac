// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/FieldErrors.h"

#ifndef Q_MOC_RUN
#include "support/Result.h"
#endif

#include <QDialog>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;

namespace casebook::ui {

/// A form for one record: rows added by the section, Save and Cancel. Save calls `save`; on
/// failure each problem goes beside its field (named as the validator names it, e.g.
/// "absence.end") and what was typed stays; the dialog closes only when `save` succeeded.
class FormDialog final : public QDialog {
    Q_OBJECT

public:
    FormDialog(const QString& title, QWidget* parent = nullptr);

    /// Adds a labelled field, with a message line under it for the validator field `errorField`.
    void addRow(const QString& label, QWidget* field, const QString& errorField = {});
    void setSave(std::function<core::Status()> save) { m_save = std::move(save); }
    QString fieldError(const QString& field) const { return m_errors.text(field); }
    QString generalError() const;

    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_general = nullptr;
    FieldErrors m_errors;
    std::function<core::Status()> m_save;
    std::vector<QWidget*> m_fields; ///< in the order of the form's rows
};

} // namespace casebook::ui
