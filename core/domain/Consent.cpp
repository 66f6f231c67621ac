// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Consent.h"

#include "domain/Validator.h"

#include <algorithm>

namespace casebook::core {

Status validate(const Consent& consent)
{
    Validator v;
    v.check(consent.person.value != 0, "person", "must be chosen")
        .required("scope", consent.scope)
        .notBefore("withdrawn date", consent.withdrawn, "the date consent was given", consent.given)
        .maxLength("note", consent.note, kMaxFreeTextChars);
    return v.status();
}

bool consentCovers(std::span<const Consent> consents, ConsentAudience audience, Date asOf)
{
    return std::any_of(consents.begin(), consents.end(), [&](const Consent& c) {
        if (c.audience != audience || asOf < c.given) {
            return false;
        }
        return !c.withdrawn.has_value() || asOf < *c.withdrawn;
    });
}

} // namespace casebook::core
