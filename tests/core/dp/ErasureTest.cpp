// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Erasure that erases (issue 15 item 4): a harness that holds the data key decrypts every page of
// the store and every WAL frame and looks for the erased person's canaries; holds and open subject
// access requests refuse erasure, in the service and in raw SQL; ids are not reused; the audit
// chain still verifies.
#include "domain/DomainFixture.h"
#include "dp/StorePlaintext.h"
#include "support/TestSupport.h"

#include "audit/AuditLog.h"
#include "audit/ChangeDigest.h"
#include "domain/RecordJson.h"
#include "dp/Erasure.h"
#include "dp/Retention.h"
#include "procedure/Absence.h"
#include "repo/IdFloor.h"
#include "repo/ProcedureRepository.h"
#include "service/CaseService.h"
#include "store/PageCipher.h"
#include "store/StoreHeader.h"
#include "support/FakeClock.h"

#include <botan/mac.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace casebook::test {

namespace {

namespace fs = std::filesystem;

struct ErasureFixture {
    TempDir dir;
    fs::path path = dir / "erase.cbk";
    std::unique_ptr<core::Store> store = makeStore(path, "pw", 0);
    core::Database& db = store->database();
    core::FakeClock clock{core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}}};
    core::AuditLog audit{clock};
    core::CaseService cases{db, audit, "PS Casey"};
    core::ErasureService erasure{db, audit, clock, "PS Casey"};
    core::HoldService holds{db, audit, "PS Casey"};

    std::int64_t count(const std::string& sql) { return db.queryInt(sql).value(); }

    /// A person whose every field, case, entry and attachment carries `canary`.
    core::PersonId addCanaryPerson(const std::string& name, const std::string& canary)
    {
        core::Person p = samplePerson(name);
        p.notes = "notes " + canary;
        auto person = cases.createPerson(p);
        REQUIRE(person);
        core::Case c = sampleCase(*person);
        c.summary = "summary " + canary;
        auto caseId = cases.openCase(c);
        REQUIRE(caseId);
        for (int i = 0; i < 40; ++i) { // enough to span several pages and FTS segments
            core::ChronologyEntry e;
            e.caseId = *caseId;
            e.date = day("2026-02-02");
            e.kind = core::EntryKind::Note;
            e.title = "Entry " + std::to_string(i) + " " + canary;
            e.body = "Body of the entry about " + canary + " " + std::string(200, 'x');
            e.author = "PS Casey";
            REQUIRE(cases.addEntry(e));
        }
        core::Attachment a;
        a.caseId = *caseId;
        a.fileName = "fit-note-" + canary + ".txt";
        a.mediaType = "text/plain";
        a.added = day("2026-02-03");
        const std::string content = "attachment content " + canary + " " + std::string(9000, 'y');
        REQUIRE(
            cases.addAttachment(a, std::span(reinterpret_cast<const std::uint8_t*>(content.data()), content.size())));
        core::Consent consent;
        consent.person = *person;
        consent.audience = core::ConsentAudience::Hr;
        consent.note = "note " + canary;
        consent.obtained = "form " + canary;
        consent.given = day("2026-02-01");
        REQUIRE(cases.recordConsent(consent));
        return *person;
    }
};

} // namespace

TEST_CASE("erasure: no page, free page or WAL frame keeps the erased person, audit verifies", "[dp][erasure]")
{
    ErasureFixture f;
    const core::PersonId keep = f.addCanaryPerson("Kept Keeperson", "KEEPCANARY");
    const core::PersonId gone = f.addCanaryPerson("Quentin Canaryfield", "ERASECANARY");
    // The harness can see the canaries before (so it could fail after).
    {
        const Plaintext before = decryptEverything(f.path, "pw");
        CHECK(before.undecryptable == 0);
        CHECK(before.contains("ERASECANARY"));
        CHECK(before.contains("Quentin Canaryfield"));
    }
    const auto auditBefore = f.count("SELECT count(*) FROM audit_log");
    auto certificate = f.erasure.erasePerson(gone, "Art 17 request, approved by the DPO");
    REQUIRE(certificate.has_value());
    CHECK(certificate->counts.at("person") == 1);
    CHECK(certificate->counts.at("case_file") == 1);
    CHECK(certificate->counts.at("chronology_entry") == 40);
    CHECK(certificate->counts.at("attachment") == 1);
    CHECK(certificate->counts.at("consent") == 1);
    CHECK(certificate->text.find("DISPOSAL CERTIFICATE") == 0);
    CHECK(certificate->text.find("ERASECANARY") == std::string::npos);
    CHECK(certificate->text.find("Quentin") == std::string::npos);
    UNSCOPED_INFO(certificate->text);

    const Plaintext after = decryptEverything(f.path, "pw");
    CHECK(after.undecryptable == 0);
    CHECK(after.mainPages > 0);
    CHECK_FALSE(after.contains("ERASECANARY"));
    CHECK_FALSE(after.contains("erasecanary")); // the search index keeps tokens in lower case
    CHECK_FALSE(after.contains("Quentin Canaryfield"));
    CHECK_FALSE(after.contains("Canaryfield"));
    CHECK(after.contains("KEEPCANARY")); // the harness still sees what was kept
    CHECK(f.count("PRAGMA freelist_count") == 0);
    CHECK(fs::file_size(f.path.string() + "-wal") == 0);

    // The tombstone: one erase entry, counts only; the chain still verifies.
    CHECK(f.count("SELECT count(*) FROM audit_log") == auditBefore + 1);
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE action = 'erase' AND record_id = '" + std::to_string(gone.value)
                  + "'")
          == 1);
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE summary LIKE '%Art 17%' OR summary LIKE '%CANARY%'") == 0);
    auto verified = f.audit.verify(f.db);
    REQUIRE(verified.has_value());
    CHECK(verified->ok());
    CHECK(f.count("SELECT count(*) FROM subject_key WHERE person_id = " + std::to_string(gone.value)) == 0);
    CHECK(f.count("SELECT count(*) FROM subject_key WHERE person_id = " + std::to_string(keep.value)) == 1);
    CHECK(f.count("SELECT count(*) FROM disposal_certificate") == 1);
    CHECK(f.cases.person(keep).has_value());
    // The certificate names its tombstone: the chain's head right after the erasure.
    const auto tombstoneSeq = f.count("SELECT max(seq) FROM audit_log WHERE action = 'erase'");
    CHECK(certificate->auditHead.rfind(std::to_string(tombstoneSeq) + ":", 0) == 0);
    CHECK(certificate->auditHead.size() == std::to_string(tombstoneSeq).size() + 1 + 64);
    CHECK(certificate->text.find("audit entry " + certificate->auditHead) != std::string::npos);
}

TEST_CASE("erasure: one case goes with its entries and attachment, the person and their other case stay",
          "[dp][erasure]")
{
    ErasureFixture f;
    const core::PersonId person = f.addCanaryPerson("Casey Twocases", "FIRSTCASECANARY");
    core::Case second = sampleCase(person);
    second.summary = "summary SECONDCASECANARY";
    auto secondId = f.cases.openCase(second);
    REQUIRE(secondId);
    const auto firstCase = f.count("SELECT min(id) FROM case_file");
    auto certificate = f.erasure.eraseCase(core::CaseId{firstCase}, "Retention period ended");
    REQUIRE(certificate.has_value());
    CHECK(certificate->scope == "case");
    CHECK(certificate->counts.at("chronology_entry") == 40);
    CHECK(certificate->counts.count("person") == 0);
    const Plaintext after = decryptEverything(f.path, "pw");
    CHECK(after.undecryptable == 0);
    CHECK_FALSE(after.contains("Entry 1 FIRSTCASECANARY"));
    CHECK_FALSE(after.contains("fit-note-FIRSTCASECANARY"));
    CHECK(after.contains("SECONDCASECANARY"));
    CHECK(after.contains("Casey Twocases"));
    CHECK(f.audit.verify(f.db).value().ok());
}

TEST_CASE("erasure: audit digests are keyed per person, so an erased record cannot be confirmed", "[dp][erasure]")
{
    ErasureFixture f;
    core::Person p = samplePerson("Guessable Person");
    auto id = f.cases.createPerson(p);
    REQUIRE(id);
    p.id = *id;
    const auto stored = f.db.queryInt("SELECT count(*) FROM audit_log WHERE record_type = 'person'").value();
    REQUIRE(stored == 1);
    core::AuditFilter filter;
    filter.recordType = "person";
    auto entries = f.audit.list(f.db, filter);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 1);
    // Someone who guesses the record exactly cannot confirm the guess with the unkeyed digest.
    const auto guess = core::changeDigest(nullptr, core::toJson(p));
    REQUIRE(guess.has_value());
    CHECK(entries->front().entry.changeDigest != *guess);
    // ... but the holder of the person's key can: HMAC-SHA256(key, unkeyed digest).
    {
        auto stmt = f.db.prepare("SELECT key FROM subject_key WHERE person_id = ?1");
        REQUIRE(stmt.has_value());
        stmt->bind(1, id->value);
        REQUIRE(stmt->step().value());
        const std::vector<std::uint8_t> key = stmt->columnBlob(0);
        auto hmac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
        hmac->set_key(key);
        hmac->update(guess->data(), guess->size());
        core::AuditHash keyed{};
        hmac->final(keyed.data());
        CHECK(entries->front().entry.changeDigest == keyed);
    } // the statement is finished before the erasure rebuilds the file
    auto erased = f.erasure.erasePerson(*id, "Retention period ended");
    INFO((erased ? std::string() : erased.error().detail));
    REQUIRE(erased.has_value());
    CHECK(f.count("SELECT count(*) FROM subject_key") == 0);
    CHECK(f.audit.verify(f.db).value().ok());
}

TEST_CASE("erasure: the erased person's id is never given to someone new", "[dp][erasure]")
{
    ErasureFixture f;
    auto first = f.cases.createPerson(samplePerson("First Person"));
    auto highest = f.cases.createPerson(samplePerson("Highest Person"));
    REQUIRE(first);
    REQUIRE(highest);
    auto highestCase = f.cases.openCase(sampleCase(*highest));
    REQUIRE(highestCase);
    REQUIRE(f.erasure.erasePerson(*highest, "Erasure request"));
    auto next = f.cases.createPerson(samplePerson("Next Person"));
    REQUIRE(next);
    CHECK(next->value > highest->value);
    auto nextCase = f.cases.openCase(sampleCase(*next));
    REQUIRE(nextCase);
    CHECK(nextCase->value > highestCase->value);
    // No audit entry about the erased id is attached to the new person.
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE record_type = 'person' AND record_id = '"
                  + std::to_string(next->value) + "' AND action <> 'create'")
          == 0);
    // An explicit insert at or below the floor is refused too.
    CHECK_FALSE(f.db.exec("INSERT INTO person(id, name, kind, duty_status, pension_scheme, staff_association) VALUES ("
                          + std::to_string(highest->value) + ", 'Reuse', 'officer', 'full', 'unknown', 'none')"));
}

TEST_CASE("erasure: no id of an audited record is given to a new one (issue 15 item 4)", "[dp][erasure]")
{
    ErasureFixture f;
    // Every kind of record, so that the erased person's rows hold each table's highest id.
    int services = 0;
    auto addRecords = [&f, &services](core::PersonId person) {
        core::Case c = sampleCase(person);
        auto caseId = f.cases.openCase(c);
        REQUIRE(caseId);
        core::ChronologyEntry e;
        e.caseId = *caseId;
        e.date = day("2026-02-02");
        e.kind = core::EntryKind::Note;
        e.title = "Entry";
        e.author = "PS Casey";
        auto entry = f.cases.addEntry(e);
        REQUIRE(entry);
        core::EntryAmendment amendment;
        amendment.entryId = *entry;
        amendment.amendedOn = day("2026-02-03");
        amendment.reason = "wrong day";
        amendment.correction = "Met on Wednesday.";
        REQUIRE(f.cases.amendEntry(amendment));
        core::HolisticReview review;
        review.caseId = *caseId;
        review.reviewedOn = day("2026-02-10");
        review.reviewer = "PS Casey";
        REQUIRE(f.cases.saveReview(review));
        core::Consent consent;
        consent.person = person;
        consent.audience = core::ConsentAudience::Hr;
        consent.given = day("2026-02-01");
        REQUIRE(f.cases.recordConsent(consent));
        core::Attachment a;
        a.caseId = *caseId;
        a.fileName = "note.txt";
        a.mediaType = "text/plain";
        a.added = day("2026-02-03");
        const std::string content = "content";
        REQUIRE(
            f.cases.addAttachment(a, std::span(reinterpret_cast<const std::uint8_t*>(content.data()), content.size())));
        core::Contact contact;
        contact.name = "HR Partner";
        REQUIRE(f.cases.addContact(*caseId, contact));
        auto service = f.cases.addSupportService(
            {core::SupportServiceId{}, "Force EAP " + std::to_string(++services), "", "0800 000 000", true});
        REQUIRE(service);
        REQUIRE(f.cases.recordSignposting(
            {core::SignpostingId{}, *caseId, *service, day("2026-02-03"), core::SignpostingResponse::Pending, ""}));
        core::Absence absence;
        absence.caseId = *caseId;
        absence.start = day("2026-09-01");
        absence.reasonCategory = "category";
        REQUIRE(core::ProcedureRepository<core::Absence>(f.db).insert(absence));
    };
    auto first = f.cases.createPerson(samplePerson("First Person"));
    REQUIRE(first);
    addRecords(*first);
    auto erased = f.cases.createPerson(samplePerson("Erased Person"));
    REQUIRE(erased);
    addRecords(*erased);

    std::map<std::string, std::set<std::int64_t>> before;
    std::map<std::string, std::int64_t> highest;
    for (std::string_view name : core::kIdFloorTables) {
        const std::string table(name);
        auto ids = f.db.prepare("SELECT id FROM " + table);
        REQUIRE(ids);
        while (ids->step().value()) {
            before[table].insert(ids->columnInt(0));
        }
        highest[table] = f.count("SELECT coalesce(max(id), 0) FROM " + table);
    }
    CHECK(highest["chronology_entry"] > 0);
    CHECK(highest["absence"] > 0);

    REQUIRE(f.erasure.erasePerson(*erased, "Erasure request"));
    auto next = f.cases.createPerson(samplePerson("Next Person"));
    REQUIRE(next);
    addRecords(*next);
    for (std::string_view name : core::kIdFloorTables) {
        const std::string table(name);
        INFO("table " << table);
        auto ids = f.db.prepare("SELECT id FROM " + table);
        REQUIRE(ids);
        int added = 0;
        while (ids->step().value()) {
            const std::int64_t id = ids->columnInt(0);
            if (before[table].count(id) == 0) {
                ++added;
                CHECK(id > highest[table]);
            }
        }
        if (highest[table] > 0) { // the other procedure tables share absence's insert
            CHECK(added > 0);
        }
    }
    // An explicit insert at or below a floor is refused, as for person and case.
    const auto reused = f.db.exec("INSERT INTO contact(id, name, role) VALUES (" + std::to_string(highest["contact"])
                                  + ", 'Reuse', 'hr')");
    REQUIRE_FALSE(reused);
    CHECK_THAT(reused.error().detail, Catch::Contains("a contact id is never reused"));
}

TEST_CASE("holds: a legal hold refuses erasure and deletion, in the service and in raw SQL", "[dp][hold]")
{
    ErasureFixture f;
    auto person = f.cases.createPerson(samplePerson("Held Person"));
    REQUIRE(person);
    auto caseId = f.cases.openCase(sampleCase(*person));
    REQUIRE(caseId);
    core::LegalHold hold;
    hold.scope = core::HoldScope::Case;
    hold.caseId = *caseId;
    hold.kind = core::HoldKind::Tribunal;
    hold.reference = "ET/1234567/2026";
    hold.placedOn = day("2026-11-02");
    auto holdId = f.holds.place(hold);
    REQUIRE(holdId);
    auto refused = f.erasure.erasePerson(*person, "Erasure request");
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == core::ErrorCode::RuleViolation);
    CHECK(refused.error().detail.find("legal hold") != std::string::npos);
    CHECK_FALSE(f.erasure.eraseCase(*caseId, "Retention").has_value());
    CHECK_FALSE(f.cases.deleteCase(*caseId).has_value());
    CHECK_FALSE(f.cases.deletePerson(*person).has_value());
    CHECK_FALSE(f.db.exec("DELETE FROM case_file WHERE id = " + std::to_string(caseId->value)).has_value());
    CHECK_FALSE(f.db.exec("DELETE FROM legal_hold").has_value());
    CHECK(f.count("SELECT count(*) FROM case_file") == 1);
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE record_type = 'legal_hold'") == 1);

    REQUIRE(f.holds.release(*holdId, day("2026-12-01")));
    CHECK_FALSE(f.holds.release(*holdId, day("2026-12-02")).has_value());
    CHECK(f.holds.list(false).value().empty());
    CHECK(f.holds.list(true).value().size() == 1);
    auto erased = f.erasure.eraseCase(*caseId, "Retention period ended");
    REQUIRE(erased.has_value());
    CHECK(erased->counts.at("case_file") == 1);
    CHECK(f.cases.person(*person).has_value()); // the person stays when only a case goes
}

TEST_CASE("holds: an open subject access request refuses erasure (DPA 2018 s.173)", "[dp][hold][sar]")
{
    ErasureFixture f;
    auto person = f.cases.createPerson(samplePerson("Requester Person"));
    REQUIRE(person);
    REQUIRE(f.db.exec("INSERT INTO sar_request(person_id, received_on, channel, status) VALUES ("
                      + std::to_string(person->value) + ", '2026-11-02', 'email', 'open')"));
    auto refused = f.erasure.erasePerson(*person, "Erasure request");
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().detail.find("s.173") != std::string::npos);
    CHECK_FALSE(f.db.exec("DELETE FROM person WHERE id = " + std::to_string(person->value)).has_value());
    REQUIRE(f.db.exec("UPDATE sar_request SET status = 'responded', closed_on = '2026-11-20'"));
    REQUIRE(f.erasure.erasePerson(*person, "Erasure request"));
    CHECK(f.count("SELECT count(*) FROM sar_request") == 0);
}

TEST_CASE("erasure: bad requests are refused and change nothing", "[dp][erasure]")
{
    ErasureFixture f;
    auto person = f.cases.createPerson(samplePerson("Someone"));
    REQUIRE(person);
    CHECK(f.erasure.erasePerson(*person, "  ").error().code == core::ErrorCode::InvalidArgument);
    CHECK(f.erasure.erasePerson(core::PersonId{999}, "reason").error().code == core::ErrorCode::NotFound);
    CHECK(f.erasure.eraseCase(core::CaseId{999}, "reason").error().code == core::ErrorCode::NotFound);
    CHECK(f.count("SELECT count(*) FROM person") == 1);
    core::LegalHold bad;
    bad.scope = core::HoldScope::Person; // without the person
    bad.placedOn = day("2026-11-02");
    CHECK(f.holds.place(bad).error().code == core::ErrorCode::InvalidArgument);
}

TEST_CASE("anonymise: the counts stay, nothing that names or describes the person is left on any page, audit "
          "verifies",
          "[dp][erasure][anonymise]")
{
    ErasureFixture f;
    const core::PersonId keep = f.addCanaryPerson("Kept Keeperson", "KEEPCANARY");
    const core::PersonId gone = f.addCanaryPerson("Quentin Canaryfield", "ANONCANARY");
    const auto caseId = f.count("SELECT max(id) FROM case_file WHERE person_id = " + std::to_string(gone.value));
    const auto typesBefore = f.count("SELECT count(*) FROM case_type WHERE case_id = " + std::to_string(caseId));
    REQUIRE(typesBefore > 0);
    REQUIRE(decryptEverything(f.path, "pw").contains("ANONCANARY"));
    core::RetentionService retention(f.db, f.audit, "PS Casey");
    REQUIRE(retention.setServiceEnd(gone, day("2026-06-30"), "Retired"));
    REQUIRE(f.cases.closeCase(core::CaseId{caseId}, day("2026-06-30"), core::CaseOutcome::Other, ""));
    auto pack = retention.pack(std::filesystem::path(CASEBOOK_RESOURCES_DIR));
    REQUIRE(pack);
    auto dueBefore = retention.review(*pack, day("2040-01-01"), 0);
    REQUIRE(dueBefore);
    CHECK(std::any_of(dueBefore->begin(), dueBefore->end(),
                      [&](const core::RetentionDue& d) { return d.person.value == gone.value; }));

    auto certificate = f.erasure.anonymisePerson(gone, "Retention period ended", "retention.person");
    REQUIRE(certificate.has_value());
    CHECK(certificate->anonymised);
    CHECK(certificate->counts.count("person") == 0); // kept, not destroyed
    CHECK(certificate->counts.count("case_file") == 0);
    CHECK(certificate->counts.at("chronology_entry") == 40);
    CHECK(certificate->counts.at("attachment") == 1);
    CHECK(certificate->counts.at("consent") == 1);
    CHECK(certificate->text.find("anonymised") != std::string::npos);
    CHECK(certificate->text.find("Anonymised person " + std::to_string(gone.value)) != std::string::npos);
    CHECK(certificate->text.find("ANONCANARY") == std::string::npos);

    // What an overview counts is still there: the person, the case, its types, status and dates.
    auto person = f.cases.person(gone);
    REQUIRE(person.has_value());
    CHECK(person->name == "Anonymised person " + std::to_string(gone.value));
    CHECK(person->notes.empty());
    CHECK(f.count("SELECT count(*) FROM case_file WHERE id = " + std::to_string(caseId)
                  + " AND summary = 'Anonymised' AND anonymised_on IS NOT NULL")
          == 1);
    CHECK(f.count("SELECT count(*) FROM case_type WHERE case_id = " + std::to_string(caseId)) == typesBefore);
    CHECK(f.count("SELECT count(*) FROM chronology_entry WHERE case_id = " + std::to_string(caseId)) == 0);

    // Nothing of them on any page, free page or WAL frame, nor in the search index.
    const Plaintext after = decryptEverything(f.path, "pw");
    CHECK(after.undecryptable == 0);
    CHECK_FALSE(after.contains("ANONCANARY"));
    CHECK_FALSE(after.contains("anoncanary"));
    CHECK_FALSE(after.contains("Canaryfield"));
    CHECK(after.contains("KEEPCANARY"));
    CHECK(f.count("SELECT count(*) FROM subject_key WHERE person_id = " + std::to_string(gone.value)) == 0);
    CHECK(f.cases.person(keep).has_value());
    CHECK(f.count("SELECT count(*) FROM audit_log WHERE action = 'erase' AND summary LIKE 'person anonymised:%'") == 1);
    auto verified = f.audit.verify(f.db);
    REQUIRE(verified.has_value());
    CHECK(verified->ok());

    // Anonymised, it has left the retention review for good (it was due before).
    auto due = retention.review(*pack, day("2040-01-01"), 0);
    REQUIRE(due);
    for (const core::RetentionDue& d : *due) {
        CHECK(d.person.value != gone.value);
    }
}

TEST_CASE("anonymise: refused under a legal hold, and nothing changes", "[dp][erasure][anonymise]")
{
    ErasureFixture f;
    const core::PersonId held = f.addCanaryPerson("Held Person", "HELDCANARY");
    core::LegalHold hold;
    hold.scope = core::HoldScope::Person;
    hold.person = held;
    hold.kind = core::HoldKind::Tribunal;
    hold.placedOn = day("2026-11-02");
    REQUIRE(f.holds.place(hold));
    auto refused = f.erasure.anonymisePerson(held, "Retention period ended", "retention.person");
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == core::ErrorCode::RuleViolation);
    CHECK(f.cases.person(held)->name == "Held Person");
    CHECK(f.count("SELECT count(*) FROM chronology_entry") == 40);
}

} // namespace casebook::test
