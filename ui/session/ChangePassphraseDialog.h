// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/CreateStoreDialog.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace casebook::ui {

/// File > Change passphrase: the current passphrase, the new one twice with the strength meter of
/// a new store, and "the old passphrase may be known", which re-encrypts every page under a new
/// key so that no old header or copy of the passphrase opens the store again. A poor new
/// passphrase or two that differ cannot be accepted. The fields are emptied when it closes.
class ChangePassphraseDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_first; }
    QLineEdit* repeatEdit() const { return m_second; }
    QCheckBox* rekeyBox() const { return m_rekey; }
    QPushButton* changeButton() const { return m_change; }
    QLabel* matchLabel() const { return m_match; }

private:
    void update();

    QLineEdit* m_current = nullptr;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    StrengthMeter m_meter;
    QLabel* m_match = nullptr;
    QCheckBox* m_rekey = nullptr;
    QPushButton* m_change = nullptr;
};

} // namespace casebook::ui
