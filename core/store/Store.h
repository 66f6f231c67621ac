// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecretString.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "support/Result.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace casebook::core {

/// Argon2id cost parameters for one key slot.
struct KdfParams {
    std::uint32_t memoryKiB = 64 * 1024;
    std::uint32_t iterations = 3;
    std::uint32_t parallelism = 4;
    bool operator==(const KdfParams&) const = default;
};

/// How to choose the key-derivation cost when a store is created or its passphrase changed.
struct KdfChoice {
    /// Calibrate so that one derivation takes about this long, never below the floor
    /// (64 MiB, 3 passes, 4 lanes: RFC 9106's second recommended option).
    static KdfChoice calibrated(std::uint32_t targetMs = 700) { return {targetMs, {}}; }
    /// Use exactly these parameters (tests and deliberate expert choice; floor m ≥ 8 MiB, t ≥ 1).
    static KdfChoice fixed(KdfParams params) { return {0, params}; }

    std::uint32_t targetMs = 700;
    KdfParams params;
};

/// What `info` reports; none of it is secret.
struct StoreInfo {
    std::filesystem::path path;
    int formatVersion = 0;
    std::string cipher;  ///< e.g. "XChaCha20-Poly1305"
    std::string kdf;     ///< e.g. "Argon2id"
    KdfParams kdfParams; ///< of the passphrase slot
    int keySlotsInUse = 0;
    std::uint32_t pageSize = 0;
    std::uint64_t pageCount = 0;
    std::uint64_t fileBytes = 0; ///< main file plus any -wal
    int schemaVersion = 0;
    std::uint64_t headerGeneration = 0;
};

/// One finding of the full integrity check.
struct CheckFinding {
    enum class Kind { HeaderCopy, Page, WalFrame, Sqlite };
    Kind kind;
    std::uint64_t where = 0; ///< header copy index, page number or frame number
    std::string message;
};

/// Result of `Store::verify`: ok when there are no findings.
struct CheckReport {
    std::uint64_t pagesChecked = 0;
    std::uint64_t walFramesChecked = 0;
    int headerCopiesValid = 0;
    std::vector<CheckFinding> findings;
    bool ok() const { return findings.empty(); }
};

/// Reports progress of long work (0..total) and lets the caller cancel by returning false.
using ProgressFn = std::function<bool(std::uint64_t done, std::uint64_t total)>;

/// An unlocked, open Casebook store: the encrypted SQLite database plus its key material.
/// Closing (destruction) or lock() closes the connection and wipes the keys.
class Store {
public:
    /// Creates a new store at `path` (refuses an existing file), applying every step of `schema`
    /// (the store knows no tables of its own: the app gives appMigrations(), schema/AppSchema.h).
    static Result<std::unique_ptr<Store>> create(const std::filesystem::path& path, const SecretString& passphrase,
                                                 std::span<const Migration> schema,
                                                 const KdfChoice& kdf = KdfChoice::calibrated());
    /// Unlocks and opens an existing store, applying the steps of `schema` it does not have yet
    /// (SchemaTooNew when it is newer). Wrong passphrase changes no byte on disk.
    static Result<std::unique_ptr<Store>> open(const std::filesystem::path& path, const SecretString& passphrase,
                                               std::span<const Migration> schema);

    /// Re-wraps the data key under a new passphrase: only the header changes, never a page.
    static Status changePassphrase(const std::filesystem::path& path, const SecretString& oldPassphrase,
                                   const SecretString& newPassphrase, const KdfChoice& kdf = KdfChoice::calibrated());

    /// Rewrites the store under a new data key and file id, wrapped under `newPassphrase` (the old
    /// passphrase may be known): every page is re-encrypted into `<path>.rekeying`, which is
    /// verified and then renamed over the store, all under an exclusive lock. Afterwards no old
    /// header, passphrase or key opens the live store; copies made earlier keep their old key.
    static Status rekey(const std::filesystem::path& path, const SecretString& passphrase,
                        const SecretString& newPassphrase, const KdfChoice& kdf = KdfChoice::calibrated());

    /// Replaces the store at `target` with the backup at `backup` (unlocked by `passphrase`), after
    /// verifying the backup in full. The backup is only read (a read-only descriptor, never
    /// SQLite: its bytes, times and neighbours stay as they were); its pages are re-encrypted under
    /// a fresh data key and file id. The previous store is kept as `<target>.before-restore`.
    /// If anything fails, `target` is untouched.
    /// The restored copy is brought up to `schema` before it is checked.
    static Status restore(const std::filesystem::path& backup, const SecretString& passphrase,
                          const std::filesystem::path& target, std::span<const Migration> schema,
                          const ProgressFn& progress = {});

    /// Encrypts a plain SQLite database into a new store at `target` (refuses an existing file) and
    /// opens it. The plain file is only read. Nothing in clear is written anywhere else.
    static Result<std::unique_ptr<Store>> importPlaintext(const std::filesystem::path& plain,
                                                          const std::filesystem::path& target,
                                                          const SecretString& passphrase,
                                                          std::span<const Migration> schema,
                                                          const KdfChoice& kdf = KdfChoice::calibrated());

    /// Reads only the unencrypted header (no passphrase): format, cipher and KDF parameters.
    static Result<StoreInfo> peekInfo(const std::filesystem::path& path);

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::filesystem::path& path() const;
    Result<StoreInfo> info() const;
    /// Authenticates every page and WAL frame, checks both header copies, runs PRAGMA integrity_check.
    Result<CheckReport> verify(const ProgressFn& progress = {}) const;
    /// Writes an encrypted, consistent copy to `out` under a fresh data key and file id, wrapped
    /// under `passphrase` (which must open this store; WrongPassphrase otherwise) with the same
    /// Argon2id cost. The backup shares neither key nor AAD with the live store, so no header of
    /// one opens the other; a recovery key of the live store does not open it. Refuses to overwrite.
    Status backupTo(const std::filesystem::path& out, const SecretString& passphrase,
                    const ProgressFn& progress = {}) const;

    /// Opens a read-only connection to this store, for work on another thread. It shares this
    /// store's key (no second key derivation; the key bytes stay owned once, immutable, wiped when
    /// the last connection holding them closes). In WAL mode it sees committed data only, as of the
    /// start of each read (or Transaction::Mode::Read), never a transaction still open elsewhere.
    /// Writing through it fails with ErrorCode::Database ("readonly"); verify() and backupTo()
    /// belong to the writer and refuse on a reader.
    ///
    /// Rule for changes of key: a reader keeps the store open in this process. Until the store
    /// and every reader are closed, open() of the same file refuses, as do changePassphrase(),
    /// rekey() and restore() (InvalidArgument, nothing changed), so no reader straddles a change
    /// of key or of the file under it. Each connection is for one thread at a time; readers of
    /// one store may run on different threads at once, beside the writer.
    Result<std::unique_ptr<Store>> openReader() const;
    /// Whether this is a reader (openReader) rather than the store's one writer.
    bool readOnly() const;

    Database& database();
    int schemaVersion() const;
    /// Things the open found and repaired or set aside that the user should hear about (a
    /// leftover WAL kept aside, a damaged header copy); each one sentence.
    const std::vector<std::string>& warnings() const;

private:
    struct Impl;
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace casebook::core
