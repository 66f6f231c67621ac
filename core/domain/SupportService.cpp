// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/SupportService.h"

#include "domain/Validator.h"

namespace casebook::core {

Status validate(const SupportService& service)
{
    Validator v;
    v.required("name", service.name)
        .maxLength("description", service.description, kMaxFreeTextChars)
        .maxLength("contact details", service.contactDetails, kMaxFreeTextChars);
    return v.status();
}

} // namespace casebook::core
