// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/SessionController.h"
#include "schema/AppSchema.h"
#include "support/Today.h"

#include "session/ErrorMessages.h"
#include "session/ReadJob.h"
#include "session/SessionJobs.h"

#include "audit/AuditHead.h"
#include "audit/HeadAnchor.h"
#include "demo/FictionalCaseload.h"
#include "dp/RecoveryKey.h"
#include "service/Session.h"
#include "service/StoreEvents.h"
#include "support/ResourceLocator.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <functional>
#include <utility>

namespace casebook::ui {

SessionController::SessionController(QObject* parent)
    : QObject(parent)
{
}

SessionController::~SessionController()
{
    if (m_worker != nullptr) {
        // Closing (a signal, say) while a worker still runs: no event loop is left to deliver its
        // deleteLater, so wait for it and delete it here, with what it holds.
        disconnect(m_worker, nullptr, this, nullptr);
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    anchorAuditHead(false);
    m_session.reset(); // before the demo folder goes
}

void SessionController::run(const QString& what, std::function<std::shared_ptr<SessionOutcome>()> work)
{
    if (m_worker != nullptr) {
        return;
    }
    emit progress(what);
    auto result = std::make_shared<std::shared_ptr<SessionOutcome>>();
    const QDate today = todayQDate();
    const auto asOf = core::Date::fromYmd(today.year(), today.month(), today.day());
    m_worker = QThread::create([work = std::move(work), result, asOf] {
        // A read still running on a reader keeps the store open (Store::openReader): let it end
        // before opening, re-keying or restoring the store. Its result is dropped after a lock.
        readPool().waitForDone();
        *result = work();
        // The caseload's dates take longest to show after an unlock: work them out here, while the
        // session is still this thread's alone, so the window never waits for them.
        if (*result && (*result)->session && asOf) {
            if (auto due = (*result)->session->due().all(*asOf, 28)) {
                (*result)->due = std::move(*due);
            }
        }
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        finish(*result);
    });
    m_worker->start();
}

void SessionController::finish(const std::shared_ptr<SessionOutcome>& outcome)
{
    if (!outcome || outcome->error) {
        const core::Error error =
            outcome && outcome->error ? *outcome->error : core::makeError(core::ErrorCode::Io, "no result");
        if (isDemo() && !m_session) {
            m_demoDir.reset();
        }
        const QString prefix = outcome ? outcome->failurePrefix : QString();
        emit failed(prefix.isEmpty() ? errorMessage(error) : prefix + QLatin1Char(' ') + errorMessage(error),
                    prefix.isEmpty() && error.code == core::ErrorCode::WrongPassphrase);
        return;
    }
    m_session = std::move(outcome->session);
    m_firstDue = std::move(outcome->due);
    m_openWarnings = outcome->warnings;
    m_openNotices = outcome->notices;
    m_justCreated = outcome->created;
    m_recoveryKey = std::move(outcome->recoveryKey);
    if (!isDemo()) {
        // After a restore the log is older than the one seen here on purpose: record its head
        // without calling it a rollback.
        anchorAuditHead(!outcome->restored);
        for (const std::string& warning : m_session->store().warnings()) {
            m_openWarnings
                << tr("When the store was opened, Casebook found that %1.").arg(QString::fromStdString(warning));
        }
    }
    emit opened();
}

void SessionController::anchorAuditHead(bool warn)
{
    if (!m_session || isDemo()) {
        return;
    }
    const auto file = core::AuditHeadAnchors::defaultFile();
    if (!file) {
        return;
    }
    const auto head = core::readAuditHead(m_session->database());
    if (!head || !*head) {
        return;
    }
    const auto seen = core::AuditHeadAnchors(*file).check(m_session->store().path(), **head);
    if (!warn || !seen.rolledBack()) {
        return;
    }
    const auto before = core::parseAuditHead(seen.seen);
    const QString now = QString::number((*head)->seq);
    const QString earlier = before ? QString::number(before->seq) : QString::fromStdString(seen.seen);
    const QString what =
        seen.kind == core::HeadComparison::Kind::Older
            ? tr("This store's audit log ends at entry %1, but entry %2 was seen on this computer before. The file "
                 "has been rolled back to an older copy (or restored from a backup), so changes made since that "
                 "copy are not in it.")
                  .arg(now, earlier)
            : tr("This store's audit log ends at entry %1, as it did before, but its last entry is a different one. "
                 "The file has been replaced by another copy, so changes made in the copy used before are not in "
                 "it.")
                  .arg(now);
    m_openWarnings << what + QLatin1Char(' ')
                          + tr("If you did not restore a backup yourself: make no changes, keep this file and any "
                               "other copies as they are, compare them with your backups, and tell your data "
                               "protection officer. 'casebook-cli audit verify' prints the log's head (%1) to "
                               "compare with the one in your latest exports.")
                                .arg(QString::fromStdString(core::formatAuditHead(**head)));
}

void SessionController::unlock(const QString& path, QString& passphrase)
{
    auto resources = core::findResourcesDir();
    if (!resources) {
        emit failed(errorMessage(resources.error()), false);
        return;
    }
    m_storePath = path;
    auto secret = std::make_shared<core::SecretString>(takeSecret(passphrase));
    const std::filesystem::path file = path.toStdString();
    run(tr("Unlocking…"), [file, secret, resources = *resources] {
        auto outcome = std::make_shared<SessionOutcome>();
        auto opened = core::Session::open(file, *secret, sessionOptions(resources));
        if (opened) {
            outcome->session = std::move(*opened);
        } else {
            outcome->error = opened.error();
        }
        return outcome;
    });
}

bool SessionController::makePrivateFolders(const std::filesystem::path& dir)
{
    // As casebook-cli init does: each folder that has to be made is made 0700 (the store's name
    // and size are nobody else's business); folders that already exist are left as they are.
    std::error_code ec;
    if (dir.empty() || std::filesystem::is_directory(dir, ec)) {
        return true;
    }
    if (!makePrivateFolders(dir.parent_path())) {
        return false;
    }
    if (!std::filesystem::create_directory(dir, ec) && !std::filesystem::is_directory(dir, ec)) {
        return false;
    }
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);
    return !ec;
}

void SessionController::create(const QString& path, QString& passphrase)
{
    auto resources = core::findResourcesDir();
    if (!resources) {
        emit failed(errorMessage(resources.error()), false);
        return;
    }
    m_storePath = path;
    auto secret = std::make_shared<core::SecretString>(takeSecret(passphrase));
    const std::filesystem::path file = path.toStdString();
    if (!makePrivateFolders(file.parent_path())) {
        emit failed(tr("Could not create the folder %1.").arg(QString::fromStdString(file.parent_path().string())),
                    false);
        return;
    }
    run(tr("Creating the store and tuning its key derivation (about a second)…"),
        [file, secret, resources = *resources] {
            auto outcome = std::make_shared<SessionOutcome>();
            auto created = core::Session::create(file, *secret, sessionOptions(resources));
            if (created) {
                outcome->session = std::move(*created);
                outcome->created = true;
            } else {
                outcome->error = created.error();
            }
            return outcome;
        });
}

void SessionController::openDemo()
{
    auto resources = core::findResourcesDir();
    if (!resources) {
        emit failed(errorMessage(resources.error()), false);
        return;
    }
    // A private folder (0700) under the session's runtime directory when there is one (a tmpfs on
    // most desktops), removed with everything in it when Casebook closes.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    m_demoDir = std::make_unique<QTemporaryDir>(
        QDir(runtime.isEmpty() ? QDir::tempPath() : runtime).filePath(QStringLiteral("casebook-demo-XXXXXX")));
    if (!m_demoDir->isValid()) {
        m_demoDir.reset();
        emit failed(tr("Could not make a private folder for the demonstration store."), false);
        return;
    }
    m_storePath = m_demoDir->filePath(QStringLiteral("demo.cbk"));
    const std::filesystem::path file = m_storePath.toStdString();
    const QDate today = todayQDate();
    const auto day = core::Date::fromYmd(today.year(), today.month(), today.day()).value();
    run(tr("Making fictional demonstration cases…"), [file, day, resources = *resources] {
        auto outcome = std::make_shared<SessionOutcome>();
        // The demo store holds only fictional data and is deleted on exit: a cheap key derivation
        // keeps it instant. Real stores are always calibrated (about 0.7 s).
        auto created = core::Session::create(file, core::SecretString("demo"), sessionOptions(resources),
                                             core::KdfChoice::fixed({8 * 1024, 1, 1}));
        if (!created) {
            outcome->error = created.error();
            return outcome;
        }
        core::FictionalCaseloadOptions options;
        options.people = 24;
        options.cases = 36;
        options.chronologyEntries = 900;
        options.largeCaseEntries = 60;
        options.today = day;
        options.entriesPerTransaction = 50;
        if (auto stats = core::generateFictionalCaseload(**created, options); !stats) {
            outcome->error = stats.error();
            return outcome;
        }
        outcome->session = std::move(*created);
        return outcome;
    });
}

void SessionController::changePassphrase(QString& current, QString& next, bool rekey)
{
    auto oldSecret = std::make_shared<core::SecretString>(takeSecret(current));
    auto newSecret = std::make_shared<core::SecretString>(takeSecret(next));
    auto resources = core::findResourcesDir();
    if (!m_session || m_worker != nullptr || !resources) {
        return;
    }
    const std::filesystem::path file = m_storePath.toStdString();
    // The demo's cost stays as cheap as the demo store was made; a real store is calibrated.
    const core::KdfChoice kdf = isDemo() ? core::KdfChoice::fixed({8 * 1024, 1, 1}) : core::KdfChoice::calibrated();
    lock(); // the change takes the store's exclusive lock, so this session lets go first
    run(rekey ? tr("Re-encrypting every page under a new key…") : tr("Changing the passphrase…"),
        [file, oldSecret, newSecret, rekey, kdf, resources = *resources] {
            return changePassphraseJob(file, oldSecret, newSecret, rekey, kdf, resources);
        });
}

void SessionController::restore(const QString& backup, const QString& target, QString& passphrase)
{
    auto secret = std::make_shared<core::SecretString>(takeSecret(passphrase));
    auto resources = core::findResourcesDir();
    if (m_worker != nullptr) {
        return;
    }
    if (!resources) {
        emit failed(errorMessage(resources.error()), false);
        return;
    }
    const std::filesystem::path from = backup.toStdString();
    const std::filesystem::path file = target.toStdString();
    lock(); // the restore takes the store's exclusive lock, so this session lets go first
    if (isDemo() && QFileInfo(target).absoluteFilePath() != QFileInfo(m_storePath).absoluteFilePath()) {
        m_demoDir.reset(); // the demonstration is over: its folder goes, as on closing
    }
    if (!makePrivateFolders(file.parent_path())) {
        emit failed(tr("Could not create the folder %1.").arg(QString::fromStdString(file.parent_path().string())),
                    false);
        return;
    }
    m_storePath = target;
    const bool replacing = QFileInfo::exists(target);
    run(tr("Checking the backup and restoring it…"), [from, file, secret, replacing, resources = *resources] {
        return restoreJob(from, file, secret, replacing, resources);
    });
}

void SessionController::changeRecoveryKey(QString& passphrase, RecoveryKeyChange change)
{
    auto secret = std::make_shared<core::SecretString>(takeSecret(passphrase));
    auto resources = core::findResourcesDir();
    if (!m_session || m_worker != nullptr || !resources) {
        return;
    }
    const std::filesystem::path file = m_storePath.toStdString();
    lock(); // the recovery-key slot is changed with the store closed, as a passphrase change is
    const QString what =
        change == RecoveryKeyChange::Remove ? tr("Removing the recovery key…") : tr("Making a recovery key…");
    run(what,
        [file, secret, change, resources = *resources] { return recoveryKeyJob(file, secret, change, resources); });
}

void SessionController::recover(const QString& path, QString& typedKey, QString& newPassphrase)
{
    auto key = std::make_shared<core::SecretString>(takeSecret(typedKey));
    auto secret = std::make_shared<core::SecretString>(takeSecret(newPassphrase));
    auto resources = core::findResourcesDir();
    if (m_session || m_worker != nullptr) {
        return;
    }
    if (!resources) {
        emit failed(errorMessage(resources.error()), false);
        return;
    }
    m_storePath = path;
    const std::filesystem::path file = path.toStdString();
    run(tr("Opening the store with the recovery key…"),
        [file, key, secret, resources = *resources] { return recoverJob(file, key, secret, resources); });
}

void SessionController::lock()
{
    if (!m_session) {
        return;
    }
    emit aboutToLock();
    anchorAuditHead(false); // the head as this session leaves it, for the next unlock to compare
    m_session.reset();      // closes the store and wipes the keys
    emit locked();
}

} // namespace casebook::ui
