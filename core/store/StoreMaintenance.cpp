// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Store operations that read or copy the whole store: verify, backup, restore, rekey, import.
#include "store/PageCipher.h"
#include "store/PosixFile.h"
#include "store/StoreImpl.h"

#include <sqlite3.h>

#include <cctype>
#include <cstring>
#include <system_error>

namespace casebook::core {
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kPendingBytePage = 0x40000000ULL / format::kPageSize + 1;

void removeStoreFiles(const fs::path& path)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(path.string() + suffix, ec);
    }
}

bool report(const ProgressFn& progress, std::uint64_t done, std::uint64_t total)
{
    return !progress || progress(done, total);
}

std::string describeRead(int rc)
{
    return rc == SQLITE_IOERR_DATA ? "failed authentication (damaged or modified)"
                                   : std::string("read error: ") + sqlite3_errstr(rc);
}

void checkHeaderCopies(const std::uint8_t* bytes, const format::Keys& keys, CheckReport& out)
{
    for (std::size_t i = 0; i < 2; ++i) {
        auto copy = format::parseCopy(bytes + i * format::kCopyBytes, nullptr);
        if (!copy) {
            out.findings.push_back({CheckFinding::Kind::HeaderCopy, i, "header copy is damaged"});
        } else if (copy->fileId != keys.fileId || !format::macValid(*copy, keys)) {
            out.findings.push_back({CheckFinding::Kind::HeaderCopy, i, "header copy was modified"});
        } else {
            ++out.headerCopiesValid;
        }
    }
}

// Authenticates every page of the main file through the VFS read path.
bool checkPages(sqlite3_file* file, const ProgressFn& progress, CheckReport& out)
{
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK) {
        out.findings.push_back({CheckFinding::Kind::Page, 0, "cannot read the file size"});
        return true;
    }
    const auto pageSize = format::kPageSize;
    const std::uint64_t pages = static_cast<std::uint64_t>(size) / pageSize;
    std::vector<std::uint8_t> page(pageSize);
    for (std::uint64_t pgno = 1; pgno <= pages; ++pgno) {
        if (pgno == kPendingBytePage) {
            continue; // SQLite never writes the page holding the lock bytes
        }
        const int rc = file->pMethods->xRead(file, page.data(), static_cast<int>(pageSize),
                                             static_cast<sqlite3_int64>((pgno - 1) * pageSize));
        if (rc != SQLITE_OK) {
            out.findings.push_back({CheckFinding::Kind::Page, pgno, describeRead(rc)});
        }
        ++out.pagesChecked;
        if (pgno % 256 == 0 && !report(progress, pgno, pages)) {
            return false;
        }
    }
    if (static_cast<std::uint64_t>(size) % pageSize != 0) {
        out.findings.push_back({CheckFinding::Kind::Page, pages + 1, "partial page at the end of the file"});
    }
    return true;
}

// The number of frames the open log uses (mxFrame of the wal-index header), or -1.
long long walIndexFrames(sqlite3* db)
{
    sqlite3_file* file = vfs::mainFile(db);
    void volatile* region = nullptr;
    if (file == nullptr || file->pMethods->xShmMap(file, 0, 32 * 1024, 0, &region) != SQLITE_OK || region == nullptr) {
        return -1;
    }
    std::uint32_t mxFrame = 0;
    std::memcpy(&mxFrame, const_cast<const char*>(static_cast<volatile char*>(region)) + 16, sizeof mxFrame);
    return mxFrame;
}

// Compares the frames in the WAL file with the frames the log uses: a frame that fails while a
// later frame of the same log authenticates, a damaged WAL header, a used frame that fails, or
// committed frames that recovery left out are each a finding. A failing tail that the log does not
// use is what a crash leaves mid-write, and is not.
void checkWal(sqlite3* db, const format::Keys& keys, CheckReport& out)
{
    const vfs::WalScan scan = vfs::scanWal(vfs::underlyingFile(vfs::walFile(db)), keys);
    if (!scan.present) {
        return;
    }
    out.walFramesChecked = scan.currentSalt;
    if (!scan.headerValid) {
        if (scan.damaged()) {
            out.findings.push_back({CheckFinding::Kind::WalFrame, 0,
                                    "the WAL header is damaged although " + std::to_string(scan.laterAuthentic.size())
                                        + " frames authenticate: its committed data is not used"});
        }
        return;
    }
    const long long used = walIndexFrames(db);
    if (scan.damaged() || (used >= 0 && static_cast<std::uint64_t>(used) > scan.validPrefix)) {
        out.findings.push_back({CheckFinding::Kind::WalFrame, scan.firstBad,
                                "WAL frame failed (" + scan.firstBadWhy + "; damaged or modified)"});
    }
    if (used >= 0 && static_cast<std::uint64_t>(used) < scan.recovered) {
        out.findings.push_back({CheckFinding::Kind::WalFrame, static_cast<std::uint64_t>(used) + 1,
                                "the log holds " + std::to_string(scan.recovered) + " committed frames but only "
                                    + std::to_string(used) + " are in use"});
    }
}

void checkSqlite(Database& db, CheckReport& out)
{
    auto stmt = db.prepare("PRAGMA integrity_check");
    if (!stmt) {
        out.findings.push_back({CheckFinding::Kind::Sqlite, 0, stmt.error().detail});
        return;
    }
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            out.findings.push_back({CheckFinding::Kind::Sqlite, 0, row.error().detail});
            return;
        }
        if (!*row) {
            return;
        }
        const std::string line = stmt->columnText(0);
        if (line != "ok") {
            out.findings.push_back({CheckFinding::Kind::Sqlite, 0, line});
        }
    }
}

// A file: URI for `path` naming our VFS, quoted as an SQL string literal.
std::string vfsUriLiteral(const std::string& path)
{
    std::string uri = "file:";
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += c;
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            uri += '%';
            uri += kHex[byte >> 4];
            uri += kHex[byte & 0xF];
        }
    }
    uri += "?vfs=";
    uri += vfs::kDefaultName;
    return "'" + uri + "'"; // nothing in the URI can be a quote: it was percent-encoded
}

// Header reads (and nothing else) through a read-only descriptor: the source of a restore is
// never written, not even a lock byte.
class ReadOnlyHeaderIo final : public format::HeaderIo {
public:
    explicit ReadOnlyHeaderIo(PosixFile& file)
        : m_file(file)
    {
    }
    Result<std::size_t> readAt(void* data, std::size_t size, std::uint64_t offset) override
    {
        return m_file.readAt(data, size, offset);
    }
    Status writeAt(const void*, std::size_t, std::uint64_t) override
    {
        return makeError(ErrorCode::InvalidArgument, "the source is opened read-only");
    }
    Status sync() override { return Ok{}; }
    Result<std::uint64_t> size() override { return m_file.size(); }

private:
    PosixFile& m_file;
};

// Decrypts every page of `from` (whose file is `size` bytes) with `fromKeys` and writes it,
// encrypted under `toKeys`, at the same place in `staging` (which holds its new header already).
// Any page that fails authentication stops the copy as damage.
Status copyPagesReencrypted(format::HeaderIo& from, std::uint64_t size, const format::Keys& fromKeys,
                            const fs::path& staging, const format::Keys& toKeys, const ProgressFn& progress)
{
    if (size < format::kHeaderBytes || (size - format::kHeaderBytes) % format::kPageSize != 0) {
        return makeError(ErrorCode::StoreDamaged, "partial page at the end of the file");
    }
    auto out = PosixFile::open(staging, PosixFile::Mode::ReadWrite);
    if (!out) {
        return out.error();
    }
    PageCipher decrypt(fromKeys);
    PageCipher encrypt(toKeys);
    Botan::secure_vector<std::uint8_t> stored(format::kPageSize);
    Botan::secure_vector<std::uint8_t> plain(format::kPageSize);
    const std::uint64_t pages = (size - format::kHeaderBytes) / format::kPageSize;
    for (std::uint64_t pgno = 1; pgno <= pages; ++pgno) {
        const std::uint64_t at = format::kHeaderBytes + (pgno - 1) * format::kPageSize;
        if (pgno == kPendingBytePage) {
            continue; // never written: stays a hole in the new file too
        }
        auto got = from.readAt(stored.data(), stored.size(), at);
        if (!got) {
            return got.error();
        }
        if (*got != stored.size() || !decrypt.decrypt(stored.data(), plain.data(), static_cast<std::uint32_t>(pgno))) {
            return makeError(ErrorCode::StoreDamaged,
                             "page " + std::to_string(pgno) + " failed authentication; nothing was changed");
        }
        encrypt.encrypt(plain.data(), stored.data(), static_cast<std::uint32_t>(pgno));
        if (auto st = out->writeAt(stored.data(), stored.size(), at); !st) {
            return st;
        }
        if (!report(progress, pgno, pages)) {
            return makeError(ErrorCode::Cancelled);
        }
    }
    return out->sync();
}

} // namespace

Result<std::unique_ptr<Store>> Store::importPlaintext(const fs::path& plain, const fs::path& target,
                                                      const SecretString& passphrase, std::span<const Migration> schema,
                                                      const KdfChoice& kdf)
{
    auto source = Database::openReadOnly(plain.string());
    if (!source) {
        return source.error();
    }
    // Sorting for index rebuilds must stay in memory; the reserve makes room for nonce and tag.
    if (auto st = source->exec("PRAGMA temp_store=MEMORY"); !st) {
        return st.error();
    }
    int reserve = format::kReserve;
    sqlite3_file_control(source->handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);

    auto file = Impl::createFile(target, passphrase, kdf);
    if (!file) {
        return file.error();
    }
    auto fail = [&](Error error) -> Result<std::unique_ptr<Store>> {
        removeStoreFiles(target);
        return error;
    };
    auto full = vfs::fullPath(target.string());
    if (!full) {
        return fail(full.error());
    }
    {
        Registration registration(*full, file->keys);
        if (auto st = source->exec("VACUUM INTO " + vfsUriLiteral(*full)); !st) {
            return fail(st.error());
        }
    }
    source = Database(nullptr);
    auto impl = Impl::connect(target, file->keys, file->header, false, schema);
    if (!impl) {
        return fail(impl.error());
    }
    auto store = std::unique_ptr<Store>(new Store(std::move(impl.value())));
    auto check = store->verify();
    if (!check || !check->ok()) {
        store.reset();
        return fail(makeError(ErrorCode::StoreDamaged, "the imported store failed verification"));
    }
    return store;
}

Result<format::HeaderState> Store::Impl::currentHeader() const
{
    sqlite3_file* real = vfs::underlyingFile(vfs::mainFile(db->handle()));
    if (real == nullptr) {
        return makeError(ErrorCode::Database, "no main file");
    }
    std::array<std::uint8_t, format::kHeaderBytes> bytes{};
    const int rc = real->pMethods->xRead(real, bytes.data(), static_cast<int>(bytes.size()), 0);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, "read header");
    }
    return format::parseHeader(bytes.data(), bytes.size());
}

Result<CheckReport> Store::verify(const ProgressFn& progress) const
{
    if (m_impl->readOnly) {
        return makeError(ErrorCode::InvalidArgument, "verify the store through its writer, not a reader");
    }
    CheckReport out;
    Database& db = *m_impl->db;
    sqlite3_file* file = vfs::mainFile(db.handle());
    sqlite3_file* real = vfs::underlyingFile(file);
    std::array<std::uint8_t, format::kHeaderBytes> header{};
    if (real == nullptr
        || real->pMethods->xRead(real, header.data(), static_cast<int>(header.size()), 0) != SQLITE_OK) {
        return makeError(ErrorCode::Io, "cannot read the header");
    }
    checkHeaderCopies(header.data(), *m_impl->keys, out);
    // Under the write lock (and a read snapshot) the log cannot change while it is compared.
    if (auto st = db.exec("BEGIN IMMEDIATE"); !st) {
        return st.error();
    }
    (void)db.queryInt("SELECT count(*) FROM sqlite_schema");
    checkWal(db.handle(), *m_impl->keys, out);
    if (out.findings.empty()) {
        // Fold the log into the main file so that every page is checked where it will live.
        (void)db.exec("ROLLBACK");
        (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        if (auto st = db.exec("BEGIN IMMEDIATE"); !st) {
            return st.error();
        }
    } else {
        // Never fold a log with findings into the store, not even when the connection closes.
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    const bool finished = checkPages(file, progress, out);
    if (finished) {
        checkSqlite(db, out);
    }
    (void)db.exec("ROLLBACK");
    if (!finished) {
        return makeError(ErrorCode::Cancelled);
    }
    return out;
}

Status Store::backupTo(const fs::path& out, const SecretString& passphrase, const ProgressFn& progress) const
{
    if (m_impl->readOnly) {
        return makeError(ErrorCode::InvalidArgument, "back the store up through its writer, not a reader");
    }
    std::error_code ec;
    if (fs::exists(fs::symlink_status(out, ec))) {
        return makeError(ErrorCode::AlreadyExists, "refusing to overwrite " + out.string());
    }
    auto state = m_impl->currentHeader();
    if (!state) {
        return state.error();
    }
    // The backup is wrapped under the passphrase it is given, so that passphrase must be one that
    // opens this store; its slot's cost parameters are kept (no calibration).
    std::size_t slot = 0;
    auto live = format::unlockState(*state, passphrase.view(), &slot, nullptr);
    if (!live) {
        return live.error();
    }
    if (live->dataKey != m_impl->keys->dataKey) {
        return makeError(ErrorCode::WrongPassphrase, "the passphrase opens a different store");
    }
    // A fresh data key and file id: the backup shares neither key nor AAD with the live store,
    // and no copy of the live header is written into it.
    auto file = Impl::createFile(out, passphrase, KdfChoice::fixed(state->header().slots[slot].kdf));
    if (!file) {
        return file.error();
    }
    auto fail = [&](Error error) -> Status {
        removeStoreFiles(out);
        return error;
    };
    {
        auto full = vfs::fullPath(out.string());
        if (!full) {
            return fail(full.error());
        }
        Registration registration(*full, file->keys);
        auto dst = Database::open(*full, vfs::kDefaultName, false);
        if (!dst) {
            return fail(dst.error());
        }
        int reserve = format::kReserve;
        sqlite3_file_control(dst->handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        if (auto st = dst->exec("PRAGMA temp_store=MEMORY; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL"); !st) {
            return fail(st.error());
        }
        sqlite3_backup* backup = sqlite3_backup_init(dst->handle(), "main", m_impl->db->handle(), "main");
        if (backup == nullptr) {
            return fail(dst->lastError("backup"));
        }
        int rc = SQLITE_OK;
        // Busy or locked steps are retried with a pause, for at most kLockTimeout in a row.
        auto busySince = std::chrono::steady_clock::time_point{};
        for (;;) {
            rc = sqlite3_backup_step(backup, 64);
            const auto total = static_cast<std::uint64_t>(sqlite3_backup_pagecount(backup));
            if (!report(progress, total - static_cast<std::uint64_t>(sqlite3_backup_remaining(backup)), total)) {
                sqlite3_backup_finish(backup);
                return fail(makeError(ErrorCode::Cancelled));
            }
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                const auto now = std::chrono::steady_clock::now();
                if (busySince == std::chrono::steady_clock::time_point{}) {
                    busySince = now;
                } else if (now - busySince >= kLockTimeout) {
                    sqlite3_backup_finish(backup);
                    return fail(makeError(ErrorCode::StoreInUse, "the store stayed locked during the backup"));
                }
                sqlite3_sleep(50);
                continue;
            }
            busySince = {};
            if (rc != SQLITE_OK) {
                break;
            }
        }
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            return fail(sqliteError(rc, "backup", dst->handle()));
        }
        if (auto st = dst->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !st) {
            return fail(st.error());
        }
    }
    // Prove the copy before calling it a backup.
    auto copy = Impl::connect(out, file->keys, file->header, false, std::nullopt);
    if (!copy) {
        return fail(copy.error());
    }
    Store opened(std::move(copy.value()));
    auto check = opened.verify();
    if (!check || !check->ok()) {
        return fail(makeError(ErrorCode::StoreDamaged, "the backup failed verification"));
    }
    return syncDirectoryOf(out);
}

Status Store::rekey(const fs::path& path, const SecretString& passphrase, const SecretString& newPassphrase,
                    const KdfChoice& kdf)
{
    if (newPassphrase.empty()) {
        return makeError(ErrorCode::InvalidArgument, "empty passphrase");
    }
    if (auto full = vfs::fullPath(path.string()); full && vfs::isRegistered(*full)) {
        return makeError(ErrorCode::InvalidArgument, "close the store before changing its key");
    }
    // Open and close once, so that a leftover log is recovered (or refused as damage) and folded in.
    {
        auto store = Impl::unlock(path, passphrase, std::nullopt); // re-encrypts pages: any schema
        if (!store) {
            return store.error();
        }
    }
    auto lock = vfs::ExclusiveLock::acquire(path, kLockTimeout);
    if (!lock) {
        return lock.error();
    }
    std::error_code ec;
    if (fs::exists(path.string() + "-wal", ec) && fs::file_size(path.string() + "-wal", ec) > 0) {
        return makeError(ErrorCode::StoreInUse, "the store's log was written again before it could be locked");
    }
    auto state = format::readHeader(**lock);
    if (!state) {
        return state.error();
    }
    auto oldKeys = format::unlockState(*state, passphrase.view(), nullptr, nullptr);
    if (!oldKeys) {
        return oldKeys.error();
    }
    auto size = (*lock)->size();
    if (!size) {
        return size.error();
    }
    if (*size < format::kHeaderBytes || (*size - format::kHeaderBytes) % format::kPageSize != 0) {
        return makeError(ErrorCode::StoreDamaged, "partial page at the end of the file");
    }
    const fs::path staging = path.string() + ".rekeying";
    removeStoreFiles(staging);
    auto file = Impl::createFile(staging, newPassphrase, kdf);
    if (!file) {
        return file.error();
    }
    auto fail = [&](Error error) -> Status {
        removeStoreFiles(staging);
        return error;
    };
    if (auto st = copyPagesReencrypted(**lock, *size, *oldKeys, staging, *file->keys, {}); !st) {
        return fail(st.error());
    }
    {
        auto copy = Impl::connect(staging, file->keys, file->header, false, std::nullopt);
        if (!copy) {
            return fail(copy.error());
        }
        Store opened(std::move(copy.value()));
        auto check = opened.verify();
        if (!check || !check->ok()) {
            return fail(makeError(ErrorCode::StoreDamaged, "the re-keyed store failed verification"));
        }
    }
    fs::remove(staging.string() + "-wal", ec);
    fs::remove(staging.string() + "-shm", ec);
    fs::remove(path.string() + "-shm", ec);
    fs::rename(staging, path, ec);
    if (ec) {
        return fail(makeError(ErrorCode::Io, "cannot move the re-keyed store into place: " + ec.message()));
    }
    return syncDirectoryOf(path);
}

Status Store::restore(const fs::path& backup, const SecretString& passphrase, const fs::path& target,
                      std::span<const Migration> schema, const ProgressFn& progress)
{
    std::error_code ec;
    if (fs::exists(target) && fs::equivalent(backup, target, ec)) {
        return makeError(ErrorCode::InvalidArgument, "the backup and the store are the same file");
    }
    if (auto full = vfs::fullPath(target.string()); full && vfs::isRegistered(*full)) {
        return makeError(ErrorCode::InvalidArgument, "close the store before restoring over it");
    }
    // The store must be closed everywhere: rows written by another connection during the swap
    // would land in the replaced file while both sides report success.
    std::unique_ptr<vfs::ExclusiveLock> lock;
    if (fs::exists(target)) {
        auto locked = vfs::ExclusiveLock::acquire(target, kLockTimeout);
        if (!locked) {
            return locked.error();
        }
        lock = std::move(*locked);
    }
    const fs::path staging = target.string() + ".restoring";
    removeStoreFiles(staging);
    if (auto st = vfs::install(); !st) {
        return st.error();
    }
    // The backup is only ever read, through a read-only descriptor and never through SQLite, so
    // no byte, time stamp, lock, -wal or -shm of it changes. Its pages are authenticated as
    // they are copied, re-encrypted under a fresh data key and file id, into the staging file.
    std::error_code walEc;
    if (fs::file_size(backup.string() + "-wal", walEc) > 0 && !walEc) {
        return makeError(ErrorCode::InvalidArgument,
                         "the backup has a write-ahead log beside it (" + backup.string()
                             + "-wal), so it is a copy of a store in use rather than a backup; verify it "
                               "with 'casebook-cli --store "
                             + backup.string() + " verify' first, which folds the log in");
    }
    auto source = PosixFile::open(backup, PosixFile::Mode::ReadOnly);
    if (!source) {
        return source.error();
    }
    ReadOnlyHeaderIo io(*source);
    auto state = format::readHeader(io);
    if (!state) {
        return state.error();
    }
    std::size_t slot = 0;
    auto keys = format::unlockState(*state, passphrase.view(), &slot, nullptr);
    if (!keys) {
        return keys.error();
    }
    auto size = io.size();
    if (!size) {
        return size.error();
    }
    if (*size <= format::kHeaderBytes) {
        return makeError(ErrorCode::StoreDamaged, "the backup holds no pages");
    }
    auto file = Impl::createFile(staging, passphrase, KdfChoice::fixed(state->header().slots[slot].kdf));
    if (!file) {
        return file.error();
    }
    auto failStaging = [&](Error error) -> Status {
        removeStoreFiles(staging);
        return error;
    };
    if (auto st = copyPagesReencrypted(io, *size, *keys, staging, *file->keys, progress); !st) {
        return failStaging(st.error());
    }
    {
        // The copy, not the backup, is migrated and checked in full.
        auto copy = Impl::connect(staging, file->keys, file->header, false, schema);
        if (!copy) {
            return failStaging(copy.error());
        }
        Store opened(std::move(copy.value()));
        auto check = opened.verify();
        if (!check) {
            return failStaging(check.error());
        }
        if (!check->ok()) {
            return failStaging(
                makeError(ErrorCode::StoreDamaged, "the backup failed verification: " + check->findings[0].message));
        }
        if (auto st = opened.database().exec("PRAGMA wal_checkpoint(TRUNCATE)"); !st) {
            return failStaging(st.error());
        }
    }
    fs::remove(staging.string() + "-wal", ec);
    fs::remove(staging.string() + "-shm", ec);
    // Keep the replaced store (and any unfolded log) beside it, then swap the new file in with
    // one atomic rename.
    if (fs::exists(target)) {
        const std::string previous = target.string() + ".before-restore";
        removeStoreFiles(previous);
        fs::create_hard_link(target, previous, ec);
        if (!ec && fs::exists(target.string() + "-wal")) {
            fs::rename(target.string() + "-wal", previous + "-wal", ec);
        }
        if (ec) {
            removeStoreFiles(staging);
            return makeError(ErrorCode::Io, "cannot keep the previous store: " + ec.message());
        }
        fs::remove(target.string() + "-shm", ec);
    }
    fs::rename(staging, target, ec);
    if (ec) {
        return makeError(ErrorCode::Io, "cannot move the restored store into place: " + ec.message());
    }
    return syncDirectoryOf(target);
}

} // namespace casebook::core
