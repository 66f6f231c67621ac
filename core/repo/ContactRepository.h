// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Contact.h"
#include "store/Database.h"
#include "support/Result.h"

#include <vector>

namespace casebook::core {

/// Maps Contact values to rows of `contact`, and their links to cases to `case_contact`.
class ContactRepository {
public:
    explicit ContactRepository(Database& db)
        : m_db(db)
    {
    }

    Result<ContactId> insert(const Contact& contact);
    Status update(const Contact& contact);
    Result<Contact> find(ContactId id);
    /// Links the contact to the case (linking twice is harmless).
    Status link(CaseId caseId, ContactId contactId);
    Status unlink(CaseId caseId, ContactId contactId);
    /// The case's contacts, by name.
    Result<std::vector<Contact>> listForCase(CaseId caseId);

private:
    Database& m_db;
};

} // namespace casebook::core
