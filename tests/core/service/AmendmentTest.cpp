// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Corrections to chronology entries as dated amendments (issue 10, item 1): the entry as first
// written stays; the amendment records what it should now say, why, who and when.
#include "service/ServiceFixture.h"

#include "domain/Validator.h"
#include "service/SearchService.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace casebook::core;
using namespace casebook::test;

namespace {

EntryAmendment amendment(ChronologyEntryId entry, std::string correction, std::string reason)
{
    EntryAmendment a;
    a.entryId = entry;
    a.amendedOn = day("2026-03-04");
    a.correction = std::move(correction);
    a.reason = std::move(reason);
    return a;
}

bool findsEntry(Database& db, const std::string& words, ChronologyEntryId entry)
{
    const auto hits = SearchService(db).search(words).value();
    return std::any_of(hits.begin(), hits.end(),
                       [&](const SearchHit& h) { return h.kind == SearchHitKind::Chronology && h.id == entry.value; });
}

} // namespace

TEST_CASE_METHOD(ServiceFixture, "an amendment keeps the entry as first written and records who, when and why",
                 "[service][amendment]")
{
    const CaseId caseId = addCase(addPerson());
    const ChronologyEntry original = entry(caseId, "Welfare visit", "Met at home on Tuesday.");
    const ChronologyEntryId entryId = service.addEntry(original).value();
    const auto auditBefore = auditCount();

    EntryAmendment typed = amendment(entryId, "Met at the station on Wednesday.", "wrong day and place");
    typed.amendedBy = "someone else"; // the service records its own actor, not what the caller says
    const auto id = service.amendEntry(typed);
    REQUIRE(id);

    const CaseView view = service.loadCase(caseId).value();
    REQUIRE(view.chronology.size() == 1);
    CHECK(view.chronology[0].body == "Met at home on Tuesday.");
    REQUIRE(view.amendments.size() == 1);
    const EntryAmendment& stored = view.amendments[0];
    CHECK(stored.id == *id);
    CHECK(stored.entryId == entryId);
    CHECK(stored.caseId == caseId);
    CHECK(stored.amendedOn == day("2026-03-04"));
    CHECK(stored.amendedBy == "PS Casey");
    CHECK(stored.reason == "wrong day and place");
    CHECK(stored.correction == "Met at the station on Wednesday.");

    // One audit entry, naming the entry, without the corrected text itself.
    CHECK(auditCount() == auditBefore + 1);
    const auto records = audit.list(db).value();
    const AuditEntry& last = records.back().entry;
    CHECK(last.action == AuditAction::Create);
    CHECK(last.recordType == "chronology_amendment");
    CHECK(last.actor == "PS Casey");
    CHECK(last.summary == "chronology entry " + std::to_string(entryId.value) + " amended");

    // A second correction is kept too, after the first.
    REQUIRE(service.amendEntry(amendment(entryId, "Met at the station on Thursday.", "still the wrong day")));
    const CaseView again = service.loadCase(caseId).value();
    REQUIRE(again.amendments.size() == 2);
    CHECK(again.amendments[1].correction == "Met at the station on Thursday.");
    CHECK(again.chronology[0].body == "Met at home on Tuesday.");
}

TEST_CASE_METHOD(ServiceFixture, "the store refuses to change an amendment or to file it under another case",
                 "[service][amendment]")
{
    const CaseId caseId = addCase(addPerson());
    const CaseId otherCase = addCase(addPerson("Sam Other"));
    const ChronologyEntryId entryId = service.addEntry(entry(caseId, "Call", "Phoned.")).value();
    REQUIRE(service.amendEntry(amendment(entryId, "Emailed.", "it was an email")));

    CHECK_FALSE(db.exec("UPDATE chronology_amendment SET correction = 'rewritten'"));
    CHECK(service.loadCase(caseId).value().amendments.at(0).correction == "Emailed.");
    CHECK_FALSE(db.exec("INSERT INTO chronology_amendment(entry_id, case_id, amended_on, reason, correction, medical) "
                        "VALUES ("
                        + std::to_string(entryId.value) + ", " + std::to_string(otherCase.value)
                        + ", '2026-03-04', 'r', 'c', 0)"));
    CHECK(count("chronology_amendment") == 1);
}

TEST_CASE_METHOD(ServiceFixture,
                 "an amendment without a reason or a correction, or of no entry, is refused and "
                 "nothing is stored",
                 "[service][amendment]")
{
    const CaseId caseId = addCase(addPerson());
    const ChronologyEntryId entryId = service.addEntry(entry(caseId, "Call", "Phoned.")).value();
    const auto auditBefore = auditCount();

    const auto noReason = service.amendEntry(amendment(entryId, "Emailed.", "  "));
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().code == ErrorCode::InvalidArgument);
    CHECK(noReason.error().detail.rfind("reason", 0) == 0);

    const auto noCorrection = service.amendEntry(amendment(entryId, "", "typo"));
    REQUIRE_FALSE(noCorrection);
    CHECK(noCorrection.error().detail.rfind("correction", 0) == 0);

    const auto missing = service.amendEntry(amendment(ChronologyEntryId{entryId.value + 100}, "Emailed.", "typo"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);

    const auto unchanged = service.amendEntry(amendment(entryId, "Phoned.\n", "typo"));
    REQUIRE_FALSE(unchanged);
    CHECK(unchanged.error().detail.rfind("correction: says what the entry already says", 0) == 0);

    const auto huge = service.amendEntry(amendment(entryId, std::string(kMaxFreeTextChars + 1, 'x'), "typo"));
    REQUIRE_FALSE(huge);
    CHECK(huge.error().code == ErrorCode::InvalidArgument);

    CHECK(count("chronology_amendment") == 0);
    CHECK(auditCount() == auditBefore);
}

TEST_CASE_METHOD(ServiceFixture, "search finds an entry by its corrected words until the amendment is withdrawn",
                 "[service][amendment][search]")
{
    const CaseId caseId = addCase(addPerson());
    const ChronologyEntryId entryId = service.addEntry(entry(caseId, "Call", "Phoned about rota.")).value();
    CHECK_FALSE(findsEntry(db, "physiotherapy", entryId));

    const EntryAmendmentId id =
        service.amendEntry(amendment(entryId, "Phoned about physiotherapy appointments.", "wrong topic")).value();
    CHECK(findsEntry(db, "physiotherapy", entryId));
    CHECK(findsEntry(db, "rota", entryId)); // the original is still found as well

    const auto auditBefore = auditCount();
    REQUIRE(service.withdrawAmendment(id));
    CHECK(auditCount() == auditBefore + 1);
    CHECK(audit.list(db).value().back().entry.action == AuditAction::Delete);
    CHECK_FALSE(findsEntry(db, "physiotherapy", entryId));
    CHECK(service.loadCase(caseId).value().amendments.empty());
    CHECK(service.withdrawAmendment(id).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(ServiceFixture, "deleting an entry takes its amendments and their search rows with it",
                 "[service][amendment]")
{
    const CaseId caseId = addCase(addPerson());
    const ChronologyEntryId entryId = service.addEntry(entry(caseId, "Call", "Phoned.")).value();
    REQUIRE(service.amendEntry(amendment(entryId, "Emailed about physiotherapy.", "it was an email")));
    REQUIRE(service.deleteEntry(entryId));
    CHECK(count("chronology_amendment") == 0);
    CHECK(db.queryInt("SELECT count(*) FROM search_index WHERE search_index MATCH 'physiotherapy'").value() == 0);
}
