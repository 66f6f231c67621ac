// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "ServiceFixture.h"

#include "service/SearchService.h"

#include <algorithm>

using namespace casebook::core;
using namespace casebook::test;

namespace {

bool has(const std::vector<SearchHit>& hits, SearchHitKind kind, std::int64_t id)
{
    return std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.kind == kind && h.id == id; });
}

} // namespace

TEST_CASE_METHOD(ServiceFixture, "search finds people, cases and chronology text", "[service][search]")
{
    const PersonId alex = addPerson();
    const PersonId sian = addPerson("Siân Pritchard");
    const CaseId caseId = addCase(alex);
    ChronologyEntry visit = entry(caseId, "Welfare visit", "Discussed the physiotherapy plan and shift pattern");
    visit.medical = true;
    const ChronologyEntryId visitId = service.addEntry(visit).value();
    SearchService search(db);

    const auto byName = search.search("alex").value();
    REQUIRE(byName.size() == 1);
    CHECK(byName[0].kind == SearchHitKind::Person);
    CHECK(byName[0].id == alex.value);
    CHECK(has(search.search("sian").value(), SearchHitKind::Person, sian.value)); // diacritics folded
    CHECK(search.search("northfield").value().size() == 2);                       // both people's team
    CHECK(has(search.search("4471").value(), SearchHitKind::Person, alex.value));
    CHECK(has(search.search("knee surgery").value(), SearchHitKind::Case, caseId.value));

    const auto physio = search.search("physio*").value();
    REQUIRE(physio.size() == 1);
    CHECK(physio[0].kind == SearchHitKind::Chronology);
    CHECK(physio[0].id == visitId.value);
    CHECK(physio[0].caseId == caseId.value);
    CHECK(physio[0].medical);
    CHECK(physio[0].snippet.find("[physiotherapy]") != std::string::npos);
    // The same excerpt without marks, with the matched word's place for a screen to mark it.
    CHECK(physio[0].excerpt == "Discussed the physiotherapy plan and shift pattern");
    REQUIRE(physio[0].marked.size() == 1);
    CHECK(physio[0].excerpt.substr(physio[0].marked[0].first, physio[0].marked[0].second - physio[0].marked[0].first)
          == "physiotherapy");
    CHECK(search.search("physio").value().empty()); // whole words unless asked for a prefix
    CHECK(search.search("welfare physiotherapy").value().size() == 1);
    CHECK(search.search("welfare nonsense").value().empty());
}

TEST_CASE_METHOD(ServiceFixture, "search takes any text without an FTS syntax error", "[service][search]")
{
    const CaseId caseId = addCase(addPerson());
    REQUIRE(service.addEntry(entry(caseId, "Call with \"Fed\" rep", "O'Neill said NEAR the end: AND/OR (maybe)")));
    SearchService search(db);
    for (const char* text :
         {"\"",     "\"\"",     "\"unbalanced", "*", "**",     "(",        ")",     "((a",  "AND",
          "OR NOT", "NEAR(",    "title:call",   "-", "^start", "o'neill",  "fed\"", "a\"b", "{title body}: call",
          "+",      "\xC3\xA9", "   ",          "",  "call*)", "NOT call", "end:"}) {
        INFO(text);
        const auto hits = search.search(text);
        REQUIRE(hits.has_value());
    }
    CHECK(search.search("\"fed\"").value().size() == 1);
    CHECK(search.search("o'neill").value().size() == 1);
    CHECK(search.search("AND").value().size() == 1);    // the word, not the operator
    CHECK(search.search("NEAR(").value().size() == 1);  // likewise
    CHECK(search.search("title:call").value().empty()); // not a column filter: no word "title" anywhere
    CHECK(SearchService::toMatchExpression("a\"b c* -") == "\"a\"\"b\" \"c\"*");
}

TEST_CASE_METHOD(ServiceFixture, "search follows edits and deletions", "[service][search]")
{
    const PersonId person = addPerson();
    const CaseId caseId = addCase(person);
    ChronologyEntry note = entry(caseId, "Phone call", "Mentioned the allotment");
    note.id = service.addEntry(note).value();
    SearchService search(db);
    REQUIRE(search.search("allotment").value().size() == 1);

    note.body = "Mentioned the greenhouse";
    REQUIRE(service.editEntry(note));
    CHECK(search.search("allotment").value().empty());
    CHECK(search.search("greenhouse").value().size() == 1);

    REQUIRE(service.deleteEntry(note.id));
    CHECK(search.search("greenhouse").value().empty());

    REQUIRE(service.addEntry(entry(caseId, "Another", "greenhouse again")));
    REQUIRE(service.deleteCase(caseId));
    CHECK(search.search("greenhouse").value().empty());
    CHECK(search.search("knee").value().empty());
    REQUIRE(service.deletePerson(person));
    CHECK(search.search("alex").value().empty());
    CHECK(count("search_index") == 0);
}
