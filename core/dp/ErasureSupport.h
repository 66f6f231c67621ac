// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dp/Erasure.h"

#include <cstdint>
#include <string>

/// What erasing a person or a case and disposing of one record share (core/dp/Erasure.cpp,
/// core/dp/RecordDisposal.cpp): not for use outside core/dp.
namespace casebook::core::erasure {

/// RuleViolation naming the first open hold, or an open subject access request about `person`
/// (CPR PD 31B; DPA 2018 s.173); Ok when nothing blocks disposing of `what`.
Status refuseIfHeld(const std::vector<LegalHold>& holds, Database& db, PersonId person, const std::string& what);
/// The certificate as printed and stored: what, how many, when, who, which rule; no content.
std::string certificateText(const DisposalCertificate& c);

} // namespace casebook::core::erasure
