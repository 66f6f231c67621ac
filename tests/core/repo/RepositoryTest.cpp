// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/DomainFixture.h"
#include "support/TestSupport.h"

#include "repo/AttachmentRepository.h"
#include "repo/CaseRepository.h"
#include "repo/ChronologyRepository.h"
#include "repo/ConsentRepository.h"
#include "repo/ContactRepository.h"
#include "repo/PersonRepository.h"
#include "repo/ReviewRepository.h"
#include "repo/SignpostingRepository.h"

using namespace casebook::core;
using namespace casebook::test;

namespace {

/// A fresh store with the full schema and one person with one case.
struct RepoFixture {
    TempDir dir;
    std::unique_ptr<Store> store = makeStore(dir / "repo.cbk", "pw", 0);
    Database& db = store->database();
    PersonId person = PersonRepository(db).insert(samplePerson()).value();
    CaseId caseId = CaseRepository(db).insert(sampleCase(person)).value();

    std::int64_t count(const char* table) { return db.queryInt(std::string("SELECT count(*) FROM ") + table).value(); }
};

} // namespace

TEST_CASE_METHOD(RepoFixture, "people and cases round-trip through the store", "[repo]")
{
    PersonRepository people(db);
    Person alex = samplePerson();
    alex.id = person;
    CHECK(people.find(person).value() == alex);

    Person manager = samplePerson("Jordan Reeve");
    manager.kind = PersonKind::Staff;
    manager.pensionScheme = PensionScheme::StaffLgps;
    manager.staffAssociation = StaffAssociation::Unison;
    manager.id = people.insert(manager).value();
    alex.lineManagerId = manager.id;
    alex.dutyStatus = DutyStatus::ManagementRestricted;
    REQUIRE(people.update(alex));
    CHECK(people.find(person).value() == alex);
    CHECK(people.list().value().size() == 2);

    CaseRepository cases(db);
    Case c = sampleCase(person);
    c.id = caseId;
    CHECK(cases.find(caseId).value() == c);
    c.status = CaseStatus::Closed;
    c.closed = day("2026-07-01");
    c.outcome = CaseOutcome::AdjustmentsAgreed;
    c.outcomeNote = "Adjusted duties agreed for 12 months.";
    c.types = {CaseType::ReasonableAdjustments};
    c.nextReview.reset();
    REQUIRE(cases.update(c));
    CHECK(cases.find(caseId).value() == c);
    CHECK(cases.find(CaseId{999}).error().code == ErrorCode::NotFound);
    Person nobody = samplePerson("Nobody");
    nobody.id = PersonId{999};
    CHECK(people.update(nobody).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(RepoFixture, "case lists filter by status, type, RAG and review date", "[repo]")
{
    CaseRepository cases(db);
    Case red = sampleCase(person);
    red.rag = Rag::Red;
    red.types = {CaseType::Upp};
    red.nextReview = day("2026-02-01");
    red.id = cases.insert(red).value();
    Case closed = sampleCase(person);
    closed.status = CaseStatus::Closed;
    closed.closed = day("2026-02-01");
    closed.id = cases.insert(closed).value();

    const auto count = [&](auto setField) {
        CaseFilter filter;
        setField(filter);
        return cases.list(filter).value().size();
    };
    CHECK(cases.list().value().size() == 3);
    CHECK(cases.list().value().front().id == red.id); // red first
    CHECK(count([](CaseFilter& f) { f.includeClosed = false; }) == 2);
    CHECK(count([](CaseFilter& f) {
              f.status = CaseStatus::Closed;
              f.includeClosed = false;
          })
          == 1);
    CHECK(count([](CaseFilter& f) { f.type = CaseType::Upp; }) == 1);
    CHECK(count([](CaseFilter& f) { f.rag = Rag::Amber; }) == 2);
    CHECK(count([&](CaseFilter& f) { f.reviewDueBy = day("2026-02-15"); }) == 1);
    CHECK(count([](CaseFilter& f) { f.person = PersonId{999}; }) == 0);
}

TEST_CASE_METHOD(RepoFixture, "chronology, consents, contacts, signposting and attachments round-trip", "[repo]")
{
    ChronologyRepository chronology(db);
    ChronologyEntry decision{ChronologyEntryId{},
                             caseId,
                             day("2026-02-03"),
                             TimeOfDay::fromHm(14, 5).value(),
                             EntryKind::Decision,
                             "No PSD referral",
                             "Discussed with Insp. Hale.",
                             true,
                             "PS Casey",
                             DecisionRecord{"No action", "PSD; advice", "No pattern", "Insp. Hale", true, "GP letter"}};
    decision.id = chronology.insert(decision).value();
    ChronologyEntry note{
        ChronologyEntryId{}, caseId, day("2026-02-01"), std::nullopt, EntryKind::Note, "Phone call", "", false, "",
        std::nullopt};
    note.id = chronology.insert(note).value();
    CHECK(chronology.find(decision.id).value() == decision);
    CHECK(chronology.listForCase(caseId).value() == std::vector{note, decision});

    ConsentRepository consents(db);
    Consent consent{ConsentId{},
                    person,
                    ConsentAudience::StaffRepresentative,
                    ConsentCategory::FitNotes,
                    day("2026-01-15"),
                    day("2026-04-01"),
                    "Confirmed by e-mail",
                    ConsentAnswer::Given,
                    "verbally at the welfare meeting"};
    consent.id = consents.insert(consent).value();
    Consent refusal = consent;
    refusal.id = {};
    refusal.category = ConsentCategory::MedicalDetail;
    refusal.answer = ConsentAnswer::Refused;
    refusal.withdrawn.reset();
    refusal.given = day("2026-01-10");
    refusal.id = consents.insert(refusal).value();
    CHECK(consents.listForPerson(person).value() == std::vector{refusal, consent});
    refusal.note = "corrected";
    REQUIRE(consents.update(refusal));
    CHECK(consents.find(refusal.id).value() == refusal);
    REQUIRE(consents.remove(refusal.id));
    CHECK(consents.listForPerson(person).value() == std::vector{consent});
    CHECK(consents.remove(refusal.id).error().code == ErrorCode::NotFound);

    ContactRepository contacts(db);
    Contact hr{ContactId{}, "Dana Price", "People Services", StakeholderRole::Hr, "01632 960000", "dana@example.org",
               ""};
    hr.id = contacts.insert(hr).value();
    REQUIRE(contacts.link(caseId, hr.id));
    REQUIRE(contacts.link(caseId, hr.id));
    CHECK(contacts.listForCase(caseId).value() == std::vector{hr});

    SignpostingRepository signposting(db);
    const auto directory = signposting.services().value();
    CHECK(directory.size() == 12);
    Signposting offer{SignpostingId{},
                      caseId,
                      directory.front().id,
                      day("2026-02-04"),
                      SignpostingResponse::Accepted,
                      "Self-referred the same day"};
    offer.id = signposting.insert(offer).value();
    CHECK(signposting.listForCase(caseId).value() == std::vector{offer});

    AttachmentRepository attachments(db);
    const std::vector<std::uint8_t> bytes = {'%', 'P', 'D', 'F', 0, 1, 2, 255};
    Attachment letter{AttachmentId{}, caseId, "oh-report.pdf", "application/pdf", 0, day("2026-02-05"), true, ""};
    letter.id = attachments.insert(letter, bytes).value();
    letter.size = static_cast<std::int64_t>(bytes.size());
    CHECK(attachments.find(letter.id).value() == letter);
    CHECK(attachments.content(letter.id).value() == bytes);
    Attachment empty = letter;
    empty.fileName = "empty.txt";
    empty.id = attachments.insert(empty, {}).value();
    CHECK(attachments.content(empty.id).value().empty());
}

TEST_CASE_METHOD(RepoFixture, "review versions are kept and never overwritten", "[repo][review]")
{
    ReviewRepository reviews(db);
    CHECK_FALSE(reviews.latest(caseId).value().has_value());
    HolisticReview first;
    first.caseId = caseId;
    first.reviewedOn = day("2026-01-20");
    first.reviewer = "PS Casey";
    first.wellbeing = "Low mood";
    const HolisticReview v1 = reviews.insertNextVersion(first).value();
    HolisticReview second = first;
    second.reviewedOn = day("2026-02-20");
    second.wellbeing = "Improving";
    const HolisticReview v2 = reviews.insertNextVersion(second).value();
    CHECK(v1.version == 1);
    CHECK(v2.version == 2);
    CHECK(reviews.latest(caseId).value() == v2);
    CHECK(reviews.versions(caseId).value() == std::vector{v1, v2});
    CHECK_FALSE(db.exec("UPDATE holistic_review SET wellbeing = 'rewritten'"));
    CHECK(reviews.versions(caseId).value().front().wellbeing == "Low mood");
}

TEST_CASE_METHOD(RepoFixture, "deleting a case removes everything recorded in it", "[repo][cascade]")
{
    ChronologyRepository(db)
        .insert({ChronologyEntryId{}, caseId, day("2026-02-01"), std::nullopt, EntryKind::Note, "n", "", false, "",
                 std::nullopt})
        .value();
    HolisticReview review;
    review.caseId = caseId;
    review.reviewer = "PS Casey";
    ReviewRepository(db).insertNextVersion(review).value();
    AttachmentRepository(db)
        .insert({AttachmentId{}, caseId, "a.txt", "text/plain", 0, day("2026-02-01"), false, ""},
                std::vector<std::uint8_t>{1, 2, 3})
        .value();
    const ContactId contact =
        ContactRepository(db).insert({ContactId{}, "Dana", "", StakeholderRole::Hr, "", "", ""}).value();
    REQUIRE(ContactRepository(db).link(caseId, contact));

    REQUIRE(CaseRepository(db).remove(caseId));
    for (const char* table : {"case_file", "case_type", "chronology_entry", "holistic_review", "attachment",
                              "attachment_content", "case_contact"}) {
        INFO(table);
        CHECK(count(table) == 0);
    }
    CHECK(count("contact") == 1); // contacts outlive the cases they were linked to
    CHECK(CaseRepository(db).remove(caseId).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(RepoFixture, "the schema refuses impossible dates and unknown codes", "[repo][schema]")
{
    CHECK_FALSE(db.exec("UPDATE case_file SET opened_on = '2026-02-30'"));
    CHECK_FALSE(db.exec("UPDATE case_file SET opened_on = '12/01/2026'"));
    CHECK_FALSE(db.exec("UPDATE case_file SET rag = 'purple'"));
    CHECK_FALSE(db.exec("UPDATE person SET duty_status = 'Full'"));
    CHECK_FALSE(db.exec("UPDATE case_file SET status = 'closed'")); // closed needs a closed date
    CHECK(CaseRepository(db).find(caseId).value() == [&] {
        Case c = sampleCase(person);
        c.id = caseId;
        return c;
    }());
}
