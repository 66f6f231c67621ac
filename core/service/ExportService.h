// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ExportAudit.h"
#include "support/Result.h"

#include <filesystem>

namespace casebook::core {

class Session;

/// Appends one Export entry to the session's audit log in its own transaction. Its summary (shown
/// by `casebook-cli audit list`) names what, the format, the audience, the sections, each withheld
/// category with its count, and the SHA-256 of the bytes; its change digest covers the same.
/// Category names and counts only: no record content is logged. For an export that is not a file
/// (`export-json` to standard output); a file goes through exportFile.
Status recordExport(Session& session, const ExportRecord& record);

/// The one way a clear-text copy leaves the store as a file. `record.bytes` is the file, already
/// rendered in memory; this writes it to `path` atomically with owner-only permissions (nothing
/// is left at `path` unless it is complete; see writeFileAtomically), then records the export
/// with the SHA-256 of those bytes, and removes the file again if the entry cannot be recorded:
/// an export that is not in the audit log does not stay.
///
/// Errors: AlreadyExists when `path` exists and `replace` is false; Io when the file cannot be
/// written (the detail names the path and the system's reason); the audit log's error otherwise
/// (the file is then gone).
Status exportFile(Session& session, const ExportRecord& record, const std::filesystem::path& path, bool replace);

} // namespace casebook::core
