// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/EnumCodes.h"
#include "procedure/ProcedureEvent.h"
#include "repo/SqlValues.h"
#include "store/Database.h"
#include "support/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace casebook::core::procedure_sql {

// Row-mapping helpers shared by the procedure repositories: dates are ISO text, flags 0/1,
// enums their stable codes, and missing values NULL.

void bindDate(Statement& st, int index, Date value);
void bindDate(Statement& st, int index, const std::optional<Date>& value);
void bindFlag(Statement& st, int index, bool value);
void bindId(Statement& st, int index, const std::optional<std::int64_t>& value);

template <typename E> void bindCode(Statement& st, int index, E value)
{
    st.bind(index, toCode(value));
}

// Rows are read with the repositories' one reader (repo/SqlValues.h).
using sql::damaged;
using sql::RowReader;

/// Selects `columns` of the child rows of one owner from `table` (column owner_id) in the order
/// they were written, and calls `onRow(RowReader&)` for each.
template <typename OnRow>
Status forEachChild(Database& db, std::string_view table, std::string_view columns, std::int64_t ownerId, OnRow onRow)
{
    std::string sql = "SELECT ";
    sql.append(columns).append(" FROM ").append(table).append(" WHERE owner_id = ? ORDER BY id");
    Result<Statement> st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    st->bind(1, ownerId);
    for (;;) {
        Result<bool> row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return Ok{};
        }
        RowReader reader(*st, table);
        onRow(reader);
        if (Status read = reader.status(); !read) {
            return read;
        }
    }
}

/// Deletes the child rows of one owner from `table` (column owner_id).
Status clearChildren(Database& db, std::string_view table, std::int64_t ownerId);

/// The row id the last INSERT gave.
Result<std::int64_t> lastInsertId(Database& db);
/// Runs a prepared UPDATE or DELETE and returns NotFound when it touched no row.
Status runExpectingRow(Database& db, Statement& st, std::string_view table);
/// DELETE FROM `table` WHERE id = ?; NotFound when there is no such row. Child rows cascade.
Status removeRow(Database& db, std::string_view table, std::int64_t id);

/// Replaces the events of one owner in an event table (columns owner_id, name, event_date, note).
Status replaceEvents(Database& db, std::string_view table, std::int64_t ownerId, const ProcedureEvents& events);
/// The events of one owner in the order they were recorded.
Result<ProcedureEvents> loadEvents(Database& db, std::string_view table, std::int64_t ownerId);

} // namespace casebook::core::procedure_sql
