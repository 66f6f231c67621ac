// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/Store.h"

#include "store/Migrations.h"
#include "store/PosixFile.h"
#include "store/StoreImpl.h"

#include <sqlite3.h>

#include <system_error>

namespace casebook::core {
namespace fs = std::filesystem;

namespace {

Error mapOpenError(Error error)
{
    if (error.code == ErrorCode::Io && error.detail.find("(14)") != std::string::npos) {
        error.code = ErrorCode::NotFound;
    }
    return error;
}

bool fileExists(const fs::path& path)
{
    std::error_code ec;
    return fs::exists(fs::symlink_status(path, ec));
}

std::uint64_t sizeOrZero(const fs::path& path)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
}

} // namespace

Result<std::unique_ptr<Store::Impl>> Store::Impl::connect(const fs::path& path,
                                                          std::shared_ptr<const format::Keys> keys,
                                                          const format::Header& header, bool creating,
                                                          std::optional<std::span<const Migration>> schema)
{
    auto full = vfs::fullPath(path.string());
    if (!full) {
        return full.error();
    }
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->fullPath = *full;
    impl->keys = keys;
    impl->header = header;
    impl->registration = std::make_shared<Registration>(*full, keys);
    if (!impl->registration->active()) {
        return makeError(ErrorCode::InvalidArgument, "store is already open in this process: " + path.string());
    }
    auto db = Database::open(*full, vfs::kDefaultName, false);
    if (!db) {
        return mapOpenError(db.error());
    }
    if (creating) {
        int reserve = format::kReserve;
        sqlite3_file_control(db->handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    }
    if (auto st = db->exec(kConnectionPolicy); !st) {
        return st.error();
    }
#ifdef _WIN32
    // Windows locks are mandatory: keep the store below the page that holds SQLite's lock bytes
    // after our 4 KiB shift (FORMAT.md, "Windows").
    if (auto st = db->exec("PRAGMA max_page_count=262143"); !st) {
        return st.error();
    }
#endif
    if (schema) {
        auto version = migrate(*db, *schema);
        if (!version) {
            return version.error();
        }
        impl->schemaVersion = *version;
    } else {
        auto version = db->queryInt("PRAGMA user_version");
        if (!version) {
            return version.error();
        }
        impl->schemaVersion = static_cast<int>(*version);
    }
    if (const std::string kept = vfs::keptAsideWal(db->handle()); !kept.empty()) {
        impl->warnings.push_back("the write-ahead log held frames that recovery did not use (a torn or uncommitted "
                                 "write, or damage at its end); an encrypted copy of it was kept in "
                                 + kept);
    }
    impl->db = std::move(db.value());
    return impl;
}

Result<std::unique_ptr<Store>> Store::openReader() const
{
    auto db = Database::openReader(m_impl->fullPath, vfs::kDefaultName);
    if (!db) {
        return mapOpenError(db.error());
    }
    if (auto st = db->exec(kReaderPolicy); !st) {
        return st.error();
    }
    auto impl = std::make_unique<Impl>();
    impl->path = m_impl->path;
    impl->fullPath = m_impl->fullPath;
    impl->keys = m_impl->keys;
    impl->header = m_impl->header;
    impl->registration = m_impl->registration;
    impl->schemaVersion = m_impl->schemaVersion;
    impl->readOnly = true;
    impl->db = std::move(db.value());
    return std::unique_ptr<Store>(new Store(std::move(impl)));
}

bool Store::readOnly() const
{
    return m_impl->readOnly;
}

Store::Store(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Store::~Store()
{
    if (m_impl && m_impl->db) {
        sqlite3_db_release_memory(m_impl->db->handle());
    }
}

Result<std::unique_ptr<Store>> Store::create(const fs::path& path, const SecretString& passphrase,
                                             std::span<const Migration> schema, const KdfChoice& kdf)
{
    auto file = Impl::createFile(path, passphrase, kdf);
    if (!file) {
        return file.error();
    }
    auto impl = Impl::connect(path, file->keys, file->header, true, schema);
    if (!impl) {
        std::error_code ec;
        fs::remove(path, ec);
        fs::remove(path.string() + "-wal", ec);
        fs::remove(path.string() + "-shm", ec);
        return impl.error();
    }
    return std::unique_ptr<Store>(new Store(std::move(impl.value())));
}

Result<Store::Impl::NewFile> Store::Impl::createFile(const fs::path& path, const SecretString& passphrase,
                                                     const KdfChoice& kdf)
{
    if (passphrase.empty()) {
        return makeError(ErrorCode::InvalidArgument, "empty passphrase");
    }
    if (auto st = vfs::install(); !st) {
        return st.error();
    }
    if (fileExists(path)) {
        return makeError(ErrorCode::AlreadyExists, "a file already exists at " + path.string());
    }
    const KdfParams params = format::calibrate(kdf);
    if (auto st = format::checkKdfBounds(params, true); !st) {
        return st.error();
    }
    auto keys = std::make_shared<format::Keys>(format::newKeys());
    format::Header header;
    header.fileId = keys->fileId;
    if (auto st = format::wrapIntoSlot(header, 0, format::SlotType::Passphrase, *keys, passphrase.view(), params);
        !st) {
        return st.error();
    }
    format::seal(header, *keys);
    if (auto st = format::createFile(path, header); !st) {
        return st.error();
    }
    return NewFile{std::move(keys), header};
}

Result<std::unique_ptr<Store>> Store::open(const fs::path& path, const SecretString& passphrase,
                                           std::span<const Migration> schema)
{
    auto impl = Impl::unlock(path, passphrase, schema);
    if (!impl) {
        return impl.error();
    }
    return std::unique_ptr<Store>(new Store(std::move(impl.value())));
}

Result<std::unique_ptr<Store::Impl>> Store::Impl::unlock(const fs::path& path, const SecretString& passphrase,
                                                         std::optional<std::span<const Migration>> schema)
{
    if (auto st = vfs::install(); !st) {
        return st.error();
    }
    if (auto full = vfs::fullPath(path.string()); full && vfs::isRegistered(*full)) {
        return makeError(ErrorCode::InvalidArgument, "store is already open in this process: " + path.string());
    }
    auto state = format::readHeader(path);
    if (!state) {
        return state.error();
    }
    bool fellBack = false;
    auto keys = format::unlockState(*state, passphrase.view(), nullptr, &fellBack);
    if (!keys) {
        return keys.error();
    }
    auto impl =
        Impl::connect(path, std::make_shared<format::Keys>(std::move(keys.value())), state->header(), false, schema);
    if (!impl) {
        return impl.error();
    }
    if (fellBack) {
        (*impl)->warnings.insert((*impl)->warnings.begin(),
                                 "one copy of the store's header is damaged or was modified; the store was opened "
                                 "from the other, intact copy (run 'verify', then change the passphrase to rewrite "
                                 "both copies)");
    }
    return impl;
}

Status Store::changePassphrase(const fs::path& path, const SecretString& oldPassphrase,
                               const SecretString& newPassphrase, const KdfChoice& kdf)
{
    if (newPassphrase.empty()) {
        return makeError(ErrorCode::InvalidArgument, "empty passphrase");
    }
    if (auto full = vfs::fullPath(path.string()); full && vfs::isRegistered(*full)) {
        return makeError(ErrorCode::InvalidArgument, "close the store before changing its passphrase");
    }
    // Under an exclusive lock, so that no connection has the store open and a concurrent change
    // cannot interleave its read-modify-write of the header with ours.
    auto lock = vfs::ExclusiveLock::acquire(path, kLockTimeout);
    if (!lock) {
        return lock.error();
    }
    auto state = format::readHeader(**lock);
    if (!state) {
        return state.error();
    }
    std::size_t slot = 0;
    auto keys = format::unlockState(*state, oldPassphrase.view(), &slot, nullptr);
    if (!keys) {
        return keys.error();
    }
    const KdfParams params = format::calibrate(kdf);
    if (auto st = format::checkKdfBounds(params, true); !st) {
        return st;
    }
    // Re-wrap the slot that opened, so any other passphrase slot keeps its own passphrase.
    format::Header next = state->header();
    if (auto st = format::wrapIntoSlot(next, slot, format::SlotType::Passphrase, *keys, newPassphrase.view(), params);
        !st) {
        return st;
    }
    next.generation = state->header().generation + 1;
    format::seal(next, *keys);
    return format::writeHeaderUpdate(**lock, *state, next);
}

Result<StoreInfo> Store::peekInfo(const fs::path& path)
{
    auto state = format::readHeader(path);
    if (!state) {
        return state.error();
    }
    return infoFromHeader(*state, path);
}

StoreInfo infoFromHeader(const format::HeaderState& state, const fs::path& path)
{
    const format::Header& h = state.header();
    StoreInfo info;
    info.path = path;
    info.formatVersion = h.formatVersion;
    info.cipher = format::cipherName(h.aeadId);
    info.kdf = "Argon2id";
    bool kdfFound = false;
    for (const auto& slot : h.slots) {
        if (slot.type != format::SlotType::Empty) {
            ++info.keySlotsInUse;
        }
        if (slot.type == format::SlotType::Passphrase && !kdfFound) {
            info.kdfParams = slot.kdf;
            kdfFound = true;
        }
    }
    info.pageSize = h.pageSize;
    const std::uint64_t mainBytes = sizeOrZero(path);
    info.pageCount = mainBytes > format::kHeaderBytes ? (mainBytes - format::kHeaderBytes) / h.pageSize : 0;
    info.fileBytes = mainBytes + sizeOrZero(path.string() + "-wal");
    info.headerGeneration = h.generation;
    return info;
}

const fs::path& Store::path() const
{
    return m_impl->path;
}

Database& Store::database()
{
    return *m_impl->db;
}

const std::vector<std::string>& Store::warnings() const
{
    return m_impl->warnings;
}

int Store::schemaVersion() const
{
    return m_impl->schemaVersion;
}

Result<StoreInfo> Store::info() const
{
    auto state = m_impl->currentHeader();
    if (!state) {
        return state.error();
    }
    auto info = infoFromHeader(*state, m_impl->path);
    info.schemaVersion = m_impl->schemaVersion;
    if (auto pages = m_impl->db->queryInt("PRAGMA page_count")) {
        info.pageCount = static_cast<std::uint64_t>(*pages);
    }
    return info;
}

} // namespace casebook::core
