// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dp/HandoverCopy.h"

#include "crypto/Digest.h"
#include "dp/Handover.h"
#include "store/Database.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <utility>

namespace casebook::core::handover {

namespace {

// References the schema cannot declare as foreign keys. A legal hold names its person or case;
// a date override or closure names its record by table and id; a retain decision names its record by the
// retention rule, whose record kind is fixed by the shipped retention pack (resources/rules).
struct ExtraRef {
    std::string_view table;
    std::string_view column;
    std::string_view parent; ///< empty: the parent table comes from the row (see polyParent)
};
constexpr ExtraRef kExtraRefs[] = {
    {"legal_hold", "person_id", "person"}, {"legal_hold", "case_id", "case_file"}, {"date_override", "record_id", ""},
    {"date_closure", "record_id", ""},     {"retention_decision", "ref_id", ""},
};

/// Tables a carried row may point at that belong to no case: a contact is copied with the first
/// case that names it; a support service is matched by its (unique) name, created when missing.
bool isReferenceTable(std::string_view table)
{
    return table == "contact" || table == "support_service";
}

/// The ids of person and case_file are allocated above the store's id floor (core/dp/ErasureSchema.h).
bool hasIdFloor(std::string_view table)
{
    return table == "person" || table == "case_file";
}

std::string sqlName(std::string_view name)
{
    std::string out = "\"";
    for (char c : name) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

Result<Statement> prepareRaw(Database& db, const std::string& sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        Error error = stmt.error();
        error.detail = "handover: prepare " + sql + ": " + error.detail;
        return error;
    }
    return stmt;
}

/// Steps once: true for a row, false when done.
Result<bool> stepRaw(Statement& stmt, std::string_view context)
{
    auto row = stmt.step();
    if (!row) {
        Error error = row.error();
        error.detail = "handover: " + std::string(context) + ": " + error.detail;
        return error;
    }
    return row;
}

struct Ref {
    std::string column;
    std::string parent; ///< empty for a reference whose table the row names
    bool notNull = false;
};

struct Table {
    std::string name;
    std::vector<std::string> columns;
    std::vector<bool> notNull;
    bool idAlias = false; ///< a single INTEGER PRIMARY KEY column named id (the rowid)
    std::vector<Ref> refs;
};

int columnIndex(const Table& t, std::string_view column)
{
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i] == column) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

struct Schema {
    std::vector<Table> carried; ///< in copy order: person, case_file, then parents before children
    std::map<std::string, Table> reference;
    std::vector<std::string> notCarried;
};

Result<Table> readTable(Database& db, const std::string& name)
{
    Table t;
    t.name = name;
    auto info = prepareRaw(db, "PRAGMA table_info(" + sqlName(name) + ")");
    if (!info) {
        return info.error();
    }
    int pkColumns = 0;
    bool idIsIntegerPk = false;
    for (;;) {
        auto row = stepRaw(*info, "table_info");
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const std::string column = info->columnText(1);
        const std::string type = info->columnText(2);
        t.columns.push_back(column);
        t.notNull.push_back(info->columnInt(3) != 0);
        if (info->columnInt(5) > 0) {
            ++pkColumns;
            idIsIntegerPk = idIsIntegerPk || (column == "id" && type == "INTEGER");
        }
    }
    t.idAlias = pkColumns == 1 && idIsIntegerPk;
    auto fks = prepareRaw(db, "PRAGMA foreign_key_list(" + sqlName(name) + ")");
    if (!fks) {
        return fks.error();
    }
    for (;;) {
        auto row = stepRaw(*fks, "foreign_key_list");
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        Ref ref;
        ref.parent = fks->columnText(2);
        ref.column = fks->columnText(3);
        const int index = columnIndex(t, ref.column);
        ref.notNull = index >= 0 && t.notNull[static_cast<std::size_t>(index)];
        t.refs.push_back(std::move(ref));
    }
    for (const ExtraRef& extra : kExtraRefs) {
        if (extra.table == name) {
            const int index = columnIndex(t, extra.column);
            if (index >= 0) {
                t.refs.push_back(
                    {std::string(extra.column), std::string(extra.parent), t.notNull[static_cast<std::size_t>(index)]});
            }
        }
    }
    return t;
}

/// Enumerates the schema: a table is carried when a reference (declared or in kExtraRefs) leads
/// from it to person or case_file, directly or through other carried tables.
Result<Schema> readSchema(Database& db)
{
    auto list = prepareRaw(db, "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'table' ORDER BY name");
    if (!list) {
        return list.error();
    }
    std::vector<std::string> names;
    std::vector<std::string> virtualTables;
    for (;;) {
        auto row = stepRaw(*list, "sqlite_master");
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const std::string name = list->columnText(0);
        const std::string sql = list->columnText(1);
        if (sql.rfind("CREATE VIRTUAL TABLE", 0) == 0) {
            virtualTables.push_back(name); // the search index: rebuilt by the target's triggers
        } else {
            names.push_back(name);
        }
    }
    const auto excluded = handoverExcludedTables();
    std::map<std::string, Table> candidates;
    Schema schema;
    for (const std::string& name : names) {
        const bool shadow = std::any_of(virtualTables.begin(), virtualTables.end(),
                                        [&](const std::string& v) { return name.rfind(v + "_", 0) == 0; });
        if (shadow || name.rfind("sqlite_", 0) == 0 || excluded.count(name) != 0) {
            continue;
        }
        auto table = readTable(db, name);
        if (!table) {
            return table.error();
        }
        if (isReferenceTable(name)) {
            schema.reference.emplace(name, std::move(*table));
        } else {
            candidates.emplace(name, std::move(*table));
        }
    }
    if (candidates.count("person") == 0 || candidates.count("case_file") == 0) {
        return makeError(ErrorCode::StoreDamaged, "handover: the store has no person or case_file table");
    }
    std::set<std::string> attached = {"person", "case_file"};
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& [name, table] : candidates) {
            if (attached.count(name) != 0) {
                continue;
            }
            const bool hangs = std::any_of(table.refs.begin(), table.refs.end(), [&](const Ref& r) {
                return r.parent.empty() || attached.count(r.parent) != 0;
            });
            if (hangs) {
                attached.insert(name);
                grew = true;
            }
        }
    }
    // Copy order: a table comes after every table its NOT NULL references need; tables whose
    // parent the row names come last.
    std::set<std::string> placed;
    auto place = [&](const std::string& name) {
        schema.carried.push_back(candidates.at(name));
        placed.insert(name);
    };
    place("person");
    place("case_file");
    for (bool grew = true; grew;) {
        grew = false;
        for (const std::string& name : attached) {
            if (placed.count(name) != 0) {
                continue;
            }
            const Table& table = candidates.at(name);
            const bool ready = std::all_of(table.refs.begin(), table.refs.end(), [&](const Ref& r) {
                return r.parent.empty() ? false
                                        : (!r.notNull || r.parent == name || placed.count(r.parent) != 0
                                           || attached.count(r.parent) == 0);
            });
            if (ready) {
                place(name);
                grew = true;
            }
        }
    }
    for (const std::string& name : attached) {
        if (placed.count(name) == 0) {
            const Table& table = candidates.at(name);
            const bool poly =
                std::any_of(table.refs.begin(), table.refs.end(), [](const Ref& r) { return r.parent.empty(); });
            if (!poly) {
                return makeError(ErrorCode::StoreDamaged, "handover: no copy order for table " + name);
            }
            place(name);
        }
    }
    for (const auto& [name, table] : candidates) {
        if (attached.count(name) == 0) {
            schema.notCarried.push_back(name);
        }
    }
    return schema;
}

/// The table a row's polymorphic reference points at, or empty when the row is not carried.
std::string polyParent(const Table& table, const Statement& row)
{
    if (table.name == "date_override" || table.name == "date_closure") {
        const int index = columnIndex(table, "record_type");
        return index < 0 ? std::string() : row.columnText(index);
    }
    if (table.name == "retention_decision") {
        const int index = columnIndex(table, "rule_id");
        const std::string rule = index < 0 ? std::string() : row.columnText(index);
        if (rule == "retention.case") {
            return "case_file";
        }
        if (rule == "retention.person") {
            return "person";
        }
        if (rule == "retention.sar_request") {
            return "sar_request";
        }
    }
    return {};
}

struct Fixup {
    std::string table;
    std::string column;
    std::string parent;
    std::int64_t rowid = 0;
    std::int64_t oldValue = 0;
};

class Copier {
public:
    Copier(Database& from, Database& to, const ProgressFn& progress)
        : m_from(from)
        , m_to(to)
        , m_progress(progress)
    {
    }

    Result<CopyResult> run(const std::vector<std::int64_t>& caseIds)
    {
        auto schema = readSchema(m_from);
        if (!schema) {
            return schema.error();
        }
        m_schema = std::move(*schema);
        m_result.notCarried = m_schema.notCarried;
        for (const Table& table : m_schema.carried) {
            m_carriedNames.insert(table.name);
        }
        if (Status st = selectRoots(caseIds); !st) {
            return st.error();
        }
        if (Status st = countTotal(); !st) {
            return st.error();
        }
        for (const Table& table : m_schema.carried) {
            if (Status st = copyTable(table); !st) {
                return st.error();
            }
            m_done.insert(table.name);
        }
        if (Status st = applyFixups(); !st) {
            return st.error();
        }
        if (m_progress && !m_progress(m_total, m_total)) {
            return makeError(ErrorCode::Cancelled, "handover: cancelled");
        }
        return std::move(m_result);
    }

private:
    Status selectRoots(const std::vector<std::int64_t>& caseIds)
    {
        auto stmt = prepareRaw(m_from, "SELECT person_id FROM case_file WHERE id = ?1");
        if (!stmt) {
            return stmt.error();
        }
        for (std::int64_t id : caseIds) {
            stmt->reset();
            stmt->bind(1, std::int64_t{id});
            auto row = stepRaw(*stmt, "case_file");
            if (!row) {
                return row.error();
            }
            if (!*row) {
                return makeError(ErrorCode::NotFound, "no case " + std::to_string(id));
            }
            m_cases.insert(id);
            m_people.insert(stmt->columnInt(0));
        }
        return Ok{};
    }

    Status countTotal()
    {
        for (const Table& table : m_schema.carried) {
            auto n = m_from.queryInt("SELECT count(*) FROM " + sqlName(table.name));
            if (!n) {
                return n.error();
            }
            m_total += static_cast<std::uint64_t>(*n);
        }
        return Ok{};
    }

    const std::map<std::int64_t, std::int64_t>* mapOf(const std::string& table) const
    {
        auto it = m_result.ids.find(table);
        return it == m_result.ids.end() ? nullptr : &it->second;
    }

    /// The new id of a row of a reference table (copied or matched on first use).
    Result<std::int64_t> resolveReference(const std::string& tableName, std::int64_t oldId)
    {
        auto& ids = m_result.ids[tableName];
        if (auto it = ids.find(oldId); it != ids.end()) {
            return it->second;
        }
        const Table& table = m_schema.reference.at(tableName);
        auto src = prepareRaw(m_from, "SELECT * FROM " + sqlName(tableName) + " WHERE rowid = ?1");
        if (!src) {
            return src.error();
        }
        src->bind(1, std::int64_t{oldId});
        auto row = stepRaw(*src, tableName);
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return makeError(ErrorCode::StoreDamaged,
                             "handover: " + tableName + " " + std::to_string(oldId) + " missing");
        }
        if (tableName == "support_service") {
            auto match = prepareRaw(m_to, "SELECT id FROM support_service WHERE name = ?1");
            if (!match) {
                return match.error();
            }
            match->bindColumn(1, *src, columnIndex(table, "name"));
            auto found = stepRaw(*match, "support_service");
            if (!found) {
                return found.error();
            }
            if (*found) {
                return ids[oldId] = match->columnInt(0);
            }
        }
        auto inserted = insertRow(table, *src, {});
        if (!inserted) {
            return inserted.error();
        }
        ++m_result.counts[tableName];
        return ids[oldId] = *inserted;
    }

    /// Inserts the row under a new id (the id column left to SQLite, or above the id floor), with
    /// `values` replacing columns by index. Returns the new rowid.
    Result<std::int64_t> insertRow(const Table& table, const Statement& src,
                                   const std::map<int, std::optional<std::int64_t>>& values)
    {
        std::string cols;
        std::string marks;
        std::vector<int> sourceColumns;
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            if (table.idAlias && table.columns[i] == "id" && !hasIdFloor(table.name)) {
                continue;
            }
            cols += (cols.empty() ? "" : ", ") + sqlName(table.columns[i]);
            marks += marks.empty() ? "?" : ", ?";
            sourceColumns.push_back(static_cast<int>(i));
        }
        auto ins = prepareRaw(m_to, "INSERT INTO " + sqlName(table.name) + "(" + cols + ") VALUES (" + marks + ")");
        if (!ins) {
            return ins.error();
        }
        std::optional<std::int64_t> explicitId;
        if (table.idAlias && hasIdFloor(table.name)) {
            auto next = m_to.queryInt("SELECT max(coalesce((SELECT max(id) FROM " + sqlName(table.name)
                                      + "), 0), coalesce((SELECT last_id FROM id_floor WHERE table_name = '"
                                      + table.name + "'), 0)) + 1");
            if (!next) {
                return next.error();
            }
            explicitId = *next;
        }
        for (std::size_t k = 0; k < sourceColumns.size(); ++k) {
            const int column = sourceColumns[k];
            const int param = static_cast<int>(k) + 1;
            if (explicitId && table.columns[static_cast<std::size_t>(column)] == "id") {
                ins->bind(param, std::int64_t{*explicitId});
            } else if (auto it = values.find(column); it != values.end()) {
                if (it->second) {
                    ins->bind(param, std::int64_t{*it->second});
                } else {
                    ins->bindNull(param);
                }
            } else {
                ins->bindColumn(param, src, column);
            }
        }
        auto done = stepRaw(*ins, "insert into " + table.name);
        if (!done) {
            return done.error();
        }
        return explicitId ? *explicitId : m_to.lastInsertRowid();
    }

    Status copyTable(const Table& table)
    {
        auto src = prepareRaw(m_from, "SELECT * FROM " + sqlName(table.name) + (table.idAlias ? " ORDER BY id" : ""));
        if (!src) {
            return src.error();
        }
        const int idColumn = table.idAlias ? columnIndex(table, "id") : -1;
        for (;;) {
            auto row = stepRaw(*src, table.name);
            if (!row) {
                return row.error();
            }
            if (!*row) {
                return Ok{};
            }
            if (Status st = tick(); !st) {
                return st;
            }
            if (table.name == "person" || table.name == "case_file") {
                const auto id = src->columnInt(idColumn);
                if ((table.name == "person" ? m_people : m_cases).count(id) == 0) {
                    continue;
                }
            }
            std::map<int, std::optional<std::int64_t>> values;
            std::vector<Fixup> fixups;
            bool carried = true;
            bool anchored = table.name == "person" || table.name == "case_file";
            for (const Ref& ref : table.refs) {
                const int column = columnIndex(table, ref.column);
                if (column < 0 || src->columnIsNull(column)) {
                    continue;
                }
                const std::int64_t old = src->columnInt(column);
                const std::string parent = ref.parent.empty() ? polyParent(table, *src) : ref.parent;
                if (isReferenceTable(parent)) {
                    continue; // resolved below, once the row is known to travel
                }
                const auto* ids = mapOf(parent);
                const bool later = m_carriedNames.count(parent) != 0 && m_done.count(parent) == 0;
                if (ids != nullptr && ids->count(old) != 0) {
                    values[column] = ids->at(old);
                    anchored = true;
                } else if (later && !ref.notNull) {
                    values[column] = std::nullopt; // the parent is copied later: set once it has its id
                    fixups.push_back({table.name, ref.column, parent, 0, old});
                } else if (ref.notNull || ref.parent.empty()) {
                    carried = false;
                    break;
                } else {
                    values[column] = std::nullopt; // points outside the package (a line manager, say)
                }
            }
            if (!carried || !anchored) {
                continue;
            }
            for (const Ref& ref : table.refs) {
                const int column = columnIndex(table, ref.column);
                if (column < 0 || !isReferenceTable(ref.parent) || src->columnIsNull(column)) {
                    continue;
                }
                auto resolved = resolveReference(ref.parent, src->columnInt(column));
                if (!resolved) {
                    return resolved.error();
                }
                values[column] = *resolved;
            }
            auto newId = insertRow(table, *src, values);
            if (!newId) {
                return newId.error();
            }
            ++m_result.counts[table.name];
            if (idColumn >= 0) {
                m_result.ids[table.name][src->columnInt(idColumn)] = *newId;
            }
            for (Fixup& fixup : fixups) {
                fixup.rowid = *newId;
                m_fixups.push_back(std::move(fixup));
            }
        }
    }

    Status applyFixups()
    {
        for (const Fixup& fixup : m_fixups) {
            const auto* ids = mapOf(fixup.parent);
            if (ids == nullptr || ids->count(fixup.oldValue) == 0) {
                continue;
            }
            auto stmt = prepareRaw(m_to, "UPDATE " + sqlName(fixup.table) + " SET " + sqlName(fixup.column)
                                             + " = ?1 WHERE rowid = ?2");
            if (!stmt) {
                return stmt.error();
            }
            stmt->bind(1, std::int64_t{ids->at(fixup.oldValue)});
            stmt->bind(2, std::int64_t{fixup.rowid});
            if (auto done = stepRaw(*stmt, "fixup"); !done) {
                return done.error();
            }
        }
        return Ok{};
    }

    Status tick()
    {
        ++m_seen;
        if (m_progress && m_seen % 16 == 0 && !m_progress(m_seen, m_total)) {
            return makeError(ErrorCode::Cancelled, "handover: cancelled");
        }
        return Ok{};
    }

    Database& m_from;
    Database& m_to;
    const ProgressFn& m_progress;
    Schema m_schema;
    CopyResult m_result;
    std::set<std::int64_t> m_cases;
    std::set<std::int64_t> m_people;
    std::set<std::string> m_done;
    std::set<std::string> m_carriedNames;
    std::vector<Fixup> m_fixups;
    std::uint64_t m_total = 0;
    std::uint64_t m_seen = 0;
};

void hashBytes(Sha256& hash, std::uint8_t type, const void* data, std::size_t size)
{
    std::uint8_t prefix[9] = {type};
    for (int i = 0; i < 8; ++i) {
        prefix[8 - i] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(size) >> (8 * i));
    }
    hash.update(prefix, sizeof prefix);
    hash.update(data, size);
}

} // namespace

Result<CopyResult> copyCases(Database& from, Database& to, const std::vector<std::int64_t>& caseIds,
                             const ProgressFn& progress)
{
    Copier copier(from, to, progress);
    return copier.run(caseIds);
}

Result<std::string> contentDigest(Database& db)
{
    auto schema = readSchema(db);
    if (!schema) {
        return schema.error();
    }
    std::vector<const Table*> tables;
    for (const Table& t : schema->carried) {
        tables.push_back(&t);
    }
    for (const auto& [name, t] : schema->reference) {
        tables.push_back(&t);
    }
    std::sort(tables.begin(), tables.end(), [](const Table* a, const Table* b) { return a->name < b->name; });
    Sha256 hash;
    for (const Table* table : tables) {
        hashBytes(hash, 'T', table->name.data(), table->name.size());
        std::string order;
        for (std::size_t i = 1; i <= table->columns.size(); ++i) {
            order += (i == 1 ? "" : ", ") + std::to_string(i);
        }
        auto stmt = prepareRaw(db, "SELECT * FROM " + sqlName(table->name) + " ORDER BY " + order);
        if (!stmt) {
            return stmt.error();
        }
        for (;;) {
            auto row = stepRaw(*stmt, table->name);
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            hashBytes(hash, 'R', nullptr, 0);
            for (int c = 0; c < static_cast<int>(table->columns.size()); ++c) {
                const Statement& s = *stmt;
                switch (s.columnType(c)) {
                case SqlType::Null:
                    hashBytes(hash, 'N', nullptr, 0);
                    break;
                case SqlType::Integer: {
                    const std::string v = std::to_string(s.columnInt(c));
                    hashBytes(hash, 'I', v.data(), v.size());
                    break;
                }
                case SqlType::Real: {
                    const std::string v = std::to_string(s.columnDouble(c));
                    hashBytes(hash, 'F', v.data(), v.size());
                    break;
                }
                case SqlType::Text: {
                    const std::string v = s.columnText(c);
                    hashBytes(hash, 'S', v.data(), v.size());
                    break;
                }
                case SqlType::Blob: {
                    const std::vector<std::uint8_t> v = s.columnBlob(c);
                    hashBytes(hash, 'B', v.data(), v.size());
                    break;
                }
                }
            }
        }
    }
    return hash.finalHex();
}

} // namespace casebook::core::handover
