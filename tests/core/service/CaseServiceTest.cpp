// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "ServiceFixture.h"

#include <functional>

using namespace casebook::core;
using namespace casebook::test;

namespace {

void oneAuditEntry(ServiceFixture& f, const char* what, const std::function<bool()>& mutation)
{
    INFO(what);
    const std::int64_t before = f.auditCount();
    REQUIRE(mutation());
    CHECK(f.auditCount() == before + 1);
}

} // namespace

TEST_CASE_METHOD(ServiceFixture, "every successful mutation writes exactly one audit entry", "[service][audit]")
{
    PersonId person;
    CaseId caseId;
    ChronologyEntryId entryId;
    ConsentId consentId;
    AttachmentId attachmentId;
    const std::vector<std::uint8_t> bytes = {1, 2, 3};
    oneAuditEntry(*this, "create person", [&] {
        auto id = service.createPerson(samplePerson());
        person = id ? *id : PersonId{};
        return id.has_value();
    });
    oneAuditEntry(*this, "update person", [&] {
        Person p = service.person(person).value();
        p.dutyStatus = DutyStatus::Adjusted;
        return service.updatePerson(p).has_value();
    });
    oneAuditEntry(*this, "open case", [&] {
        auto id = service.openCase(sampleCase(person));
        caseId = id ? *id : CaseId{};
        return id.has_value();
    });
    oneAuditEntry(*this, "update case", [&] {
        Case c = service.loadCase(caseId).value().record;
        c.rag = Rag::Red;
        return service.updateCase(c).has_value();
    });
    oneAuditEntry(*this, "add entry", [&] {
        auto id = service.addEntry(entry(caseId, "Welfare visit", "Spoke at home"));
        entryId = id ? *id : ChronologyEntryId{};
        return id.has_value();
    });
    oneAuditEntry(*this, "edit entry", [&] {
        ChronologyEntry e = service.loadCase(caseId).value().chronology.at(0);
        e.body = "Spoke at home; agreed phased return";
        return service.editEntry(e).has_value();
    });
    oneAuditEntry(*this, "record decision", [&] {
        return service
            .recordDecision(entry(caseId, "No UPP", ""),
                            DecisionRecord{"Do not start UPP", "UPP; action plan", "Absence is disability-related",
                                           "Insp. Hale", true, ""})
            .has_value();
    });
    oneAuditEntry(*this, "delete entry", [&] { return service.deleteEntry(entryId).has_value(); });
    oneAuditEntry(*this, "save review", [&] {
        HolisticReview r;
        r.caseId = caseId;
        r.reviewedOn = day("2026-02-10");
        r.reviewer = "PS Casey";
        return service.saveReview(r).has_value();
    });
    oneAuditEntry(*this, "record consent", [&] {
        auto id = service.recordConsent({ConsentId{}, person, ConsentAudience::Hr, ConsentCategory::MedicalDetail,
                                         day("2026-02-01"), std::nullopt, "", ConsentAnswer::Given, ""});
        consentId = id ? *id : ConsentId{};
        return id.has_value();
    });
    oneAuditEntry(*this, "withdraw consent",
                  [&] { return service.withdrawConsent(consentId, day("2026-03-01")).has_value(); });
    oneAuditEntry(*this, "add contact", [&] {
        return service.addContact(caseId, {ContactId{}, "Dana Price", "HR", StakeholderRole::Hr, "", "", ""})
            .has_value();
    });
    oneAuditEntry(*this, "add support service", [&] {
        return service.addSupportService({SupportServiceId{}, "Force EAP (Health Assured)", "", "0800 000 000", true})
            .has_value();
    });
    oneAuditEntry(*this, "record signposting", [&] {
        const SupportServiceId first = service.supportDirectory().value().at(0).id;
        return service
            .recordSignposting({SignpostingId{}, caseId, first, day("2026-02-03"), SignpostingResponse::Pending, ""})
            .has_value();
    });
    oneAuditEntry(*this, "add attachment", [&] {
        auto id = service.addAttachment(
            {AttachmentId{}, caseId, "fit-note.pdf", "application/pdf", 0, day("2026-02-04"), true, ""}, bytes);
        attachmentId = id ? *id : AttachmentId{};
        return id.has_value();
    });
    oneAuditEntry(*this, "remove attachment", [&] { return service.removeAttachment(attachmentId).has_value(); });
    oneAuditEntry(*this, "close case", [&] {
        return service.closeCase(caseId, day("2026-06-30"), CaseOutcome::ReturnedToFullDuties, "").has_value();
    });
    oneAuditEntry(*this, "delete case", [&] { return service.deleteCase(caseId).has_value(); });
    oneAuditEntry(*this, "delete person", [&] { return service.deletePerson(person).has_value(); });
    CHECK(audit.verify(db).value().ok());
}

TEST_CASE_METHOD(ServiceFixture, "loadCase gathers the case, person, chronology, latest review and consents",
                 "[service]")
{
    const PersonId person = addPerson();
    const CaseId caseId = addCase(person);
    REQUIRE(service.addEntry(entry(caseId, "Second", "b")));
    ChronologyEntry early = entry(caseId, "First", "a");
    early.date = day("2026-01-20");
    REQUIRE(service.addEntry(early));
    HolisticReview review;
    review.caseId = caseId;
    review.reviewer = "PS Casey";
    review.reviewedOn = day("2026-02-01");
    review.wellbeing = "v1";
    REQUIRE(service.saveReview(review));
    review.wellbeing = "v2";
    REQUIRE(service.saveReview(review));
    REQUIRE(service.recordConsent({ConsentId{}, person, ConsentAudience::LineManager, ConsentCategory::MedicalDetail,
                                   day("2026-01-15"), std::nullopt, "", ConsentAnswer::Given, ""}));

    const CaseView view = service.loadCase(caseId).value();
    CHECK(view.record.id == caseId);
    CHECK(view.person.name == "Alex Morgan");
    REQUIRE(view.chronology.size() == 2);
    CHECK(view.chronology[0].title == "First");
    REQUIRE(view.latestReview.has_value());
    CHECK(view.latestReview->version == 2);
    CHECK(view.latestReview->wellbeing == "v2");
    CHECK(service.reviewVersions(caseId).value().size() == 2);
    CHECK(
        consentCovers(view.consents, ConsentAudience::LineManager, ConsentCategory::MedicalDetail, day("2026-02-01")));
    CHECK(service.loadCase(CaseId{404}).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(ServiceFixture, "closing a case records the outcome, listCases filters", "[service]")
{
    const PersonId person = addPerson();
    const CaseId open = addCase(person);
    const CaseId closing = addCase(person);
    CHECK(service.closeCase(closing, day("2025-12-01"), CaseOutcome::Resignation, "")
              .error()
              .detail.find("closed date (2025-12-01) is before the opening date")
          != std::string::npos);
    REQUIRE(service.closeCase(closing, day("2026-05-01"), CaseOutcome::IllHealthRetirement, "Tier 1 award"));
    const Case closed = service.loadCase(closing).value().record;
    CHECK(closed.status == CaseStatus::Closed);
    CHECK(closed.outcome == CaseOutcome::IllHealthRetirement);
    CaseFilter active;
    active.includeClosed = false;
    REQUIRE(service.listCases(active).value().size() == 1);
    CHECK(service.listCases(active).value().at(0).id == open);
    CHECK(service.listCases().value().size() == 2);
}

TEST_CASE_METHOD(ServiceFixture, "a failed use case leaves nothing behind and writes no audit entry",
                 "[service][rollback]")
{
    const PersonId person = addPerson();
    const CaseId caseId = addCase(person);
    const std::int64_t audits = auditCount();

    SECTION("validation failure")
    {
        Person nameless = samplePerson("");
        const auto created = service.createPerson(nameless);
        REQUIRE_FALSE(created);
        CHECK(created.error().code == ErrorCode::InvalidArgument);
        CHECK(created.error().detail == "name must not be empty");
        CHECK(count("person") == 1);
    }
    SECTION("a missing parent")
    {
        CHECK(service.addContact(CaseId{404}, {ContactId{}, "Dana", "", StakeholderRole::Hr, "", "", ""}).error().code
              == ErrorCode::NotFound);
        CHECK(count("contact") == 0);
        CHECK(service.openCase(sampleCase(PersonId{404})).error().code == ErrorCode::NotFound);
        CHECK(count("case_file") == 1);
    }
    SECTION("the audit append fails after the change was written")
    {
        // A log whose head no longer matches its last entry refuses to append (StoreDamaged);
        // the person inserted just before must go with the transaction.
        REQUIRE(db.exec("UPDATE store_meta SET value = 'tampered' WHERE key = 'audit_head'"));
        const auto created = service.createPerson(samplePerson("Robin Vale"));
        REQUIRE_FALSE(created);
        CHECK(count("person") == 1);
        CHECK(service.deleteCase(caseId).has_value() == false);
        CHECK(count("case_file") == 1);
        CHECK(count("search_index") == 2); // the person and the case, nothing from the failed writes
    }
    CHECK(auditCount() == audits);
}

TEST_CASE_METHOD(ServiceFixture, "huge text and over-size attachments are refused cleanly", "[service][limits]")
{
    const CaseId caseId = addCase(addPerson());
    const std::int64_t audits = auditCount();

    const auto huge = service.addEntry(entry(caseId, "Long note", std::string(10'000'000, 'x')));
    REQUIRE_FALSE(huge);
    CHECK(huge.error().code == ErrorCode::InvalidArgument);
    CHECK(huge.error().detail == "body is 10,000,000 characters long; the limit is 100,000");

    const std::vector<std::uint8_t> tooBig(kMaxAttachmentBytes + 1, 0x42);
    const auto refused = service.addAttachment(
        {AttachmentId{}, caseId, "scan.tiff", "image/tiff", 0, day("2026-02-04"), false, ""}, tooBig);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK(refused.error().detail.find("size is 26214401 bytes; attachments are limited to 25 MiB") == 0);
    CHECK(count("attachment") + count("attachment_content") + count("chronology_entry") == 0);
    CHECK(auditCount() == audits);

    const std::vector<std::uint8_t> letter = {'P', 'K', 3, 4, 0, 0, 255};
    const AttachmentId id =
        service
            .addAttachment({AttachmentId{}, caseId, "letter.odt", "application/vnd.oasis.opendocument.text", 0,
                            day("2026-02-04"), false, ""},
                           letter)
            .value();
    CHECK(service.attachmentContent(id).value() == letter);
    CHECK(service.loadCase(caseId).value().attachments.at(0).size == 7);
}

TEST_CASE_METHOD(ServiceFixture, "withdrawn consent stops covering, and cannot be withdrawn twice",
                 "[service][consent]")
{
    const PersonId person = addPerson();
    const ConsentId id =
        service
            .recordConsent({ConsentId{}, person, ConsentAudience::StaffRepresentative, ConsentCategory::MedicalDetail,
                            day("2026-01-10"), std::nullopt, "", ConsentAnswer::Given, ""})
            .value();
    const CaseId caseId = addCase(person);
    CHECK(consentCovers(service.loadCase(caseId).value().consents, ConsentAudience::StaffRepresentative,
                        ConsentCategory::MedicalDetail, day("2026-04-01")));
    REQUIRE(service.withdrawConsent(id, day("2026-03-01")));
    const auto consents = service.loadCase(caseId).value().consents;
    CHECK(consentCovers(consents, ConsentAudience::StaffRepresentative, ConsentCategory::MedicalDetail,
                        day("2026-02-28")));
    CHECK_FALSE(consentCovers(consents, ConsentAudience::StaffRepresentative, ConsentCategory::MedicalDetail,
                              day("2026-04-01")));
    CHECK(service.withdrawConsent(id, day("2026-03-02")).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("Signposting to a support service that does not exist is NotFound (foreign key), and nothing is stored",
          "[service]")
{
    casebook::test::ServiceFixture f;
    const auto caseId = f.addCase(f.addPerson());
    casebook::core::Signposting s;
    s.caseId = caseId;
    s.service = casebook::core::SupportServiceId{9999};
    s.offered = casebook::test::day("2026-11-02");
    const auto audit = f.auditCount();
    auto result = f.service.recordSignposting(s);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == casebook::core::ErrorCode::NotFound);
    CHECK(f.count("signposting") == 0);
    CHECK(f.auditCount() == audit);
}

TEST_CASE_METHOD(ServiceFixture,
                 "Contacts can be edited and taken off a case, signposting can be updated and removed, each audited",
                 "[service][audit]")
{
    const CaseId caseId = addCase(addPerson());
    const ContactId contact =
        service.addContact(caseId, {ContactId{}, "Dana Price", "HR", StakeholderRole::Hr, "", "", ""}).value();
    oneAuditEntry(*this, "update contact", [&] {
        return service.updateContact({contact, "Dana Price", "People Services", StakeholderRole::Hr, "0100", "", ""})
            .has_value();
    });
    CHECK(service.loadCase(caseId).value().contacts.at(0).organisation == "People Services");
    oneAuditEntry(*this, "unlink contact", [&] { return service.unlinkContact(caseId, contact).has_value(); });
    CHECK(service.loadCase(caseId).value().contacts.empty());
    CHECK(service.unlinkContact(caseId, contact).error().code == ErrorCode::NotFound);
    REQUIRE(service.linkContact(caseId, contact));
    CHECK(service.loadCase(caseId).value().contacts.size() == 1);

    const SupportServiceId eap =
        service.addSupportService({SupportServiceId{}, "Force EAP", "", "0800 000 000", true}).value();
    const SignpostingId offer =
        service.recordSignposting({SignpostingId{}, caseId, eap, day("2026-02-03"), SignpostingResponse::Pending, ""})
            .value();
    oneAuditEntry(*this, "update signposting", [&] {
        return service
            .updateSignposting({offer, caseId, eap, day("2026-02-03"), SignpostingResponse::Accepted, "booked"})
            .has_value();
    });
    CHECK(service.loadCase(caseId).value().signposting.at(0).response == SignpostingResponse::Accepted);
    const CaseId other = addCase(addPerson());
    CHECK(service.updateSignposting({offer, other, eap, day("2026-02-03"), SignpostingResponse::Accepted, ""})
              .error()
              .code
          == ErrorCode::InvalidArgument);
    oneAuditEntry(*this, "remove signposting", [&] { return service.removeSignposting(offer).has_value(); });
    CHECK(service.loadCase(caseId).value().signposting.empty());
    CHECK(service.removeSignposting(offer).error().code == ErrorCode::NotFound);
    CHECK(audit.verify(db).value().ok());
}
