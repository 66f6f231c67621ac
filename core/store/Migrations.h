// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Database.h"
#include "support/Result.h"

#include <span>
#include <string_view>

namespace casebook::core {

/// One numbered schema step. Versions start at 1 and increase by one. The store runs the steps it
/// is given and knows none of its own (the app's are in schema/AppSchema.h).
struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

/// The store's schema version; SchemaTooNew when it is newer than the newest step.
Result<int> checkSchema(Database& db, std::span<const Migration> steps);

/// Applies every step newer than the store's `user_version`, each in its own transaction.
/// Refuses (SchemaTooNew) a store whose schema is newer than the newest step; returns the version.
Result<int> migrate(Database& db, std::span<const Migration> steps);

} // namespace casebook::core
