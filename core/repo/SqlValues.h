// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/EnumCodes.h"
#include "store/Database.h"
#include "support/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core::sql {

// Row <-> value helpers shared by the repositories. Reads trust the schema's CHECK constraints
// (valid ISO dates, known enum codes), so they do not return errors.

inline void bindBool(Statement& stmt, int index, bool value)
{
    stmt.bind(index, std::int64_t{value ? 1 : 0});
}
inline void bindDate(Statement& stmt, int index, Date value)
{
    stmt.bind(index, std::string_view(value.toIso()));
}
void bindOptionalDate(Statement& stmt, int index, const std::optional<Date>& value);
void bindOptionalId(Statement& stmt, int index, const std::optional<std::int64_t>& value);

Date dateAt(const Statement& stmt, int column);
std::optional<Date> optionalDateAt(const Statement& stmt, int column);
inline bool boolAt(const Statement& stmt, int column)
{
    return stmt.columnInt(column) != 0;
}
template <typename E> E enumAt(const Statement& stmt, int column)
{
    return fromCode<E>(stmt.columnText(column)).value_or(E{});
}

/// Runs an INSERT ... RETURNING id and gives the new row's id.
Result<std::int64_t> insertReturningId(Statement& stmt);
/// Runs an UPDATE or DELETE of one row; NotFound ("<what> <id> not found") when no row changed.
Status runOne(Database& db, Statement& stmt, std::string_view what, std::int64_t id);
/// The first column of the first row of `query` with ?1 bound to `id` (a count, an id); 0 when there
/// is no row.
Result<std::int64_t> intWhere(Database& db, const std::string& query, std::int64_t id);
/// NotFound ("<what> <id> not found").
Error notFound(std::string_view what, std::int64_t id);
/// "SELECT <columns> <rest>".
std::string select(std::string_view columns, std::string_view rest);

/// Steps `stmt` to the end, mapping each row with `read`.
template <typename T, typename Read> Result<std::vector<T>> collect(Statement& stmt, Read read)
{
    std::vector<T> rows;
    for (;;) {
        auto row = stmt.step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return rows;
        }
        rows.push_back(read(stmt));
    }
}

/// The first row of `stmt` mapped with `read`; NotFound ("<what> <id> not found") without one.
template <typename T, typename Read>
Result<T> single(Statement& stmt, Read read, std::string_view what, std::int64_t id)
{
    auto row = stmt.step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return notFound(what, id);
    }
    return read(stmt);
}

} // namespace casebook::core::sql
