// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/ExitCode.h"

#include "audit/AuditEntry.h"
#include "crypto/SecretString.h"
#include "support/Result.h"

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace casebook::core {
class Session;
class Store;
} // namespace casebook::core

namespace casebook::cli {

class PassphraseReader;

/// What a running command needs: the store path, the passphrase source and the output streams.
/// Reports failures as one line on stderr, prefixed "casebook-cli: ".
struct Context {
    std::filesystem::path storePath;
    const PassphraseReader& passphrases;
    std::ostream& out;
    std::ostream& err;
    bool verbose = false;

    /// Prints "casebook-cli: <subject>: <sentence>" (plus the detail with --verbose); returns the exit code.
    int fail(const core::Error& error, const std::filesystem::path& subject) const;
    /// Prints "casebook-cli: <message>"; returns `code`.
    int fail(ExitCode code, std::string_view message) const;

    /// Appends one audit entry (actor "casebook-cli (USER)", record type "store") for something done
    /// to the store as a whole: a backup, a restore, a passphrase change.
    core::Status recordStoreEvent(core::Store& store, core::AuditAction action, const std::string& summary) const;
    /// Who is working, for the audit log: the identity's signature, else the account name.
    std::string actor() const;

    /// Prints each of the store's open warnings as "casebook-cli: warning: <sentence>" on stderr.
    void warn(const core::Store& store) const;

    /// Reads the passphrase of an existing file. nullopt after reporting the failure (exit code 1).
    std::optional<core::SecretString> askPassphrase(std::string_view prompt) const;
    /// Reads a new passphrase: twice on a terminal (they must match), else one line; never empty.
    /// nullopt after reporting the failure (exit code 1).
    std::optional<core::SecretString> askNewPassphrase() const;

    /// Fails early, before any passphrase is asked, when `path` is missing or not a readable store;
    /// `missingHint` is added to the "no such file" message. Returns the exit code to stop with,
    /// or nullopt to go on.
    std::optional<int> requireStore(const std::filesystem::path& path, std::string_view missingHint = {}) const;

    /// Unlocks the store at storePath (asking for the passphrase) and opens a session with the rule
    /// packs found by core::findResourcesDir(). nullptr after reporting the failure, with the exit
    /// code in `code`. The rule packs are looked for first, so a broken install costs no unlock.
    std::unique_ptr<core::Session> openSession(int& code) const;
};

/// Who a document says prepared it: the sergeant as set in the app (Tools › Your details), or
/// empty (the document then names nobody) — never the computer's user name.
std::string preparedByName();

} // namespace casebook::cli
