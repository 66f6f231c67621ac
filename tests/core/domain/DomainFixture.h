// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Case.h"
#include "domain/Date.h"
#include "domain/Person.h"

#include <catch2/catch.hpp>

#include <string_view>

namespace casebook::test {

/// A date from "YYYY-MM-DD"; fails the test on a bad literal.
inline core::Date day(std::string_view iso)
{
    auto parsed = core::Date::parseIso(iso);
    REQUIRE(parsed);
    return *parsed;
}

inline core::Person samplePerson(std::string name = "Alex Morgan")
{
    core::Person p;
    p.name = std::move(name);
    p.number = "PC 4471";
    p.kind = core::PersonKind::Officer;
    p.rankOrGrade = "Constable";
    p.role = "Response officer";
    p.team = "Northfield Response";
    p.lineManagerName = "PS Jordan Reeve";
    p.dutyStatus = core::DutyStatus::Recuperative;
    p.pensionScheme = core::PensionScheme::Police2015;
    p.staffAssociation = core::StaffAssociation::PoliceFederation;
    p.notes = "Prefers calls after 10am.";
    return p;
}

inline core::Case sampleCase(core::PersonId person)
{
    core::Case c;
    c.person = person;
    c.summary = "Recuperative duties after knee surgery";
    c.types = {core::CaseType::LimitedDuties, core::CaseType::OccupationalHealth};
    c.status = core::CaseStatus::Open;
    c.rag = core::Rag::Amber;
    c.owner = "PS Casey";
    c.opened = day("2026-01-12");
    c.nextReview = day("2026-03-01");
    return c;
}

} // namespace casebook::test
