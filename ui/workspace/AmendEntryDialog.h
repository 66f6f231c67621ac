// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/ChronologyEntry.h"
#include "support/Result.h"
#endif

#include "support/FieldErrors.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace casebook::ui {

/// Corrects a chronology entry by a dated amendment: the entry as first written is shown and
/// stays; the sergeant writes what it should now say and why. `save` is tried on Save: when it
/// fails, each problem is shown beside its field and everything typed stays.
class AmendEntryDialog final : public QDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::EntryAmendment&)>;
    /// `entryHtml` is the entry as it reads now (with earlier amendments); `currentText` is what
    /// it says now, the starting point of the correction; `medical` whether that is medical.
    AmendEntryDialog(core::ChronologyEntryId entry, const QString& entryHtml, const QString& currentText, bool medical,
                     Save save, QWidget* parent = nullptr);

    QPlainTextEdit* correctionEdit() const { return m_correction; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QCheckBox* medicalBox() const { return m_medical; }
    /// The message shown beside `field` ("correction", "reason"), empty when none.
    QString fieldError(const QString& field) const;

    void accept() override;

private:
    core::ChronologyEntryId m_entry;
    Save m_save;
    QTextBrowser* m_original = nullptr;
    QPlainTextEdit* m_correction = nullptr;
    QLineEdit* m_reason = nullptr;
    QCheckBox* m_medical = nullptr;
    QLabel* m_general = nullptr;
    FieldErrors m_errors;
};

} // namespace casebook::ui
