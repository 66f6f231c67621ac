// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Signposting.h"

#include "domain/Validator.h"

namespace casebook::core {

Status validate(const Signposting& record)
{
    Validator v;
    v.check(record.caseId.value != 0, "case", "not_chosen", "must be chosen")
        .check(record.service.value != 0, "service", "not_chosen", "must be chosen")
        .maxLength("note", record.note, kMaxFreeTextChars);
    return v.status();
}

} // namespace casebook::core
