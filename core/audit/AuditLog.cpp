// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditLog.h"

#include "audit/AuditHead.h"
#include "crypto/Digest.h"
#include "store/Database.h"

#include <array>
#include <chrono>
#include <limits>
#include <string_view>

namespace casebook::core {

namespace {

constexpr std::string_view kSelect = "SELECT seq, at, actor, action, record_type, record_id, summary, change_digest,"
                                     " prev_hash, hash FROM audit_log";

void hashLength(Sha256& sha256, std::uint64_t length)
{
    std::array<std::uint8_t, 8> bytes{};
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<std::uint8_t>(length >> (56 - 8 * i));
    }
    sha256.update(bytes.data(), bytes.size());
}

void hashField(Sha256& sha256, const std::uint8_t* data, std::size_t size)
{
    hashLength(sha256, size);
    sha256.update(data, size);
}

void hashField(Sha256& sha256, std::string_view text)
{
    hashField(sha256, reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
}

std::string twoDigits(std::int64_t value)
{
    return (value < 10 ? "0" : "") + std::to_string(value);
}

std::string utcText(Clock::TimePoint at)
{
    using namespace std::chrono;
    const auto secs = floor<seconds>(at);
    const auto day = floor<days>(secs);
    const year_month_day date{day};
    const hh_mm_ss time{secs - day};
    std::string year = std::to_string(static_cast<int>(date.year()));
    year.insert(0, year.size() < 4 ? 4 - year.size() : 0, '0');
    return year + "-" + twoDigits(static_cast<unsigned>(date.month())) + "-"
           + twoDigits(static_cast<unsigned>(date.day())) + "T"
           + twoDigits(static_cast<std::int64_t>(time.hours().count())) + ":"
           + twoDigits(static_cast<std::int64_t>(time.minutes().count())) + ":"
           + twoDigits(static_cast<std::int64_t>(time.seconds().count())) + "Z";
}

/// Reads the current row; nullopt when a field cannot be read (malformed).
std::optional<AuditRecord> readRecord(const Statement& stmt)
{
    AuditRecord record;
    record.seq = stmt.columnInt(0);
    record.at = stmt.columnText(1);
    record.entry.actor = stmt.columnText(2);
    const auto action = auditActionFromString(stmt.columnText(3));
    record.entry.recordType = stmt.columnText(4);
    record.entry.recordId = stmt.columnText(5);
    record.entry.summary = stmt.columnText(6);
    const auto digest = auditHashFromBlob(stmt.columnBlob(7));
    const auto prevHash = auditHashFromBlob(stmt.columnBlob(8));
    const auto hash = auditHashFromBlob(stmt.columnBlob(9));
    if (!action || !digest || !prevHash || !hash) {
        return std::nullopt;
    }
    record.entry.action = *action;
    record.entry.changeDigest = *digest;
    record.prevHash = *prevHash;
    record.hash = *hash;
    return record;
}

/// A read transaction for verify(), unless the caller already has one open.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
        , m_own(!db.inTransaction())
    {
    }
    ~ReadSnapshot()
    {
        if (m_own && m_begun) {
            (void)m_db.exec("COMMIT");
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    Status begin()
    {
        if (!m_own) {
            return Ok{};
        }
        auto st = m_db.exec("BEGIN DEFERRED");
        m_begun = st.has_value();
        return st;
    }

private:
    Database& m_db;
    bool m_own;
    bool m_begun = false;
};

AuditBreak makeBreak(std::int64_t seq, AuditBreak::Reason reason, std::string detail)
{
    return AuditBreak{seq, reason, std::move(detail)};
}

/// Compares the end of a chain that linked up to `last` with the recorded head.
std::optional<AuditBreak> checkHead(const std::optional<AuditHead>& head, const AuditHead& last)
{
    using Reason = AuditBreak::Reason;
    if (!head) {
        if (last.seq == 0) {
            return std::nullopt;
        }
        return makeBreak(last.seq, Reason::HeadMismatch, "the log has entries but no recorded head");
    }
    if (head->seq > last.seq) {
        return makeBreak(last.seq + 1, Reason::TailMissing,
                         "the recorded head is seq " + std::to_string(head->seq) + ", the log ends at seq "
                             + std::to_string(last.seq));
    }
    if (head->seq < last.seq) {
        return makeBreak(head->seq + 1, Reason::HeadMismatch,
                         "entries after the recorded head seq " + std::to_string(head->seq));
    }
    if (head->hash != last.hash) {
        return makeBreak(last.seq, Reason::HeadMismatch, "the last entry's hash is not the recorded head's");
    }
    return std::nullopt;
}

/// Checks one row against the chain so far; advances `last` when the row links up.
std::optional<AuditBreak> checkRow(const Statement& stmt, AuditHead& last)
{
    using Reason = AuditBreak::Reason;
    const std::int64_t seq = stmt.columnInt(0);
    const std::int64_t expected = last.seq + 1;
    if (seq != expected) {
        return makeBreak(expected, Reason::SeqGap,
                         "expected seq " + std::to_string(expected) + ", found seq " + std::to_string(seq));
    }
    const auto record = readRecord(stmt);
    if (!record) {
        return makeBreak(seq, Reason::Malformed, "unknown action or a hash of the wrong length");
    }
    if (record->prevHash != last.hash) {
        return makeBreak(seq, Reason::PrevHashMismatch, "prev_hash is not the hash of the previous entry");
    }
    if (AuditLog::chainHash(*record) != record->hash) {
        return makeBreak(seq, Reason::HashMismatch, "the stored hash does not match the entry's fields");
    }
    last = AuditHead{seq, record->hash};
    return std::nullopt;
}

} // namespace

AuditLog::AuditLog(const Clock& clock)
    : m_clock(clock)
{
}

AuditHash AuditLog::chainHash(const AuditRecord& record)
{
    Sha256 sha256;
    hashField(sha256, record.prevHash.data(), record.prevHash.size());
    std::array<std::uint8_t, 8> seq{};
    for (std::size_t i = 0; i < seq.size(); ++i) {
        seq[i] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(record.seq) >> (56 - 8 * i));
    }
    hashField(sha256, seq.data(), seq.size());
    hashField(sha256, record.at);
    hashField(sha256, record.entry.actor);
    hashField(sha256, toString(record.entry.action));
    hashField(sha256, record.entry.recordType);
    hashField(sha256, record.entry.recordId);
    hashField(sha256, record.entry.summary);
    hashField(sha256, record.entry.changeDigest.data(), record.entry.changeDigest.size());
    return sha256.final();
}

Status AuditLog::append(Database& db, const AuditEntry& entry) const
{
    if (!db.inTransaction()) {
        return makeError(ErrorCode::InvalidArgument, "AuditLog::append needs the caller's open transaction");
    }
    if (entry.actor.empty() || entry.recordType.empty() || entry.recordId.empty() || entry.summary.empty()) {
        return makeError(ErrorCode::InvalidArgument, "audit entry without actor, record type, record id or summary");
    }
    auto tail = readAuditTail(db);
    if (!tail) {
        return tail.error();
    }
    auto head = readAuditHead(db);
    if (!head) {
        return head.error();
    }
    if (*tail != *head) {
        // Appending now would chain onto a cut or foreign end and hide it from verify().
        return makeError(ErrorCode::StoreDamaged, "audit_log's last entry is not the recorded audit_head");
    }
    AuditRecord record;
    record.seq = *tail ? (*tail)->seq + 1 : 1;
    record.at = utcText(m_clock.now());
    record.entry = entry;
    record.prevHash = *tail ? (*tail)->hash : AuditHash{};
    record.hash = chainHash(record);

    // A savepoint makes the row and the head one step even if the caller ignores our error.
    if (auto st = db.exec("SAVEPOINT audit_append"); !st) {
        return st;
    }
    auto insert = db.prepare(
        "INSERT INTO audit_log(seq, at, actor, action, record_type, record_id, summary, change_digest, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Status written = insert ? Status(Ok{}) : Status(insert.error());
    if (written) {
        insert->bind(1, record.seq).bind(2, record.at).bind(3, entry.actor).bind(4, toString(entry.action));
        insert->bind(5, entry.recordType).bind(6, entry.recordId).bind(7, entry.summary);
        insert->bindBlob(8, entry.changeDigest.data(), entry.changeDigest.size());
        insert->bindBlob(9, record.prevHash.data(), record.prevHash.size());
        insert->bindBlob(10, record.hash.data(), record.hash.size());
        written = insert->run();
    }
    if (written) {
        written = writeAuditHead(db, AuditHead{record.seq, record.hash});
    }
    if (!written) {
        (void)db.exec("ROLLBACK TO audit_append; RELEASE audit_append");
        return written;
    }
    return db.exec("RELEASE audit_append");
}

Result<AuditVerification> AuditLog::verify(Database& db) const
{
    ReadSnapshot snapshot(db);
    if (auto st = snapshot.begin(); !st) {
        return st.error();
    }
    AuditVerification result;
    auto head = readAuditHead(db);
    if (!head) {
        if (head.error().code != ErrorCode::StoreDamaged) {
            return head.error();
        }
        result.firstBreak = makeBreak(0, AuditBreak::Reason::HeadMismatch, head.error().detail);
        return result;
    }
    result.headSeq = *head ? (*head)->seq : 0;
    auto stmt = db.prepare(std::string(kSelect) + " ORDER BY seq");
    if (!stmt) {
        return stmt.error();
    }
    AuditHead last;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        ++result.entriesChecked;
        if (auto broken = checkRow(*stmt, last)) {
            result.firstBreak = std::move(broken);
            return result;
        }
    }
    result.firstBreak = checkHead(*head, last);
    return result;
}

Result<std::vector<AuditRecord>> AuditLog::list(Database& db, const AuditFilter& filter) const
{
    std::string sql = std::string(kSelect) + " WHERE seq >= ?1";
    sql += filter.recordType ? " AND record_type = ?2" : "";
    sql += filter.recordId ? " AND record_id = ?3" : "";
    sql += filter.actor ? " AND actor = ?4" : "";
    sql += filter.action ? " AND action = ?5" : "";
    sql += filter.newestFirst ? " ORDER BY seq DESC" : " ORDER BY seq";
    sql += " LIMIT ?6";
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, filter.fromSeq);
    if (filter.recordType) {
        stmt->bind(2, *filter.recordType);
    }
    if (filter.recordId) {
        stmt->bind(3, *filter.recordId);
    }
    if (filter.actor) {
        stmt->bind(4, *filter.actor);
    }
    if (filter.action) {
        stmt->bind(5, toString(*filter.action));
    }
    constexpr auto maxLimit = static_cast<std::size_t>(std::numeric_limits<std::int64_t>::max());
    stmt->bind(6, filter.limit == 0 || filter.limit > maxLimit ? std::int64_t{-1}
                                                               : static_cast<std::int64_t>(filter.limit));
    std::vector<AuditRecord> records;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return records;
        }
        auto record = readRecord(*stmt);
        if (!record) {
            return makeError(ErrorCode::StoreDamaged, "audit_log seq " + std::to_string(stmt->columnInt(0))
                                                          + " has an unknown action or a hash of the wrong length");
        }
        records.push_back(std::move(*record));
    }
}

} // namespace casebook::core
