// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/AuditLogPage.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// Tools > Store and audit log: what the store is (file, encryption, key derivation, size, the
/// audit log's head), a full check of every page and a backup, both on a worker thread with a
/// progress bar and Stop, and the audit log to read (AuditLogPage). As the CLI's info, verify, backup and
/// audit commands. Locking stops the work and closes the dialog.
class StoreCareDialog final : public QDialog {
    Q_OBJECT

public:
    explicit StoreCareDialog(core::Session& session, QWidget* parent = nullptr);
    ~StoreCareDialog() override;

    QLabel* infoLabel() const { return m_info; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* backupButton() const { return m_backup; }
    AuditLogPage* auditLog() const { return m_log; }

    /// Writes a backup to `path` with `passphrase` on the worker (the Back up button asks for both).
    void backUpTo(const QString& path, const QString& passphrase);
    /// Checks every page, frame and header copy on the worker.
    void verifyStore();
    /// True while a check or a backup runs.
    bool working() const { return m_worker != nullptr; }

public slots:
    /// Cancels the work, waits for the worker and closes: the store is about to be locked.
    void stopWork();
    void reject() override;

signals:
    void workFinished();

private:
    void showInfo();
    void chooseBackup();
    void run(const QString& label,
             std::function<QString(const std::atomic<bool>&, const std::function<void(int, int)>&)> job);

    core::Session& m_session;
    QLabel* m_info = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_backup = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    AuditLogPage* m_log = nullptr;
    QThread* m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace casebook::ui
