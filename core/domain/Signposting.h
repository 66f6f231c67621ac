// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "support/Result.h"

#include <array>
#include <string>

namespace casebook::core {

enum class SignpostingResponse { Pending, Accepted, Declined, AlreadyInUse };

/// A support service offered to the person in a case, with the date and their response.
struct Signposting {
    SignpostingId id;
    CaseId caseId;
    SupportServiceId service;
    Date offered;
    SignpostingResponse response = SignpostingResponse::Pending;
    std::string note;

    bool operator==(const Signposting&) const = default;
};

/// Case and service set; note within kMaxFreeTextChars.
Status validate(const Signposting& record);

template <> struct EnumCodes<SignpostingResponse> {
    static constexpr std::array entries{
        CodeEntry<SignpostingResponse>{SignpostingResponse::Pending, "pending"},
        CodeEntry<SignpostingResponse>{SignpostingResponse::Accepted, "accepted"},
        CodeEntry<SignpostingResponse>{SignpostingResponse::Declined, "declined"},
        CodeEntry<SignpostingResponse>{SignpostingResponse::AlreadyInUse, "already_in_use"},
    };
};

} // namespace casebook::core
