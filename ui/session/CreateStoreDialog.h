// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace casebook::ui {

/// How hard a passphrase is to guess, from zxcvbn's estimate in bits.
struct PassphraseStrength {
    double bits = 0;
    int level = 0;       ///< 0 poor, 1 weak, 2 good, 3 excellent
    QString description; ///< e.g. "Weak: about 52 bits"
};
PassphraseStrength estimateStrength(const QString& passphrase);

/// The strength bar and its words under a new passphrase, as every form that takes one shows them
/// (objects "strengthBar" and "strengthText").
struct StrengthMeter {
    QProgressBar* bar = nullptr;
    QLabel* text = nullptr;
    static StrengthMeter make(QWidget* parent);
    /// Shows how strong `passphrase` is (nothing for an empty one) and returns the estimate.
    PassphraseStrength show(const QString& passphrase) const;
};

/// New store: where, and its passphrase twice with live strength feedback. A poor passphrase
/// (under 40 bits) or two that differ cannot be accepted; the message says why beside the field.
class CreateStoreDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CreateStoreDialog(const QString& suggestedPath, QWidget* parent = nullptr);
    ~CreateStoreDialog() override;

    QString path() const;
    /// The passphrase typed; the caller hands it on and the fields are cleared.
    QString takePassphrase();

    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* passphraseEdit() const { return m_first; }
    QLineEdit* repeatEdit() const { return m_second; }
    QLabel* strengthLabel() const { return m_meter.text; }
    QLabel* matchLabel() const { return m_match; }
    QPushButton* createButton() const { return m_create; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* rankEdit() const { return m_rank; }
    QLineEdit* collarEdit() const { return m_collar; }

    /// Saves who is working (when typed or changed) before accepting, so that the new store's first
    /// audit entries, and every "by" after them, name the sergeant, not the computer's account.
    void accept() override;

private:
    Q_DISABLE_COPY_MOVE(CreateStoreDialog)
    void update();
    void choosePath();

    QLineEdit* m_path = nullptr;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    StrengthMeter m_meter;
    QLabel* m_match = nullptr;
    QPushButton* m_create = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_rank = nullptr;
    QLineEdit* m_collar = nullptr;
    QLabel* m_identityError = nullptr;
};

} // namespace casebook::ui
