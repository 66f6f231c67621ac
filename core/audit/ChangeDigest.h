// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditEntry.h"
#include "support/Result.h"

#include <nlohmann/json_fwd.hpp>

namespace casebook::core {

/// The change digest of an audit entry: SHA-256 of the canonical JSON text of
/// `{"after": after, "before": before}`, compact, keys sorted at every level, UTF-8.
/// Use null for the missing side (before of a create, after of a delete). The same values give
/// the same digest whatever order their keys were inserted or parsed in. Numbers keep their JSON
/// type: 1 and 1.0 give different digests. InvalidArgument when a string is not valid UTF-8.
Result<AuditHash> changeDigest(const nlohmann::json& before, const nlohmann::json& after);

} // namespace casebook::core
