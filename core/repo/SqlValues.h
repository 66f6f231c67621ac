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
#include <type_traits>
#include <utility>
#include <vector>

namespace casebook::core::sql {

// Row <-> value helpers shared by every repository: dates are ISO text, flags 0/1, enums their
// stable codes, and missing values NULL. The one set: reads go through RowReader, which reports
// damaged data (written by something other than this build) instead of defaulting it.

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

/// StoreDamaged: "<where>: <what>", e.g. "person.kind: unknown code 'x'".
Error damaged(std::string_view where, std::string_view what);

/// Reads the columns of one row, remembering the first damaged value instead of failing each
/// call: a NULL where a value is required, text where an integer is expected, an unreadable
/// date or an unknown code. Check status() once the row is read: it names the table and column
/// ("case_file.opened_on: unreadable date '2026-13-01'").
class RowReader {
public:
    /// `table` names the row's table where SQLite cannot tell (a column computed by the query).
    explicit RowReader(const Statement& st, std::string_view table = {})
        : m_st(st)
        , m_table(table)
    {
    }

    /// A required integer: NULL or any other storage class is damage.
    std::int64_t integer(int column);
    /// An integer or NULL (an optional reference).
    std::optional<std::int64_t> optionalId(int column);
    /// A required 0/1 flag.
    bool flag(int column);
    /// Text; NULL reads as "" (the schema's optional text columns).
    std::string text(int column) const { return m_st.columnText(column); }
    std::vector<std::uint8_t> blob(int column) const { return m_st.columnBlob(column); }
    double real(int column) const { return m_st.columnDouble(column); }
    bool isNull(int column) const { return m_st.columnIsNull(column); }
    /// A required ISO date.
    Date date(int column);
    /// An ISO date or NULL.
    std::optional<Date> optionalDate(int column);
    /// A required enum code.
    template <typename E> E code(int column)
    {
        const std::string text = requiredText(column);
        if (std::optional<E> value = fromCode<E>(text)) {
            return *value;
        }
        if (!m_st.columnIsNull(column)) {
            fail(column, "unknown code '" + text + "'");
        }
        return E{};
    }

    /// A required code read with `parse` (text to std::optional<E>), for codes outside EnumCodes.
    template <typename E, typename Parse> E code(int column, Parse parse)
    {
        const std::string text = requiredText(column);
        if (std::optional<E> value = parse(text)) {
            return *value;
        }
        if (!m_st.columnIsNull(column)) {
            fail(column, "unknown code '" + text + "'");
        }
        return E{};
    }
    /// Records damage found by the caller's own parsing of `column`.
    void fail(int column, std::string_view what);
    Status status() const;

private:
    /// The column's text, failing on NULL.
    std::string requiredText(int column);

    const Statement& m_st;
    std::string_view m_table;
    std::optional<Error> m_error;
};

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

/// Maps the current row of `stmt` with `read`, which takes a RowReader& (damaged data becomes
/// the error) or, for rows that need no typed reads, the Statement.
template <typename T, typename Read> Result<T> readOne(const Statement& stmt, Read& read)
{
    if constexpr (std::is_invocable_v<Read&, RowReader&>) {
        RowReader row(stmt);
        T value = read(row);
        if (Status st = row.status(); !st) {
            return st.error();
        }
        return value;
    } else {
        return T(read(stmt));
    }
}

/// Steps `stmt` to the end, mapping each row with `read` (see readOne).
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
        Result<T> value = readOne<T>(stmt, read);
        if (!value) {
            return value.error();
        }
        rows.push_back(std::move(*value));
    }
}

/// The first row of `stmt` mapped with `read` (see readOne); NotFound ("<what> <id> not found")
/// without one.
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
    return readOne<T>(stmt, read);
}

} // namespace casebook::core::sql
