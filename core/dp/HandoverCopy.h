// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core/dp: the row copier behind handover export and import.

#include "store/Store.h"
#include "support/Result.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace casebook::core {

class Database;

namespace handover {

/// What one copy did: rows per table and the id map per table (source id -> new id).
struct CopyResult {
    std::map<std::string, std::int64_t> counts;
    std::map<std::string, std::map<std::int64_t, std::int64_t>> ids;
    std::vector<std::string> notCarried; ///< tables that are neither carried nor deliberately excluded
};

/// Copies the cases `caseIds` of `from`, their people and every row that hangs off either (found
/// from the schema's foreign keys plus the few references the schema cannot declare), into `to`
/// under new ids. Runs inside the callers' transactions; writes nothing else.
Result<CopyResult> copyCases(Database& from, Database& to, const std::vector<std::int64_t>& caseIds,
                             const ProgressFn& progress);

/// SHA-256 (hex) over every row of every carried table of `db`, in table-name order and, within a
/// table, ordered by all its columns; each value typed and length-prefixed.
Result<std::string> contentDigest(Database& db);

} // namespace handover
} // namespace casebook::core
