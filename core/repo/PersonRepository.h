// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Person.h"
#include "store/Database.h"
#include "support/Result.h"

#include <vector>

namespace casebook::core {

/// Maps Person values to rows of `person` and back.
class PersonRepository {
public:
    explicit PersonRepository(Database& db)
        : m_db(db)
    {
    }

    Result<PersonId> insert(const Person& person);
    Status update(const Person& person);
    /// Deletes the person and, by cascade, their cases and consents.
    Status remove(PersonId id);
    Result<Person> find(PersonId id);
    /// Everyone, by name.
    Result<std::vector<Person>> list();

private:
    Database& m_db;
};

} // namespace casebook::core
