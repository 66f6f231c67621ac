// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <compare>
#include <cstdint>

namespace casebook::core {

// Strong ids for the records of the case domain: the store's row ids, never mixed up by type.
// A value of 0 means "not stored yet".

/// Identifies a stored Person.
struct PersonId {
    std::int64_t value = 0;
    auto operator<=>(const PersonId&) const = default;
};
/// Identifies a stored Case.
struct CaseId {
    std::int64_t value = 0;
    auto operator<=>(const CaseId&) const = default;
};
/// Identifies a stored ChronologyEntry.
struct ChronologyEntryId {
    std::int64_t value = 0;
    auto operator<=>(const ChronologyEntryId&) const = default;
};
/// Identifies a stored EntryAmendment.
struct EntryAmendmentId {
    std::int64_t value = 0;
    auto operator<=>(const EntryAmendmentId&) const = default;
};
/// Identifies one stored HolisticReview version.
struct ReviewId {
    std::int64_t value = 0;
    auto operator<=>(const ReviewId&) const = default;
};
/// Identifies a stored Consent.
struct ConsentId {
    std::int64_t value = 0;
    auto operator<=>(const ConsentId&) const = default;
};
/// Identifies a stored Contact.
struct ContactId {
    std::int64_t value = 0;
    auto operator<=>(const ContactId&) const = default;
};
/// Identifies an entry in the support directory.
struct SupportServiceId {
    std::int64_t value = 0;
    auto operator<=>(const SupportServiceId&) const = default;
};
/// Identifies a stored Signposting record.
struct SignpostingId {
    std::int64_t value = 0;
    auto operator<=>(const SignpostingId&) const = default;
};
/// Identifies a stored Attachment.
struct AttachmentId {
    std::int64_t value = 0;
    auto operator<=>(const AttachmentId&) const = default;
};

} // namespace casebook::core
