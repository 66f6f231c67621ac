// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/SessionJobs.h"

#include "session/ErrorMessages.h"
#include "support/Messages.h"

#include "dialogs/IdentityDialog.h"
#include "dp/RecoveryKey.h"
#include "schema/AppSchema.h"
#include "service/StoreEvents.h"

namespace casebook::ui {

namespace {

/// A recovery that failed once the key passed its checks: a key that is not this store's (an older
/// one, replaced since, or another store's) or a store without one, said plainly rather than as a
/// wrong passphrase.
core::Error plainRecoveryError(const core::Error& error)
{
    if (error.code == core::ErrorCode::WrongPassphrase) {
        return uiError(core::ErrorCode::InvalidArgument, {},
                       SessionController::tr("That recovery key does not open this store: it may be an "
                                             "older key, replaced since, or the key of another store."));
    }
    if (error.code == core::ErrorCode::NotFound) {
        return uiError(core::ErrorCode::InvalidArgument, {}, SessionController::tr("The store has no recovery key."));
    }
    return error;
}

} // namespace

core::SecretString takeSecret(QString& passphrase)
{
    QByteArray utf8 = passphrase.toUtf8();
    core::SecretString secret(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    passphrase.fill(QChar(u'\0'));
    passphrase.clear();
    utf8.fill('\0'); // its buffer is freed as it goes: clear it first
    return secret;
}

core::SessionOptions sessionOptions(const std::filesystem::path& resources)
{
    core::SessionOptions options;
    options.resourcesDir = resources;
    // The sergeant's own name when they have given it (Settings → Your details), else the account's.
    options.actor = workingName().toStdString();
    return options;
}

std::shared_ptr<SessionOutcome> changePassphraseJob(const std::filesystem::path& file,
                                                    const std::shared_ptr<core::SecretString>& oldSecret,
                                                    const std::shared_ptr<core::SecretString>& newSecret, bool rekey,
                                                    const core::KdfChoice& kdf, const std::filesystem::path& resources)
{
    auto outcome = std::make_shared<SessionOutcome>();
    const core::Status changed = rekey ? core::Store::rekey(file, *oldSecret, *newSecret, kdf)
                                       : core::Store::changePassphrase(file, *oldSecret, *newSecret, kdf);
    oldSecret->clear();
    if (!changed) {
        outcome->error = changed.error();
        return outcome;
    }
    auto opened = core::Session::open(file, *newSecret, sessionOptions(resources));
    newSecret->clear();
    if (!opened) {
        outcome->error = opened.error();
        return outcome;
    }
    core::Session& session = **opened;
    if (auto logged =
            core::recordStoreEvent(session.store(), session.audit(), session.actor(), core::AuditAction::Update,
                                   rekey ? "passphrase changed and store re-keyed" : "passphrase changed");
        !logged) {
        // The change is made and cannot be taken back; say that the log lacks it.
        outcome->warnings << SessionController::tr(
                                 "The passphrase was changed, but the audit log could not record it: %1.")
                                 .arg(errorMessage(logged.error()));
    }
    outcome->session = std::move(*opened);
    return outcome;
}

std::shared_ptr<SessionOutcome> restoreJob(const std::filesystem::path& from, const std::filesystem::path& file,
                                           const std::shared_ptr<core::SecretString>& secret, bool replacing,
                                           const std::filesystem::path& resources)
{
    auto outcome = std::make_shared<SessionOutcome>();
    outcome->failurePrefix = SessionController::tr("The backup %1 was not restored, and the store is as it was.")
                                 .arg(QString::fromStdString(from.string()));
    if (auto restored = core::Store::restore(from, *secret, file, core::appMigrations()); !restored) {
        outcome->error = restored.error();
        return outcome;
    }
    auto opened = core::Session::open(file, *secret, sessionOptions(resources));
    secret->clear();
    if (!opened) {
        outcome->failurePrefix = SessionController::tr("The backup was restored, but the store did not open.");
        outcome->error = opened.error();
        return outcome;
    }
    core::Session& session = **opened;
    outcome->restored = true;
    const QString name = QString::fromStdString(from.filename().string());
    outcome->notices << (replacing ? SessionController::tr(
                                         "Restored from the backup %1. The store you had before is kept beside it "
                                         "as %2.")
                                         .arg(name, QString::fromStdString(file.filename().string())
                                                        + QStringLiteral(".before-restore"))
                                   : SessionController::tr("Restored from the backup %1.").arg(name));
    if (auto logged =
            core::recordStoreEvent(session.store(), session.audit(), session.actor(), core::AuditAction::Restore,
                                   "restored from backup " + from.filename().string());
        !logged) {
        outcome->warnings << SessionController::tr(
                                 "The backup was restored, but the audit log could not record it: %1.")
                                 .arg(errorMessage(logged.error()));
    }
    outcome->session = std::move(*opened);
    return outcome;
}

std::shared_ptr<SessionOutcome> recoveryKeyJob(const std::filesystem::path& file,
                                               const std::shared_ptr<core::SecretString>& secret,
                                               SessionController::RecoveryKeyChange change,
                                               const std::filesystem::path& resources)
{
    auto outcome = std::make_shared<SessionOutcome>();
    outcome->failurePrefix = SessionController::tr("The recovery key was not changed, and the store is as it was.");
    std::string summary = "recovery key removed";
    if (change == SessionController::RecoveryKeyChange::Remove) {
        if (const core::Status removed = core::recovery::remove(file, *secret); !removed) {
            outcome->error = removed.error();
            return outcome;
        }
    } else {
        auto key = core::recovery::add(file, *secret);
        if (!key) {
            outcome->error = key.error();
            return outcome;
        }
        outcome->recoveryKey = std::move(*key);
        summary = change == SessionController::RecoveryKeyChange::Replace
                      ? "recovery key replaced; the earlier one no longer opens "
                        "the store"
                      : "recovery key created";
    }
    auto opened = core::Session::open(file, *secret, sessionOptions(resources));
    secret->clear();
    if (!opened) {
        outcome->recoveryKey.reset(); // made, but without a session to show it from: made again later
        outcome->failurePrefix =
            SessionController::tr("The recovery key was changed, but the store did not open again. Once it "
                                  "is open, make a new recovery key (File › Recovery key…).");
        outcome->error = opened.error();
        return outcome;
    }
    core::Session& session = **opened;
    if (auto logged = core::recordStoreEvent(session.store(), session.audit(), session.actor(),
                                             core::AuditAction::Update, summary);
        !logged) {
        outcome->warnings << SessionController::tr(
                                 "The recovery key was changed, but the audit log could not record it: %1.")
                                 .arg(errorMessage(logged.error()));
    }
    outcome->session = std::move(*opened);
    return outcome;
}

std::shared_ptr<SessionOutcome> recoverJob(const std::filesystem::path& file,
                                           const std::shared_ptr<core::SecretString>& key,
                                           const std::shared_ptr<core::SecretString>& secret,
                                           const std::filesystem::path& resources)
{
    auto outcome = std::make_shared<SessionOutcome>();
    outcome->failurePrefix = SessionController::tr("The store was not recovered, and it is as it was.");
    auto next = core::recovery::recover(file, key->view(), *secret);
    key->clear();
    if (!next) {
        outcome->error = plainRecoveryError(next.error());
        return outcome;
    }
    outcome->recoveryKey = std::move(*next);
    auto opened = core::Session::open(file, *secret, sessionOptions(resources));
    secret->clear();
    if (!opened) {
        outcome->failurePrefix =
            SessionController::tr("The new passphrase is set, but the store did not open. Once it is open, "
                                  "make a new recovery key (File › Recovery key…).");
        outcome->error = opened.error();
        return outcome;
    }
    core::Session& session = **opened;
    if (auto logged = core::recordRecoveryKeyUse(session.store(), session.audit(), session.actor()); !logged) {
        outcome->warnings << SessionController::tr(
                                 "The store was recovered, but the audit log could not record it: %1.")
                                 .arg(errorMessage(logged.error()));
    }
    outcome->session = std::move(*opened);
    return outcome;
}

} // namespace casebook::ui
