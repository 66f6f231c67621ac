// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace casebook::core {

/// Schema step: the third-party review of a subject access request and the packages made from it
/// (core/dp/Disclosure.h).
///
/// - sar_item: one decision per item of the disclosure (disclose, redact or withhold, with the
///   reason), so that a review can be done over several sittings. An item is named by a stable
///   key ("chronology_entry:12"), not a copy of its content.
/// - sar_redaction: the words taken out of a redacted item. This is the redaction log: it stays
///   in the store (never in a package, an interchange file or an audit summary).
/// - disclosure_package: what was sent, by digest: the SHA-256 of the PDF and of the manifest
///   of the folder, with counts only.
/// Everything goes with its request, and so with its person on erasure.
inline constexpr std::string_view kDisclosureSchemaSql = R"sql(
CREATE TABLE sar_item(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sar_id INTEGER NOT NULL REFERENCES sar_request(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL CHECK (length(item_key) BETWEEN 1 AND 200),
    decision TEXT NOT NULL CHECK (decision IN ('disclose','redact','withhold')),
    reason TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    CHECK (decision = 'disclose' OR length(trim(reason)) > 0),
    UNIQUE (sar_id, item_key)
) STRICT;
CREATE TABLE sar_redaction(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id INTEGER NOT NULL REFERENCES sar_item(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0)
) STRICT;
CREATE INDEX sar_redaction_item ON sar_redaction(item_id);
CREATE TABLE disclosure_package(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sar_id INTEGER NOT NULL REFERENCES sar_request(id) ON DELETE CASCADE,
    made_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    pdf_sha256 TEXT NOT NULL CHECK (length(pdf_sha256) = 64),
    manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
    disclosed INTEGER NOT NULL,
    redacted INTEGER NOT NULL,
    withheld INTEGER NOT NULL,
    attachments INTEGER NOT NULL
) STRICT;
)sql";

} // namespace casebook::core
