// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/Migrations.h"

#include <string>

namespace casebook::core {

Result<int> checkSchema(Database& db, std::span<const Migration> steps)
{
    auto current = db.queryInt("PRAGMA user_version");
    if (!current) {
        return current.error();
    }
    const int latest = steps.empty() ? 0 : steps.back().version;
    const int version = static_cast<int>(*current);
    if (version > latest) {
        return makeError(ErrorCode::SchemaTooNew,
                         "store schema " + std::to_string(version) + ", this build knows " + std::to_string(latest));
    }
    return version;
}

Result<int> migrate(Database& db, std::span<const Migration> steps)
{
    auto checked = checkSchema(db, steps);
    if (!checked) {
        return checked;
    }
    int version = *checked;
    for (const Migration& step : steps) {
        if (step.version <= version) {
            continue;
        }
        if (step.version != version + 1) {
            return makeError(ErrorCode::InvalidArgument, "migration steps are not consecutive");
        }
        auto tx = Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        if (auto st = db.exec(step.sql); !st) {
            return makeError(st.error().code, "migration " + std::to_string(step.version) + ": " + st.error().detail);
        }
        if (auto st = db.exec("PRAGMA user_version = " + std::to_string(step.version)); !st) {
            return st.error();
        }
        if (auto st = tx->commit(); !st) {
            return st.error();
        }
        version = step.version;
    }
    return version;
}

} // namespace casebook::core
