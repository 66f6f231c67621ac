// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Ids.h"
#include "support/Result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

class Session;

/// The interchange format's name and version (resources/schema/casebook-interchange-1.schema.json).
inline constexpr std::string_view kInterchangeFormat = "casebook-interchange";
inline constexpr int kInterchangeVersion = 1;

/// One thing wrong with an interchange document, at a JSON Pointer (RFC 6901) such as
/// "/tables/case_file/3/opened_on".
struct InterchangeProblem {
    std::string path;
    std::string message;
    bool operator==(const InterchangeProblem&) const = default;
};

/// What an import did, or why it did nothing.
struct ImportOutcome {
    std::vector<InterchangeProblem> problems; ///< empty when the import was written
    std::map<std::string, int> rows;          ///< rows written per table (empty when problems)
    bool ok() const { return problems.empty(); }
};

/// Writes the store's records as an interchange document (UTF-8 JSON, pretty-printed, tables in
/// schema order, rows by primary key, ids as stored). With `onlyCase`, just that case, its person
/// and consents, what hangs off the case, its contacts and the support directory. The audit log
/// and store metadata are not part of it. This is clear text: only for an export the user asked for.
Result<std::string> exportInterchange(Session& session, std::optional<CaseId> onlyCase = std::nullopt);

/// Reads an interchange document into a store that holds no people or cases yet (a new store):
/// checks the whole document (shape, tables, columns, types, dates, the schema's constraints,
/// references between rows and the domain's validation), reporting every problem with its JSON
/// path, and writes it in one transaction only when there is none. A rejected document changes
/// nothing. Errors (Result) are for the store itself failing, or the store not being empty.
Result<ImportOutcome> importInterchange(Session& session, std::string_view document);

/// The JSON Schema (draft 2020-12) of the interchange document, generated from the store's own
/// tables; resources/schema/ holds a copy that a test keeps identical.
Result<std::string> interchangeJsonSchema(Session& session);

} // namespace casebook::core
