// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/SqlValues.h"

#include <string>

namespace casebook::core::sql {

void bindOptionalDate(Statement& stmt, int index, const std::optional<Date>& value)
{
    if (value.has_value()) {
        bindDate(stmt, index, *value);
    } else {
        stmt.bindNull(index);
    }
}

void bindOptionalId(Statement& stmt, int index, const std::optional<std::int64_t>& value)
{
    if (value.has_value()) {
        stmt.bind(index, *value);
    } else {
        stmt.bindNull(index);
    }
}

Error damaged(std::string_view where, std::string_view what)
{
    std::string detail(where);
    detail += ": ";
    detail += what;
    return makeError(ErrorCode::StoreDamaged, std::move(detail));
}

std::int64_t RowReader::integer(int column)
{
    switch (m_st.columnType(column)) {
    case SqlType::Integer:
        return m_st.columnInt(column);
    case SqlType::Null:
        fail(column, "NULL where a value is required");
        return 0;
    default:
        fail(column, "'" + m_st.columnText(column) + "' where an integer is expected");
        return 0;
    }
}

std::optional<std::int64_t> RowReader::optionalId(int column)
{
    if (m_st.columnIsNull(column)) {
        return std::nullopt;
    }
    return integer(column);
}

bool RowReader::flag(int column)
{
    const std::int64_t value = integer(column);
    if (value != 0 && value != 1) {
        fail(column, std::to_string(value) + " where a flag (0 or 1) is expected");
    }
    return value != 0;
}

std::string RowReader::requiredText(int column)
{
    if (m_st.columnIsNull(column)) {
        fail(column, "NULL where a value is required");
        return {};
    }
    return m_st.columnText(column);
}

Date RowReader::date(int column)
{
    if (m_st.columnIsNull(column)) {
        fail(column, "NULL where a date is required");
        return Date{};
    }
    const std::string text = m_st.columnText(column);
    Result<Date> parsed = Date::parseIso(text);
    if (!parsed) {
        fail(column, "unreadable date '" + text + "'");
        return Date{};
    }
    return *parsed;
}

std::optional<Date> RowReader::optionalDate(int column)
{
    if (m_st.columnIsNull(column)) {
        return std::nullopt;
    }
    return date(column);
}

Status RowReader::status() const
{
    if (m_error) {
        return *m_error;
    }
    return Ok{};
}

void RowReader::fail(int column, std::string_view what)
{
    if (m_error) {
        return;
    }
    std::string where = m_st.columnOrigin(column);
    if (where.empty()) {
        where = std::string(m_table.empty() ? "query" : m_table) + "." + m_st.columnName(column);
    }
    m_error = damaged(where, what);
}

Result<std::int64_t> insertReturningId(Statement& stmt)
{
    auto row = stmt.step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::Database, "insert returned no id");
    }
    const std::int64_t id = stmt.columnInt(0);
    if (auto done = stmt.run(); !done) {
        return done.error();
    }
    return id;
}

Result<std::int64_t> intWhere(Database& db, const std::string& query, std::int64_t id)
{
    auto stmt = db.prepare(query);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return *row ? stmt->columnInt(0) : 0;
}

Error notFound(std::string_view what, std::int64_t id)
{
    std::string detail(what);
    detail += ' ';
    detail += std::to_string(id);
    detail += " not found";
    return makeError(ErrorCode::NotFound, detail);
}

std::string select(std::string_view columns, std::string_view rest)
{
    std::string text = "SELECT ";
    text += columns;
    text += ' ';
    text += rest;
    return text;
}

Status runOne(Database& db, Statement& stmt, std::string_view what, std::int64_t id)
{
    if (auto st = stmt.run(); !st) {
        return st;
    }
    if (db.changes() == 0) {
        return notFound(what, id);
    }
    return Ok{};
}

} // namespace casebook::core::sql
