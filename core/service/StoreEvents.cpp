// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/StoreEvents.h"

#include "audit/ChangeDigest.h"
#include "store/Database.h"

#include <nlohmann/json.hpp>

#include <system_error>

namespace casebook::core {

Status recordStoreEvent(Store& store, const AuditLog& log, const std::string& actor, AuditAction action,
                        const std::string& summary)
{
    auto tx = Transaction::begin(store.database());
    if (!tx) {
        return tx.error();
    }
    AuditEntry entry;
    entry.actor = actor;
    entry.action = action;
    entry.recordType = "store";
    entry.recordId = "-"; // the store as a whole, not one record
    entry.summary = summary;
    if (Status appended = log.append(store.database(), entry); !appended) {
        return appended;
    }
    return tx->commit();
}

Status recordRecoveryKeyUse(Store& store, const AuditLog& log, const std::string& actor)
{
    auto tx = Transaction::begin(store.database());
    if (!tx) {
        return tx.error();
    }
    auto digest = changeDigest(nullptr, nlohmann::json{{"slot", "recovery_key"}});
    AuditEntry entry;
    entry.actor = actor;
    entry.action = AuditAction::Open;
    entry.recordType = "store";
    entry.recordId = "recovery_key";
    entry.summary = "store opened with the recovery key; passphrase set; recovery key replaced";
    entry.changeDigest = digest ? *digest : AuditHash{};
    if (Status appended = log.append(store.database(), entry); !appended) {
        return appended;
    }
    return tx->commit();
}

Status backUpAndRecord(Store& store, const AuditLog& log, const std::string& actor, const std::filesystem::path& out,
                       const SecretString& passphrase, const ProgressFn& progress)
{
    if (Status written = store.backupTo(out, passphrase, progress); !written) {
        return written;
    }
    if (Status logged = recordStoreEvent(store, log, actor, AuditAction::Backup,
                                         "encrypted backup written to " + out.filename().string());
        !logged) {
        std::error_code ignored;
        std::filesystem::remove(out, ignored);
        return logged;
    }
    return Ok{};
}

} // namespace casebook::core
