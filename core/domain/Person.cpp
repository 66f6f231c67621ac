// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Person.h"

#include "domain/Validator.h"

namespace casebook::core {

Status validate(const Person& person)
{
    Validator v;
    v.required("name", person.name)
        .maxLength("number", person.number)
        .maxLength("rank or grade", person.rankOrGrade)
        .maxLength("role", person.role)
        .maxLength("team", person.team)
        .maxLength("line manager", person.lineManagerName)
        .maxLength("notes", person.notes, kMaxFreeTextChars);
    const bool ownManager =
        person.id.value != 0 && person.lineManagerId.has_value() && person.lineManagerId->value == person.id.value;
    v.check(!ownManager, "line manager", "person.own_line_manager", "cannot be the person themselves");
    return v.status();
}

} // namespace casebook::core
