// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "crypto/SecretString.h"
#include "store/Store.h"
#include "support/Result.h"

#include <filesystem>
#include <string>

namespace casebook::core {

/// Records an event about the store as a whole (a backup, a restore, a passphrase change) in the
/// audit log, in its own transaction, as record type "store" with id "-".
Status recordStoreEvent(Store& store, const AuditLog& log, const std::string& actor, AuditAction action,
                        const std::string& summary);

/// Records that the store was opened with its recovery key (a new passphrase set and the key
/// replaced), as casebook-cli recover and the app's recovery both do: action Open on record "store"
/// "recovery_key". No secret goes into the entry.
Status recordRecoveryKeyUse(Store& store, const AuditLog& log, const std::string& actor);

/// Writes an encrypted backup of `store` to `out` (as Store::backupTo) and records it in the audit
/// log by `actor`. When the entry cannot be recorded the backup is removed again, so no copy
/// exists that the log does not know of.
Status backUpAndRecord(Store& store, const AuditLog& log, const std::string& actor, const std::filesystem::path& out,
                       const SecretString& passphrase, const ProgressFn& progress = {});

} // namespace casebook::core
