// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/ProcedureSql.h"

namespace casebook::core::procedure_sql {

void bindDate(Statement& st, int index, Date value)
{
    st.bind(index, value.toIso());
}

void bindDate(Statement& st, int index, const std::optional<Date>& value)
{
    if (value) {
        st.bind(index, value->toIso());
    } else {
        st.bindNull(index);
    }
}

void bindFlag(Statement& st, int index, bool value)
{
    st.bind(index, std::int64_t{value ? 1 : 0});
}

void bindId(Statement& st, int index, const std::optional<std::int64_t>& value)
{
    if (value) {
        st.bind(index, *value);
    } else {
        st.bindNull(index);
    }
}

Status clearChildren(Database& db, std::string_view table, std::int64_t ownerId)
{
    Result<Statement> clear = db.prepare("DELETE FROM " + std::string(table) + " WHERE owner_id = ?");
    if (!clear) {
        return clear.error();
    }
    clear->bind(1, ownerId);
    return clear->run();
}

Result<std::int64_t> lastInsertId(Database& db)
{
    return db.queryInt("SELECT last_insert_rowid()");
}

Status runExpectingRow(Database& db, Statement& st, std::string_view table)
{
    if (Status run = st.run(); !run) {
        return run;
    }
    Result<std::int64_t> changed = db.queryInt("SELECT changes()");
    if (!changed) {
        return changed.error();
    }
    if (*changed == 0) {
        return makeError(ErrorCode::NotFound, std::string(table) + ": no such record");
    }
    return Ok{};
}

Status removeRow(Database& db, std::string_view table, std::int64_t id)
{
    Result<Statement> st = db.prepare("DELETE FROM " + std::string(table) + " WHERE id = ?");
    if (!st) {
        return st.error();
    }
    st->bind(1, id);
    return runExpectingRow(db, *st, table);
}

Status replaceEvents(Database& db, std::string_view table, std::int64_t ownerId, const ProcedureEvents& events)
{
    const std::string name(table);
    if (Status st = clearChildren(db, table, ownerId); !st) {
        return st;
    }
    Result<Statement> insert =
        db.prepare("INSERT INTO " + name + "(owner_id, name, event_date, note) VALUES (?, ?, ?, ?)");
    if (!insert) {
        return insert.error();
    }
    for (const ProcedureEvent& event : events) {
        insert->reset();
        insert->bind(1, ownerId).bind(2, event.name).bind(4, event.note);
        bindDate(*insert, 3, event.date);
        if (Status st = insert->run(); !st) {
            return st;
        }
    }
    return Ok{};
}

Result<ProcedureEvents> loadEvents(Database& db, std::string_view table, std::int64_t ownerId)
{
    Result<Statement> st =
        db.prepare("SELECT name, event_date, note FROM " + std::string(table) + " WHERE owner_id = ? ORDER BY id");
    if (!st) {
        return st.error();
    }
    st->bind(1, ownerId);
    ProcedureEvents events;
    for (;;) {
        Result<bool> row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return events;
        }
        RowReader reader(*st, table);
        ProcedureEvent event{reader.text(0), reader.date(1), reader.text(2)};
        if (Status read = reader.status(); !read) {
            return read.error();
        }
        events.push_back(std::move(event));
    }
}

} // namespace casebook::core::procedure_sql
