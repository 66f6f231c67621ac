// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/SessionController.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casebook::ui {

/// File › Recovery key: whether the store has a recovery key, and Create, Replace or Remove, each
/// of which asks for the current passphrase on a second page. Accepting hands the choice and the
/// passphrase to the caller, which runs it with the store closed (SessionController::
/// changeRecoveryKey). The passphrase field is emptied when the dialog closes.
class RecoveryKeyDialog final : public QDialog {
    Q_OBJECT

public:
    using Change = SessionController::RecoveryKeyChange;

    explicit RecoveryKeyDialog(bool present, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    /// Goes straight to the passphrase page for `change` (the offer after a new store uses it).
    void choose(Change change);
    Change change() const { return m_change; }
    /// The passphrase typed; the field is emptied.
    QString takePassphrase();

    QLabel* statusLabel() const { return m_status; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* replaceButton() const { return m_replace; }
    QPushButton* removeButton() const { return m_remove; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* backButton() const { return m_back; }

private:
    Q_DISABLE_COPY_MOVE(RecoveryKeyDialog)
    QWidget* makeChoicePage(bool present);
    QWidget* makePassphrasePage();

    void showPage(bool step);

    QWidget* m_choice = nullptr; ///< the status and Create, Replace, Remove
    QWidget* m_step = nullptr;   ///< what will happen, and the passphrase
    QLabel* m_status = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_replace = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_what = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_confirm = nullptr;
    Change m_change = Change::Create;
};

} // namespace casebook::ui
