// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Consent.h"

#include "domain/Validator.h"
#include "support/Listed.h"

#include <vector>

namespace casebook::core {
namespace {

std::string audienceLabel(ConsentAudience audience)
{
    switch (audience) {
    case ConsentAudience::Hr:
        return "HR";
    case ConsentAudience::LineManager:
        return "Line manager";
    case ConsentAudience::StaffRepresentative:
        return "Staff association";
    case ConsentAudience::ProfessionalStandards:
        return "PSD";
    case ConsentAudience::OccupationalHealth:
        return "OH";
    case ConsentAudience::Officer:
        return "Officer";
    }
    return "Unknown audience";
}

} // namespace

Status validate(const Consent& consent)
{
    Validator v;
    v.check(consent.person.value != 0, "person", "not_chosen", "must be chosen")
        .check(consent.answer == ConsentAnswer::Given || !consent.withdrawn.has_value(), "withdrawn date",
               "consent.withdrawn_not_given", "only consent that was given can be withdrawn")
        .notBefore("withdrawn date", consent.withdrawn, "the date consent was given", consent.given)
        .maxLength("how obtained", consent.obtained)
        .maxLength("note", consent.note, kMaxFreeTextChars);
    return v.status();
}

const Consent* latestAnswer(std::span<const Consent> consents, ConsentAudience audience, ConsentCategory category,
                            Date asOf)
{
    const Consent* latest = nullptr;
    for (const Consent& c : consents) {
        if (c.audience != audience || c.category != category || asOf < c.given) {
            continue;
        }
        // Later day wins; on the same day, the one recorded later (higher id, or later in the list
        // for records not stored yet).
        if (latest == nullptr || latest->given < c.given
            || (latest->given == c.given && latest->id.value <= c.id.value)) {
            latest = &c;
        }
    }
    return latest;
}

ConsentState consentState(std::span<const Consent> consents, ConsentAudience audience, ConsentCategory category,
                          Date asOf)
{
    const Consent* latest = latestAnswer(consents, audience, category, asOf);
    if (latest == nullptr) {
        return ConsentState::NotAsked;
    }
    if (latest->answer == ConsentAnswer::Refused) {
        return ConsentState::Refused;
    }
    if (latest->withdrawn && !(asOf < *latest->withdrawn)) {
        return ConsentState::Withdrawn;
    }
    return ConsentState::Given;
}

bool consentCovers(std::span<const Consent> consents, ConsentAudience audience, ConsentCategory category, Date asOf)
{
    return consentState(consents, audience, category, asOf) == ConsentState::Given;
}

bool consentCoversAll(std::span<const Consent> consents, ConsentAudience audience, Date asOf)
{
    for (ConsentCategory category : kConsentCategories) {
        if (!consentCovers(consents, audience, category, asOf)) {
            return false;
        }
    }
    return true;
}

std::string categoryName(ConsentCategory category)
{
    switch (category) {
    case ConsentCategory::OhAdvice:
        return "OH advice";
    case ConsentCategory::MedicalDetail:
        return "diagnosis and medical detail";
    case ConsentCategory::AbsenceReasons:
        return "absence reasons";
    case ConsentCategory::FitNotes:
        return "fit notes";
    }
    return "unknown category";
}

std::string audienceInSentence(ConsentAudience audience)
{
    switch (audience) {
    case ConsentAudience::Hr:
        return "HR";
    case ConsentAudience::LineManager:
        return "the line manager";
    case ConsentAudience::StaffRepresentative:
        return "the staff association";
    case ConsentAudience::ProfessionalStandards:
        return "professional standards (PSD)";
    case ConsentAudience::OccupationalHealth:
        return "occupational health";
    case ConsentAudience::Officer:
        return "the officer";
    }
    return "an unknown audience";
}

std::string consentSummaryLine(std::span<const Consent> consents, Date asOf)
{
    std::string line;
    for (ConsentAudience audience : kConsentAudiences) {
        std::vector<std::string> given;
        std::vector<std::string> refused;
        std::vector<std::string> withdrawn;
        for (ConsentCategory category : kConsentCategories) {
            switch (consentState(consents, audience, category, asOf)) {
            case ConsentState::Given:
                given.push_back(categoryName(category));
                break;
            case ConsentState::Refused:
                refused.push_back(categoryName(category));
                break;
            case ConsentState::Withdrawn:
                withdrawn.push_back(categoryName(category));
                break;
            case ConsentState::NotAsked:
                break;
            }
        }
        if (given.empty() && refused.empty() && withdrawn.empty()) {
            continue;
        }
        std::vector<std::string> parts;
        if (given.size() == kConsentCategories.size()) {
            parts.emplace_back("all medical information");
        } else if (!given.empty()) {
            parts.push_back(listed(given) + " only");
        }
        if (!refused.empty()) {
            parts.push_back("refused " + listed(refused));
        }
        if (!withdrawn.empty()) {
            parts.push_back("withdrawn " + listed(withdrawn));
        }
        std::string text = audienceLabel(audience) + ": ";
        for (std::size_t i = 0; i < parts.size(); ++i) {
            text += (i == 0 ? "" : "; ") + parts[i];
        }
        line += (line.empty() ? "" : " \xC2\xB7 ") + text;
    }
    return line.empty() ? std::string("No consent recorded") : line;
}

} // namespace casebook::core
