// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/EncryptedVfs.h"

#include "store/Database.h"
#include "store/PageCipher.h"

#include "crypto/SecretString.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <strings.h>
#include <unistd.h>

namespace casebook::core::vfs {
namespace {

constexpr sqlite3_int64 kHeader = format::kHeaderBytes;
constexpr int kWalHeader = 32;
constexpr int kFrameHeader = 24;

enum class Kind { MainDb, Wal, Journal, PassThrough };

/// Per-handle state; the sqlite3_file below ours lives right after EncFile in SQLite's allocation.
struct FileState {
    Kind kind = Kind::PassThrough;
    std::shared_ptr<const format::Keys> keys;
    std::unique_ptr<PageCipher> cipher;
    Botan::secure_vector<std::uint8_t> stored; ///< ciphertext page or frame
    Botan::secure_vector<std::uint8_t> plain;  ///< plaintext page for sub-page reads
    int page1Reserve = -1;                     ///< reserve byte of page 1, once seen (main file)
    FileState* main = nullptr;                 ///< for a WAL: its database's state (outlives it)
    bool checkpointing = false;                ///< main file: between CKPT_START and CKPT_DONE
    std::string keptAside;                     ///< main file: where recovery kept a leftover WAL
    sqlite3_int64 lastSmallOffset = -1;        ///< journal pgno / WAL frame header just written
    std::uint32_t lastSmallPgno = 0;
    std::string name;
};

struct EncFile {
    sqlite3_file base;
    FileState* state;
    sqlite3_file* real;
};

struct VfsInstance {
    sqlite3_vfs vfs{};
    sqlite3_vfs* base = nullptr;
    std::string name;
};

std::mutex s_registryMutex;
std::map<std::string, std::shared_ptr<const format::Keys>>& registry()
{
    static std::map<std::string, std::shared_ptr<const format::Keys>> s_registry;
    return s_registry;
}

sqlite3_vfs* baseOf(sqlite3_vfs* vfs)
{
    return static_cast<VfsInstance*>(vfs->pAppData)->base;
}

std::uint32_t get32(const std::uint8_t* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

EncFile* enc(sqlite3_file* f)
{
    return reinterpret_cast<EncFile*>(f);
}

int realRead(EncFile* f, void* buf, int amt, sqlite3_int64 off)
{
    return f->real->pMethods->xRead(f->real, buf, amt, off);
}
int realWrite(EncFile* f, const void* buf, int amt, sqlite3_int64 off)
{
    return f->real->pMethods->xWrite(f->real, buf, amt, off);
}

int authFailure(FileState& s, const char* what, sqlite3_int64 where)
{
    sqlite3_log(SQLITE_IOERR_DATA, "casebook-enc: authentication failed: %s %lld of %s", what, where, s.name.c_str());
    return SQLITE_IOERR_DATA;
}

// ---- main database file: logical offset L is physical L + 4096 ----

bool page1HeaderValid(const FileState& s, const std::uint8_t* page)
{
    const std::uint32_t pageSize = (std::uint32_t{page[16]} << 8) | page[17];
    return pageSize == s.cipher->pageSize() && page[20] >= s.keys->reserve;
}

// Reads and authenticates one whole page into `out`.
int readMainPage(EncFile* f, std::uint8_t* out, sqlite3_int64 pageOffset)
{
    FileState& s = *f->state;
    const int pageSize = static_cast<int>(s.cipher->pageSize());
    const int rc = realRead(f, s.stored.data(), pageSize, pageOffset + kHeader);
    if (rc == SQLITE_IOERR_SHORT_READ) {
        sqlite3_int64 physical = 0;
        if (f->real->pMethods->xFileSize(f->real, &physical) == SQLITE_OK && physical <= pageOffset + kHeader) {
            std::memset(out, 0, static_cast<std::size_t>(pageSize));
            return SQLITE_IOERR_SHORT_READ; // wholly past the end: SQLite expects zeros
        }
        return authFailure(s, "partial page at offset", pageOffset);
    }
    if (rc != SQLITE_OK) {
        return rc;
    }
    const auto pgno = static_cast<std::uint32_t>(pageOffset / pageSize + 1);
    if (!s.cipher->decrypt(s.stored.data(), out, pgno)) {
        return authFailure(s, "page", pgno);
    }
    if (pgno == 1) {
        if (!page1HeaderValid(s, out)) {
            return authFailure(s, "page-1 geometry of page", 1);
        }
        s.page1Reserve = out[20];
    }
    return SQLITE_OK;
}

int readMain(EncFile* f, void* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *f->state;
    const sqlite3_int64 pageSize = s.cipher->pageSize();
    if (amt == pageSize && off % pageSize == 0) {
        return readMainPage(f, static_cast<std::uint8_t*>(buf), off);
    }
    // Sub-page reads (the 100-byte header, 16 bytes at 24, overflow heads): authenticate the
    // whole page, then copy the slice.
    auto* out = static_cast<std::uint8_t*>(buf);
    sqlite3_int64 pos = off;
    while (pos < off + amt) {
        const sqlite3_int64 pageStart = pos - pos % pageSize;
        const auto take = static_cast<int>(std::min(off + amt, pageStart + pageSize) - pos);
        const int rc = readMainPage(f, s.plain.data(), pageStart);
        if (rc == SQLITE_IOERR_SHORT_READ) {
            std::memset(out + (pos - off), 0, static_cast<std::size_t>(off + amt - pos));
            return rc;
        }
        if (rc != SQLITE_OK) {
            return rc;
        }
        std::memcpy(out + (pos - off), s.plain.data() + (pos - pageStart), static_cast<std::size_t>(take));
        pos += take;
    }
    return SQLITE_OK;
}

// A checkpoint copies WAL pages to the database unchanged. WAL frames and database pages use the
// same AAD (store id and page number), so the ciphertext is copied as it is: authentication moves
// to the next read of that page instead of happening twice here. Page 1 is still opened, so the
// reserve guard holds.
int writeCheckpointed(EncFile* f, const std::uint8_t* stored, sqlite3_int64 off)
{
    FileState& s = *f->state;
    if (off == 0) {
        if (!s.cipher->decrypt(stored, s.plain.data(), 1)) {
            return authFailure(s, "checkpointed page", 1);
        }
        if (!page1HeaderValid(s, s.plain.data())) {
            sqlite3_log(SQLITE_IOERR_WRITE, "casebook-enc: refused page 1 without %d reserve bytes", s.keys->reserve);
            return SQLITE_IOERR_WRITE;
        }
        s.page1Reserve = s.plain[20];
    }
    return realWrite(f, stored, static_cast<int>(s.cipher->pageSize()), off + kHeader);
}

int writeMain(EncFile* f, const void* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *f->state;
    const sqlite3_int64 pageSize = s.cipher->pageSize();
    if (amt != pageSize || off % pageSize != 0) {
        sqlite3_log(SQLITE_IOERR_WRITE, "casebook-enc: refused a partial page write (%d bytes at %lld)", amt, off);
        return SQLITE_IOERR_WRITE;
    }
    const auto* page = static_cast<const std::uint8_t*>(buf);
    const auto pgno = static_cast<std::uint32_t>(off / pageSize + 1);
    if (s.checkpointing) {
        return writeCheckpointed(f, page, off);
    }
    if (pgno == 1) {
        if (!page1HeaderValid(s, page)) {
            sqlite3_log(SQLITE_IOERR_WRITE, "casebook-enc: refused page 1 without %d reserve bytes", s.keys->reserve);
            return SQLITE_IOERR_WRITE;
        }
        s.page1Reserve = page[20];
    } else {
        if (s.page1Reserve < 0) {
            std::uint8_t head[100];
            if (const int rc = readMain(f, head, sizeof head, 0); rc != SQLITE_OK) {
                return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_WRITE : rc;
            }
        }
        if (s.page1Reserve < s.keys->reserve) {
            sqlite3_log(SQLITE_IOERR_WRITE, "casebook-enc: refused a page while page 1 has too few reserve bytes");
            return SQLITE_IOERR_WRITE;
        }
    }
    s.cipher->encrypt(page, s.stored.data(), pgno);
    return realWrite(f, s.stored.data(), amt, off + kHeader);
}

// ---- WAL: 32-byte header, then frames of 24-byte header + page ----

int frameSize(const FileState& s)
{
    return kFrameHeader + static_cast<int>(s.cipher->pageSize());
}

void maskFrameHeader(FileState& s, std::uint8_t* header24, sqlite3_int64 frameOffset)
{
    s.cipher->maskChecksum(header24 + 16, header24 + 8, static_cast<std::uint64_t>(frameOffset));
}

std::uint32_t getLe32(const std::uint8_t* p)
{
    return (std::uint32_t{p[3]} << 24) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[1]} << 8) | p[0];
}

// SQLite's WAL checksum (walChecksumBytes): words big-endian when the magic's low bit is set.
void walChecksum(bool bigEndian, const std::uint8_t* data, std::size_t n, std::uint32_t (&sum)[2])
{
    std::uint32_t s1 = sum[0];
    std::uint32_t s2 = sum[1];
    for (std::size_t i = 0; i + 8 <= n; i += 8) {
        const std::uint32_t x0 = bigEndian ? get32(data + i) : getLe32(data + i);
        const std::uint32_t x1 = bigEndian ? get32(data + i + 4) : getLe32(data + i + 4);
        s1 += x0 + s2;
        s2 += x1 + s1;
    }
    sum[0] = s1;
    sum[1] = s2;
}

// Copies the WAL, as it is on disk (ciphertext), to `<wal>.kept-<salts>` before recovery decides
// what to use of it, so that frames it drops can still be examined. Returns the copy's path.
Result<std::string> keepAside(EncFile* f)
{
    FileState& s = *f->state;
    std::uint8_t header[kWalHeader];
    if (realRead(f, header, kWalHeader, 0) != SQLITE_OK) {
        return makeError(ErrorCode::Io, "cannot read the WAL header");
    }
    char salts[17];
    std::snprintf(salts, sizeof salts, "%08x%08x", get32(header + 16), get32(header + 20));
    const std::string target = s.name + ".kept-" + salts;
    const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        if (errno == EEXIST) {
            return target; // the same log generation was kept by an earlier recovery
        }
        return makeError(ErrorCode::Io, "cannot create " + target + ": " + std::strerror(errno));
    }
    sqlite3_int64 size = 0;
    bool ok = f->real->pMethods->xFileSize(f->real, &size) == SQLITE_OK;
    std::vector<std::uint8_t> chunk(1 << 16);
    for (sqlite3_int64 pos = 0; ok && pos < size;) {
        const int take =
            static_cast<int>(std::min<sqlite3_int64>(size - pos, static_cast<sqlite3_int64>(chunk.size())));
        ok = realRead(f, chunk.data(), take, pos) == SQLITE_OK
             && ::pwrite(fd, chunk.data(), static_cast<std::size_t>(take), pos) == take;
        pos += take;
    }
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(target.c_str());
        return makeError(ErrorCode::Io, "cannot copy the WAL to " + target);
    }
    return target;
}

// SQLite reads the 32-byte WAL header at offset 0 when it recovers the log (and only then), holding
// the locks that keep every other connection out. Before it walks the frames, scan them ourselves:
// a frame that fails while a later frame of the same log authenticates means recovery would drop
// committed data without a word, so the open fails as damage instead; a log that recovery will not
// use to its end (a torn or uncommitted tail) is copied aside before anything can checkpoint it.
int beforeRecovery(EncFile* f)
{
    FileState& s = *f->state;
    const WalScan scan = scanWal(f->real, *s.keys);
    if (scan.damaged()) {
        sqlite3_log(SQLITE_IOERR_DATA,
                    "casebook-enc: WAL frame %llu failed (%s) but frame %llu of the same log authenticates: "
                    "refusing to drop committed data",
                    static_cast<unsigned long long>(scan.firstBad), scan.firstBadWhy.c_str(),
                    static_cast<unsigned long long>(scan.laterAuthentic.front()));
        return SQLITE_IOERR_DATA;
    }
    if (scan.unusedTail() && s.main != nullptr) {
        auto kept = keepAside(f);
        if (!kept) {
            sqlite3_log(SQLITE_IOERR, "casebook-enc: %s", kept.error().detail.c_str());
            return SQLITE_IOERR;
        }
        sqlite3_log(SQLITE_NOTICE, "casebook-enc: WAL frames %llu-%llu are not used by recovery; kept in %s",
                    static_cast<unsigned long long>(scan.recovered + 1),
                    static_cast<unsigned long long>(scan.currentSalt), kept->c_str());
        s.main->keptAside = *kept;
    }
    return SQLITE_OK;
}

int readWal(EncFile* f, void* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *f->state;
    if (off < kWalHeader) {
        if (off == 0 && amt == kWalHeader) {
            if (const int rc = beforeRecovery(f); rc != SQLITE_OK) {
                return rc;
            }
        }
        return realRead(f, buf, amt, off);
    }
    const int fs = frameSize(s);
    const sqlite3_int64 within = (off - kWalHeader) % fs;
    const sqlite3_int64 frame = off - within;
    auto* out = static_cast<std::uint8_t*>(buf);
    if (within + amt <= kFrameHeader) { // all or part of a frame header
        std::uint8_t header[kFrameHeader];
        const int rc = realRead(f, header, kFrameHeader, frame);
        if (rc == SQLITE_OK) {
            maskFrameHeader(s, header, frame);
        }
        std::memcpy(out, header + within, static_cast<std::size_t>(amt));
        return rc;
    }
    const bool wholeFrame = within == 0 && amt == fs;
    const bool pageOnly = within == kFrameHeader && amt == fs - kFrameHeader;
    if (!wholeFrame && !pageOnly) {
        sqlite3_log(SQLITE_IOERR_READ, "casebook-enc: refused an unaligned WAL read (%d at %lld)", amt, off);
        return SQLITE_IOERR_READ;
    }
    const int rc = realRead(f, s.stored.data(), fs, frame);
    if (rc != SQLITE_OK) {
        if (rc == SQLITE_IOERR_SHORT_READ) {
            std::memset(out, 0, static_cast<std::size_t>(amt));
        }
        return rc;
    }
    const std::uint32_t pgno = get32(s.stored.data());
    if (pageOnly && s.main->checkpointing) {
        std::memcpy(out, s.stored.data() + kFrameHeader, static_cast<std::size_t>(amt)); // see writeCheckpointed
        return SQLITE_OK;
    }
    std::uint8_t* page = wholeFrame ? out + kFrameHeader : out;
    if (pgno == 0 || !s.cipher->decrypt(s.stored.data() + kFrameHeader, page, pgno)) {
        if (wholeFrame) {
            // Recovery reads whole frames and stops at the first invalid one; an error here would
            // make the store unopenable, so a frame that fails authentication ends the log.
            sqlite3_log(SQLITE_IOERR_DATA, "casebook-enc: WAL frame at %lld failed authentication; log ends there",
                        frame);
            std::memset(out, 0, static_cast<std::size_t>(amt));
            return SQLITE_OK;
        }
        return authFailure(s, "WAL frame at offset", frame);
    }
    if (pgno == 1) {
        s.main->page1Reserve = page[20];
    }
    if (wholeFrame) {
        std::memcpy(out, s.stored.data(), kFrameHeader);
        maskFrameHeader(s, out, frame);
    }
    return SQLITE_OK;
}

int writeWal(EncFile* f, const void* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *f->state;
    if (off < kWalHeader) {
        return realWrite(f, buf, amt, off);
    }
    const int fs = frameSize(s);
    const sqlite3_int64 within = (off - kWalHeader) % fs;
    const auto* in = static_cast<const std::uint8_t*>(buf);
    if (within == 0 && amt == kFrameHeader) {
        std::uint8_t header[kFrameHeader];
        std::memcpy(header, in, sizeof header);
        maskFrameHeader(s, header, off);
        s.lastSmallOffset = off;
        s.lastSmallPgno = get32(header);
        return realWrite(f, header, kFrameHeader, off);
    }
    if (within == kFrameHeader && amt == fs - kFrameHeader) {
        std::uint32_t pgno = s.lastSmallPgno;
        if (s.lastSmallOffset != off - kFrameHeader) {
            std::uint8_t header[4];
            if (const int rc = realRead(f, header, 4, off - kFrameHeader); rc != SQLITE_OK) {
                return SQLITE_IOERR_WRITE;
            }
            pgno = get32(header);
        }
        // The same reserve guard as for the main file: a page 1 without room for nonce and tag
        // (a backup from a plain database, say) must never be committed through the log.
        if (pgno == 1 ? !page1HeaderValid(s, in)
                      : (s.main->page1Reserve >= 0 && s.main->page1Reserve < s.keys->reserve)) {
            sqlite3_log(SQLITE_IOERR_WRITE, "casebook-enc: refused a WAL page without %d reserve bytes",
                        s.keys->reserve);
            return SQLITE_IOERR_WRITE;
        }
        if (pgno == 1) {
            s.main->page1Reserve = in[20];
        }
        s.cipher->encrypt(in, s.stored.data(), pgno);
        return realWrite(f, s.stored.data(), amt, off);
    }
    sqlite3_log(SQLITE_IOERR_WRITE, "casebook-enc: refused a partial WAL write (%d at %lld)", amt, off);
    return SQLITE_IOERR_WRITE;
}

// ---- rollback journal: records are pgno (4) + page + checksum (4) ----
// The sector size we report equals the page size, so journal headers are written as whole
// sectors at sector-aligned offsets, and every page image starts at an offset that is not.

int readJournal(EncFile* f, void* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *f->state;
    const sqlite3_int64 pageSize = s.cipher->pageSize();
    if (amt != pageSize || off % pageSize == 0 || off < 4) {
        return realRead(f, buf, amt, off);
    }
    std::uint8_t pgnoBytes[4];
    int rc = realRead(f, pgnoBytes, 4, off - 4);
    if (rc == SQLITE_OK) {
        rc = realRead(f, s.stored.data(), amt, off);
    }
    if (rc != SQLITE_OK) {
        if (rc == SQLITE_IOERR_SHORT_READ) {
            std::memset(buf, 0, static_cast<std::size_t>(amt));
        }
        return rc;
    }
    if (!s.cipher->decrypt(s.stored.data(), static_cast<std::uint8_t*>(buf), get32(pgnoBytes))) {
        return authFailure(s, "journal record at offset", off);
    }
    return SQLITE_OK;
}

int writeJournal(EncFile* f, const void* buf, int amt, sqlite3_int64 off)
{
    FileState& s = *f->state;
    const sqlite3_int64 pageSize = s.cipher->pageSize();
    if (amt == 4) {
        s.lastSmallOffset = off;
        s.lastSmallPgno = get32(static_cast<const std::uint8_t*>(buf));
    }
    if (amt != pageSize || off % pageSize == 0 || off < 4) {
        return realWrite(f, buf, amt, off);
    }
    std::uint32_t pgno = s.lastSmallPgno;
    if (s.lastSmallOffset != off - 4) {
        std::uint8_t pgnoBytes[4];
        if (realRead(f, pgnoBytes, 4, off - 4) != SQLITE_OK) {
            return SQLITE_IOERR_WRITE;
        }
        pgno = get32(pgnoBytes);
    }
    s.cipher->encrypt(static_cast<const std::uint8_t*>(buf), s.stored.data(), pgno);
    return realWrite(f, s.stored.data(), amt, off);
}

// ---- io_methods ----

int xClose(sqlite3_file* file)
{
    EncFile* f = enc(file);
    const int rc = f->real->pMethods != nullptr ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    delete f->state;
    f->state = nullptr;
    return rc;
}

// Exceptions (a Botan allocation failure, say) must never unwind through SQLite's C frames.
template <typename Fn> int guarded(int failure, Fn&& fn) noexcept
{
    try {
        return fn();
    } catch (const std::exception& e) {
        sqlite3_log(failure, "casebook-enc: %s", e.what());
    } catch (...) {
        sqlite3_log(failure, "casebook-enc: unknown exception");
    }
    return failure;
}

int dispatchRead(sqlite3_file* file, void* buf, int amt, sqlite3_int64 off)
{
    EncFile* f = enc(file);
    switch (f->state->kind) {
    case Kind::MainDb:
        return readMain(f, buf, amt, off);
    case Kind::Wal:
        return readWal(f, buf, amt, off);
    case Kind::Journal:
        return readJournal(f, buf, amt, off);
    case Kind::PassThrough:
        break;
    }
    return realRead(f, buf, amt, off);
}

int xRead(sqlite3_file* file, void* buf, int amt, sqlite3_int64 off)
{
    return guarded(SQLITE_IOERR_READ, [&] { return dispatchRead(file, buf, amt, off); });
}

int dispatchWrite(sqlite3_file* file, const void* buf, int amt, sqlite3_int64 off)
{
    EncFile* f = enc(file);
    switch (f->state->kind) {
    case Kind::MainDb:
        return writeMain(f, buf, amt, off);
    case Kind::Wal:
        return writeWal(f, buf, amt, off);
    case Kind::Journal:
        return writeJournal(f, buf, amt, off);
    case Kind::PassThrough:
        break;
    }
    return realWrite(f, buf, amt, off);
}

int xWrite(sqlite3_file* file, const void* buf, int amt, sqlite3_int64 off)
{
    return guarded(SQLITE_IOERR_WRITE, [&] { return dispatchWrite(file, buf, amt, off); });
}

sqlite3_int64 shift(const EncFile* f)
{
    return f->state->kind == Kind::MainDb ? kHeader : 0;
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    EncFile* f = enc(file);
    return f->real->pMethods->xTruncate(f->real, size + shift(f));
}

int xSync(sqlite3_file* file, int flags)
{
    EncFile* f = enc(file);
    return f->real->pMethods->xSync(f->real, flags);
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    EncFile* f = enc(file);
    const int rc = f->real->pMethods->xFileSize(f->real, size);
    if (rc == SQLITE_OK) {
        *size = std::max<sqlite3_int64>(0, *size - shift(f));
    }
    return rc;
}

int xLock(sqlite3_file* file, int level)
{
    return enc(file)->real->pMethods->xLock(enc(file)->real, level);
}
int xUnlock(sqlite3_file* file, int level)
{
    return enc(file)->real->pMethods->xUnlock(enc(file)->real, level);
}
int xCheckReservedLock(sqlite3_file* file, int* out)
{
    return enc(file)->real->pMethods->xCheckReservedLock(enc(file)->real, out);
}

bool equalsAny(const char* value, std::initializer_list<const char*> options)
{
    return std::any_of(options.begin(), options.end(),
                       [value](const char* o) { return sqlite3_stricmp(value, o) == 0; });
}

// Refuses pragmas that would write plaintext to disk or break the page format.
const char* vetoPragma(const char* name, const char* value)
{
    if (value == nullptr) {
        return nullptr;
    }
    if (sqlite3_stricmp(name, "temp_store") == 0 && !equalsAny(value, {"memory", "2"})) {
        return "casebook: temp_store must stay MEMORY (temporary files would be plaintext)";
    }
    if (sqlite3_stricmp(name, "mmap_size") == 0 && !equalsAny(value, {"0"})) {
        return "casebook: memory-mapped I/O would bypass encryption";
    }
    if (sqlite3_stricmp(name, "page_size") == 0 && !equalsAny(value, {"4096"})) {
        return "casebook: the page size of an encrypted store is fixed";
    }
    if (sqlite3_stricmp(name, "secure_delete") == 0 && !equalsAny(value, {"on", "1", "true", "yes"})) {
        return "casebook: secure_delete must stay ON";
    }
    if (sqlite3_stricmp(name, "journal_mode") == 0 && equalsAny(value, {"off"})) {
        return "casebook: journal_mode=OFF would lose data on a crash";
    }
    if (sqlite3_stricmp(name, "synchronous") == 0 && equalsAny(value, {"off", "0"})) {
        return "casebook: synchronous=OFF would lose data on a crash";
    }
    return nullptr;
}

int xFileControl(sqlite3_file* file, int op, void* arg)
{
    EncFile* f = enc(file);
    if (f->state->kind == Kind::MainDb) {
        if (op == SQLITE_FCNTL_PRAGMA) {
            auto** args = static_cast<char**>(arg);
            if (const char* why = vetoPragma(args[1], args[2])) {
                args[0] = sqlite3_mprintf("%s", why);
                return SQLITE_ERROR;
            }
            return SQLITE_NOTFOUND;
        }
        if (op == SQLITE_FCNTL_SIZE_HINT) {
            sqlite3_int64 hint = *static_cast<sqlite3_int64*>(arg) + kHeader;
            return f->real->pMethods->xFileControl(f->real, op, &hint);
        }
        if (op == SQLITE_FCNTL_CKPT_START || op == SQLITE_FCNTL_CKPT_DONE) {
            f->state->checkpointing = op == SQLITE_FCNTL_CKPT_START;
        }
        if (op == SQLITE_FCNTL_MMAP_SIZE) {
            *static_cast<sqlite3_int64*>(arg) = 0;
            return SQLITE_OK;
        }
    }
    if (op == SQLITE_FCNTL_VFSNAME) {
        const int rc = f->real->pMethods->xFileControl(f->real, op, arg);
        auto** out = static_cast<char**>(arg);
        char* below = rc == SQLITE_OK ? *out : nullptr;
        *out = sqlite3_mprintf("%s/%z", kDefaultName, below);
        return SQLITE_OK;
    }
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int xSectorSize(sqlite3_file* file)
{
    // Equal to the page size: see the rollback-journal note above.
    EncFile* f = enc(file);
    return f->state->cipher ? static_cast<int>(f->state->cipher->pageSize()) : 4096;
}

int xDeviceCharacteristics(sqlite3_file* file)
{
    EncFile* f = enc(file);
    int caps = f->real->pMethods->xDeviceCharacteristics(f->real);
    caps &= ~(SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC1K | SQLITE_IOCAP_ATOMIC2K
              | SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K | SQLITE_IOCAP_ATOMIC16K | SQLITE_IOCAP_ATOMIC32K
              | SQLITE_IOCAP_ATOMIC64K | SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_BATCH_ATOMIC);
    // Powersafe overwrite keeps the WAL from splitting a page write at a sync point.
    return caps | SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}

int xShmMap(sqlite3_file* file, int page, int size, int extend, void volatile** out)
{
    return enc(file)->real->pMethods->xShmMap(enc(file)->real, page, size, extend, out);
}
int xShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return enc(file)->real->pMethods->xShmLock(enc(file)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* file)
{
    enc(file)->real->pMethods->xShmBarrier(enc(file)->real);
}
int xShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return enc(file)->real->pMethods->xShmUnmap(enc(file)->real, deleteFlag);
}

// Version 2: no xFetch/xUnfetch, so SQLite never maps the (encrypted) file into memory.
const sqlite3_io_methods s_methods = {
    2,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    nullptr,
    nullptr,
};

// The main file's keys come from the registry; a WAL or journal takes its database's.
std::shared_ptr<const format::Keys> keysFor(const char* name, Kind kind, FileState** mainState)
{
    if (kind == Kind::MainDb) {
        std::lock_guard lock(s_registryMutex);
        const auto it = registry().find(name);
        return it == registry().end() ? nullptr : it->second;
    }
    sqlite3_file* db = sqlite3_database_file_object(name);
    if (db == nullptr || db->pMethods != &s_methods) {
        return nullptr;
    }
    *mainState = enc(db)->state;
    return enc(db)->state->keys;
}

bool headerMatches(EncFile* f, const format::Keys& keys)
{
    std::array<std::uint8_t, format::kHeaderBytes> bytes{};
    if (realRead(f, bytes.data(), static_cast<int>(bytes.size()), 0) != SQLITE_OK) {
        return false;
    }
    for (std::size_t copy = 0; copy < 2; ++copy) {
        if (auto h = format::parseCopy(bytes.data() + copy * format::kCopyBytes, nullptr)) {
            if (h->fileId == keys.fileId) {
                return true;
            }
        }
    }
    return false;
}

int openFile(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    EncFile* f = enc(file);
    f->base.pMethods = nullptr;
    f->state = nullptr;
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(EncFile));
    f->real->pMethods = nullptr;

    Kind kind = Kind::PassThrough;
    if (flags & SQLITE_OPEN_MAIN_DB) {
        kind = Kind::MainDb;
    } else if (flags & SQLITE_OPEN_WAL) {
        kind = Kind::Wal;
    } else if (flags & SQLITE_OPEN_MAIN_JOURNAL) {
        kind = Kind::Journal;
    } else if (!(flags & SQLITE_OPEN_SUPER_JOURNAL) || name == nullptr) {
        // Temporary databases, sub-journals, sorter spills: with temp_store=MEMORY SQLite never asks
        // for them, and if it does they must not reach the disk in plaintext.
        sqlite3_log(SQLITE_CANTOPEN, "casebook-enc: refused to open a temporary file (flags 0x%x)", flags);
        return SQLITE_CANTOPEN;
    }
    std::shared_ptr<const format::Keys> keys;
    FileState* mainState = nullptr;
    if (kind != Kind::PassThrough) {
        keys = keysFor(name, kind, &mainState);
        if (!keys) {
            sqlite3_log(SQLITE_CANTOPEN, "casebook-enc: no key registered for %s", name);
            return SQLITE_CANTOPEN;
        }
    }
    const int rc = baseOf(vfs)->xOpen(baseOf(vfs), name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        return rc;
    }
    auto state = std::make_unique<FileState>();
    state->kind = kind;
    state->main = kind == Kind::MainDb ? state.get() : mainState;
    state->name = name != nullptr ? name : "";
    if (keys) {
        state->cipher = std::make_unique<PageCipher>(*keys);
        state->stored.resize(static_cast<std::size_t>(kFrameHeader) + keys->pageSize);
        state->plain.resize(keys->pageSize);
        state->keys = std::move(keys);
    }
    f->state = state.release();
    f->base.pMethods = &s_methods;
    if (kind == Kind::MainDb && !headerMatches(f, *f->state->keys)) {
        sqlite3_log(SQLITE_CANTOPEN, "casebook-enc: %s is not the store the key was registered for", name);
        xClose(file);
        f->base.pMethods = nullptr;
        return SQLITE_CANTOPEN;
    }
    return SQLITE_OK;
}

int xOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    enc(file)->base.pMethods = nullptr;
    return guarded(SQLITE_CANTOPEN, [&] { return openFile(vfs, name, file, flags, outFlags); });
}

int xDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return baseOf(vfs)->xDelete(baseOf(vfs), name, syncDir);
}
int xAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    return baseOf(vfs)->xAccess(baseOf(vfs), name, flags, out);
}
int xFullPathname(sqlite3_vfs* vfs, const char* name, int n, char* out)
{
    return baseOf(vfs)->xFullPathname(baseOf(vfs), name, n, out);
}
void* xDlOpen(sqlite3_vfs* vfs, const char* name)
{
    return baseOf(vfs)->xDlOpen(baseOf(vfs), name);
}
void xDlError(sqlite3_vfs* vfs, int n, char* out)
{
    baseOf(vfs)->xDlError(baseOf(vfs), n, out);
}
void (*xDlSym(sqlite3_vfs* vfs, void* handle, const char* sym))(void)
{
    return baseOf(vfs)->xDlSym(baseOf(vfs), handle, sym);
}
void xDlClose(sqlite3_vfs* vfs, void* handle)
{
    baseOf(vfs)->xDlClose(baseOf(vfs), handle);
}
int xRandomness(sqlite3_vfs* vfs, int n, char* out)
{
    return baseOf(vfs)->xRandomness(baseOf(vfs), n, out);
}
int xSleep(sqlite3_vfs* vfs, int micros)
{
    return baseOf(vfs)->xSleep(baseOf(vfs), micros);
}
int xCurrentTime(sqlite3_vfs* vfs, double* out)
{
    return baseOf(vfs)->xCurrentTime(baseOf(vfs), out);
}
int xGetLastError(sqlite3_vfs* vfs, int n, char* out)
{
    return baseOf(vfs)->xGetLastError != nullptr ? baseOf(vfs)->xGetLastError(baseOf(vfs), n, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    return baseOf(vfs)->xCurrentTimeInt64(baseOf(vfs), out);
}

std::mutex s_installMutex;

// SQLite's allocator, wrapped so that every block is wiped before it goes back to the heap: the
// page cache, statements and result rows hold plaintext. realloc is malloc, copy, wipe, free, so
// a block that moves leaves nothing behind either.
sqlite3_mem_methods s_defaultMalloc{};
std::atomic<std::uint64_t> s_wipedBytes{0};
bool s_zeroingInstalled = false;

void* zeroingMalloc(int n)
{
    return s_defaultMalloc.xMalloc(n);
}

void zeroingFree(void* p)
{
    if (p != nullptr) {
        const int n = s_defaultMalloc.xSize(p);
        secureWipe(p, static_cast<std::size_t>(n));
        s_wipedBytes.fetch_add(static_cast<std::uint64_t>(n), std::memory_order_relaxed);
    }
    s_defaultMalloc.xFree(p);
}

void* zeroingRealloc(void* p, int n)
{
    if (p == nullptr) {
        return s_defaultMalloc.xMalloc(n);
    }
    const int old = s_defaultMalloc.xSize(p);
    if (n <= old) {
        return p; // SQLite rounds sizes up; shrinking in place keeps the block
    }
    void* moved = s_defaultMalloc.xMalloc(n);
    if (moved == nullptr) {
        return nullptr;
    }
    std::memcpy(moved, p, static_cast<std::size_t>(old));
    zeroingFree(p);
    return moved;
}

int zeroingSize(void* p)
{
    return s_defaultMalloc.xSize(p);
}
int zeroingRoundup(int n)
{
    return s_defaultMalloc.xRoundup(n);
}
int zeroingInit(void* data)
{
    return s_defaultMalloc.xInit(data);
}
void zeroingShutdown(void* data)
{
    s_defaultMalloc.xShutdown(data);
}

// Must run before SQLite initialises; if something else initialised it first, the default
// allocator stays (zeroingAllocatorInstalled() says so).
void installZeroingAllocator()
{
    if (s_zeroingInstalled || sqlite3_config(SQLITE_CONFIG_GETMALLOC, &s_defaultMalloc) != SQLITE_OK) {
        return;
    }
    static const sqlite3_mem_methods methods = {zeroingMalloc,  zeroingFree, zeroingRealloc,  zeroingSize,
                                                zeroingRoundup, zeroingInit, zeroingShutdown, nullptr};
    s_zeroingInstalled = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
}

} // namespace

bool zeroingAllocatorInstalled()
{
    return s_zeroingInstalled;
}

std::uint64_t zeroingAllocatorWipedBytes()
{
    return s_wipedBytes.load(std::memory_order_relaxed);
}

Status install(const char* name, const char* baseName)
{
    std::lock_guard lock(s_installMutex);
    installZeroingAllocator();
    if (sqlite3_initialize() != SQLITE_OK) {
        return makeError(ErrorCode::Database, "sqlite3_initialize failed");
    }
    if (sqlite3_vfs_find(name) != nullptr) {
        return Ok{};
    }
    sqlite3_vfs* base = sqlite3_vfs_find(baseName);
    if (base == nullptr) {
        return makeError(ErrorCode::InvalidArgument, "no base VFS");
    }
    auto* inst = new VfsInstance; // lives as long as the process: SQLite keeps the pointer
    inst->base = base;
    inst->name = name;
    sqlite3_vfs& v = inst->vfs;
    v.iVersion = 2;
    v.szOsFile = static_cast<int>(sizeof(EncFile)) + base->szOsFile;
    v.mxPathname = base->mxPathname;
    v.zName = inst->name.c_str();
    v.pAppData = inst;
    v.xOpen = xOpen;
    v.xDelete = xDelete;
    v.xAccess = xAccess;
    v.xFullPathname = xFullPathname;
    v.xDlOpen = xDlOpen;
    v.xDlError = xDlError;
    v.xDlSym = xDlSym;
    v.xDlClose = xDlClose;
    v.xRandomness = xRandomness;
    v.xSleep = xSleep;
    v.xCurrentTime = xCurrentTime;
    v.xGetLastError = xGetLastError;
    v.xCurrentTimeInt64 = xCurrentTimeInt64;
    if (sqlite3_vfs_register(&v, 0) != SQLITE_OK) {
        delete inst;
        return makeError(ErrorCode::Database, "cannot register the encrypting VFS");
    }
    return Ok{};
}

Result<std::string> fullPath(const std::string& path, const char* vfsName)
{
    if (auto st = install(); !st) {
        return st.error();
    }
    sqlite3_vfs* v = sqlite3_vfs_find(vfsName);
    if (v == nullptr) {
        return makeError(ErrorCode::InvalidArgument, "VFS not installed");
    }
    std::string out(static_cast<std::size_t>(v->mxPathname) + 1, '\0');
    if (v->xFullPathname(v, path.c_str(), v->mxPathname + 1, out.data()) != SQLITE_OK) {
        return makeError(ErrorCode::InvalidArgument, "cannot resolve path " + path);
    }
    out.resize(std::strlen(out.c_str()));
    return out;
}

bool registerKeys(const std::string& fullPath, std::shared_ptr<const format::Keys> keys)
{
    std::lock_guard lock(s_registryMutex);
    return registry().emplace(fullPath, std::move(keys)).second;
}

void unregisterKeys(const std::string& fullPath)
{
    std::lock_guard lock(s_registryMutex);
    registry().erase(fullPath);
}

bool isRegistered(const std::string& fullPath)
{
    std::lock_guard lock(s_registryMutex);
    return registry().count(fullPath) != 0;
}

WalScan scanWal(sqlite3_file* real, const format::Keys& keys)
{
    WalScan scan;
    sqlite3_int64 size = 0;
    if (real == nullptr || real->pMethods == nullptr || real->pMethods->xFileSize(real, &size) != SQLITE_OK
        || size < kWalHeader) {
        return scan;
    }
    std::uint8_t header[kWalHeader];
    if (real->pMethods->xRead(real, header, kWalHeader, 0) != SQLITE_OK) {
        return scan;
    }
    scan.present = true;
    const std::uint32_t magic = get32(header);
    const bool bigEndian = (magic & 1) != 0;
    std::uint32_t sum[2] = {0, 0};
    walChecksum(bigEndian, header, kWalHeader - 8, sum);
    scan.headerValid = (magic & 0xFFFFFFFEu) == 0x377f0682u && get32(header + 4) == 3007000
                       && get32(header + 8) == keys.pageSize && sum[0] == get32(header + 24)
                       && sum[1] == get32(header + 28);
    PageCipher cipher(keys);
    const sqlite3_int64 fs = kFrameHeader + static_cast<sqlite3_int64>(keys.pageSize);
    Botan::secure_vector<std::uint8_t> frame(static_cast<std::size_t>(fs));
    Botan::secure_vector<std::uint8_t> page(keys.pageSize);
    std::uint64_t index = 0;
    for (sqlite3_int64 off = kWalHeader; off + fs <= size; off += fs) {
        ++index;
        scan.frames = index;
        if (real->pMethods->xRead(real, frame.data(), static_cast<int>(fs), off) != SQLITE_OK) {
            break;
        }
        const bool currentSalts = std::memcmp(frame.data() + 8, header + 16, 8) == 0;
        if (currentSalts) {
            ++scan.currentSalt;
        }
        if (!currentSalts && scan.headerValid) {
            if (scan.firstBad == 0) {
                scan.firstBad = index;
                scan.firstBadWhy = "salts of another log generation";
            }
            continue;
        }
        const std::uint32_t pgno = get32(frame.data());
        const bool authentic = pgno != 0 && cipher.decrypt(frame.data() + kFrameHeader, page.data(), pgno);
        if (!scan.headerValid) {
            if (authentic) {
                scan.laterAuthentic.push_back(index);
            }
            continue;
        }
        if (scan.firstBad != 0) {
            if (authentic) {
                scan.laterAuthentic.push_back(index);
            }
            continue;
        }
        bool valid = authentic;
        if (valid) {
            cipher.maskChecksum(frame.data() + 16, frame.data() + 8, static_cast<std::uint64_t>(off));
            walChecksum(bigEndian, frame.data(), 8, sum);
            walChecksum(bigEndian, page.data(), page.size(), sum);
            valid = sum[0] == get32(frame.data() + 16) && sum[1] == get32(frame.data() + 20);
        }
        if (!valid) {
            scan.firstBad = index;
            scan.firstBadWhy = authentic ? "checksum or frame header altered" : "page failed authentication";
            continue;
        }
        scan.validPrefix = index;
        if (get32(frame.data() + 4) != 0) {
            scan.recovered = index;
        }
    }
    if (!scan.headerValid && !scan.laterAuthentic.empty()) {
        scan.firstBad = 0;
        scan.firstBadWhy = "WAL header damaged";
    }
    return scan;
}

Result<std::unique_ptr<ExclusiveLock>> ExclusiveLock::acquire(const std::filesystem::path& path,
                                                              std::chrono::milliseconds timeout)
{
    if (auto st = install(); !st) {
        return st.error();
    }
    sqlite3_vfs* base = baseOf(sqlite3_vfs_find(kDefaultName));
    auto full = fullPath(path.string());
    if (!full) {
        return full.error();
    }
    std::unique_ptr<ExclusiveLock> lock(new ExclusiveLock);
    lock->m_storage.resize(static_cast<std::size_t>(base->szOsFile) / sizeof(std::uint64_t) + 1);
    lock->m_file = reinterpret_cast<sqlite3_file*>(lock->m_storage.data());
    lock->m_file->pMethods = nullptr;
    int outFlags = 0;
    const int rc =
        base->xOpen(base, full->c_str(), lock->m_file, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READWRITE, &outFlags);
    if (rc != SQLITE_OK) {
        if (lock->m_file->pMethods != nullptr) {
            lock->m_file->pMethods->xClose(lock->m_file);
        }
        return sqliteError(rc, "open for locking " + path.string());
    }
    lock->m_open = true;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (const int level : {SQLITE_LOCK_SHARED, SQLITE_LOCK_EXCLUSIVE}) {
        for (;;) {
            const int got = lock->m_file->pMethods->xLock(lock->m_file, level);
            if (got == SQLITE_OK) {
                break;
            }
            if (got != SQLITE_BUSY) {
                return sqliteError(got, "lock " + path.string());
            }
            if (std::chrono::steady_clock::now() >= deadline) {
                return makeError(ErrorCode::StoreInUse, "another connection holds " + path.string());
            }
            base->xSleep(base, 50'000);
        }
    }
    return lock;
}

ExclusiveLock::~ExclusiveLock()
{
    if (m_open) {
        m_file->pMethods->xUnlock(m_file, SQLITE_LOCK_NONE);
        m_file->pMethods->xClose(m_file);
    }
}

Result<std::size_t> ExclusiveLock::readAt(void* data, std::size_t size, std::uint64_t offset)
{
    const int rc = m_file->pMethods->xRead(m_file, data, static_cast<int>(size), static_cast<sqlite3_int64>(offset));
    if (rc == SQLITE_IOERR_SHORT_READ) {
        sqlite3_int64 have = 0;
        m_file->pMethods->xFileSize(m_file, &have);
        const auto end = static_cast<std::uint64_t>(have);
        return end > offset ? std::min<std::size_t>(size, static_cast<std::size_t>(end - offset)) : 0;
    }
    if (rc != SQLITE_OK) {
        return sqliteError(rc, "read");
    }
    return size;
}

Status ExclusiveLock::writeAt(const void* data, std::size_t size, std::uint64_t offset)
{
    const int rc = m_file->pMethods->xWrite(m_file, data, static_cast<int>(size), static_cast<sqlite3_int64>(offset));
    return rc == SQLITE_OK ? Status(Ok{}) : Status(sqliteError(rc, "write"));
}

Status ExclusiveLock::sync()
{
    const int rc = m_file->pMethods->xSync(m_file, SQLITE_SYNC_FULL);
    return rc == SQLITE_OK ? Status(Ok{}) : Status(sqliteError(rc, "sync"));
}

Result<std::uint64_t> ExclusiveLock::size()
{
    sqlite3_int64 have = 0;
    const int rc = m_file->pMethods->xFileSize(m_file, &have);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, "size");
    }
    return static_cast<std::uint64_t>(have);
}

std::string keptAsideWal(sqlite3* db)
{
    sqlite3_file* file = mainFile(db);
    return file != nullptr && enc(file)->state != nullptr ? enc(file)->state->keptAside : std::string();
}

sqlite3_file* underlyingFile(sqlite3_file* ours)
{
    return ours != nullptr && ours->pMethods == &s_methods ? enc(ours)->real : nullptr;
}

sqlite3_file* mainFile(sqlite3* db)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK) {
        return nullptr;
    }
    return file != nullptr && file->pMethods == &s_methods ? file : nullptr;
}

sqlite3_file* walFile(sqlite3* db)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &file) != SQLITE_OK) {
        return nullptr;
    }
    return file != nullptr && file->pMethods == &s_methods ? file : nullptr;
}

} // namespace casebook::core::vfs
