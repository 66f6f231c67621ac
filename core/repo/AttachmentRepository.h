// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Attachment.h"
#include "store/Database.h"
#include "support/Result.h"

#include <cstdint>
#include <span>
#include <vector>

namespace casebook::core {

/// Maps Attachment metadata to `attachment` and the file's bytes to `attachment_content`
/// (encrypted at rest because every page of the store is).
class AttachmentRepository {
public:
    explicit AttachmentRepository(Database& db)
        : m_db(db)
    {
    }

    /// Stores the metadata and the bytes; `attachment.size` is ignored and set from `bytes`.
    Result<AttachmentId> insert(const Attachment& attachment, std::span<const std::uint8_t> bytes);
    Status remove(AttachmentId id);
    Result<Attachment> find(AttachmentId id);
    /// The case's attachments (metadata only), by date added.
    Result<std::vector<Attachment>> listForCase(CaseId caseId);
    Result<std::vector<std::uint8_t>> content(AttachmentId id);

private:
    Database& m_db;
};

} // namespace casebook::core
