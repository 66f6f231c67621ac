// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/SearchService.h"

#include <algorithm>

namespace casebook::core {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// True when the word holds something the unicode61 tokenizer keeps (a letter, digit or any
/// non-ASCII character); a word of punctuation alone would be an empty phrase.
bool hasToken(std::string_view word)
{
    return std::any_of(word.begin(), word.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80U || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    });
}

SearchHitKind kindFrom(std::string_view text)
{
    if (text == "case") {
        return SearchHitKind::Case;
    }
    return text == "chronology" ? SearchHitKind::Chronology : SearchHitKind::Person;
}

} // namespace

std::string SearchService::toMatchExpression(std::string_view text)
{
    std::string expression;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && isSpace(text[pos])) {
            ++pos;
        }
        const std::size_t start = pos;
        while (pos < text.size() && !isSpace(text[pos])) {
            ++pos;
        }
        std::string_view word = text.substr(start, pos - start);
        const bool prefix = !word.empty() && word.back() == '*';
        while (!word.empty() && word.back() == '*') {
            word.remove_suffix(1);
        }
        if (!hasToken(word)) {
            continue;
        }
        if (!expression.empty()) {
            expression += ' ';
        }
        expression += '"';
        for (const char c : word) {
            expression += c;
            if (c == '"') {
                expression += '"'; // a quote inside an FTS5 string is doubled
            }
        }
        expression += '"';
        if (prefix) {
            expression += '*';
        }
    }
    return expression;
}

namespace {

/// Reads FTS5's snippet, whose matches are between STX and ETX: the text with [brackets] for a
/// terminal, the plain excerpt and the matched ranges for a screen.
void splitSnippet(const std::string& raw, SearchHit& hit)
{
    std::size_t start = 0;
    for (char c : raw) {
        if (c == '\x02') {
            hit.snippet += '[';
            start = hit.excerpt.size();
        } else if (c == '\x03') {
            hit.snippet += ']';
            hit.marked.emplace_back(start, hit.excerpt.size());
        } else {
            hit.snippet += c;
            hit.excerpt += c;
        }
    }
    // The indexed body joins a record's fields with spaces, so an excerpt can end in blanks.
    const auto trimEnd = [](std::string& text) {
        const auto last = text.find_last_not_of(" \t\n");
        text.erase(last == std::string::npos ? 0 : last + 1);
    };
    trimEnd(hit.snippet);
    trimEnd(hit.excerpt);
}

} // namespace

Result<std::vector<SearchHit>> SearchService::search(std::string_view text, int limit)
{
    const std::string expression = toMatchExpression(text);
    if (expression.empty() || limit <= 0) {
        return std::vector<SearchHit>();
    }
    // Column weights follow the declared columns (kind, ref_id, case_id, medical, title, body):
    // a match in a title counts for more than one in a body.
    auto stmt = m_db.prepare("SELECT kind, ref_id, case_id, medical, title, "
                             "snippet(search_index, 5, char(2), char(3), '…', 12), "
                             "bm25(search_index, 0, 0, 0, 0, 5.0, 1.0) AS score "
                             "FROM search_index WHERE search_index MATCH ?1 ORDER BY score LIMIT ?2");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, expression).bind(2, std::int64_t{limit});
    std::vector<SearchHit> hits;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return hits;
        }
        SearchHit hit;
        hit.kind = kindFrom(stmt->columnText(0));
        hit.id = stmt->columnInt(1);
        if (!stmt->columnIsNull(2)) {
            hit.caseId = stmt->columnInt(2);
        }
        hit.medical = stmt->columnInt(3) != 0;
        hit.title = stmt->columnText(4);
        splitSnippet(stmt->columnText(5), hit);
        hit.rank = stmt->columnDouble(6);
        hits.push_back(std::move(hit));
    }
}

} // namespace casebook::core
