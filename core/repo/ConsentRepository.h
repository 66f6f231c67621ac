// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Consent.h"
#include "store/Database.h"
#include "support/Result.h"

#include <vector>

namespace casebook::core {

/// Maps Consent values to rows of `consent` and back.
class ConsentRepository {
public:
    explicit ConsentRepository(Database& db)
        : m_db(db)
    {
    }

    Result<ConsentId> insert(const Consent& consent);
    Status update(const Consent& consent);
    /// Deletes one answer (only to undo recording it; history is otherwise never deleted).
    Status remove(ConsentId id);
    Result<Consent> find(ConsentId id);
    /// The person's answers, by date answered, then by order of recording.
    Result<std::vector<Consent>> listForPerson(PersonId person);

private:
    Database& m_db;
};

} // namespace casebook::core
