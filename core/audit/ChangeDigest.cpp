// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "audit/ChangeDigest.h"

#include "crypto/Digest.h"

#include <nlohmann/json.hpp>

#include <string>

namespace casebook::core {

Result<AuditHash> changeDigest(const nlohmann::json& before, const nlohmann::json& after)
{
    // nlohmann::json keeps object keys in a std::map, so dump() writes them sorted at every
    // level: the text depends only on the values, never on insertion or parse order.
    nlohmann::json document = nlohmann::json::object();
    document["after"] = after;
    document["before"] = before;
    std::string canonical;
    try {
        canonical = document.dump();
    } catch (const nlohmann::json::exception& e) {
        return makeError(ErrorCode::InvalidArgument, std::string("change digest: ") + e.what());
    }
    return sha256(canonical);
}

} // namespace casebook::core
