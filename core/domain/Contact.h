// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "support/Result.h"

#include <array>
#include <string>

namespace casebook::core {

enum class StakeholderRole {
    Hr,
    OccupationalHealth,
    ProfessionalStandards,
    Federation,
    Unison,
    LineManager,
    SecondLineManager,
    AppealManager,
    Other,
};

/// A stakeholder the sergeant works with; one contact may be linked to many cases.
struct Contact {
    ContactId id;
    std::string name;
    std::string organisation;
    StakeholderRole role = StakeholderRole::Other;
    std::string phone;
    std::string email;
    std::string notes;

    bool operator==(const Contact&) const = default;
};

/// Name required; an e-mail address, when given, has an '@' with text either side.
Status validate(const Contact& contact);

template <> struct EnumCodes<StakeholderRole> {
    static constexpr std::array entries{
        CodeEntry<StakeholderRole>{StakeholderRole::Hr, "hr"},
        CodeEntry<StakeholderRole>{StakeholderRole::OccupationalHealth, "occupational_health"},
        CodeEntry<StakeholderRole>{StakeholderRole::ProfessionalStandards, "professional_standards"},
        CodeEntry<StakeholderRole>{StakeholderRole::Federation, "federation"},
        CodeEntry<StakeholderRole>{StakeholderRole::Unison, "unison"},
        CodeEntry<StakeholderRole>{StakeholderRole::LineManager, "line_manager"},
        CodeEntry<StakeholderRole>{StakeholderRole::SecondLineManager, "second_line_manager"},
        CodeEntry<StakeholderRole>{StakeholderRole::AppealManager, "appeal_manager"},
        CodeEntry<StakeholderRole>{StakeholderRole::Other, "other"},
    };
};

} // namespace casebook::core
