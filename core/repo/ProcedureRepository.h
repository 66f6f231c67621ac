// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Ids.h"
#include "repo/IdFloor.h"
#include "repo/ProcedureRows.h"
#include "repo/ProcedureSql.h"
#include "store/Database.h"
#include "support/Result.h"

#include <string>
#include <vector>

namespace casebook::core {

/// Stores one kind of procedure record (with its child rows) through `ProcedureRows<T>`. It only
/// maps rows; the caller (ProcedureService) owns the transaction, the validation and the audit.
template <typename T> class ProcedureRepository {
public:
    using Rows = ProcedureRows<T>;
    using Id = decltype(T::id);

    explicit ProcedureRepository(Database& db)
        : m_db(db)
    {
    }

    /// Inserts a new record (its id is ignored) and returns the id it was given.
    Result<Id> insert(const T& record)
    {
        Result<Statement> st = m_db.prepare(insertSql());
        if (!st) {
            return st.error();
        }
        Rows::bind(*st, record);
        if (Status run = st->run(); !run) {
            return run.error();
        }
        Result<std::int64_t> id = procedure_sql::lastInsertId(m_db);
        if (!id) {
            return id.error();
        }
        if (Status children = Rows::saveChildren(m_db, record, *id); !children) {
            return children.error();
        }
        return Id{*id};
    }

    /// Replaces a stored record and its child rows; NotFound when there is no such id.
    Status update(const T& record)
    {
        Result<Statement> st = m_db.prepare(updateSql());
        if (!st) {
            return st.error();
        }
        Rows::bind(*st, record);
        st->bind(columnCount() + 1, record.id.value);
        if (Status run = procedure_sql::runExpectingRow(m_db, *st, Rows::table); !run) {
            return run;
        }
        return Rows::saveChildren(m_db, record, record.id.value);
    }

    Result<T> get(Id id)
    {
        Result<std::vector<T>> rows = query(" WHERE id = ?", id.value);
        if (!rows) {
            return rows.error();
        }
        if (rows->empty()) {
            return makeError(ErrorCode::NotFound, std::string(Rows::table) + ": no such record");
        }
        return std::move(rows->front());
    }

    Result<std::vector<T>> listForCase(CaseId caseId) { return query(" WHERE case_id = ? ORDER BY id", caseId.value); }
    Result<std::vector<T>> listAll() { return query(" ORDER BY id", std::nullopt); }
    /// The records of every case of one person.
    Result<std::vector<T>> listForPerson(PersonId person)
    {
        return query(" WHERE case_id IN (SELECT id FROM case_file WHERE person_id = ?) ORDER BY id", person.value);
    }

    /// Deletes the record; its child rows go with it (ON DELETE CASCADE).
    Status remove(Id id) { return procedure_sql::removeRow(m_db, Rows::table, id.value); }

private:
    static std::vector<std::string> columnNames()
    {
        std::vector<std::string> names;
        const std::string_view all = Rows::columns;
        std::size_t from = 0;
        while (from < all.size()) {
            std::size_t comma = all.find(',', from);
            if (comma == std::string_view::npos) {
                comma = all.size();
            }
            std::string_view name = all.substr(from, comma - from);
            while (!name.empty() && name.front() == ' ') {
                name.remove_prefix(1);
            }
            names.emplace_back(name);
            from = comma + 1;
        }
        return names;
    }

    static int columnCount() { return static_cast<int>(columnNames().size()); }

    static std::string insertSql()
    {
        std::string marks;
        for (int i = 0; i < columnCount(); ++i) {
            marks += i == 0 ? "?" : ", ?";
        }
        // Above every id the table ever held (core/repo/IdFloor.h): an erased record's id is never reused.
        return "INSERT INTO " + std::string(Rows::table) + "(id, " + std::string(Rows::columns) + ") VALUES ("
               + nextIdSql(Rows::table) + ", " + marks + ")";
    }

    static std::string updateSql()
    {
        std::string sets;
        for (const std::string& name : columnNames()) {
            sets += (sets.empty() ? "" : ", ") + name + " = ?";
        }
        return "UPDATE " + std::string(Rows::table) + " SET " + sets + " WHERE id = ?";
    }

    Result<std::vector<T>> query(const std::string& where, std::optional<std::int64_t> key)
    {
        Result<Statement> st =
            m_db.prepare("SELECT id, " + std::string(Rows::columns) + " FROM " + std::string(Rows::table) + where);
        if (!st) {
            return st.error();
        }
        if (key) {
            st->bind(1, *key);
        }
        std::vector<T> records;
        for (;;) {
            Result<bool> row = st->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            Result<T> record = Rows::read(*st);
            if (!record) {
                return record.error();
            }
            records.push_back(std::move(*record));
        }
        for (T& record : records) {
            if (Status children = Rows::loadChildren(m_db, record); !children) {
                return children.error();
            }
        }
        return records;
    }

    Database& m_db;
};

} // namespace casebook::core
