// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/SessionController.h"

#include "crypto/SecretString.h"
#include "service/DueService.h"
#include "service/Session.h"
#include "support/Result.h"

#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace casebook::ui {

// The work SessionController runs on its worker thread for the store operations that close the
// store, change it and open it again (a passphrase change, a restore, a recovery-key change, a
// recovery), each returning what the window is to show. They touch no widget and no QObject.

/// What a worker's job leaves for the UI thread.
struct SessionOutcome {
    std::unique_ptr<core::Session> session;
    std::optional<core::Error> error;
    std::optional<std::vector<core::DueItem>> due; ///< the first due list, worked out off the UI thread
    QStringList warnings;                          ///< for openWarnings(), beside the store's own
    QStringList notices;                           ///< for openNotices()
    QString failurePrefix;                         ///< what failed, when it was not an unlock
    bool restored = false; ///< the store was deliberately replaced: an older audit head is expected
    bool created = false;  ///< the store was made by this open
    std::optional<core::SecretString> recoveryKey; ///< a key just made, to show once
};

/// Copies the passphrase into a SecretString and overwrites the QString's characters.
core::SecretString takeSecret(QString& passphrase);
/// The options a session is opened with: the resources and the user's working name.
core::SessionOptions sessionOptions(const std::filesystem::path& resources);

/// Changes (or with `rekey`, re-keys) the store's passphrase, opens it with the new one and
/// records the change in its audit log.
std::shared_ptr<SessionOutcome> changePassphraseJob(const std::filesystem::path& file,
                                                    const std::shared_ptr<core::SecretString>& oldSecret,
                                                    const std::shared_ptr<core::SecretString>& newSecret, bool rekey,
                                                    const core::KdfChoice& kdf, const std::filesystem::path& resources);
/// Replaces `file` with the backup `from` (checked in full first), opens it and records the restore.
std::shared_ptr<SessionOutcome> restoreJob(const std::filesystem::path& from, const std::filesystem::path& file,
                                           const std::shared_ptr<core::SecretString>& secret, bool replacing,
                                           const std::filesystem::path& resources);
/// Creates, replaces or removes the store's recovery key, opens it and records the change.
std::shared_ptr<SessionOutcome> recoveryKeyJob(const std::filesystem::path& file,
                                               const std::shared_ptr<core::SecretString>& secret,
                                               SessionController::RecoveryKeyChange change,
                                               const std::filesystem::path& resources);
/// Sets a new passphrase with the typed recovery key (which is replaced), opens the store and
/// records the use of the key.
std::shared_ptr<SessionOutcome> recoverJob(const std::filesystem::path& file,
                                           const std::shared_ptr<core::SecretString>& key,
                                           const std::shared_ptr<core::SecretString>& secret,
                                           const std::filesystem::path& resources);

} // namespace casebook::ui
