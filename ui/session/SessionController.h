// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "crypto/SecretString.h"
#include "service/DueService.h"
#endif

#include <QObject>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QTemporaryDir;
class QThread;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

struct SessionOutcome;

/// Owns the open Session, if any. Unlocking, creating and filling a demo store run on a worker
/// thread (key derivation takes most of a second; the demo generator longer), so the window
/// never blocks; the outcome comes back as a signal on the UI thread. Locking destroys the
/// session, which closes the store and wipes its keys.
class SessionController final : public QObject {
    Q_OBJECT

public:
    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    /// The passphrase of every demo store: the data is fictional, and the banner says so.
    static QString demoPassphrase() { return QStringLiteral("demo"); }
    /// Makes `dir` and any missing folder above it, each new one 0700 (as casebook-cli does);
    /// false when one cannot be made.
    static bool makePrivateFolders(const std::filesystem::path& dir);

    core::Session* session() const { return m_session.get(); }
    bool busy() const { return m_worker != nullptr; }
    bool isDemo() const { return m_demoDir != nullptr; }
    /// The store last opened (kept after locking, so the unlock page can offer it again).
    QString storePath() const { return m_storePath; }
    /// The due list as of today, worked out with the unlock (once; empty after the first call).
    std::optional<std::vector<core::DueItem>> takeFirstDue() { return std::exchange(m_firstDue, std::nullopt); }
    /// What the last unlock found that the user must hear about, each in plain words: a store
    /// whose audit log ends before the one seen here last time (rolled back to an older copy), a
    /// damaged header copy, a write-ahead log kept aside. Empty after a clean unlock.
    const QStringList& openWarnings() const { return m_openWarnings; }
    /// What the last open did that the user should know of, not a fault (a restore: where the
    /// replaced store was kept). Empty after an ordinary unlock.
    const QStringList& openNotices() const { return m_openNotices; }
    /// Whether the last open created the store (the window then offers a recovery key).
    bool justCreated() const { return m_justCreated; }
    /// The printed form of a recovery key the last open made, to be shown once; empty after the
    /// first call. Never written anywhere.
    std::optional<core::SecretString> takeRecoveryKey() { return std::exchange(m_recoveryKey, std::nullopt); }

    /// Unlocks `path`. `passphrase` is cleared once it has been handed over.
    void unlock(const QString& path, QString& passphrase);
    /// Creates a new store at `path` with Argon2id calibrated on this machine.
    void create(const QString& path, QString& passphrase);
    /// Creates a throwaway store in a private temporary folder and fills it with fictional cases.
    void openDemo();
    /// Closes the store and wipes its keys. Emits aboutToLock first so views let go of it.
    void lock();
    /// Locks, changes the passphrase of the open store from `current` to `next` on the worker
    /// (with `rekey`, re-encrypting every page under a new data key and file id), records it in
    /// the audit log and opens the store again with `next`: opened() or failed() as for an
    /// unlock; on failure nothing was changed and the old passphrase still opens it. Both
    /// passphrases are cleared once handed over.
    void changePassphrase(QString& current, QString& next, bool rekey);
    /// Locks any open store, then on the worker replaces the store at `target` with `backup`
    /// (unlocked by `passphrase`, checked in full first; the replaced store is kept as
    /// `<target>.before-restore`), records the restore in the restored store's audit log and opens
    /// it: opened() (with openNotices() saying where the old store went) or failed(), after which
    /// `target` is exactly as it was. `passphrase` is cleared once handed over.
    void restore(const QString& backup, const QString& target, QString& passphrase);

    /// What changeRecoveryKey does to the store's recovery-key slot.
    enum class RecoveryKeyChange { Create, Replace, Remove };
    /// Locks, then on the worker creates (or replaces, or removes) the store's recovery key with
    /// `passphrase`, records it in the audit log and opens the store again: opened() with
    /// takeRecoveryKey() holding a new key, or failed(), after which the store is as it was and
    /// locked. `passphrase` is cleared once handed over.
    void changeRecoveryKey(QString& passphrase, RecoveryKeyChange change);
    /// With no store open: on the worker sets `newPassphrase` on the store at `path` with the typed
    /// recovery key (recovery::recover, which also replaces the key), records that in the audit log
    /// and opens the store: opened() with takeRecoveryKey() holding the replacement, or failed().
    /// Both are cleared once handed over.
    void recover(const QString& path, QString& typedKey, QString& newPassphrase);

signals:
    void progress(const QString& what);
    void opened();
    /// `wrongPassphrase` separates a mistyped passphrase from a damaged or missing store.
    void failed(const QString& message, bool wrongPassphrase);
    void aboutToLock();
    void locked();

private:
    void run(const QString& what, std::function<std::shared_ptr<SessionOutcome>()> work);
    void finish(const std::shared_ptr<SessionOutcome>& outcome);
    /// Compares the store's audit head with the last one seen for it on this computer (the state
    /// file casebook-cli shares) and records the current one; with `warn`, a rollback is added
    /// to openWarnings().
    void anchorAuditHead(bool warn);

    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    QThread* m_worker = nullptr;
    QString m_storePath;
    std::optional<std::vector<core::DueItem>> m_firstDue;
    QStringList m_openWarnings;
    QStringList m_openNotices;
    bool m_justCreated = false;
    std::optional<core::SecretString> m_recoveryKey;
};

} // namespace casebook::ui
