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

/// What kind of medical information an answer is about. Each export withholds each category
/// separately.
enum class ConsentCategory {
    OhAdvice,       ///< occupational health advice and recommendations
    MedicalDetail,  ///< diagnosis and medical detail (OH referral content, medical entries)
    AbsenceReasons, ///< the reasons for sickness absence
    FitNotes,       ///< fit notes and what they say
};

/// The officer's answer when asked.
enum class ConsentAnswer { Given, Refused };

/// Where an audience and category stand on a day.
enum class ConsentState { NotAsked, Given, Refused, Withdrawn };

/// One answer of the officer about sharing one category of medical information with one
/// audience: given or refused on a day, and (for a giving) withdrawn later. Answers are never
/// overwritten by later ones: asking again is a new record, so the history stays.
struct Consent {
    ConsentId id;
    PersonId person;
    ConsentAudience audience = ConsentAudience::Hr;
    ConsentCategory category = ConsentCategory::MedicalDetail;
    Date given;                    ///< the day the officer answered (gave or refused)
    std::optional<Date> withdrawn; ///< a giving stops covering on this date
    std::string note;
    ConsentAnswer answer = ConsentAnswer::Given;
    std::string obtained; ///< how the answer was obtained ("signed form", "by email", ...)

    bool operator==(const Consent&) const = default;
};

/// Every category, in the order forms and statements list them.
inline constexpr std::array kConsentCategories{ConsentCategory::OhAdvice, ConsentCategory::MedicalDetail,
                                               ConsentCategory::AbsenceReasons, ConsentCategory::FitNotes};
/// Every audience, in the order forms and statements list them.
inline constexpr std::array kConsentAudiences{ConsentAudience::Hr,
                                              ConsentAudience::LineManager,
                                              ConsentAudience::StaffRepresentative,
                                              ConsentAudience::ProfessionalStandards,
                                              ConsentAudience::OccupationalHealth,
                                              ConsentAudience::Officer};

/// Person set, withdrawn only for a giving and not before it, note and "how obtained" within
/// kMaxFreeTextChars.
Status validate(const Consent& consent);

/// The latest answer for `audience` and `category` on or before `asOf` (by date, then by order of
/// recording), or nullptr when the officer was not asked by then.
const Consent* latestAnswer(std::span<const Consent> consents, ConsentAudience audience, ConsentCategory category,
                            Date asOf);
/// Where `audience` and `category` stand on `asOf`: the latest answer decides; a giving withdrawn
/// on or before `asOf` is Withdrawn.
ConsentState consentState(std::span<const Consent> consents, ConsentAudience audience, ConsentCategory category,
                          Date asOf);
/// True when consentState() is Given.
bool consentCovers(std::span<const Consent> consents, ConsentAudience audience, ConsentCategory category, Date asOf);
/// True when consent covers every category for `audience` on `asOf`.
bool consentCoversAll(std::span<const Consent> consents, ConsentAudience audience, Date asOf);

/// In words: "OH advice", "diagnosis and medical detail", "absence reasons", "fit notes".
std::string categoryName(ConsentCategory category);
/// In words, for a sentence: "HR", "the line manager", "the staff association", ...
std::string audienceInSentence(ConsentAudience audience);
/// One line for the case header on `asOf`, e.g. "HR: all medical information · Line manager: OH
/// advice only; refused fit notes", or "No consent recorded".
std::string consentSummaryLine(std::span<const Consent> consents, Date asOf);

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

template <> struct EnumCodes<ConsentCategory> {
    static constexpr std::array entries{
        CodeEntry<ConsentCategory>{ConsentCategory::OhAdvice, "oh_advice"},
        CodeEntry<ConsentCategory>{ConsentCategory::MedicalDetail, "medical_detail"},
        CodeEntry<ConsentCategory>{ConsentCategory::AbsenceReasons, "absence_reasons"},
        CodeEntry<ConsentCategory>{ConsentCategory::FitNotes, "fit_notes"},
    };
};

template <> struct EnumCodes<ConsentAnswer> {
    static constexpr std::array entries{
        CodeEntry<ConsentAnswer>{ConsentAnswer::Given, "given"},
        CodeEntry<ConsentAnswer>{ConsentAnswer::Refused, "refused"},
    };
};

} // namespace casebook::core
