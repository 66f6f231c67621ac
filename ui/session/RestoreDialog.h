// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casebook::ui {

/// File > Restore from backup: which backup, which store it replaces, and the backup's
/// passphrase. Says before anything happens what the restore does: the whole backup is checked
/// first, the store it replaces is kept beside it as `<store>.before-restore`, and afterwards the
/// store opens with the backup's passphrase. The passphrase field is emptied when it closes.
class RestoreDialog final : public QDialog {
    Q_OBJECT

public:
    /// `target` is offered as the store to replace (the one open or last unlocked).
    explicit RestoreDialog(const QString& target, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    QString backupPath() const;
    QString targetPath() const;
    /// The typed passphrase; the field is emptied.
    QString takePassphrase();

    QLineEdit* backupEdit() const { return m_backup; }
    QLineEdit* targetEdit() const { return m_target; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* consequenceLabel() const { return m_consequence; }

private:
    void update();

    QLineEdit* m_backup = nullptr;
    QLineEdit* m_target = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLabel* m_consequence = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace casebook::ui
