// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "DomainFixture.h"

#include "domain/Attachment.h"
#include "domain/ChronologyEntry.h"
#include "domain/Consent.h"
#include "domain/Contact.h"
#include "domain/HolisticReview.h"
#include "domain/Signposting.h"
#include "domain/Validator.h"

#include <set>
#include <string>

using namespace casebook::core;
using casebook::test::day;
using casebook::test::sampleCase;
using casebook::test::samplePerson;

namespace {

bool mentions(const Status& status, std::string_view text)
{
    return !status && status.error().code == ErrorCode::InvalidArgument
           && status.error().detail.find(text) != std::string::npos;
}

} // namespace

TEST_CASE("a person needs a name and keeps notes within 100,000 characters", "[domain][validation]")
{
    Person p = samplePerson();
    CHECK(validate(p));
    p.name = "   ";
    CHECK(mentions(validate(p), "name must not be empty"));
    p = samplePerson();
    p.notes = std::string(kMaxFreeTextChars + 1, 'x');
    CHECK(mentions(validate(p), "notes is 100,001 characters long; the limit is 100,000"));
    p.notes = std::string(kMaxFreeTextChars, 'x');
    CHECK(validate(p));
}

TEST_CASE("text limits count characters, not bytes", "[domain][validation]")
{
    CHECK(utf8Length("Siân Llŷr") == 9);
    Person p = samplePerson();
    std::string welsh;
    for (std::size_t i = 0; i < kMaxShortTextChars; ++i) {
        welsh += "ŵ"; // two bytes, one character
    }
    p.name = welsh;
    CHECK(validate(p));
    p.name += "ŵ";
    CHECK(mentions(validate(p), "name is 501 characters long; the limit is 500"));
}

TEST_CASE("a case cannot close before it opened, and closing needs a date", "[domain][validation]")
{
    Case c = sampleCase(PersonId{1});
    CHECK(validate(c));
    c.status = CaseStatus::Closed;
    CHECK(mentions(validate(c), "closed date is required when the case is closed"));
    c.closed = day("2026-01-11");
    CHECK(mentions(validate(c), "closed date (2026-01-11) is before the opening date (2026-01-12)"));
    c.closed = day("2026-06-30");
    c.outcome = CaseOutcome::ReturnedToFullDuties;
    CHECK(validate(c));
    c.status = CaseStatus::Open;
    CHECK(mentions(validate(c), "closed date is only set on a closed case"));
    CHECK(mentions(validate(c), "outcome is only recorded on a closed case"));
    c = sampleCase(PersonId{1});
    c.types.clear();
    c.person = PersonId{};
    const Status both = validate(c);
    CHECK(mentions(both, "person must be chosen"));
    CHECK(mentions(both, "types must include at least one case type"));
}

TEST_CASE("impossible dates and times never reach a record", "[domain][validation]")
{
    CHECK_FALSE(Date::parseIso("2026-02-30"));
    CHECK_FALSE(TimeOfDay::parse("24:00"));
    CHECK_FALSE(TimeOfDay::parse("9:30"));
    CHECK_FALSE(TimeOfDay::parse("12:60"));
    REQUIRE(TimeOfDay::parse("09:05"));
    CHECK(TimeOfDay::parse("09:05")->toText() == "09:05");
    CHECK(TimeOfDay::fromHm(23, 59)->minute() == 59);
}

TEST_CASE("a decision entry records its rationale and who decided", "[domain][validation]")
{
    ChronologyEntry e{ChronologyEntryId{},
                      CaseId{1},
                      day("2026-02-02"),
                      std::nullopt,
                      EntryKind::Decision,
                      "No referral to PSD",
                      "",
                      false,
                      "PS Casey",
                      std::nullopt};
    CHECK(mentions(validate(e), "decision is required on a decision entry"));
    e.decision = DecisionRecord{"Take no action", "Refer to PSD; words of advice", "", "", true, ""};
    const Status missing = validate(e);
    CHECK(mentions(missing, "rationale must not be empty"));
    CHECK(mentions(missing, "decided by must not be empty"));
    e.decision->rationale = "Single late booking-on explained by childcare; no pattern.";
    e.decision->decidedBy = "Insp. Hale";
    CHECK(validate(e));
    e.kind = EntryKind::Note;
    CHECK(mentions(validate(e), "decision is only recorded on a decision entry"));
    e.decision.reset();
    e.title.clear();
    CHECK(mentions(validate(e), "title must not be empty"));
}

TEST_CASE("review sections, contacts and attachments are checked", "[domain][validation]")
{
    HolisticReview r;
    r.caseId = CaseId{1};
    CHECK(mentions(validate(r), "reviewer must not be empty"));
    r.reviewer = "PS Casey";
    r.wellbeing = std::string(kMaxFreeTextChars + 5, 'w');
    CHECK(mentions(validate(r), "wellbeing is 100,005 characters long"));

    Contact c{ContactId{}, "Dana Price", "HR", StakeholderRole::Hr, "", "dana.example", ""};
    CHECK(mentions(validate(c), "email is not an e-mail address"));
    c.email = "dana@example.police.uk";
    CHECK(validate(c));

    Attachment a;
    a.caseId = CaseId{1};
    a.fileName = "../../etc/passwd";
    CHECK(mentions(validate(a), "file name must not contain a folder"));
    a.fileName = "fit-note.pdf";
    a.size = static_cast<std::int64_t>(kMaxAttachmentBytes) + 1;
    CHECK(mentions(validate(a), "attachments are limited to 25 MiB"));
    a.size = static_cast<std::int64_t>(kMaxAttachmentBytes);
    CHECK(validate(a));
}

TEST_CASE("consent covers its audience from the day given until the day withdrawn", "[domain][consent]")
{
    const std::vector<Consent> consents = {
        Consent{ConsentId{1}, PersonId{1}, ConsentAudience::Hr, ConsentCategory::MedicalDetail, day("2026-01-10"),
                day("2026-03-01"), "", ConsentAnswer::Given, ""},
        Consent{ConsentId{2}, PersonId{1}, ConsentAudience::OccupationalHealth, ConsentCategory::MedicalDetail,
                day("2026-01-10"), std::nullopt, "", ConsentAnswer::Given, ""},
    };
    CHECK_FALSE(consentCovers(consents, ConsentAudience::Hr, ConsentCategory::MedicalDetail, day("2026-01-09")));
    CHECK(consentCovers(consents, ConsentAudience::Hr, ConsentCategory::MedicalDetail, day("2026-01-10")));
    CHECK(consentCovers(consents, ConsentAudience::Hr, ConsentCategory::MedicalDetail, day("2026-02-28")));
    CHECK_FALSE(consentCovers(consents, ConsentAudience::Hr, ConsentCategory::MedicalDetail, day("2026-03-01")));
    CHECK(consentCovers(consents, ConsentAudience::OccupationalHealth, ConsentCategory::MedicalDetail,
                        day("2030-01-01")));
    CHECK_FALSE(
        consentCovers(consents, ConsentAudience::LineManager, ConsentCategory::MedicalDetail, day("2026-02-01")));
    CHECK_FALSE(consentCovers({}, ConsentAudience::Hr, ConsentCategory::MedicalDetail, day("2026-02-01")));

    Consent backwards = consents[0];
    backwards.withdrawn = day("2026-01-01");
    CHECK(mentions(validate(backwards), "withdrawn date (2026-01-01) is before the date consent was given"));
}

TEST_CASE("consent is judged by audience and category, the latest answer on or before the day decides",
          "[domain][consent]")
{
    const auto answer = [](std::int64_t id, ConsentAudience audience, ConsentCategory category, const char* on,
                           ConsentAnswer given, std::optional<Date> withdrawn = std::nullopt) {
        return Consent{ConsentId{id}, PersonId{1}, audience, category, day(on), withdrawn, "", given, ""};
    };
    const std::vector<Consent> history = {
        answer(1, ConsentAudience::Hr, ConsentCategory::OhAdvice, "2026-01-10", ConsentAnswer::Given,
               day("2026-03-01")),
        answer(2, ConsentAudience::Hr, ConsentCategory::OhAdvice, "2026-04-01", ConsentAnswer::Given),
        answer(3, ConsentAudience::Hr, ConsentCategory::FitNotes, "2026-01-10", ConsentAnswer::Refused),
        answer(4, ConsentAudience::LineManager, ConsentCategory::OhAdvice, "2026-01-10", ConsentAnswer::Given),
    };
    const auto hrAdvice = [&](const char* on) {
        return consentState(history, ConsentAudience::Hr, ConsentCategory::OhAdvice, day(on));
    };
    CHECK(hrAdvice("2026-01-09") == ConsentState::NotAsked);
    CHECK(hrAdvice("2026-02-01") == ConsentState::Given);
    CHECK(hrAdvice("2026-03-01") == ConsentState::Withdrawn);
    CHECK(hrAdvice("2026-04-01") == ConsentState::Given);
    CHECK(consentState(history, ConsentAudience::Hr, ConsentCategory::FitNotes, day("2026-02-01"))
          == ConsentState::Refused);
    CHECK_FALSE(consentCovers(history, ConsentAudience::Hr, ConsentCategory::MedicalDetail, day("2026-02-01")));
    CHECK_FALSE(consentCoversAll(history, ConsentAudience::Hr, day("2026-05-01")));
    CHECK(consentSummaryLine(history, day("2026-02-01"))
          == "HR: OH advice only; refused fit notes \xC2\xB7 Line manager: OH advice only");
    CHECK(consentSummaryLine(history, day("2026-03-02"))
          == "HR: refused fit notes; withdrawn OH advice \xC2\xB7 "
             "Line manager: OH advice only");
    CHECK(consentSummaryLine({}, day("2026-03-02")) == "No consent recorded");

    Consent withdrawnRefusal = history[2];
    withdrawnRefusal.withdrawn = day("2026-02-01");
    CHECK(mentions(validate(withdrawnRefusal), "only consent that was given can be withdrawn"));
    Consent longHow = history[0];
    longHow.obtained = std::string(kMaxShortTextChars + 1, 'x');
    CHECK(mentions(validate(longHow), "how obtained"));
}

TEMPLATE_TEST_CASE("every enum value has a distinct stable code that parses back", "[domain][codes]", PersonKind,
                   DutyStatus, PensionScheme, StaffAssociation, CaseType, CaseStatus, Rag, CaseOutcome, EntryKind,
                   ConsentAudience, ConsentCategory, ConsentAnswer, StakeholderRole, SignpostingResponse)
{
    std::set<std::string_view> seen;
    for (const auto& entry : EnumCodes<TestType>::entries) {
        CHECK_FALSE(entry.code.empty());
        CHECK(seen.insert(entry.code).second);
        CHECK(fromCode<TestType>(entry.code) == entry.value);
        CHECK(toCode(entry.value) == entry.code);
    }
    CHECK_FALSE(fromCode<TestType>("no_such_code"));
}
