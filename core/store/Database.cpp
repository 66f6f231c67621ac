// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/Database.h"

#include <sqlite3.h>

#include <unordered_map>
#include <vector>

namespace casebook::core {

/// Idle prepared statements of one connection, by SQL text. Shared with the statements it hands
/// out, so a statement that outlives its Database is simply finalized.
struct StatementCache {
    static constexpr std::size_t kMaxTexts = 256;
    static constexpr std::size_t kMaxIdlePerText = 4;

    bool open = true;
    std::unordered_map<std::string, std::vector<sqlite3_stmt*>> idle;

    StatementCache() = default;
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;
    ~StatementCache() { close(); }

    sqlite3_stmt* take(const std::string& sql)
    {
        const auto it = idle.find(sql);
        if (it == idle.end() || it->second.empty()) {
            return nullptr;
        }
        sqlite3_stmt* stmt = it->second.back();
        it->second.pop_back();
        return stmt;
    }

    void giveBack(const std::string& sql, sqlite3_stmt* stmt)
    {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        if (open && (idle.size() < kMaxTexts || idle.contains(sql))) {
            auto& list = idle[sql];
            if (list.size() < kMaxIdlePerText) {
                list.push_back(stmt);
                return;
            }
        }
        sqlite3_finalize(stmt);
    }

    void close()
    {
        for (auto& [sql, list] : idle) {
            for (sqlite3_stmt* stmt : list) {
                sqlite3_finalize(stmt);
            }
        }
        idle.clear();
        open = false;
    }
};

Error sqliteError(int rc, std::string_view context, sqlite3* db)
{
    const int primary = rc & 0xff;
    ErrorCode code = ErrorCode::Database;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || rc == SQLITE_IOERR_DATA) {
        code = ErrorCode::StoreDamaged;
    } else if (primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN) {
        code = ErrorCode::Io;
    } else if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) {
        code = ErrorCode::NotFound; // a record refers to one that does not exist (or no longer does)
    }
    std::string detail(context);
    detail += ": ";
    detail += (db != nullptr) ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    detail += " (" + std::to_string(rc) + ")";
    return makeError(code, std::move(detail));
}

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const
{
    if (cache) {
        cache->giveBack(sql, stmt);
    } else {
        sqlite3_finalize(stmt);
    }
}

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt, std::shared_ptr<StatementCache> cache, std::string sql)
    : m_db(db)
    , m_stmt(stmt, Finalizer{std::move(cache), std::move(sql)})
{
}

Statement::~Statement() = default;

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}
Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt.get(), index, value);
    return *this;
}
Statement& Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text64(m_stmt.get(), index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}
Statement& Statement::bindBlob(int index, const void* data, std::size_t size)
{
    sqlite3_bind_blob64(m_stmt.get(), index, data, size, SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return sqliteError(rc, "step", m_db);
}

Status Statement::run()
{
    for (;;) {
        auto more = step();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            return Ok{};
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}
double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}
std::string Statement::columnText(int column) const
{
    const auto* text = sqlite3_column_text(m_stmt.get(), column);
    const int size = sqlite3_column_bytes(m_stmt.get(), column);
    return text == nullptr ? std::string()
                           : std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}
std::vector<std::uint8_t> Statement::columnBlob(int column) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt.get(), column));
    const int size = sqlite3_column_bytes(m_stmt.get(), column);
    return data == nullptr ? std::vector<std::uint8_t>() : std::vector<std::uint8_t>(data, data + size);
}
bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}
SqlType Statement::columnType(int column) const
{
    switch (sqlite3_column_type(m_stmt.get(), column)) {
    case SQLITE_INTEGER:
        return SqlType::Integer;
    case SQLITE_FLOAT:
        return SqlType::Real;
    case SQLITE_TEXT:
        return SqlType::Text;
    case SQLITE_BLOB:
        return SqlType::Blob;
    default:
        return SqlType::Null;
    }
}
int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt.get());
}
std::string Statement::columnName(int column) const
{
    const char* name = sqlite3_column_name(m_stmt.get(), column);
    return name == nullptr ? std::string() : std::string(name);
}
std::string Statement::columnOrigin(int column) const
{
    const char* table = sqlite3_column_table_name(m_stmt.get(), column);
    const char* name = sqlite3_column_origin_name(m_stmt.get(), column);
    if (table == nullptr || name == nullptr) {
        return {};
    }
    return std::string(table) + "." + name;
}
Statement& Statement::bindColumn(int index, const Statement& from, int column)
{
    sqlite3_bind_value(m_stmt.get(), index, sqlite3_column_value(from.m_stmt.get(), column));
    return *this;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db.get()) == 0;
}
std::int64_t Database::changes() const
{
    return sqlite3_changes64(m_db.get());
}
std::int64_t Database::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

void Database::Closer::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
}

Database::Database(sqlite3* handle)
    : m_db(handle)
    , m_cache(std::make_shared<StatementCache>())
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        if (m_cache) {
            m_cache->close(); // this connection's statements go before the connection does
        }
        m_cache = std::move(other.m_cache);
        m_db = std::move(other.m_db);
    }
    return *this;
}

Database::~Database()
{
    if (m_cache) {
        m_cache->close(); // before m_db closes the connection
    }
}

Result<Database> Database::open(const std::string& path, const char* vfsName, bool create)
{
    sqlite3* handle = nullptr;
    const int flags =
        SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, vfsName);
    Database db(handle);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, "open", handle);
    }
    return db;
}

Result<Database> Database::openReadOnly(const std::string& path)
{
    sqlite3* handle = nullptr;
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
    Database db(handle);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, "open", handle);
    }
    return db;
}

Result<Database> Database::openReader(const std::string& path, const char* vfsName)
{
    sqlite3* handle = nullptr;
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, vfsName);
    Database db(handle);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, "open", handle);
    }
    return db;
}

Result<Statement> Database::prepare(std::string_view sql)
{
    std::string text(sql);
    if (m_cache) {
        if (sqlite3_stmt* idle = m_cache->take(text)) {
            return Statement(m_db.get(), idle, m_cache, std::move(text));
        }
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, "prepare", m_db.get());
    }
    return Statement(m_db.get(), stmt, m_cache, std::move(text));
}

Status Database::exec(std::string_view sql)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, "exec", m_db.get());
    }
    return Ok{};
}

namespace {

// Runs `sql` and reads column 0 of its first row with `read`; NotFound when there is no row.
template <typename T, typename Read> Result<T> firstValue(Database& db, std::string_view sql, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::NotFound, "query returned no row");
    }
    return read(*stmt);
}

} // namespace

Result<std::int64_t> Database::queryInt(std::string_view sql)
{
    return firstValue<std::int64_t>(*this, sql, [](const Statement& s) { return s.columnInt(0); });
}

Result<std::string> Database::queryText(std::string_view sql)
{
    return firstValue<std::string>(*this, sql, [](const Statement& s) { return s.columnText(0); });
}

Error Database::lastError(std::string_view context) const
{
    return sqliteError(sqlite3_extended_errcode(m_db.get()), context, m_db.get());
}

Result<Transaction> Transaction::begin(Database& db, Mode mode)
{
    if (auto st = db.exec(mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED"); !st) {
        return st.error();
    }
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_open(std::exchange(other.m_open, false))
{
}

Transaction::~Transaction()
{
    if (m_open) {
        (void)m_db->exec("ROLLBACK");
    }
}

Status Transaction::commit()
{
    auto st = m_db->exec("COMMIT");
    if (st) {
        m_open = false;
    }
    return st;
}

} // namespace casebook::core
