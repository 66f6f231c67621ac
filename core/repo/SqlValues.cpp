// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/SqlValues.h"

#include <sqlite3.h>

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

Date dateAt(const Statement& stmt, int column)
{
    auto parsed = Date::parseIso(stmt.columnText(column));
    return parsed ? *parsed : Date{};
}

std::optional<Date> optionalDateAt(const Statement& stmt, int column)
{
    if (stmt.columnIsNull(column)) {
        return std::nullopt;
    }
    return dateAt(stmt, column);
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
    if (sqlite3_changes(db.handle()) == 0) {
        return notFound(what, id);
    }
    return Ok{};
}

} // namespace casebook::core::sql
