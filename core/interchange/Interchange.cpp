// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "interchange/Interchange.h"

#include "audit/ChangeDigest.h"
#include "audit/HeadAnchor.h"
#include "crypto/Encoding.h"
#include "domain/Attachment.h"
#include "domain/Case.h"
#include "domain/ChronologyEntry.h"
#include "domain/Consent.h"
#include "domain/Contact.h"
#include "domain/HolisticReview.h"
#include "domain/Person.h"
#include "domain/Signposting.h"
#include "domain/SupportService.h"
#include "procedure/PackPin.h"
#include "procedure/ProcedureEnums.h"
#include "procedure/ProcedureValidator.h"
#include "repo/AttachmentRepository.h"
#include "repo/ChronologyRepository.h"
#include "repo/ConsentRepository.h"
#include "repo/ContactRepository.h"
#include "repo/PersonRepository.h"
#include "repo/ProcedureRepository.h"
#include "repo/ReviewRepository.h"
#include "repo/SignpostingRepository.h"
#include "rules/UppRegime.h"
#include "service/Session.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <limits>
#include <set>
#include <stdexcept>

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
           || table == "erasure_register"
           || table == "disposal_certificate"
           // The disclosure review holds the redaction log, which stays internal (core/dp/DisclosureSchema.h).
           || table == "sar_item" || table == "sar_redaction" || table == "disclosure_package";
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
        return base64Encode(bytes);
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
    // The audit log's head, read in the same snapshot as the rows: pins the log as it was.
    if (const std::string head = auditHeadText(db); !head.empty()) {
        out["auditHead"] = head;
    }
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

/// The keys of the loaded UPP/UAP regimes, oldest first ("legacy, amended").
std::string regimeKeys(const ProcedureRules& rules)
{
    std::string keys;
    for (const RulePack& pack : rules.upp) {
        keys += (keys.empty() ? "" : ", ") + pack.regime->key;
    }
    return keys;
}

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

/// True unless the number is an unsigned one above INT64_MAX (nlohmann keeps those apart).
bool fitsInt64(const json& value)
{
    return !value.is_number_unsigned()
           || value.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
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
        } else if (!fitsInt64(value)) {
            check.add(path, "is " + value.dump() + ", larger than the largest whole number Casebook keeps ("
                                + std::to_string(std::numeric_limits<std::int64_t>::max()) + ")");
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
    if (column.type == ColumnType::Text && text.find('\0') != std::string::npos) {
        check.add(path, "contains a NUL character (\\u0000), which Casebook does not keep in text");
    } else if (column.type == ColumnType::Text && text.size() > kMaxTextBytes) {
        check.add(path, "is " + std::to_string(text.size()) + " bytes long; the most Casebook takes is "
                            + std::to_string(kMaxTextBytes));
    } else if (column.isDate()) {
        if (auto date = Date::parseIso(text); !date) {
            check.add(path, "'" + text.substr(0, 40) + "' is not a date (YYYY-MM-DD)");
        }
    } else if (column.type == ColumnType::Blob) {
        // Decoded size from the length alone: a file over the cap is refused before it is decoded.
        const std::size_t padding =
            text.size() >= 2 ? static_cast<std::size_t>(std::count(text.end() - 2, text.end(), '=')) : 0;
        const std::size_t decoded = text.size() / 4 * 3 - std::min(padding, text.size() / 4 * 3);
        if (decoded > kMaxAttachmentBytes) {
            check.add(path, "holds " + std::to_string(decoded) + " bytes; attachments are limited to 25 MiB ("
                                + std::to_string(kMaxAttachmentBytes) + " bytes)");
            return;
        }
        if (!base64Decode(text)) {
            check.add(path, "is not valid base64");
        }
    }
}

/// How deep the document may nest: the format needs four levels (document, tables, rows, row).
constexpr std::size_t kMaxDepth = 16;

/// Builds the document like json::parse, but knows the JSON Pointer of the value being read, so
/// that a value the parser cannot take (1e999, a broken escape) is reported where it is.
class PathTrackingSax {
public:
    explicit PathTrackingSax(json& root)
        : m_dom(root, false)
    {
    }

    bool null() { return value() && m_dom.null(); }
    bool boolean(bool v) { return value() && m_dom.boolean(v); }
    bool number_integer(json::number_integer_t v) { return value() && m_dom.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return value() && m_dom.number_unsigned(v); }
    bool number_float(json::number_float_t v, const json::string_t& s) { return value() && m_dom.number_float(v, s); }
    bool string(json::string_t& v) { return value() && m_dom.string(v); }
    bool binary(json::binary_t& v) { return value() && m_dom.binary(v); }
    bool start_object(std::size_t n) { return open(false) && m_dom.start_object(n); }
    bool key(json::string_t& k)
    {
        m_frames.back().key = k;
        return m_dom.key(k);
    }
    bool end_object()
    {
        m_frames.pop_back();
        return m_dom.end_object();
    }
    bool start_array(std::size_t n) { return open(true) && m_dom.start_array(n); }
    bool end_array()
    {
        m_frames.pop_back();
        return m_dom.end_array();
    }
    template <typename Exception> bool parse_error(std::size_t position, const std::string& token, const Exception& e)
    {
        if (!m_problem) {
            std::string message;
            if (e.id == 406) {
                message = "the number " + token.substr(0, 40) + " is too large for Casebook to read";
            } else {
                message =
                    "not valid JSON at byte " + std::to_string(position) + ": the file may be cut short or damaged";
            }
            m_problem = InterchangeProblem{pathOf(false), std::move(message)};
        }
        return false;
    }

    const std::optional<InterchangeProblem>& problem() const { return m_problem; }

private:
    struct Frame {
        bool array = false;
        std::size_t next = 0; ///< index the next element of an array gets
        std::string key;      ///< last key read in an object
    };

    /// Called as each value begins: it takes the next index of an enclosing array.
    bool value()
    {
        if (!m_frames.empty() && m_frames.back().array) {
            ++m_frames.back().next;
        }
        return true;
    }
    bool open(bool array)
    {
        value();
        if (m_frames.size() >= kMaxDepth) {
            m_problem = InterchangeProblem{pathOf(true), "nests deeper than " + std::to_string(kMaxDepth)
                                                             + " levels; an interchange document never does"};
            return false;
        }
        m_frames.push_back({array, 0, {}});
        return true;
    }
    /// The path of the value being read: the last element begun in each array (in the innermost
    /// one, the next element unless `begun`), the last key in each object.
    std::string pathOf(bool begun) const
    {
        std::string out;
        for (std::size_t i = 0; i < m_frames.size(); ++i) {
            const Frame& f = m_frames[i];
            const bool innermost = i + 1 == m_frames.size();
            const std::size_t index = innermost && !begun ? f.next : (f.next == 0 ? 0 : f.next - 1);
            out += "/" + (f.array ? std::to_string(index) : pointer(f.key));
        }
        return out;
    }

    nlohmann::detail::json_sax_dom_parser<json> m_dom;
    std::vector<Frame> m_frames;
    std::optional<InterchangeProblem> m_problem;
};

/// Parses `document` into `doc`, or says what stopped it and where.
std::optional<InterchangeProblem> parseDocument(std::string_view document, json& doc)
{
    PathTrackingSax sax(doc);
    if (json::sax_parse(document.begin(), document.end(), &sax) && !sax.problem()) {
        return std::nullopt;
    }
    if (sax.problem()) {
        return sax.problem();
    }
    return InterchangeProblem{"", "not valid JSON: the file may be cut short or damaged"};
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
    } else if (!fitsInt64(doc["version"]) || doc["version"].get<std::int64_t>() > kInterchangeVersion) {
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
        // A copy of the binding for the lambda: Clang 14 cannot capture structured bindings.
        const std::string& tableName = name;
        const auto table =
            std::find_if(tables.begin(), tables.end(), [&](const Table& t) { return t.name == tableName; });
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
        const auto bytes = base64Decode(value.get_ref<const std::string&>());
        if (!bytes) {
            throw std::invalid_argument("not valid base64"); // checked before; as the JSON reads do
        }
        st.bindBlob(index, bytes->data(), bytes->size());
    } else {
        st.bind(index, std::string_view(value.get_ref<const std::string&>()));
    }
}

/// Row index in the document of each id of a table, for paths of problems found after insertion.
using RowIndex = std::map<std::string, std::map<std::int64_t, std::size_t>>;

/// The message of a problem a repository or validator reported, without the table name that the
/// path already gives ("upp_procedure: unknown code 'x'" -> "unknown code 'x'").
std::string withoutTable(const std::string& table, std::string detail)
{
    if (detail.rfind(table + ": ", 0) == 0) {
        detail.erase(0, table.size() + 2);
    } else if (detail.rfind(table + ".", 0) == 0) {
        detail.erase(0, table.size() + 1);
    }
    return detail;
}

/// Checks inserted rows against the rules the services apply when a record is typed.
class DomainCheck {
public:
    DomainCheck(Session& session, Checker& check, const RowIndex& index)
        : m_session(session)
        , m_db(session.database())
        , m_check(check)
        , m_index(index)
    {
    }

    Status run();

private:
    std::string pathOf(const std::string& table, std::int64_t id) const
    {
        const auto rows = m_index.find(table);
        if (rows == m_index.end()) {
            return "/tables/" + table;
        }
        const auto at = rows->second.find(id);
        return "/tables/" + table + (at == rows->second.end() ? "" : "/" + std::to_string(at->second));
    }
    void report(const std::string& table, std::int64_t id, const Status& st)
    {
        if (!st) {
            m_check.add(pathOf(table, id), withoutTable(table, st.error().detail));
        }
    }
    /// Every record of a procedure table, read back as the app reads it; a row the repository
    /// cannot read (an unknown code) is reported at its path instead of failing the import.
    template <typename T> Result<std::vector<T>> records(const std::string& table)
    {
        ProcedureRepository<T> repo(m_db);
        if (auto all = repo.listAll()) {
            return all;
        }
        std::vector<T> out;
        if (const auto rows = m_index.find(table); rows != m_index.end()) {
            for (const auto& [id, row] : rows->second) {
                auto one = repo.get(decltype(T::id){id});
                if (one) {
                    out.push_back(std::move(*one));
                } else if (one.error().code == ErrorCode::StoreDamaged || one.error().code == ErrorCode::NotFound) {
                    report(table, id, one.error());
                } else {
                    return one.error();
                }
            }
        }
        return out;
    }
    template <typename T, typename Check> Status validateAll(const std::string& table, Check&& validator)
    {
        auto all = records<T>(table);
        if (!all) {
            return all.error();
        }
        for (const T& record : *all) {
            report(table, record.id.value, validator(record));
        }
        return Ok{};
    }
    Status people();
    Status cases();
    Status contacts();
    Status supportServices();
    Status attachments();
    Status absences();
    Status uppProcedures();

    Session& m_session;
    Database& m_db;
    Checker& m_check;
    const RowIndex& m_index;
    std::vector<Person> m_people;
    std::vector<Case> m_cases;
};

Status DomainCheck::people()
{
    auto people = PersonRepository(m_db).list();
    if (!people) {
        return people.error();
    }
    m_people = std::move(*people);
    ConsentRepository consents(m_db);
    for (const Person& p : m_people) {
        report("person", p.id.value, validate(p));
        auto given = consents.listForPerson(p.id);
        if (!given) {
            return given.error();
        }
        for (const Consent& c : *given) {
            report("consent", c.id.value, validate(c));
        }
    }
    return Ok{};
}

Status DomainCheck::cases()
{
    auto cases = m_session.cases().listCases(CaseFilter{}); // closed ones included
    if (!cases) {
        return cases.error();
    }
    m_cases = std::move(*cases);
    ChronologyRepository chronology(m_db);
    ReviewRepository reviews(m_db);
    SignpostingRepository signposting(m_db);
    for (const Case& c : m_cases) {
        report("case_file", c.id.value, validate(c));
        auto entries = chronology.listForCase(c.id);
        if (!entries) {
            return entries.error();
        }
        for (const ChronologyEntry& e : *entries) {
            report("chronology_entry", e.id.value, validate(e));
        }
        auto amendments = chronology.amendmentsForCase(c.id);
        if (!amendments) {
            return amendments.error();
        }
        for (const EntryAmendment& a : *amendments) {
            report("chronology_amendment", a.id.value, validate(a));
        }
        auto versions = reviews.versions(c.id);
        if (!versions) {
            return versions.error();
        }
        for (const HolisticReview& r : *versions) {
            report("holistic_review", r.id.value, validate(r));
        }
        auto offered = signposting.listForCase(c.id);
        if (!offered) {
            return offered.error();
        }
        for (const Signposting& o : *offered) {
            report("signposting", o.id.value, validate(o));
        }
    }
    return Ok{};
}

Status DomainCheck::contacts()
{
    ContactRepository repo(m_db);
    if (const auto rows = m_index.find("contact"); rows != m_index.end()) {
        for (const auto& [id, row] : rows->second) {
            auto contact = repo.find(ContactId{id});
            if (!contact) {
                return contact.error();
            }
            report("contact", id, validate(*contact));
        }
    }
    return Ok{};
}

Status DomainCheck::supportServices()
{
    auto services = SignpostingRepository(m_db).services(true);
    if (!services) {
        return services.error();
    }
    for (const SupportService& service : *services) {
        report("support_service", service.id.value, validate(service));
    }
    return Ok{};
}

Status DomainCheck::attachments()
{
    AttachmentRepository repo(m_db);
    for (const Case& c : m_cases) {
        auto attachments = repo.listForCase(c.id);
        if (!attachments) {
            return attachments.error();
        }
        for (const Attachment& a : *attachments) {
            report("attachment", a.id.value, validate(a));
        }
    }
    // The size the app records is the content's; an attachment without content cannot be opened.
    auto st = m_db.prepare("SELECT a.id, a.size, length(c.bytes) FROM attachment a"
                           " LEFT JOIN attachment_content c ON c.attachment_id = a.id"
                           " WHERE c.bytes IS NULL OR length(c.bytes) <> a.size ORDER BY a.id");
    if (!st) {
        return st.error();
    }
    for (;;) {
        auto row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return Ok{};
        }
        const std::int64_t id = st->columnInt(0);
        m_check.add(pathOf("attachment", id) + "/size",
                    st->columnIsNull(2) ? std::string("the attachment has no attachment_content row")
                                        : "is " + std::to_string(st->columnInt(1)) + " but its content holds "
                                              + std::to_string(st->columnInt(2)) + " bytes");
    }
}

Status DomainCheck::absences()
{
    // As ProcedureService: sick pay counts a person's absences across all cases, so they may not
    // overlap anywhere.
    auto st = m_db.prepare("SELECT b.id, a.id, a.start_date FROM absence a JOIN case_file ca ON ca.id = a.case_id"
                           " JOIN absence b ON b.id > a.id JOIN case_file cb ON cb.id = b.case_id"
                           " WHERE ca.person_id = cb.person_id"
                           " AND (a.end_date IS NULL OR b.start_date <= a.end_date)"
                           " AND (b.end_date IS NULL OR a.start_date <= b.end_date) ORDER BY b.id, a.id");
    if (!st) {
        return st.error();
    }
    for (;;) {
        auto row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return Ok{};
        }
        m_check.add(pathOf("absence", st->columnInt(0)),
                    "overlaps absence " + std::to_string(st->columnInt(1)) + " (from " + st->columnText(2)
                        + ") of the same person; one person's absences may not share a day");
    }
}

Status DomainCheck::uppProcedures()
{
    auto all = records<UppProcedure>("upp_procedure");
    if (!all) {
        return all.error();
    }
    const ProcedureRules& rules = m_session.rules();
    std::map<std::int64_t, UppProcedure*> byId;
    for (UppProcedure& u : *all) {
        byId[u.id.value] = &u;
    }
    // The regime each matter has once derived as the service derives it (a linked matter's first).
    std::map<std::int64_t, std::optional<UppRegime>> regimes;
    std::set<std::int64_t> deriving;
    std::function<std::optional<UppRegime>(UppProcedure&)> regimeOf = [&](UppProcedure& u) -> std::optional<UppRegime> {
        if (const auto known = regimes.find(u.id.value); known != regimes.end()) {
            return known->second;
        }
        const std::string path = pathOf("upp_procedure", u.id.value);
        RegimeInput input;
        input.cameToAttention = u.cameToAttention;
        if (u.linkedEarlierMatter) {
            const auto linked = byId.find(u.linkedEarlierMatter->value);
            if (linked == byId.end()) {
                m_check.add(path + "/linked_upp_id", "the linked matter could not be read (see its own problem)");
                regimes[u.id.value] = std::nullopt;
                return std::nullopt;
            }
            if (deriving.contains(u.id.value) || *u.linkedEarlierMatter == u.id) {
                m_check.add(path + "/linked_upp_id",
                            "the linked matters form a loop; a matter can only link to an earlier one");
                regimes[u.id.value] = std::nullopt;
                return std::nullopt;
            }
            if (deriving.size() >= 64) {
                m_check.add(path + "/linked_upp_id", "links through more than 64 earlier matters");
                regimes[u.id.value] = std::nullopt;
                return std::nullopt;
            }
            deriving.insert(u.id.value);
            const std::optional<UppRegime> earlier = regimeOf(*linked->second);
            deriving.erase(u.id.value);
            if (!earlier) {
                regimes[u.id.value] = std::nullopt;
                return std::nullopt;
            }
            input.linkedMatterRegime = earlier;
        }
        if (u.regimeOverride) {
            if (rules.uppPack(*u.regimeOverride) == nullptr) {
                m_check.add(path + "/regime_override", "'" + u.regimeOverride->key
                                                           + "' is not a regime of this build's rule packs ("
                                                           + regimeKeys(rules) + ")");
                regimes[u.id.value] = std::nullopt;
                return std::nullopt;
            }
            input.regimeOverride = RegimeOverride{*u.regimeOverride, u.regimeOverrideReason};
        }
        auto decision = deriveUppRegime(input, rules.uppPacks());
        if (!decision) {
            m_check.add(path, withoutTable("upp_procedure", decision.error().detail));
            regimes[u.id.value] = std::nullopt;
            return std::nullopt;
        }
        if (decision->derivedRegime != u.derivedRegime) {
            m_check.add(path + "/derived_regime", "is '" + u.derivedRegime.key + "' but the dates give '"
                                                      + decision->derivedRegime.key + "': " + decision->explanation);
            u.derivedRegime = decision->derivedRegime; // the events are checked against the right regime
        }
        regimes[u.id.value] = u.regime();
        return u.regime();
    };
    for (UppProcedure& u : *all) {
        if (!regimeOf(u)) {
            continue;
        }
        const RulePack* pinned = rules.uppPackFor(u);
        if (pinned == nullptr) {
            m_check.add(pathOf("upp_procedure", u.id.value) + "/pinned_version",
                        "pinned to " + u.pinnedPack + " version " + std::to_string(u.pinnedVersion)
                            + ", which this build's rule packs do not have");
            continue;
        }
        report("upp_procedure", u.id.value, ProcedureValidator::check(u, *pinned, rules.engine()));
        if (u.pausedFor) {
            auto referral = ProcedureRepository<ConductReferral>(m_db).get(*u.pausedFor);
            if (!referral) {
                return referral.error();
            }
            if (referral->caseId != u.caseId) {
                m_check.add(pathOf("upp_procedure", u.id.value) + "/paused_for",
                            "the conduct referral is on another case");
            }
        }
    }
    return Ok{};
}

/// The domain's own rules on what was inserted (lengths, orders of dates, required fields, derived
/// values), the same the services apply when a record is typed.
Status DomainCheck::run()
{
    const auto plain = [](const auto& record) { return ProcedureValidator::check(record); };
    // A record of a pinned kind names a pack version this build has (issue 14).
    const auto pinned = [&rules = m_session.rules()](const auto& record) -> Status {
        if (Status valid = ProcedureValidator::check(record); !valid) {
            return valid;
        }
        if (record.pinnedVersion != 0 && governingVersion(rules, record) == nullptr) {
            return makeError(ErrorCode::InvalidArgument, "pinned_version: pinned to " + record.pinnedPack + " version "
                                                             + std::to_string(record.pinnedVersion)
                                                             + ", which this build's rule packs do not have");
        }
        return Ok{};
    };
    for (Status st :
         {people(), cases(), contacts(), supportServices(), attachments(), absences(), uppProcedures(),
          validateAll<Adjustment>("adjustment", plain), validateAll<Absence>("absence", pinned),
          validateAll<LimitedDuty>("limited_duty", pinned), validateAll<OhReferral>("oh_referral", plain),
          validateAll<ConductReferral>("conduct_referral", pinned),
          validateAll<IllHealthRetirement>("ill_health_retirement", pinned),
          validateAll<InjuryAward>("injury_award", pinned), validateAll<ActionPlan>("action_plan", plain),
          validateAll<DateOverride>("date_override", plain), validateAll<DateClosure>("date_closure", plain)}) {
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
    if (auto failure = parseDocument(document, doc)) {
        check.add(failure->path, failure->message);
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
        if (Status valid = DomainCheck(session, check, index).run(); !valid) {
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
          {"auditHead",
           {{"type", "string"}, {"description", "the store's audit log head (seq:hash) when the file was written"}}},
          {"tables", {{"type", "object"}, {"additionalProperties", false}, {"properties", tableSchemas}}}}}};
    return schema.dump(2) + "\n";
}

} // namespace casebook::core
