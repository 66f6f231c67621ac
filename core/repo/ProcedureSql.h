// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/EnumCodes.h"
#include "procedure/ProcedureEvent.h"
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

/// A damaged row (an unreadable date or an unknown code): the store was written by something else.
Error damaged(std::string_view table, std::string_view what);

Result<Date> readDate(const Statement& st, int column, std::string_view table);
Result<std::optional<Date>> readOptionalDate(const Statement& st, int column, std::string_view table);
std::optional<std::int64_t> readOptionalId(const Statement& st, int column);

template <typename E> Result<E> readCode(const Statement& st, int column, std::string_view table)
{
    const std::string text = st.columnText(column);
    if (std::optional<E> value = fromCode<E>(text)) {
        return *value;
    }
    return damaged(table, "unknown code '" + text + "'");
}

/// Reads the columns of one row, remembering the first damaged value (an unreadable date or an
/// unknown code) instead of failing each call; check status() once the row is read.
class RowReader {
public:
    RowReader(const Statement& st, std::string_view table)
        : m_st(st)
        , m_table(table)
    {
    }

    std::int64_t integer(int column) const { return m_st.columnInt(column); }
    std::string text(int column) const { return m_st.columnText(column); }
    bool flag(int column) const { return m_st.columnInt(column) != 0; }
    std::optional<std::int64_t> optionalId(int column) const { return readOptionalId(m_st, column); }
    Date date(int column);
    std::optional<Date> optionalDate(int column);

    template <typename E> E code(int column)
    {
        Result<E> value = readCode<E>(m_st, column, m_table);
        if (!value) {
            fail(value.error());
            return E{};
        }
        return *value;
    }

    Status status() const;

private:
    void fail(const Error& error);

    const Statement& m_st;
    std::string_view m_table;
    std::optional<Error> m_error;
};

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
