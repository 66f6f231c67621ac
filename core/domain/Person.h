// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "support/Result.h"

#include <array>
#include <optional>
#include <string>

namespace casebook::core {

enum class PersonKind { Officer, Staff };
enum class DutyStatus { Full, Recuperative, Adjusted, ManagementRestricted, Suspended, Absent };
enum class PensionScheme { Police1987, Police2006, Police2015, StaffLgps, Unknown };
enum class StaffAssociation { PoliceFederation, Unison, SuperintendentsAssociation, None, Unknown };

/// An officer or staff member whose cases the sergeant oversees.
struct Person {
    PersonId id;
    std::string name;
    std::string number; ///< collar or staff number
    PersonKind kind = PersonKind::Officer;
    std::string rankOrGrade;
    std::string role;
    std::string team;
    std::optional<PersonId> lineManagerId; ///< when the line manager is a stored person
    std::string lineManagerName;           ///< free text otherwise (or as well)
    DutyStatus dutyStatus = DutyStatus::Full;
    PensionScheme pensionScheme = PensionScheme::Unknown;
    StaffAssociation staffAssociation = StaffAssociation::Unknown;
    std::string notes;

    bool operator==(const Person&) const = default;
};

/// Name required; short fields within kMaxShortTextChars, notes within kMaxFreeTextChars;
/// a person is not their own line manager.
Status validate(const Person& person);

template <> struct EnumCodes<PersonKind> {
    static constexpr std::array entries{CodeEntry<PersonKind>{PersonKind::Officer, "officer"},
                                        CodeEntry<PersonKind>{PersonKind::Staff, "staff"}};
};
template <> struct EnumCodes<DutyStatus> {
    static constexpr std::array entries{
        CodeEntry<DutyStatus>{DutyStatus::Full, "full"},
        CodeEntry<DutyStatus>{DutyStatus::Recuperative, "recuperative"},
        CodeEntry<DutyStatus>{DutyStatus::Adjusted, "adjusted"},
        CodeEntry<DutyStatus>{DutyStatus::ManagementRestricted, "management_restricted"},
        CodeEntry<DutyStatus>{DutyStatus::Suspended, "suspended"},
        CodeEntry<DutyStatus>{DutyStatus::Absent, "absent"},
    };
};
template <> struct EnumCodes<PensionScheme> {
    static constexpr std::array entries{
        CodeEntry<PensionScheme>{PensionScheme::Police1987, "police_1987"},
        CodeEntry<PensionScheme>{PensionScheme::Police2006, "police_2006"},
        CodeEntry<PensionScheme>{PensionScheme::Police2015, "police_2015"},
        CodeEntry<PensionScheme>{PensionScheme::StaffLgps, "staff_lgps"},
        CodeEntry<PensionScheme>{PensionScheme::Unknown, "unknown"},
    };
};
template <> struct EnumCodes<StaffAssociation> {
    static constexpr std::array entries{
        CodeEntry<StaffAssociation>{StaffAssociation::PoliceFederation, "police_federation"},
        CodeEntry<StaffAssociation>{StaffAssociation::Unison, "unison"},
        CodeEntry<StaffAssociation>{StaffAssociation::SuperintendentsAssociation, "superintendents_association"},
        CodeEntry<StaffAssociation>{StaffAssociation::None, "none"},
        CodeEntry<StaffAssociation>{StaffAssociation::Unknown, "unknown"},
    };
};

} // namespace casebook::core
