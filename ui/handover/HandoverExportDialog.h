// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/CreateStoreDialog.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// File › Handover › Export: which cases, the package's passphrase (twice, with the strength
/// meter of a new store) and where to write it. The export runs off the UI thread with progress.
class HandoverExportDialog final : public QDialog {
    Q_OBJECT

public:
    explicit HandoverExportDialog(core::Session& session, QWidget* parent = nullptr);
    ~HandoverExportDialog() override;

    QListWidget* caseList() const { return m_cases; }
    QLineEdit* passphraseEdit() const { return m_first; }
    QLineEdit* repeatEdit() const { return m_second; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* exportButton() const { return m_export; }
    /// What the last export reported (the signer fingerprint and file digest), for the caller.
    QString resultText() const { return m_result; }

    void reject() override;
    /// Cancels any running work (its transaction rolls back; an unfinished package is removed),
    /// waits for it and closes the dialog: the session is about to go (a lock).
    void stopWork();

private:
    Q_DISABLE_COPY_MOVE(HandoverExportDialog)
    void update();
    void choosePath();
    void start();

    core::Session& m_session;
    QListWidget* m_cases = nullptr;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    StrengthMeter m_meter;
    QLabel* m_match = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    QThread* m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QString m_result;
};

} // namespace casebook::ui
