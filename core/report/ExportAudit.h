// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Digest.h" // sha256Hex, for the digests the export entries record
#include "report/ReportDocument.h"
#include "support/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

class Session;

/// What left the store in one export, as recorded in the audit log.
struct ExportRecord {
    std::string what;       ///< "case summary", "caseload overview", "calendar"
    std::string format;     ///< "html", "csv", "ics"
    std::string recordType; ///< "case" for a summary, "caseload" otherwise
    std::string recordId;
    std::string audience;
    std::vector<std::string> sections;
    std::vector<WithheldCategory> withheld;
    std::string bytes; ///< the file as written; only its SHA-256 is recorded
};

/// Appends one Export entry to the session's audit log in its own transaction. Its summary (shown
/// by `casebook-cli audit list`) names what, the format, the audience, the sections, each withheld
/// category with its count, and the SHA-256 of the bytes; its change digest covers the same.
/// Category names and counts only: no record content is logged.
Status recordExport(Session& session, const ExportRecord& record);

} // namespace casebook::core
