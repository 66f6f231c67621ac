// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Ids.h"
#include "support/Result.h"

#include <string>

namespace casebook::core {

/// An entry in the editable support directory (Oscar Kilo, Police Care UK, the force EAP ...).
struct SupportService {
    SupportServiceId id;
    std::string name;
    std::string description;
    std::string contactDetails;
    bool active = true; ///< retired entries stay for the records that cite them

    bool operator==(const SupportService&) const = default;
};

/// Name required; text within limits.
Status validate(const SupportService& service);

} // namespace casebook::core
