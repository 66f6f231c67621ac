// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Attachment.h"
#include "domain/Case.h"
#include "domain/ChronologyEntry.h"
#include "domain/Consent.h"
#include "domain/Contact.h"
#include "domain/HolisticReview.h"
#include "domain/Person.h"
#include "domain/Signposting.h"
#include "domain/SupportService.h"

#include <nlohmann/json_fwd.hpp>

namespace casebook::core {

// JSON images of the case records: what the audit log's change digests are computed over, and
// the shape a JSON export uses. Keys are the store's column names; enums are their stable codes;
// dates are ISO text; absent optionals are null.

nlohmann::json toJson(const Person& value);
nlohmann::json toJson(const Case& value);
nlohmann::json toJson(const ChronologyEntry& value);
nlohmann::json toJson(const EntryAmendment& value);
nlohmann::json toJson(const HolisticReview& value);
nlohmann::json toJson(const Consent& value);
nlohmann::json toJson(const Contact& value);
nlohmann::json toJson(const SupportService& value);
nlohmann::json toJson(const Signposting& value);
/// Metadata only; the content is represented by its size.
nlohmann::json toJson(const Attachment& value);

} // namespace casebook::core
