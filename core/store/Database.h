// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace casebook::core {

class Database;
struct StatementCache;

/// The storage class of a column value in the current row (SQLite's fundamental types).
enum class SqlType { Null, Integer, Real, Text, Blob };

/// A prepared statement; binds by 1-based index and reads columns by 0-based index.
class Statement {
public:
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, const void* data, std::size_t size);
    Statement& bindNull(int index);
    /// Binds `from`'s `column` in its current row as it is, storage class included.
    Statement& bindColumn(int index, const Statement& from, int column);

    /// Steps once: true when a row is available, false when done; errors become Error.
    Result<bool> step();
    /// Steps to completion, ignoring rows.
    Status run();
    void reset();

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::vector<std::uint8_t> columnBlob(int column) const;
    bool columnIsNull(int column) const;
    SqlType columnType(int column) const;
    int columnCount() const;
    /// The name the result column has ("AS" name, or the column's).
    std::string columnName(int column) const;
    /// "table.column" the result column was read from, or "" for a computed column.
    std::string columnOrigin(int column) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt, std::shared_ptr<StatementCache> cache, std::string sql);
    /// Returns the statement, reset and with its bindings cleared, to its connection's cache
    /// (or finalizes it when there is none, or the connection has closed).
    struct Finalizer {
        std::shared_ptr<StatementCache> cache;
        std::string sql;
        void operator()(sqlite3_stmt* stmt) const;
    };
    sqlite3* m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
};

/// Owns one SQLite connection; maps SQLite result codes to Error.
class Database {
public:
    explicit Database(sqlite3* handle);
    Database(Database&&) noexcept = default;
    Database& operator=(Database&& other) noexcept;
    ~Database();

    /// Opens `path` through the named VFS (nullptr = SQLite's default).
    static Result<Database> open(const std::string& path, const char* vfsName, bool create);
    /// Opens `path` read-only through SQLite's default VFS, with URI filenames enabled (so that
    /// `VACUUM INTO 'file:…?vfs=…'` can name the VFS of its target).
    static Result<Database> openReadOnly(const std::string& path);
    /// Opens `path` read-only through the named VFS (a reader of an open store: Store::openReader).
    static Result<Database> openReader(const std::string& path, const char* vfsName);

    /// Prepares `sql`, reusing an idle statement with the same text when there is one (the
    /// use cases run the same few statements many times; parsing them again was most of their cost).
    Result<Statement> prepare(std::string_view sql);
    /// Runs one or more statements with no parameters and no rows wanted.
    Status exec(std::string_view sql);
    /// Runs a query whose first column of the first row is an integer.
    Result<std::int64_t> queryInt(std::string_view sql);
    Result<std::string> queryText(std::string_view sql);

    sqlite3* handle() const { return m_db.get(); }
    /// Whether a transaction is open on this connection (SQLite is not in autocommit mode).
    bool inTransaction() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    std::int64_t changes() const;
    /// The rowid of the last row inserted on this connection.
    std::int64_t lastInsertRowid() const;
    Error lastError(std::string_view context) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    std::shared_ptr<StatementCache> m_cache; ///< declared after m_db: emptied before the close
};

/// Maps an SQLite result code (with context for the log) to an Error.
Error sqliteError(int rc, std::string_view context, sqlite3* db = nullptr);

/// Begins a transaction; rolls back on destruction unless commit() succeeded. A write transaction
/// takes the write lock at once (IMMEDIATE); a read transaction only pins a consistent snapshot.
class Transaction {
public:
    enum class Mode { Write, Read };
    static Result<Transaction> begin(Database& db, Mode mode = Mode::Write);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    Status commit();

private:
    explicit Transaction(Database& db)
        : m_db(&db)
    {
    }
    Database* m_db;
    bool m_open = true;
};

} // namespace casebook::core
