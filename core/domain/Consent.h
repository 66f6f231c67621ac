// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "support/Result.h"

#include <array>
#include <optional>
#include <span>
#include <string>

namespace casebook::core {

/// Who medical information may be shared with.
enum class ConsentAudience { Hr, LineManager, StaffRepresentative, ProfessionalStandards, OccupationalHealth, Officer };

/// The officer's agreement that medical detail may be shared with one audience, from a date
/// until it is withdrawn.
struct Consent {
    ConsentId id;
    PersonId person;
    ConsentAudience audience = ConsentAudience::Hr;
    std::string scope = "medical detail";
    Date given;
    std::optional<Date> withdrawn; ///< consent stops covering on this date
    std::string note;

    bool operator==(const Consent&) const = default;
};

/// Person set, scope required, withdrawn not before given, note within kMaxFreeTextChars.
Status validate(const Consent& consent);

/// True when some consent for `audience` was given on or before `asOf` and was not withdrawn on
/// or before `asOf`.
bool consentCovers(std::span<const Consent> consents, ConsentAudience audience, Date asOf);

template <> struct EnumCodes<ConsentAudience> {
    static constexpr std::array entries{
        CodeEntry<ConsentAudience>{ConsentAudience::Hr, "hr"},
        CodeEntry<ConsentAudience>{ConsentAudience::LineManager, "line_manager"},
        CodeEntry<ConsentAudience>{ConsentAudience::StaffRepresentative, "staff_representative"},
        CodeEntry<ConsentAudience>{ConsentAudience::ProfessionalStandards, "professional_standards"},
        CodeEntry<ConsentAudience>{ConsentAudience::OccupationalHealth, "occupational_health"},
        CodeEntry<ConsentAudience>{ConsentAudience::Officer, "officer"},
    };
};

} // namespace casebook::core
