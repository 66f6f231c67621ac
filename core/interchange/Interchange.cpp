// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "interchange/Interchange.h"

#include "audit/ChangeDigest.h"
#include "domain/Case.h"
#include "domain/ChronologyEntry.h"
#include "domain/Person.h"
#include "procedure/ProcedureValidator.h"
#include "repo/ChronologyRepository.h"
#include "repo/PersonRepository.h"
#include "repo/ProcedureRepository.h"
#include "service/Session.h"

#include <botan/base64.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace casebook::core {

namespace {

using nlohmann::json;

/// Tables that are the store's own business, not records: never exported or imported.
bool isInternal(const std::string& table)
{
    // The audit keys, the id floors and the erasure register and certificates belong to this store
    // and its audit log (core/dp/ErasureSchema.h); they never travel in clear text.
    return table == "store_meta" || table == "audit_log" || table.rfind("search_index", 0) == 0
           || table.rfind("sqlite_", 0) == 0 || table == "subject_key" || table == "id_floor"
           || table == "erasure_register" || table == "disposal_certificate";
}

enum class ColumnType { Integer, Real, Text, Blob };

struct Column {
    std::string name;
    ColumnType type = ColumnType::Text;
    bool notNull = false;
    bool hasDefault = false;
    int pk = 0; ///< position in the primary key, 0 when not part of it
    bool isDate() const
    {
        const auto ends = [&](std::string_view suffix) {
            return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        return type == ColumnType::Text && (name == "date" || ends("_on") || ends("_date"));
    }
};

struct Table {
    std::string name;
    std::vector<Column> columns;
    const Column* find(std::string_view column) const
    {
        const auto it = std::find_if(columns.begin(), columns.end(), [&](const Column& c) { return c.name == column; });
        return it == columns.end() ? nullptr : &*it;
    }
    std::string orderBy() const
    {
        std::vector<const Column*> pk;
        for (const Column& c : columns) {
            if (c.pk > 0) {
                pk.push_back(&c);
            }
        }
        std::sort(pk.begin(), pk.end(), [](const Column* a, const Column* b) { return a->pk < b->pk; });
        std::string out;
        for (const Column* c : pk) {
            out += (out.empty() ? "" : ", ") + c->name;
        }
        return out.empty() ? "rowid" : out;
    }
};

/// Quoted for SQL; the names come from the store's own schema, never from the document.
std::string quoted(const std::string& name)
{
    return "\"" + name + "\"";
}

Result<std::vector<Table>> readTables(Database& db)
{
    auto names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid");
    if (!names) {
        return names.error();
    }
    std::vector<Table> tables;
    for (;;) {
        auto row = names->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        std::string name = names->columnText(0);
        if (!isInternal(name)) {
            tables.push_back({std::move(name), {}});
        }
    }
    for (Table& table : tables) {
        auto info = db.prepare("SELECT name, type, \"notnull\", dflt_value IS NOT NULL, pk FROM pragma_table_info(?1)");
        if (!info) {
            return info.error();
        }
        info->bind(1, table.name);
        for (;;) {
            auto row = info->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            Column c;
            c.name = info->columnText(0);
            const std::string type = info->columnText(1);
            c.type = type == "INTEGER" ? ColumnType::Integer
                     : type == "REAL"  ? ColumnType::Real
                     : type == "BLOB"  ? ColumnType::Blob
                                       : ColumnType::Text;
            c.notNull = info->columnInt(2) != 0;
            c.hasDefault = info->columnInt(3) != 0;
            c.pk = static_cast<int>(info->columnInt(4));
            // An INTEGER PRIMARY KEY is the rowid: SQLite fills it when missing.
            if (c.pk == 1 && c.type == ColumnType::Integer && c.name == "id") {
                c.hasDefault = true;
            }
            table.columns.push_back(std::move(c));
        }
    }
    return tables;
}

json cellValue(const Statement& st, int index, ColumnType type)
{
    if (st.columnIsNull(index)) {
        return nullptr;
    }
    switch (type) {
    case ColumnType::Integer:
        return st.columnInt(index);
    case ColumnType::Real:
        return st.columnDouble(index);
    case ColumnType::Blob: {
        const auto bytes = st.columnBlob(index);
        return Botan::base64_encode(bytes.data(), bytes.size());
    }
    case ColumnType::Text:
        return st.columnText(index);
    }
    return nullptr;
}

/// The case (and its person) an export is limited to.
struct OneCase {
    std::int64_t caseId = 0;
    std::int64_t personId = 0;
};

/// The WHERE clause selecting one case's rows of `table`, or "" for the whole table, or nullopt to
/// leave the table out. Child tables (owner_id) follow their owner's filter.
std::optional<std::string> caseWhere(const Table& table, const std::map<std::string, std::string>& owners,
                                     const OneCase& f)
{
    const std::string caseId = std::to_string(f.caseId);
    if (table.name == "person") {
        return "id = " + std::to_string(f.personId);
    }
    if (table.name == "case_file") {
        return "id = " + caseId;
    }
    if (table.name == "consent") {
        return "person_id = " + std::to_string(f.personId);
    }
    if (table.name == "contact") {
        return "id IN (SELECT contact_id FROM case_contact WHERE case_id = " + caseId + ")";
    }
    if (table.name == "support_service") {
        return "";
    }
    if (table.name == "attachment_content") {
        return "attachment_id IN (SELECT id FROM attachment WHERE case_id = " + caseId + ")";
    }
    if (table.find("case_id") != nullptr) {
        return "case_id = " + caseId;
    }
    if (const auto owner = owners.find(table.name); owner != owners.end() && table.find("owner_id") != nullptr) {
        return "owner_id IN (SELECT id FROM " + quoted(owner->second) + " WHERE case_id = " + caseId + ")";
    }
    if (table.name == "adjustment_upp") {
        return "adjustment_id IN (SELECT id FROM adjustment WHERE case_id = " + caseId + ")";
    }
    return std::nullopt; // force-wide tables (rule overrides, calendar edits) are not a case's
}

/// The parent table of each child table with an owner_id column, from its foreign key.
Result<std::map<std::string, std::string>> ownerTables(Database& db, const std::vector<Table>& tables)
{
    std::map<std::string, std::string> owners;
    for (const Table& table : tables) {
        if (table.find("owner_id") == nullptr) {
            continue;
        }
        auto fk = db.prepare("SELECT \"table\" FROM pragma_foreign_key_list(?1) WHERE \"from\" = 'owner_id'");
        if (!fk) {
            return fk.error();
        }
        fk->bind(1, table.name);
        auto row = fk->step();
        if (!row) {
            return row.error();
        }
        if (*row) {
            owners[table.name] = fk->columnText(0);
        }
    }
    return owners;
}

} // namespace

Result<std::string> exportInterchange(Session& session, std::optional<CaseId> onlyCase)
{
    Database& db = session.database();
    auto snapshot = Transaction::begin(db, Transaction::Mode::Read);
    if (!snapshot) {
        return snapshot.error();
    }
    auto tables = readTables(db);
    if (!tables) {
        return tables.error();
    }
    auto owners = ownerTables(db, *tables);
    if (!owners) {
        return owners.error();
    }
    OneCase filter;
    if (onlyCase) {
        auto person = db.prepare("SELECT person_id FROM case_file WHERE id = ?1");
        if (!person) {
            return person.error();
        }
        person->bind(1, onlyCase->value);
        auto row = person->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return makeError(ErrorCode::NotFound, "no case " + std::to_string(onlyCase->value));
        }
        filter = {onlyCase->value, person->columnInt(0)};
    }
    json out = json::object();
    out["format"] = kInterchangeFormat;
    out["version"] = kInterchangeVersion;
    out["schemaVersion"] = session.store().schemaVersion();
    if (onlyCase) {
        out["case"] = onlyCase->value;
    }
    json body = json::object();
    for (const Table& table : *tables) {
        std::string where;
        if (onlyCase) {
            auto clause = caseWhere(table, *owners, filter);
            if (!clause) {
                continue;
            }
            where = clause->empty() ? "" : " WHERE " + *clause;
        }
        std::string columns;
        for (const Column& c : table.columns) {
            columns += (columns.empty() ? "" : ", ") + quoted(c.name);
        }
        auto st =
            db.prepare("SELECT " + columns + " FROM " + quoted(table.name) + where + " ORDER BY " + table.orderBy());
        if (!st) {
            return st.error();
        }
        json rows = json::array();
        for (;;) {
            auto row = st->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            json object = json::object();
            for (std::size_t i = 0; i < table.columns.size(); ++i) {
                object[table.columns[i].name] = cellValue(*st, static_cast<int>(i), table.columns[i].type);
            }
            rows.push_back(std::move(object));
        }
        body[table.name] = std::move(rows);
    }
    out["tables"] = std::move(body);
    return out.dump(2) + "\n";
}

namespace {

constexpr std::size_t kMaxTextBytes = 2 * 1024 * 1024; ///< any one text value; domain limits are lower
constexpr std::size_t kMaxProblems = 200;              ///< beyond this, one more line says how many more

class Checker {
public:
    explicit Checker(std::vector<InterchangeProblem>& problems)
        : m_problems(problems)
    {
    }
    void add(std::string path, std::string message)
    {
        if (m_problems.size() < kMaxProblems) {
            m_problems.push_back({std::move(path), std::move(message)});
        } else {
            ++m_dropped;
        }
    }
    void finish()
    {
        if (m_dropped > 0) {
            m_problems.push_back({"", "and " + std::to_string(m_dropped) + " more problems"});
        }
    }
    bool any() const { return !m_problems.empty(); }

private:
    std::vector<InterchangeProblem>& m_problems;
    std::size_t m_dropped = 0;
};

std::string typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return "a whole number";
    case ColumnType::Real:
        return "a number";
    case ColumnType::Blob:
        return "base64 text";
    case ColumnType::Text:
        return "text";
    }
    return "a value";
}

/// Escapes a table or column name for a JSON Pointer (RFC 6901).
std::string pointer(std::string_view token)
{
    std::string out;
    for (char c : token) {
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    }
    return out;
}

void checkCell(Checker& check, const std::string& path, const Column& column, const json& value)
{
    if (value.is_null()) {
        if (column.notNull) {
            check.add(path, "must not be null");
        }
        return;
    }
    switch (column.type) {
    case ColumnType::Integer:
        if (!value.is_number_integer()) {
            check.add(path, "must be " + typeName(column.type));
        }
        return;
    case ColumnType::Real:
        if (!value.is_number()) {
            check.add(path, "must be " + typeName(column.type));
        }
        return;
    case ColumnType::Blob:
    case ColumnType::Text:
        break;
    }
    if (!value.is_string()) {
        check.add(path, "must be " + typeName(column.type));
        return;
    }
    const auto& text = value.get_ref<const std::string&>();
    if (column.type == ColumnType::Text && text.size() > kMaxTextBytes) {
        check.add(path, "is " + std::to_string(text.size()) + " bytes long; the most Casebook takes is "
                            + std::to_string(kMaxTextBytes));
    } else if (column.isDate()) {
        if (auto date = Date::parseIso(text); !date) {
            check.add(path, "'" + text.substr(0, 40) + "' is not a date (YYYY-MM-DD)");
        }
    } else if (column.type == ColumnType::Blob) {
        try {
            (void)Botan::base64_decode(text);
        } catch (const std::exception&) {
            check.add(path, "is not valid base64");
        }
    }
}

/// Shape, tables, columns, types and dates: everything that can be checked without the store.
void checkDocument(Checker& check, const json& doc, const std::vector<Table>& tables)
{
    if (!doc.is_object()) {
        check.add("", "the document must be a JSON object");
        return;
    }
    if (!doc.contains("format") || doc["format"] != kInterchangeFormat) {
        check.add("/format", "must be \"" + std::string(kInterchangeFormat) + "\" (is this a Casebook export?)");
    }
    if (!doc.contains("version") || !doc["version"].is_number_integer()) {
        check.add("/version", "must be a whole number");
    } else if (doc["version"].get<std::int64_t>() > kInterchangeVersion) {
        check.add("/version", "is " + doc["version"].dump() + "; this Casebook reads version "
                                  + std::to_string(kInterchangeVersion) + " (the file comes from a newer Casebook)");
    } else if (doc["version"].get<std::int64_t>() < 1) {
        check.add("/version", "must be 1 or more");
    }
    if (!doc.contains("tables") || !doc["tables"].is_object()) {
        check.add("/tables", "must be an object of tables");
        return;
    }
    for (const auto& [name, rows] : doc["tables"].items()) {
        const std::string tablePath = "/tables/" + pointer(name);
        const auto table = std::find_if(tables.begin(), tables.end(), [&](const Table& t) { return t.name == name; });
        if (table == tables.end()) {
            check.add(tablePath, "is not a Casebook table");
            continue;
        }
        if (!rows.is_array()) {
            check.add(tablePath, "must be an array of rows");
            continue;
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::string rowPath = tablePath + "/" + std::to_string(i);
            const json& row = rows[i];
            if (!row.is_object()) {
                check.add(rowPath, "must be an object");
                continue;
            }
            for (const auto& [column, value] : row.items()) {
                const Column* c = table->find(column);
                if (c == nullptr) {
                    check.add(rowPath + "/" + pointer(column), "is not a column of " + name);
                } else {
                    checkCell(check, rowPath + "/" + pointer(column), *c, value);
                }
            }
            for (const Column& c : table->columns) {
                if (c.notNull && !c.hasDefault && !row.contains(c.name)) {
                    check.add(rowPath + "/" + pointer(c.name), "is missing");
                }
            }
        }
    }
}

void bindCell(Statement& st, int index, const Column& column, const json& value)
{
    if (value.is_null()) {
        st.bindNull(index);
    } else if (column.type == ColumnType::Integer) {
        st.bind(index, value.get<std::int64_t>());
    } else if (column.type == ColumnType::Real) {
        st.bind(index, value.get<double>());
    } else if (column.type == ColumnType::Blob) {
        const auto bytes = Botan::base64_decode(value.get_ref<const std::string&>());
        st.bindBlob(index, bytes.data(), bytes.size());
    } else {
        st.bind(index, std::string_view(value.get_ref<const std::string&>()));
    }
}

/// Row index in the document of each id of a table, for paths of problems found after insertion.
using RowIndex = std::map<std::string, std::map<std::int64_t, std::size_t>>;

template <typename T, typename Check>
Status validateAll(Database& db, Checker& check, const RowIndex& index, const std::string& table, Check&& validator)
{
    auto records = ProcedureRepository<T>(db).listAll();
    if (!records) {
        return records.error();
    }
    for (const T& record : *records) {
        if (Status st = validator(record); !st) {
            const auto& rows = index.at(table);
            const auto at = rows.find(record.id.value);
            check.add("/tables/" + table + (at == rows.end() ? "" : "/" + std::to_string(at->second)),
                      st.error().detail);
        }
    }
    return Ok{};
}

/// The domain's own rules on what was inserted (lengths, orders of dates, required fields).
Status validateDomain(Session& session, Checker& check, const RowIndex& index)
{
    Database& db = session.database();
    auto pathOf = [&](const std::string& table, std::int64_t id) {
        const auto rows = index.find(table);
        if (rows == index.end()) {
            return "/tables/" + table;
        }
        const auto at = rows->second.find(id);
        return "/tables/" + table + (at == rows->second.end() ? "" : "/" + std::to_string(at->second));
    };
    auto people = PersonRepository(db).list();
    if (!people) {
        return people.error();
    }
    for (const Person& p : *people) {
        if (Status st = validate(p); !st) {
            check.add(pathOf("person", p.id.value), st.error().detail);
        }
    }
    auto cases = session.cases().listCases(CaseFilter{}); // closed ones included
    if (!cases) {
        return cases.error();
    }
    ChronologyRepository chronology(db);
    for (const Case& c : *cases) {
        if (Status st = validate(c); !st) {
            check.add(pathOf("case_file", c.id.value), st.error().detail);
        }
        auto entries = chronology.listForCase(c.id);
        if (!entries) {
            return entries.error();
        }
        for (const ChronologyEntry& e : *entries) {
            if (Status st = validate(e); !st) {
                check.add(pathOf("chronology_entry", e.id.value), st.error().detail);
            }
        }
    }
    const ProcedureRules& rules = session.rules();
    const auto plain = [](const auto& record) { return ProcedureValidator::check(record); };
    for (Status st : {validateAll<Adjustment>(db, check, index, "adjustment", plain),
                      validateAll<Absence>(db, check, index, "absence", plain),
                      validateAll<LimitedDuty>(db, check, index, "limited_duty", plain),
                      validateAll<OhReferral>(db, check, index, "oh_referral", plain),
                      validateAll<ConductReferral>(db, check, index, "conduct_referral", plain),
                      validateAll<IllHealthRetirement>(db, check, index, "ill_health_retirement", plain),
                      validateAll<InjuryAward>(db, check, index, "injury_award", plain),
                      validateAll<ActionPlan>(db, check, index, "action_plan", plain),
                      validateAll<UppProcedure>(db, check, index, "upp_procedure", [&](const UppProcedure& u) {
                          return ProcedureValidator::check(u, rules.uppPack(u.regime()), rules.engine());
                      })}) {
        if (!st) {
            return st;
        }
    }
    return Ok{};
}

} // namespace

Result<ImportOutcome> importInterchange(Session& session, std::string_view document)
{
    ImportOutcome outcome;
    Checker check(outcome.problems);
    json doc;
    try {
        doc = json::parse(document);
    } catch (const json::parse_error& e) {
        check.add("", "not valid JSON at byte " + std::to_string(e.byte) + ": the file may be cut short or damaged");
        check.finish();
        return outcome;
    }
    Database& db = session.database();
    auto tables = readTables(db);
    if (!tables) {
        return tables.error();
    }
    checkDocument(check, doc, *tables);
    if (check.any()) {
        check.finish();
        return outcome;
    }
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto existing = db.queryInt("SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM case_file)");
    if (!existing) {
        return existing.error();
    }
    if (*existing > 0) {
        return makeError(ErrorCode::InvalidArgument,
                         "the store already holds people or cases; import into a new store (casebook-cli init)");
    }
    if (auto deferred = db.exec("PRAGMA defer_foreign_keys = ON"); !deferred) {
        return deferred.error();
    }
    const json& body = doc["tables"];
    if (body.contains("support_service")) {
        // A new store comes with the seeded directory; the document's directory replaces it.
        if (auto cleared = db.exec("DELETE FROM support_service"); !cleared) {
            return cleared.error();
        }
    }
    RowIndex index;
    for (const Table& table : *tables) {
        if (!body.contains(table.name)) {
            continue;
        }
        const json& rows = body[table.name];
        auto& rowIds = index[table.name];
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const json& row = rows[i];
            std::string names;
            std::string marks;
            std::vector<const Column*> used;
            for (const auto& [column, value] : row.items()) {
                names += (names.empty() ? "" : ", ") + quoted(column);
                marks += (marks.empty() ? "?" : ", ?");
                used.push_back(table.find(column));
            }
            auto st = db.prepare("INSERT INTO " + quoted(table.name) + "(" + names + ") VALUES (" + marks + ")");
            if (!st) {
                return st.error();
            }
            int n = 1;
            for (const auto& [column, value] : row.items()) {
                bindCell(*st, n, *used[static_cast<std::size_t>(n - 1)], value);
                ++n;
            }
            if (Status ran = st->run(); !ran) {
                std::string message = ran.error().detail;
                if (const auto cut = message.rfind(" ("); cut != std::string::npos) {
                    message.erase(cut); // the SQLite result code means nothing to the reader
                }
                if (message.rfind("step: ", 0) == 0) {
                    message.erase(0, 6);
                }
                check.add("/tables/" + table.name + "/" + std::to_string(i), "refused by the store: " + message);
                continue;
            }
            if (row.contains("id") && row["id"].is_number_integer()) {
                rowIds[row["id"].get<std::int64_t>()] = i;
            } else if (table.find("id") != nullptr) {
                auto last = db.queryInt("SELECT last_insert_rowid()");
                if (last) {
                    rowIds[*last] = i;
                }
            }
        }
    }
    // References between rows: every foreign key must find its row (checked once all are in).
    auto fk = db.prepare("SELECT \"table\", rowid, parent, fkid FROM pragma_foreign_key_check");
    if (!fk) {
        return fk.error();
    }
    for (;;) {
        auto row = fk->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const std::string table = fk->columnText(0);
        std::string path = "/tables/" + table;
        if (!fk->columnIsNull(1)) {
            const auto& rows = index[table];
            if (const auto at = rows.find(fk->columnInt(1)); at != rows.end()) {
                path += "/" + std::to_string(at->second);
            }
        }
        check.add(path, "refers to a " + fk->columnText(2) + " row that is not in the file");
    }
    if (!check.any()) {
        if (Status valid = validateDomain(session, check, index); !valid) {
            return valid.error();
        }
    }
    if (check.any()) {
        check.finish();
        return outcome; // tx rolls back: nothing is written
    }
    for (const auto& [table, rows] : body.items()) {
        outcome.rows[table] = static_cast<int>(rows.size());
    }
    AuditEntry entry;
    entry.actor = session.actor();
    entry.action = AuditAction::Import;
    entry.recordType = "interchange";
    entry.recordId = std::string(kInterchangeFormat) + "-" + std::to_string(kInterchangeVersion);
    int total = 0;
    for (const auto& [table, count] : outcome.rows) {
        total += count;
    }
    entry.summary = "imported " + std::to_string(total) + " rows";
    auto digest = changeDigest(nullptr, json{{"rows", outcome.rows}});
    if (!digest) {
        return digest.error();
    }
    entry.changeDigest = *digest;
    if (Status logged = session.audit().append(db, entry); !logged) {
        return logged.error();
    }
    if (Status committed = tx->commit(); !committed) {
        return committed.error();
    }
    // The document may carry the force's rule overrides and calendar edits: apply them now.
    if (auto reapplied = session.localRules().reapply(); !reapplied) {
        return reapplied.error();
    }
    return outcome;
}

Result<std::string> interchangeJsonSchema(Session& session)
{
    auto tables = readTables(session.database());
    if (!tables) {
        return tables.error();
    }
    json tableSchemas = json::object();
    for (const Table& table : *tables) {
        json properties = json::object();
        json required = json::array();
        for (const Column& c : table.columns) {
            json type = c.type == ColumnType::Integer ? "integer" : c.type == ColumnType::Real ? "number" : "string";
            json property = json::object();
            property["type"] = c.notNull ? type : json::array({type, "null"});
            if (c.isDate()) {
                property["format"] = "date";
            } else if (c.type == ColumnType::Blob) {
                property["contentEncoding"] = "base64";
            }
            properties[c.name] = std::move(property);
            if (c.notNull && !c.hasDefault) {
                required.push_back(c.name);
            }
        }
        tableSchemas[table.name] = {{"type", "array"},
                                    {"items",
                                     {{"type", "object"},
                                      {"additionalProperties", false},
                                      {"required", required},
                                      {"properties", properties}}}};
    }
    json schema = {
        {"$schema", "https://json-schema.org/draft/2020-12/schema"},
        {"$id", "casebook-interchange-" + std::to_string(kInterchangeVersion) + ".schema.json"},
        {"title", "Casebook interchange document, version " + std::to_string(kInterchangeVersion)},
        {"description",
         "Every record of a Casebook store (or of one case), one array of rows per table, ids as stored. "
         "Generated from the store schema; see resources/schema/README.md."},
        {"type", "object"},
        {"required", {"format", "version", "tables"}},
        {"properties",
         {{"format", {{"const", kInterchangeFormat}}},
          {"version", {{"const", kInterchangeVersion}}},
          {"schemaVersion", {{"type", "integer"}, {"description", "the store schema the file was written from"}}},
          {"case", {{"type", "integer"}, {"description", "present when the file holds one case"}}},
          {"tables", {{"type", "object"}, {"additionalProperties", false}, {"properties", tableSchemas}}}}}};
    return schema.dump(2) + "\n";
}

} // namespace casebook::core
