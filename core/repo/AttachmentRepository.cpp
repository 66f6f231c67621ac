// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/AttachmentRepository.h"

#include "repo/IdFloor.h"
#include "repo/SqlValues.h"

namespace casebook::core {
namespace {

constexpr std::string_view kColumns = "id, case_id, file_name, media_type, size, added_on, medical, note";

Attachment readRow(sql::RowReader& s)
{
    Attachment a;
    a.id = AttachmentId{s.integer(0)};
    a.caseId = CaseId{s.integer(1)};
    a.fileName = s.text(2);
    a.mediaType = s.text(3);
    a.size = s.integer(4);
    a.added = s.date(5);
    a.medical = s.flag(6);
    a.note = s.text(7);
    return a;
}

} // namespace

Result<AttachmentId> AttachmentRepository::insert(const Attachment& attachment, std::span<const std::uint8_t> bytes)
{
    auto meta = m_db.prepare(
        "INSERT INTO attachment(id, case_id, file_name, media_type, size, added_on, medical, note) VALUES ("
        + nextIdSql("attachment") + ", ?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
    if (!meta) {
        return meta.error();
    }
    meta->bind(1, attachment.caseId.value).bind(2, attachment.fileName).bind(3, attachment.mediaType);
    meta->bind(4, static_cast<std::int64_t>(bytes.size()));
    sql::bindDate(*meta, 5, attachment.added);
    sql::bindBool(*meta, 6, attachment.medical);
    meta->bind(7, attachment.note);
    auto id = sql::insertReturningId(*meta);
    if (!id) {
        return id.error();
    }
    auto content = m_db.prepare("INSERT INTO attachment_content(attachment_id, bytes) VALUES (?1, ?2)");
    if (!content) {
        return content.error();
    }
    // A zero-length blob still needs a non-null pointer, or SQLite stores NULL.
    static const std::uint8_t kEmpty = 0;
    content->bind(1, *id).bindBlob(2, bytes.empty() ? &kEmpty : bytes.data(), bytes.size());
    if (auto st = content->run(); !st) {
        return st.error();
    }
    return AttachmentId{*id};
}

Status AttachmentRepository::remove(AttachmentId id)
{
    auto stmt = m_db.prepare("DELETE FROM attachment WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::runOne(m_db, *stmt, "attachment", id.value);
}

Result<Attachment> AttachmentRepository::find(AttachmentId id)
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM attachment WHERE id = ?1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::single<Attachment>(*stmt, readRow, "attachment", id.value);
}

Result<std::vector<Attachment>> AttachmentRepository::listForCase(CaseId caseId)
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM attachment WHERE case_id = ?1 ORDER BY added_on, id"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId.value);
    return sql::collect<Attachment>(*stmt, readRow);
}

Result<std::vector<std::uint8_t>> AttachmentRepository::content(AttachmentId id)
{
    auto stmt = m_db.prepare("SELECT bytes FROM attachment_content WHERE attachment_id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id.value);
    return sql::single<std::vector<std::uint8_t>>(
        *stmt, [](const Statement& s) { return s.columnBlob(0); }, "attachment", id.value);
}

} // namespace casebook::core
