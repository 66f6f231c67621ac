// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/TestSupport.h"

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/OhReferral.h"
#include "report/CaseSummary.h"
#include "service/ReportService.h"
#include "service/Session.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace casebook::core::test {

inline Date isoDay(const char* iso)
{
    Result<Date> date = Date::parseIso(iso);
    REQUIRE(date.has_value());
    return date.value();
}

/// A session over a temporary store with one fixed case (fixed dates, fixed clock) whose OH
/// referral, absence and medical chronology entry hold the medical canary. The officer's
/// consent covers HR only.
struct ReportFixture {
    static constexpr const char* kCanary = "CANARY-MEDICAL-7f3a";

    casebook::test::TempDir dir;
    std::unique_ptr<Session> session;
    PersonId person;
    CaseId caseId;

    ReportFixture()
    {
        SessionOptions options;
        options.resourcesDir = CASEBOOK_RESOURCES_DIR;
        options.actor = "PS 1234 Example";
        options.clock = std::make_shared<FakeClock>(Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
        auto created =
            Session::create(dir / "report.cbk", casebook::test::secret("pw"), options, casebook::test::fastKdf());
        REQUIRE(created);
        session = std::move(*created);
        populate();
    }

    void populate()
    {
        Person p;
        p.name = "Alex Morgan";
        p.number = "PC 4321";
        p.rankOrGrade = "Constable";
        p.team = "Response <B>";
        person = session->cases().createPerson(p).value();
        Case c;
        c.person = person;
        c.summary = "Attendance & adjustments";
        c.types = {CaseType::Sickness, CaseType::ReasonableAdjustments};
        c.opened = isoDay("2026-01-05");
        c.nextReview = isoDay("2026-12-01");
        caseId = session->cases().openCase(c).value();
        addChronology();
        addProcedures();
        for (ConsentCategory category : kConsentCategories) {
            REQUIRE(session->cases().recordConsent({ConsentId{}, person, ConsentAudience::Hr, category,
                                                    isoDay("2026-01-10"), std::nullopt, "", ConsentAnswer::Given, ""}));
        }
    }

    void addChronology()
    {
        ChronologyEntry meeting{{},
                                caseId,
                                isoDay("2026-01-12"),
                                std::nullopt,
                                EntryKind::Meeting,
                                "Welfare meeting",
                                "Discussed <script>alert(1)</script> support",
                                false,
                                "PS Example",
                                std::nullopt};
        REQUIRE(session->cases().addEntry(meeting));
        ChronologyEntry medical{{},
                                caseId,
                                isoDay("2026-01-15"),
                                std::nullopt,
                                EntryKind::Note,
                                "GP letter",
                                std::string("Diagnosis ") + kCanary,
                                true,
                                "PS Example",
                                std::nullopt};
        REQUIRE(session->cases().addEntry(medical));
        ChronologyEntry decision{
            {}, caseId, isoDay("2026-01-20"), std::nullopt, EntryKind::Decision, "Adjustment decision",
            "", false,  "PS Example",         std::nullopt};
        REQUIRE(session->cases().recordDecision(
            decision, {"Agree later start", "later start; none", "supports attendance", "Insp Grey", false, ""}));
    }

    void addProcedures()
    {
        OhReferral oh;
        oh.caseId = caseId;
        oh.referralDate = isoDay("2026-01-16");
        oh.reason = std::string("Referral for ") + kCanary;
        oh.questions = {"Fit for ordinary duties?"};
        oh.appointment = isoDay("2026-02-02");
        REQUIRE(session->procedures().add(oh));
        Absence absence;
        absence.caseId = caseId;
        absence.start = isoDay("2026-09-01"); // still off: the sick-pay transitions are due
        absence.reasonCategory = std::string("category ") + kCanary;
        REQUIRE(session->procedures().add(absence));
        ActionPlan plan;
        plan.caseId = caseId;
        plan.title = "Return plan";
        plan.agreedOn = isoDay("2026-01-21");
        plan.objectives = {{"=HYPERLINK(\"x\")", "Alex Morgan", isoDay("2026-12-15"), std::nullopt}};
        REQUIRE(session->procedures().add(plan));
    }

    SummaryOptions options(ConsentAudience audience) const
    {
        SummaryOptions o;
        o.audience = audience;
        o.generatedOn = isoDay("2026-11-22");
        o.author = "PS 1234 Example";
        o.meetingPurpose = "Attendance review";
        o.meetingDate = isoDay("2026-11-30");
        o.attendees = {"Insp Grey", "Dana Price (HR)"};
        o.agenda = {"Welfare", "Adjustments", "Next steps"};
        return o;
    }
};

} // namespace casebook::core::test
