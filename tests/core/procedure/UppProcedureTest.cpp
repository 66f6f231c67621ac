// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// UPP/UAP through ProcedureService: the regime derived from the came-to-attention date and a linked
// matter (SI 2025/558 reg 65), domain.md §11 checks 5 and 6, and the rule named in each rejection.
#include "ProcedureFixture.h"

#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/UppProcedure.h"

using namespace casebook::core;
using casebook::core::test::day;
using casebook::core::test::ProcedureFixture;
using casebook::core::test::valueOf;

namespace {

UppProcedure matter(CaseId c, const char* cameToAttention, UppGround kind = UppGround::Performance)
{
    UppProcedure upp;
    upp.caseId = c;
    upp.kind = kind;
    upp.cameToAttention = day(cameToAttention);
    upp.cameToAttentionOf = "line manager";
    return upp;
}

void rejectedByRule(ProcedureFixture& f, const UppProcedure& upp, const std::string& ruleId)
{
    const auto result = f.service.add(upp);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::RuleViolation);
    INFO(result.error().detail);
    CHECK(result.error().detail.rfind(ruleId, 0) == 0); // the message starts with the rule id
}

} // namespace

TEST_CASE("upp.amended.transition (SI 2025/558 reg 65): came to attention 2025-05-27 is legacy, 2025-05-28 amended",
          "[procedure][upp]")
{
    ProcedureFixture f;
    const CaseId c = f.addCase(f.addPerson("A"));
    const UppProcedureId before = valueOf(f.service.add(matter(c, "2025-05-27")));
    const UppProcedureId on = valueOf(f.service.add(matter(c, "2025-05-28")));
    CHECK(valueOf(f.service.get<UppProcedure>(before)).derivedRegime == UppRegime{"legacy"});
    CHECK(valueOf(f.service.get<UppProcedure>(on)).derivedRegime == UppRegime{"amended"});
}

TEST_CASE("upp.amended.transition (reg 65(b), inferred): a later matter linked to a legacy matter stays legacy",
          "[procedure][upp]")
{
    ProcedureFixture f;
    const CaseId c = f.addCase(f.addPerson("B"));
    const UppProcedureId earlier = valueOf(f.service.add(matter(c, "2025-03-01")));
    UppProcedure later = matter(c, "2025-10-01");
    later.linkedEarlierMatter = earlier;
    const UppProcedureId laterId = valueOf(f.service.add(later));
    CHECK(valueOf(f.service.get<UppProcedure>(laterId)).derivedRegime == UppRegime{"legacy"});
    CHECK(valueOf(f.service.deriveRegime(valueOf(f.service.get<UppProcedure>(laterId)))).explanation.find("linked")
          != std::string::npos);

    UppProcedure dangling = matter(c, "2025-10-01");
    dangling.linkedEarlierMatter = UppProcedureId{999};
    CHECK(f.service.add(dangling).error().code == ErrorCode::NotFound);
}

TEST_CASE("upp regime override: needs a reason, and the override's regime governs validation", "[procedure][upp]")
{
    ProcedureFixture f;
    const CaseId c = f.addCase(f.addPerson("C"));
    UppProcedure upp = matter(c, "2025-06-10");
    upp.regimeOverride = UppRegime{"legacy"};
    CHECK(f.service.add(upp).error().detail.find("upp_procedure.regimeOverrideReason") != std::string::npos);
    upp.regimeOverrideReason = "linked to a 2024 matter recorded on paper";
    upp.events = {{"fwin_dated", day("2025-12-01"), ""}}; // allowed under the legacy regime
    const UppProcedure stored = valueOf(f.service.get<UppProcedure>(valueOf(f.service.add(upp))));
    CHECK(stored.derivedRegime == UppRegime{"amended"});
    CHECK(stored.regime() == UppRegime{"legacy"});
    CHECK(stored.regimeOverrideReason == upp.regimeOverrideReason);
}

TEST_CASE("procedure service, domain check 5: upp.amended.improvement_period.max: 4 months without the exceptional "
          "flag is rejected",
          "[procedure][upp][domain]")
{
    ProcedureFixture f;
    UppProcedure upp = matter(f.addCase(f.addPerson("D")), "2025-07-01");
    upp.improvementPeriodStart = day("2025-08-01");
    upp.improvementPeriodEnd = day("2025-11-30");
    rejectedByRule(f, upp, "upp.amended.improvement_period.max");
    upp.exceptionalCircumstances = true;
    CHECK(f.service.add(upp).has_value());
}

TEST_CASE("upp.amended.improvement_period.max_exceptional and upp.legacy.improvement_period.max: caps",
          "[procedure][upp]")
{
    ProcedureFixture f;
    const CaseId c = f.addCase(f.addPerson("E"));
    UppProcedure amended = matter(c, "2025-07-01");
    amended.improvementPeriodStart = day("2025-08-01");
    amended.improvementPeriodEnd = day("2026-08-15");
    amended.exceptionalCircumstances = true;
    rejectedByRule(f, amended, "upp.amended.improvement_period.max_exceptional");

    UppProcedure legacy = matter(c, "2025-01-01");
    legacy.improvementPeriodStart = day("2025-02-01");
    legacy.improvementPeriodEnd = day("2026-03-01");
    rejectedByRule(f, legacy, "upp.legacy.improvement_period.max");
}

TEST_CASE("procedure service: upp.amended accepts its own second stage meeting and still refuses an FWIN "
          "(upp.amended.no_fwin)",
          "[procedure][upp]")
{
    ProcedureFixture f;
    const CaseId c = f.addCase(f.addPerson("S"));
    UppProcedure amended = matter(c, "2025-07-01");
    amended.events = {{"win_dated", day("2025-08-01"), ""}, {"second_stage_meeting", day("2026-01-12"), ""}};
    CHECK(f.service.add(amended).has_value());
    amended.events.push_back({"fwin_received", day("2026-01-20"), ""});
    rejectedByRule(f, amended, "upp.amended.no_fwin");
}

TEST_CASE("procedure service, domain check 6: upp.amended.no_fwin rejects an FWIN, gross_incompetence.not_attendance "
          "in both regimes",
          "[procedure][upp][domain]")
{
    ProcedureFixture f;
    const CaseId c = f.addCase(f.addPerson("F"));
    UppProcedure fwin = matter(c, "2025-07-01");
    fwin.events = {{"win_dated", day("2025-08-01"), ""}, {"fwin_dated", day("2026-02-01"), ""}};
    rejectedByRule(f, fwin, "upp.amended.no_fwin");

    UppProcedure amendedAttendance = matter(c, "2025-07-01", UppGround::Attendance);
    amendedAttendance.grossIncompetence = true;
    rejectedByRule(f, amendedAttendance, "upp.amended.gross_incompetence.not_attendance");
    UppProcedure legacyAttendance = matter(c, "2024-07-01", UppGround::Attendance);
    legacyAttendance.grossIncompetence = true;
    rejectedByRule(f, legacyAttendance, "upp.legacy.gross_incompetence.not_attendance");

    UppProcedure thirdStage = matter(c, "2025-07-01");
    thirdStage.stage = UppStage::Third;
    CHECK(f.service.add(thirdStage).error().detail.find("upp_procedure.stage") != std::string::npos);
    CHECK(f.count("upp_procedure") == 0);
    CHECK(f.count("upp_event") == 0);
}

TEST_CASE("upp: before 2020-02-01 the 2020 Regulations do not apply (upp.legacy effective date)", "[procedure][upp]")
{
    ProcedureFixture f;
    rejectedByRule(f, matter(f.addCase(f.addPerson("G")), "2019-12-01"), "upp.legacy");
}

TEST_CASE("upp pause (regs 12, 14): linked to a conduct referral on the same case, with a start date",
          "[procedure][upp]")
{
    ProcedureFixture f;
    const PersonId person = f.addPerson("H");
    const CaseId c = f.addCase(person);
    ConductReferral referral;
    referral.caseId = f.addCase(person);
    referral.referralDate = day("2026-01-01");
    const ConductReferralId elsewhere = valueOf(f.service.add(referral));
    UppProcedure upp = matter(c, "2025-07-01");
    upp.pausedFor = elsewhere;
    CHECK(f.service.add(upp).error().detail.find("upp_procedure.pausedFor") != std::string::npos);
    upp.pausedFrom = day("2026-01-02");
    CHECK(f.service.add(upp).error().detail.find("another case") != std::string::npos);
    referral.caseId = c;
    upp.pausedFor = valueOf(f.service.add(referral));
    CHECK(f.service.add(upp).has_value());
}

TEST_CASE("upp dates: domain check 2 through the service (upp.legacy.first_stage_appeal.notice, 7 WD)",
          "[procedure][upp][domain]")
{
    ProcedureFixture f;
    UppProcedure upp = matter(f.addCase(f.addPerson("I")), "2025-01-10");
    upp.events = {{"win_received", day("2026-11-20"), ""}};
    const auto dates = valueOf(f.service.uppDates(valueOf(f.service.add(upp))));
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].ruleId == "upp.legacy.first_stage_appeal.notice");
    CHECK(dates[0].date == day("2026-12-01"));
}

TEST_CASE("a failing use case leaves nothing behind: a link to a missing UPP fails after the insert and rolls back",
          "[procedure][transaction]")
{
    ProcedureFixture f;
    Adjustment a;
    a.caseId = f.addCase(f.addPerson("J"));
    a.barrier = "noise";
    a.requestedDate = day("2026-01-01");
    a.linkedUpp = {UppProcedureId{4242}};
    const auto result = f.service.add(a);
    REQUIRE_FALSE(result.has_value());
    CHECK(f.count("adjustment") == 0);
    CHECK(f.count("adjustment_upp") == 0);
    CHECK(f.count("audit_log") == 0);
    a.linkedUpp.clear();
    CHECK(f.service.add(a).has_value()); // the store is usable afterwards: no transaction left open
}
