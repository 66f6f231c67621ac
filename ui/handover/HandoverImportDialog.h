// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// File › Handover › Import: the package and its passphrase; "Check" verifies it and shows what it
/// holds (cases, people, the source's audit head and the signer); "Import" then adds it. Both run
/// off the UI thread.
class HandoverImportDialog final : public QDialog {
    Q_OBJECT

public:
    explicit HandoverImportDialog(core::Session& session, QWidget* parent = nullptr);
    ~HandoverImportDialog() override;

    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* checkButton() const { return m_check; }
    QPlainTextEdit* contentsView() const { return m_contents; }
    QPushButton* importButton() const { return m_import; }

    void reject() override;
    /// Cancels any running work (its transaction rolls back; an unfinished package is removed),
    /// waits for it and closes the dialog: the session is about to go (a lock).
    void stopWork();

private:
    Q_DISABLE_COPY_MOVE(HandoverImportDialog)
    void choosePath();
    void run(bool import);

    core::Session& m_session;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_check = nullptr;
    QPlainTextEdit* m_contents = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_import = nullptr;
    QThread* m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QString m_checkedPath;
};

} // namespace casebook::ui
