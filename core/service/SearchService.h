// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Database.h"
#include "support/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casebook::core {

/// What a search hit points at.
enum class SearchHitKind { Person, Case, Chronology };

/// One full-text match, best first.
struct SearchHit {
    SearchHitKind kind = SearchHitKind::Person;
    std::int64_t id = 0;                ///< the person, case or chronology entry
    std::optional<std::int64_t> caseId; ///< the case it belongs to (none for a person)
    std::string title;                  ///< name, case summary or entry title
    std::string snippet;                ///< matched text with the terms in [brackets]
    std::string excerpt;                ///< the same text without marks
    /// The byte ranges [first, second) of `excerpt` that matched, in order, for a screen to mark.
    std::vector<std::pair<std::size_t, std::size_t>> marked;
    bool medical = false; ///< from a medical chronology entry: show with care
    double rank = 0;      ///< bm25, lower is better

    bool operator==(const SearchHit&) const = default;
};

/// Full-text search over people, cases and chronology (the FTS5 table `search_index`, kept in step
/// by triggers, inside the encrypted store).
class SearchService {
public:
    explicit SearchService(Database& db)
        : m_db(db)
    {
    }

    /// Every word of `text` must match (a word ending in '*' matches as a prefix). User text is
    /// never run as an FTS expression: quotes, operators and unbalanced brackets are just text.
    /// Blank text gives no hits.
    Result<std::vector<SearchHit>> search(std::string_view text, int limit = 50);

    /// The FTS5 expression `search` runs for `text`: each word as a quoted phrase, '*' kept as a
    /// prefix marker; empty when the text has no words.
    static std::string toMatchExpression(std::string_view text);

private:
    Database& m_db;
};

} // namespace casebook::core
