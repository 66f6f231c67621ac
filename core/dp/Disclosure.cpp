// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dp/Disclosure.h"

#include "dp/CodeTable.h"
#include "dp/Erasure.h"

#include "audit/ChangeDigest.h"
#include "audit/HeadAnchor.h"
#include "domain/Validator.h"
#include "repo/SqlValues.h"
#include "report/ExportAudit.h"
#include "service/ProcedureAudit.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>
#include <utility>

namespace casebook::core {

namespace {

using dp::codeOf;
using dp::CodeTable;
using dp::fromTable;

constexpr CodeTable<DisclosureDecision, 3> kDecisions{{{DisclosureDecision::Disclose, "disclose"},
                                                       {DisclosureDecision::Redact, "redact"},
                                                       {DisclosureDecision::Withhold, "withhold"}}};

/// Tables that are not the subject's records, or that are shown another way.
bool skippedTable(std::string_view table)
{
    static const std::set<std::string_view> kSkipped{"person",
                                                     "case_file",
                                                     "case_type",
                                                     "case_contact",
                                                     "legal_hold",
                                                     "search_index",
                                                     "erasure_register",
                                                     "subject_key",
                                                     "sar_request",
                                                     "sar_clock_event",
                                                     "sar_item",
                                                     "sar_redaction",
                                                     "disclosure_package",
                                                     "attachment_content",
                                                     "disposal_certificate",
                                                     "retention_decision",
                                                     "id_floor"};
    return kSkipped.contains(table) || table.rfind("search_index", 0) == 0 || table.rfind("sqlite_", 0) == 0;
}

/// The audit log's record type for rows of a table, where the services name it differently.
std::string_view auditTypeOf(std::string_view table)
{
    if (table == "case_file") {
        return "case";
    }
    if (table == "chronology_entry") {
        return "chronology";
    }
    if (table == "consent_answer") {
        return "consent";
    }
    return table;
}

/// "entry_date" -> "Entry date".
std::string humanise(std::string_view name)
{
    std::string out(name);
    std::replace(out.begin(), out.end(), '_', ' ');
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    return out;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || static_cast<unsigned char>(c) >= 0x80;
}

/// True when `needle` (lower case) occurs in `haystack` (lower case) as whole words.
bool containsWord(const std::string& haystack, const std::string& needle)
{
    if (needle.empty()) {
        return false;
    }
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
        const bool startOk = at == 0 || !isWordChar(haystack[at - 1]);
        const std::size_t end = at + needle.size();
        const bool endOk = end == haystack.size() || !isWordChar(haystack[end]);
        if (startOk && endOk) {
            return true;
        }
    }
    return false;
}

/// Replaces every case-insensitive occurrence of `words` in `text` with the marker.
std::string redactText(const std::string& text, const std::string& words)
{
    const std::string needle = lower(words);
    if (needle.empty()) {
        return text;
    }
    const std::string haystack = lower(text);
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, from)) {
        out.append(text, from, at - from);
        out += kRedactionMarker;
        from = at + needle.size();
    }
    out.append(text, from, std::string::npos);
    return out;
}

std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> out;
    std::string current;
    for (char c : text) {
        if (isWordChar(c) || c == '\'' || c == '-') {
            current += c;
        } else if (!current.empty()) {
            out.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) {
        out.push_back(std::move(current));
    }
    return out;
}

struct Column {
    std::string name;
    std::string type;
};

Result<std::vector<Column>> columnsOf(Database& db, const std::string& table)
{
    auto stmt = db.prepare("SELECT name, upper(type) FROM pragma_table_info(?1) ORDER BY cid");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, table);
    return sql::collect<Column>(*stmt, [](const Statement& s) { return Column{s.columnText(0), s.columnText(1)}; });
}

/// A table's rows, each as (rowid, labelled non-empty text fields); ids, links and blobs left out.
struct Row {
    std::int64_t rowid = 0;
    std::vector<std::pair<std::string, std::string>> fields;
};

Result<std::vector<Row>> rowsOf(Database& db, const std::string& table, const std::string& whereColumn,
                                std::int64_t value)
{
    Result<std::vector<Column>> columns = columnsOf(db, table);
    if (!columns) {
        return columns.error();
    }
    std::vector<std::string> shown;
    std::string select = "SELECT rowid";
    for (const Column& c : *columns) {
        const bool isLink = c.name == "id" || (c.name.size() > 3 && c.name.ends_with("_id"));
        if (isLink || c.type == "BLOB") {
            continue;
        }
        shown.push_back(c.name);
        select += ", CAST(\"" + c.name + "\" AS TEXT)";
    }
    select += " FROM \"" + table + "\" WHERE \"" + whereColumn + "\" = ?1 ORDER BY rowid";
    auto stmt = db.prepare(select);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, value);
    return sql::collect<Row>(*stmt, [&shown](const Statement& s) {
        Row row;
        row.rowid = s.columnInt(0);
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const int column = static_cast<int>(i) + 1;
            if (s.columnIsNull(column)) {
                continue;
            }
            std::string text = s.columnText(column);
            if (!text.empty()) {
                row.fields.emplace_back(humanise(shown[i]), std::move(text));
            }
        }
        return row;
    });
}

Result<std::vector<std::string>> tablesWithColumn(Database& db, const std::string& column)
{
    auto stmt = db.prepare("SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
                           "WHERE m.type = 'table' AND c.name = ?1 ORDER BY m.name");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, column);
    Result<std::vector<std::string>> all =
        sql::collect<std::string>(*stmt, [](const Statement& s) { return s.columnText(0); });
    if (!all) {
        return all;
    }
    std::erase_if(*all, [](const std::string& t) { return skippedTable(t); });
    return all;
}

/// Tables whose rows belong to a row of `parent` (a foreign key other than case_id), with the column.
Result<std::vector<std::pair<std::string, std::string>>> childTables(Database& db, const std::string& parent)
{
    auto stmt = db.prepare("SELECT m.name, f.\"from\" FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f "
                           "WHERE m.type = 'table' AND f.\"table\" = ?1 AND f.\"from\" <> 'case_id' "
                           "AND m.name <> ?1 ORDER BY m.name");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, parent);
    Result<std::vector<std::pair<std::string, std::string>>> all =
        sql::collect<std::pair<std::string, std::string>>(*stmt, [](const Statement& s) {
            return std::pair{s.columnText(0), s.columnText(1)};
        });
    if (!all) {
        return all;
    }
    std::erase_if(*all, [](const auto& t) { return skippedTable(t.first); });
    return all;
}

/// Adds the rows of `table` where `column` = value as items, each followed by its children.
Status addRows(Database& db, std::vector<DisclosureItem>& items, const std::string& table, const std::string& column,
               std::int64_t value, std::optional<std::int64_t> caseId, int depth)
{
    if (depth > 4) {
        return Ok{};
    }
    Result<std::vector<Row>> rows = rowsOf(db, table, column, value);
    if (!rows) {
        return rows.error();
    }
    Result<std::vector<std::pair<std::string, std::string>>> children = childTables(db, table);
    if (!children) {
        return children.error();
    }
    for (Row& row : *rows) {
        if (!row.fields.empty()) {
            DisclosureItem item;
            item.key = table + ":" + std::to_string(row.rowid);
            item.kind = table;
            item.title = humanise(table) + " " + std::to_string(row.rowid)
                         + (caseId ? " (case " + std::to_string(*caseId) + ")" : std::string{});
            item.caseId = caseId;
            if (table == "attachment") {
                item.attachmentId = row.rowid;
            }
            item.fields = std::move(row.fields);
            items.push_back(std::move(item));
        }
        for (const auto& [child, fk] : *children) {
            if (Status st = addRows(db, items, child, fk, row.rowid, caseId, depth + 1); !st) {
                return st;
            }
        }
    }
    return Ok{};
}

struct Name {
    std::string full;    ///< lower case
    std::string surname; ///< lower case; empty when too short or shared with the subject
    std::string shown;   ///< as stored
    std::string what;    ///< "another person in the store", "a contact"
};

Result<std::vector<Name>> otherNames(Database& db, PersonId subject, const std::string& subjectName)
{
    std::set<std::string> own;
    for (const std::string& w : words(lower(subjectName))) {
        own.insert(w);
    }
    std::vector<Name> out;
    auto stmt = db.prepare("SELECT name, 'another person in the store' FROM person WHERE id <> ?1 "
                           "UNION ALL SELECT name, 'a contact' FROM contact");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, subject.value);
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        Name n;
        n.shown = stmt->columnText(0);
        n.full = lower(n.shown);
        n.what = stmt->columnText(1);
        const std::vector<std::string> parts = words(n.full);
        if (parts.size() > 1 && parts.back().size() >= 3 && !own.contains(parts.back())) {
            n.surname = parts.back();
        }
        if (!n.full.empty() && lower(subjectName) != n.full) {
            out.push_back(std::move(n));
        }
    }
    return out;
}

void suggest(DisclosureItem& item, const std::vector<Name>& names)
{
    std::string text;
    for (const auto& [label, value] : item.fields) {
        text += lower(value);
        text += '\n';
    }
    for (const Name& n : names) {
        std::string found;
        if (containsWord(text, n.full)) {
            found = "names " + n.shown + " (" + n.what + ")";
        } else if (!n.surname.empty() && containsWord(text, n.surname)) {
            found = "may name " + n.shown + " (" + n.what + "; the surname matches)";
        }
        if (!found.empty()
            && std::find(item.thirdParties.begin(), item.thirdParties.end(), found) == item.thirdParties.end()) {
            item.thirdParties.push_back(std::move(found));
        }
    }
}

Result<std::map<std::string, ItemReview>> loadDecisions(Database& db, SarId sar)
{
    std::map<std::string, ItemReview> out;
    auto stmt = db.prepare("SELECT i.item_key, i.decision, i.reason, i.decided_at, i.actor, r.text FROM sar_item i "
                           "LEFT JOIN sar_redaction r ON r.item_id = i.id WHERE i.sar_id = ?1 ORDER BY i.id, r.id");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, sar.value);
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        sql::RowReader read(*stmt);
        const DisclosureDecision decision = read.code<DisclosureDecision>(1, disclosureDecisionFromCode);
        if (Status st = read.status(); !st) {
            return st.error();
        }
        ItemReview& review = out[stmt->columnText(0)];
        review.key = stmt->columnText(0);
        review.decision = decision;
        review.reason = stmt->columnText(2);
        review.decidedAt = stmt->columnText(3);
        review.actor = stmt->columnText(4);
        if (!stmt->columnIsNull(5)) {
            review.redactions.push_back(stmt->columnText(5));
        }
    }
    return out;
}

std::string safeFileName(std::int64_t id, const std::string& name)
{
    std::string out = std::to_string(id) + "-";
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        out += (c == '/' || c == '\\' || c == ':' || u < 0x20 || u == 0x7f) ? '_' : c;
    }
    if (out.size() > 200) {
        out.resize(200);
    }
    return out;
}

} // namespace

std::string_view toCode(DisclosureDecision value)
{
    return codeOf(kDecisions, value);
}

std::optional<DisclosureDecision> disclosureDecisionFromCode(std::string_view code)
{
    return fromTable(kDecisions, code);
}

const DisclosureItem* DisclosureReview::find(std::string_view key) const
{
    const auto it = std::find_if(items.begin(), items.end(), [key](const DisclosureItem& i) { return i.key == key; });
    return it == items.end() ? nullptr : &*it;
}

std::vector<const DisclosureItem*> DisclosureReview::undecidedSuggestions() const
{
    std::vector<const DisclosureItem*> out;
    for (const DisclosureItem& item : items) {
        if (!item.thirdParties.empty() && !decisions.contains(item.key)) {
            out.push_back(&item);
        }
    }
    return out;
}

std::string disclosureManifest(std::string_view pdfName, std::string_view pdfBytes,
                               const std::vector<PackagedAttachment>& attachments)
{
    std::string out = sha256Hex(pdfBytes) + "  " + std::to_string(pdfBytes.size()) + "  " + std::string(pdfName) + "\n";
    for (const PackagedAttachment& a : attachments) {
        out += sha256Hex(a.bytes) + "  " + std::to_string(a.bytes.size()) + "  attachments/" + a.fileName + "\n";
    }
    return out;
}

DisclosureService::DisclosureService(Database& db, const AuditLog& audit, const Clock& clock, std::string actor)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Result<DisclosureReview> DisclosureService::collect(SarId sar) const
{
    DisclosureReview review;
    review.sar = sar;
    {
        auto stmt = m_db.prepare("SELECT r.person_id, r.reference, r.received_on, p.name FROM sar_request r "
                                 "JOIN person p ON p.id = r.person_id WHERE r.id = ?1");
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, sar.value);
        Result<bool> row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return sql::notFound("subject access request", sar.value);
        }
        sql::RowReader read(*stmt);
        review.person = PersonId{read.integer(0)};
        review.reference = read.text(1);
        review.receivedOn = read.date(2);
        review.personName = read.text(3);
        if (Status st = read.status(); !st) {
            return st.error();
        }
    }
    std::vector<DisclosureItem>& items = review.items;
    // The person's own record, then what hangs off the person.
    Result<std::vector<Row>> person = rowsOf(m_db, "person", "id", review.person.value);
    if (!person) {
        return person.error();
    }
    for (Row& row : *person) {
        items.push_back({"person:" + std::to_string(row.rowid),
                         "person",
                         "Personal record",
                         std::nullopt,
                         std::nullopt,
                         std::move(row.fields),
                         {}});
    }
    Result<std::vector<std::string>> personTables = tablesWithColumn(m_db, "person_id");
    if (!personTables) {
        return personTables.error();
    }
    for (const std::string& table : *personTables) {
        if (Status st = addRows(m_db, items, table, "person_id", review.person.value, std::nullopt, 0); !st) {
            return st.error();
        }
    }
    // Each case: the case, its contacts, and every record under it.
    auto caseStmt = m_db.prepare("SELECT id FROM case_file WHERE person_id = ?1 ORDER BY id");
    if (!caseStmt) {
        return caseStmt.error();
    }
    caseStmt->bind(1, review.person.value);
    Result<std::vector<std::int64_t>> cases =
        sql::collect<std::int64_t>(*caseStmt, [](const Statement& s) { return s.columnInt(0); });
    if (!cases) {
        return cases.error();
    }
    Result<std::vector<std::string>> caseTables = tablesWithColumn(m_db, "case_id");
    if (!caseTables) {
        return caseTables.error();
    }
    for (const std::int64_t caseId : *cases) {
        Result<std::vector<Row>> caseRow = rowsOf(m_db, "case_file", "id", caseId);
        if (!caseRow) {
            return caseRow.error();
        }
        for (Row& row : *caseRow) {
            auto types = m_db.prepare("SELECT group_concat(type, ', ') FROM case_type WHERE case_id = ?1");
            if (!types) {
                return types.error();
            }
            types->bind(1, caseId);
            if (Result<bool> got = types->step(); got && *got && !types->columnIsNull(0)) {
                row.fields.emplace_back("Types", types->columnText(0));
            }
            items.push_back({"case_file:" + std::to_string(caseId),
                             "case_file",
                             "Case " + std::to_string(caseId),
                             caseId,
                             std::nullopt,
                             std::move(row.fields),
                             {}});
        }
        auto contacts = m_db.prepare("SELECT c.id, c.name, c.organisation, c.role, c.phone, c.email, c.notes "
                                     "FROM case_contact cc JOIN contact c ON c.id = cc.contact_id "
                                     "WHERE cc.case_id = ?1 ORDER BY c.id");
        if (!contacts) {
            return contacts.error();
        }
        contacts->bind(1, caseId);
        for (;;) {
            Result<bool> row = contacts->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            DisclosureItem item;
            const std::int64_t contactId = contacts->columnInt(0);
            item.key = "case_contact:" + std::to_string(caseId) + ":" + std::to_string(contactId);
            item.kind = "case_contact";
            item.title = "Contact on case " + std::to_string(caseId);
            item.caseId = caseId;
            const char* labels[] = {"Name", "Organisation", "Role", "Phone", "Email", "Notes"};
            for (int i = 0; i < 6; ++i) {
                std::string value = contacts->columnText(i + 1);
                if (!value.empty()) {
                    item.fields.emplace_back(labels[i], std::move(value));
                }
            }
            item.thirdParties.push_back("is a third party: " + contacts->columnText(1) + ", a contact on case "
                                        + std::to_string(caseId));
            items.push_back(std::move(item));
        }
        for (const std::string& table : *caseTables) {
            if (Status st = addRows(m_db, items, table, "case_id", caseId, caseId, 0); !st) {
                return st.error();
            }
        }
    }
    Result<std::vector<Name>> names = otherNames(m_db, review.person, review.personName);
    if (!names) {
        return names.error();
    }
    for (DisclosureItem& item : items) {
        suggest(item, *names);
    }
    Result<std::map<std::string, ItemReview>> decisions = loadDecisions(m_db, sar);
    if (!decisions) {
        return decisions.error();
    }
    review.decisions = std::move(*decisions);
    // The audit entries about these records, and the exports that included them.
    std::set<std::pair<std::string, std::string>> about;
    about.emplace("person", std::to_string(review.person.value));
    for (const DisclosureItem& item : items) {
        const std::size_t colon = item.key.find(':');
        if (item.kind != "case_contact" && colon != std::string::npos) {
            about.emplace(std::string(auditTypeOf(item.kind)), item.key.substr(colon + 1));
        }
    }
    auto sars = m_db.prepare("SELECT id FROM sar_request WHERE person_id = ?1");
    if (!sars) {
        return sars.error();
    }
    sars->bind(1, review.person.value);
    Result<std::vector<std::int64_t>> sarIds =
        sql::collect<std::int64_t>(*sars, [](const Statement& s) { return s.columnInt(0); });
    if (!sarIds) {
        return sarIds.error();
    }
    for (const std::int64_t id : *sarIds) {
        about.emplace("sar_request", std::to_string(id));
    }
    Result<std::vector<AuditRecord>> log = m_audit.list(m_db);
    if (!log) {
        return log.error();
    }
    for (AuditRecord& record : *log) {
        if (!about.contains({record.entry.recordType, record.entry.recordId})) {
            continue;
        }
        if (record.entry.action == AuditAction::Export) {
            review.exports.push_back(record);
        }
        review.auditEntries.push_back(std::move(record));
    }
    return review;
}

Status DisclosureService::decide(SarId sar, const std::string& key, DisclosureDecision decision,
                                 const std::string& reason, const std::string& redact)
{
    const bool blankReason = reason.find_first_not_of(" \t\r\n") == std::string::npos;
    if (decision != DisclosureDecision::Disclose && blankReason) {
        return invalidProblem("a redaction or a withheld item needs a reason (such as the exemption: DPA 2018 Sch 2 "
                              "para 16, third party)",
                              "reason", "disclosure.no_reason");
    }
    if (decision == DisclosureDecision::Redact && redact.find_first_not_of(" \t\r\n") == std::string::npos) {
        return invalidProblem("a redaction needs the words to take out", "words", "disclosure.no_words");
    }
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    Result<DisclosureReview> review = collect(sar);
    if (!review) {
        return review.error();
    }
    Result<std::int64_t> open =
        sql::intWhere(m_db, "SELECT count(*) FROM sar_request WHERE id = ?1 AND status = 'open'", sar.value);
    if (!open) {
        return open.error();
    }
    if (*open == 0) {
        Error error = makeError(ErrorCode::RuleViolation,
                                "request " + std::to_string(sar.value) + " is closed; its review can no longer change");
        error.problems.push_back(Problem{"", "disclosure.request_closed", {std::to_string(sar.value)}});
        return error;
    }
    const DisclosureItem* item = review->find(key);
    if (item == nullptr) {
        return makeError(ErrorCode::NotFound, "request " + std::to_string(sar.value) + " has no item " + key
                                                  + " ('casebook-cli sar review " + std::to_string(sar.value)
                                                  + "' lists them)");
    }
    if (decision == DisclosureDecision::Redact) {
        if (item->attachmentId) {
            return invalidProblem("an attachment cannot be redacted here; disclose it or "
                                  "withhold it (and give a redacted copy by hand)",
                                  "decision", "disclosure.attachment_redacted");
        }
        const std::string needle = lower(redact);
        const bool occurs = std::any_of(item->fields.begin(), item->fields.end(), [&needle](const auto& f) {
            return lower(f.second).find(needle) != std::string::npos;
        });
        if (!occurs) {
            return invalidProblem("the words to redact do not occur in " + key
                                      + "; nothing was recorded (check the spelling)",
                                  "words", "disclosure.words_not_found");
        }
    }
    const auto previous = review->decisions.find(key);
    const bool existed = previous != review->decisions.end();
    nlohmann::json before = nullptr;
    std::vector<std::string> redactions;
    if (existed) {
        before = {{"sar_id", sar.value},
                  {"person_id", review->person.value},
                  {"item", key},
                  {"decision", toCode(previous->second.decision)},
                  {"reason", previous->second.reason},
                  {"redactions", previous->second.redactions}};
        if (previous->second.decision == DisclosureDecision::Redact && decision == DisclosureDecision::Redact) {
            redactions = previous->second.redactions;
        }
    }
    if (decision == DisclosureDecision::Redact) {
        redactions.push_back(redact);
    }
    auto upsert = m_db.prepare("INSERT INTO sar_item(sar_id, item_key, decision, reason, decided_at, actor) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(sar_id, item_key) DO UPDATE SET "
                               "decision = excluded.decision, reason = excluded.reason, "
                               "decided_at = excluded.decided_at, actor = excluded.actor RETURNING id");
    if (!upsert) {
        return upsert.error();
    }
    upsert->bind(1, sar.value).bind(2, key).bind(3, toCode(decision)).bind(4, reason).bind(5, utcIso(m_clock.now()));
    upsert->bind(6, m_actor);
    Result<std::int64_t> itemId = sql::insertReturningId(*upsert);
    if (!itemId) {
        return itemId.error();
    }
    auto clear = m_db.prepare("DELETE FROM sar_redaction WHERE item_id = ?1");
    if (!clear) {
        return clear.error();
    }
    clear->bind(1, *itemId);
    if (Status st = clear->run(); !st) {
        return st;
    }
    for (const std::string& words : redactions) {
        auto add = m_db.prepare("INSERT INTO sar_redaction(item_id, text) VALUES (?1, ?2)");
        if (!add) {
            return add.error();
        }
        add->bind(1, *itemId).bind(2, words);
        if (Status st = add->run(); !st) {
            return st;
        }
    }
    const nlohmann::json after = {{"sar_id", sar.value}, {"person_id", review->person.value},
                                  {"item", key},         {"decision", toCode(decision)},
                                  {"reason", reason},    {"redactions", redactions}};
    if (Status logged =
            auditProcedureChange(m_audit, m_db, m_actor, existed ? AuditAction::Update : AuditAction::Create,
                                 "sar_item", *itemId, before, after);
        !logged) {
        return logged;
    }
    return tx->commit();
}

Result<DisclosurePackage> DisclosureService::build(SarId sar, Date preparedOn) const
{
    Result<DisclosureReview> review = collect(sar);
    if (!review) {
        return review.error();
    }
    const std::vector<const DisclosureItem*> undecided = review->undecidedSuggestions();
    if (!undecided.empty()) {
        std::string keys;
        for (std::size_t i = 0; i < undecided.size() && i < 8; ++i) {
            keys += (keys.empty() ? "" : ", ") + undecided[i]->key;
        }
        if (undecided.size() > 8) {
            keys += " and " + std::to_string(undecided.size() - 8) + " more";
        }
        Error error = makeError(ErrorCode::RuleViolation, std::to_string(undecided.size())
                                                              + " item(s) may name third parties and have no decision "
                                                                "yet: "
                                                              + keys + ". Disclose, redact or withhold each first");
        error.problems.push_back(Problem{"", "disclosure.undecided", {std::to_string(undecided.size()), keys}});
        return error;
    }
    DisclosurePackage package;
    ReportDocument& doc = package.document;
    doc.title = "Subject access disclosure";
    doc.marking = "OFFICIAL-SENSITIVE: PERSONAL";
    doc.handling = "For the data subject named below; sent in answer to their subject access request";
    doc.generatedOn = preparedOn;
    doc.author = m_actor;
    doc.audience = "the data subject";
    doc.prepared = "Prepared for " + review->personName + " by " + m_actor + " on " + preparedOn.toIso() + ".";
    doc.sections = {"disclosure"};
    // Pins the audit log as every other export does: the footer names the head before this package.
    doc.auditHead = auditHeadText(m_db);

    std::vector<const DisclosureItem*> shown;
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> redactedFields;
    for (const DisclosureItem& item : review->items) {
        const auto d = review->decisions.find(item.key);
        const DisclosureDecision decision =
            d == review->decisions.end() ? DisclosureDecision::Disclose : d->second.decision;
        if (decision == DisclosureDecision::Withhold) {
            ++package.withheld;
            continue;
        }
        auto fields = item.fields;
        if (decision == DisclosureDecision::Redact) {
            ++package.redacted;
            for (auto& [label, value] : fields) {
                for (const std::string& words : d->second.redactions) {
                    value = redactText(value, words);
                }
            }
        } else {
            ++package.disclosed;
        }
        redactedFields[item.key] = std::move(fields);
        shown.push_back(&item);
    }

    doc.heading("About this disclosure");
    doc.keyValues(
        {{"Your request", review->reference.empty() ? "request " + std::to_string(sar.value) : review->reference},
         {"Received", review->receivedOn.toIso()},
         {"About", review->personName},
         {"Prepared", preparedOn.toIso()}});
    doc.paragraph("This is a copy of the personal information about you held in this case-review record, under "
                  "your right of access (UK GDPR Article 15). Attachments held with your records are in the "
                  "'attachments' folder that comes with this document; manifest.txt lists every file with its "
                  "SHA-256 digest.");
    if (package.redacted > 0 || package.withheld > 0) {
        doc.paragraph("Some information has been removed: " + std::to_string(package.redacted)
                      + " item(s) have words replaced by " + std::string(kRedactionMarker) + ", and "
                      + std::to_string(package.withheld)
                      + " item(s) are not included, where disclosure would reveal information about other people "
                        "(Data Protection Act 2018, Schedule 2, paragraph 16) or another exemption applies.");
    }
    std::optional<std::int64_t> currentCase;
    bool firstPersonal = true;
    for (const DisclosureItem* item : shown) {
        if (item->caseId != currentCase || (firstPersonal && !item->caseId)) {
            currentCase = item->caseId;
            doc.heading(item->caseId ? "Case " + std::to_string(*item->caseId) : std::string("Your personal record"));
            firstPersonal = false;
        }
        doc.paragraph(item->title);
        doc.keyValues(redactedFields[item->key]);
        if (item->attachmentId) {
            auto content = m_db.prepare("SELECT a.file_name, c.bytes FROM attachment a JOIN attachment_content c "
                                        "ON c.attachment_id = a.id WHERE a.id = ?1");
            if (!content) {
                return content.error();
            }
            content->bind(1, *item->attachmentId);
            Result<bool> row = content->step();
            if (!row) {
                return row.error();
            }
            if (*row) {
                const std::vector<std::uint8_t> bytes = content->columnBlob(1);
                PackagedAttachment a;
                a.id = *item->attachmentId;
                a.fileName = safeFileName(a.id, content->columnText(0));
                a.bytes.assign(bytes.begin(), bytes.end());
                doc.note("The file is attachments/" + a.fileName + ".");
                package.attachments.push_back(std::move(a));
            }
        }
    }
    doc.heading("Who has seen or changed your records");
    doc.paragraph("The audit log of this record: each change to your records and each time they were exported. "
                  "Audit entries hold no record content.");
    std::vector<std::vector<std::string>> auditRows;
    for (const AuditRecord& r : review->auditEntries) {
        auditRows.push_back({r.at, r.entry.actor, std::string(toString(r.entry.action)), r.entry.summary});
    }
    if (auditRows.empty()) {
        doc.note("No audit entries.");
    } else {
        doc.table({"When (UTC)", "By", "Action", "What"}, std::move(auditRows));
    }
    doc.heading("Exports that included your records");
    std::vector<std::vector<std::string>> exportRows;
    for (const AuditRecord& r : review->exports) {
        exportRows.push_back({r.at, r.entry.actor, r.entry.summary});
    }
    if (exportRows.empty()) {
        doc.note("None recorded.");
    } else {
        doc.table({"When (UTC)", "By", "What, for whom"}, std::move(exportRows));
    }
    doc.note("Exports of the whole caseload (overview, calendar) are not listed: the audit log does not record which "
             "people each included.");
    return package;
}

Status DisclosureService::recordPackage(SarId sar, const DisclosurePackage& package, const std::string& pdfSha256,
                                        const std::string& manifestSha256)
{
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx) {
        return tx.error();
    }
    Result<std::int64_t> person =
        sql::intWhere(m_db, "SELECT coalesce(max(person_id), 0) FROM sar_request WHERE id = ?1", sar.value);
    if (!person) {
        return person.error();
    }
    if (*person == 0) {
        return sql::notFound("subject access request", sar.value);
    }
    const std::string at = utcIso(m_clock.now());
    auto insert =
        m_db.prepare("INSERT INTO disclosure_package(sar_id, made_at, actor, pdf_sha256, manifest_sha256, "
                     "disclosed, redacted, withheld, attachments) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, sar.value).bind(2, at).bind(3, m_actor).bind(4, pdfSha256).bind(5, manifestSha256);
    insert->bind(6, std::int64_t{package.disclosed}).bind(7, std::int64_t{package.redacted});
    insert->bind(8, std::int64_t{package.withheld}).bind(9, static_cast<std::int64_t>(package.attachments.size()));
    if (Status st = insert->run(); !st) {
        return st;
    }
    const nlohmann::json after = {{"what", "disclosure package"},   {"sar_id", sar.value},
                                  {"pdf_sha256", pdfSha256},        {"manifest_sha256", manifestSha256},
                                  {"disclosed", package.disclosed}, {"redacted", package.redacted},
                                  {"withheld", package.withheld},   {"attachments", package.attachments.size()}};
    Result<AuditHash> digest = subjectChangeDigest(m_db, PersonId{*person}, nullptr, after);
    if (!digest) {
        return digest.error();
    }
    AuditEntry entry;
    entry.actor = m_actor;
    entry.action = AuditAction::Export;
    entry.recordType = "sar_request";
    entry.recordId = std::to_string(sar.value);
    entry.summary = "disclosure package exported as pdf and folder for the data subject; items: "
                    + std::to_string(package.disclosed) + " disclosed, " + std::to_string(package.redacted)
                    + " redacted, " + std::to_string(package.withheld) + " withheld; attachments "
                    + std::to_string(package.attachments.size()) + "; sha256 " + pdfSha256 + "; manifest sha256 "
                    + manifestSha256;
    entry.changeDigest = *digest;
    if (Status logged = m_audit.append(m_db, entry); !logged) {
        return logged;
    }
    return tx->commit();
}

} // namespace casebook::core
