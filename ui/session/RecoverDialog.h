// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/CreateStoreDialog.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casebook::ui {

/// The unlock page's "Forgot the passphrase?": the store's recovery key, checked group by group as
/// it is typed (a group with a typo is named, and nothing is tried until every check passes), and
/// a new passphrase twice with the strength meter of a new store. Accepting hands both to the
/// caller (SessionController::recover). The fields are emptied when it closes.
class RecoverDialog final : public QDialog {
    Q_OBJECT

public:
    /// `present` is what recovery::present said of the store at `path`: without a key the form
    /// explains that and cannot be accepted.
    RecoverDialog(const QString& path, bool present, QWidget* parent = nullptr);
    ~RecoverDialog() override;

    /// The key and passphrase typed; the fields are emptied.
    QString takeKey();
    QString takePassphrase();

    QLineEdit* keyEdit() const { return m_key; }
    QLabel* keyStatus() const { return m_keyStatus; }
    QLineEdit* newEdit() const { return m_first; }
    QLineEdit* repeatEdit() const { return m_second; }
    QLabel* matchLabel() const { return m_match; }
    QPushButton* recoverButton() const { return m_recover; }
    /// Whether the typed key passes every check (its groups and the whole-key check).
    bool keyChecks() const { return m_keyOk; }

private:
    Q_DISABLE_COPY_MOVE(RecoverDialog)
    void checkKey();
    void update();

    QLineEdit* m_key = nullptr;
    QLabel* m_keyStatus = nullptr;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    StrengthMeter m_meter;
    QLabel* m_match = nullptr;
    QPushButton* m_recover = nullptr;
    bool m_present = false;
    bool m_keyOk = false;
};

} // namespace casebook::ui
