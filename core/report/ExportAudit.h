// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Digest.h" // sha256Hex, for the record's bytes
#include "report/ReportDocument.h"
#include "support/Result.h"

#include <string>
#include <vector>

namespace casebook::core {

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

} // namespace casebook::core
