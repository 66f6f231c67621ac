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

/// How a command wants the store at Context::storePath opened (see Context::open).
struct OpenRequest {
    bool session = true; ///< a Session (rule packs, repositories, audit) rather than the bare Store
    /// The passphrase, when the command already has it (after `recover`, `restore`, a passphrase
    /// change); nullptr: ask for it as "Passphrase for PATH: ".
    const core::SecretString* passphrase = nullptr;
    /// Report nothing (no failure, no store warnings): for a best-effort reopen after the command's
    /// real work is done, when only its audit entry is at stake.
    bool quiet = false;
};

/// An unlocked store: the session or the bare store, as asked, and the passphrase that opened it.
struct OpenedStore {
    std::unique_ptr<core::Session> session; ///< when OpenRequest::session
    std::unique_ptr<core::Store> bareStore; ///< otherwise
    core::SecretString passphrase;

    // Out of line, where Session and Store are complete types.
    OpenedStore();
    OpenedStore(OpenedStore&&) noexcept;
    OpenedStore& operator=(OpenedStore&&) noexcept;
    ~OpenedStore();

    core::Store& store() const;
};

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
    /// Reports a failed core::exportFile for `command`: a file that cannot be written (or that
    /// appeared meanwhile) is an ordinary failure naming it; anything else is the store's error.
    int failExport(std::string_view command, const core::Error& error) const;

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

    /// The one way every command opens the store at storePath: checks that it exists and is a store
    /// (before any passphrase is asked), asks for the passphrase unless given, unlocks it as a Session
    /// with the rule packs found by core::findResourcesDir() (looked for first, so a broken install
    /// costs no unlock) or as the bare Store, and prints the store's warnings. nullopt after
    /// reporting the failure, with the exit code in `code`.
    std::optional<OpenedStore> open(int& code, const OpenRequest& request = {}) const;
    /// open() for a Session; nullptr after reporting the failure, with the exit code in `code`.
    std::unique_ptr<core::Session> openSession(int& code) const;
};

/// Who a document says prepared it: the sergeant as set in the app (Tools › Your details), or
/// empty (the document then names nobody) — never the computer's user name.
std::string preparedByName();

} // namespace casebook::cli
