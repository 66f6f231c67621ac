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
    Result<Consent> find(ConsentId id);
    /// The person's consents, by date given.
    Result<std::vector<Consent>> listForPerson(PersonId person);

private:
    Database& m_db;
};

} // namespace casebook::core
