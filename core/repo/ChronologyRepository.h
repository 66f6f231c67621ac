// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ChronologyEntry.h"
#include "store/Database.h"
#include "support/Result.h"

#include <vector>

namespace casebook::core {

/// Maps ChronologyEntry values (decision log included) to rows of `chronology_entry` and back.
class ChronologyRepository {
public:
    explicit ChronologyRepository(Database& db)
        : m_db(db)
    {
    }

    Result<ChronologyEntryId> insert(const ChronologyEntry& entry);
    Status update(const ChronologyEntry& entry);
    Status remove(ChronologyEntryId id);
    Result<ChronologyEntry> find(ChronologyEntryId id);
    /// The case's entries in time order (entries without a time first on their day).
    Result<std::vector<ChronologyEntry>> listForCase(CaseId caseId);

    /// Stores a correction beside its entry (the amendment's caseId must be the entry's).
    Result<EntryAmendmentId> insertAmendment(const EntryAmendment& amendment);
    Status removeAmendment(EntryAmendmentId id);
    Result<EntryAmendment> findAmendment(EntryAmendmentId id);
    /// The case's amendments, by entry and then in the order recorded.
    Result<std::vector<EntryAmendment>> amendmentsForCase(CaseId caseId);

private:
    Database& m_db;
};

} // namespace casebook::core
