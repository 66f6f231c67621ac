// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Contact.h"

#include "domain/Validator.h"

namespace casebook::core {

Status validate(const Contact& contact)
{
    Validator v;
    const auto at = contact.email.find('@');
    const bool emailOk = contact.email.empty() || (at != std::string::npos && at > 0 && at + 1 < contact.email.size());
    v.required("name", contact.name)
        .maxLength("organisation", contact.organisation)
        .maxLength("phone", contact.phone)
        .maxLength("email", contact.email)
        .check(emailOk, "email", "contact.email_invalid", "is not an e-mail address")
        .maxLength("notes", contact.notes, kMaxFreeTextChars);
    return v.status();
}

} // namespace casebook::core
