// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Case.h"
#include "store/Database.h"
#include "support/Result.h"

#include <optional>
#include <vector>

namespace casebook::core {

/// Which cases CaseRepository::list returns; unset fields match everything.
struct CaseFilter {
    std::optional<PersonId> person;
    std::optional<CaseStatus> status;
    std::optional<CaseType> type;
    std::optional<Rag> rag;
    std::optional<Date> reviewDueBy; ///< next review on or before this date
    bool includeClosed = true;       ///< false leaves out closed cases (unless status asks for them)

    bool operator==(const CaseFilter&) const = default;
};

/// Maps Case values to rows of `case_file` and `case_type` and back.
class CaseRepository {
public:
    explicit CaseRepository(Database& db)
        : m_db(db)
    {
    }

    Result<CaseId> insert(const Case& value);
    Status update(const Case& value);
    /// Deletes the case and, by cascade, everything recorded in it.
    Status remove(CaseId id);
    Result<Case> find(CaseId id);
    /// Matching cases, most urgent first: red before amber before green, then by next review.
    Result<std::vector<Case>> list(const CaseFilter& filter = {});

private:
    Status writeTypes(const Case& value);
    /// Reads the case's types with `stmt` ("SELECT type FROM case_type WHERE case_id = ?1"), reset first.
    static Status readTypes(Statement& stmt, Case& value);
    Database& m_db;
};

} // namespace casebook::core
