// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace casebook::ui {

/// What the window shows while no store is open: which store, its passphrase, Unlock, and the
/// ways to another store (recent ones, open another, create a new one). Also the lock screen.
class UnlockPage final : public QWidget {
    Q_OBJECT

public:
    explicit UnlockPage(QWidget* parent = nullptr);

    /// Offers `path` first, then the recent stores.
    void setStores(const QString& path, const QStringList& recent);
    QString storePath() const;
    /// A line above the form: why the page is showing ("Locked after 5 minutes idle", ...).
    void setReason(const QString& text);
    void showError(const QString& text);
    /// Disables the form and shows `what` with a busy bar; false gives the form back.
    void setBusy(bool busy, const QString& what = {});
    void focusPassphrase();

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* titleLabel() const { return m_title; }
    QPushButton* forgotButton() const { return m_forgot; }

signals:
    /// The user asked to unlock; the page's passphrase field is emptied once handled.
    void unlockRequested(const QString& path, QString& passphrase);
    void createRequested();
    void openOtherRequested();
    void restoreRequested();
    /// "Forgot the passphrase?": set a new one with the store's recovery key.
    void forgotRequested();

private:
    void requestUnlock();

    QLabel* m_title = nullptr;
    QLabel* m_reason = nullptr;
    QComboBox* m_store = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_forgot = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_openOther = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_busyText = nullptr;
};

} // namespace casebook::ui
