// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "RulesFixture.h"

#include "rules/DeadlineEngine.h"
#include "rules/UppRegime.h"
#include "rules/UppValidator.h"

#include <algorithm>

using namespace casebook::core;
using casebook::core::test::d;
using casebook::core::test::shippedCalendar;
using casebook::core::test::shippedPack;

namespace {

std::vector<std::string> ruleIds(const std::vector<RuleBreach>& breaches)
{
    std::vector<std::string> ids;
    for (const RuleBreach& breach : breaches) {
        ids.push_back(breach.ruleId);
        CHECK(breach.message.rfind(breach.ruleId + ":", 0) == 0); // every message names its rule
    }
    return ids;
}

struct UppFixture {
    WorkingCalendar calendar = shippedCalendar();
    DeadlineEngine engine{calendar};
    RulePack legacy = shippedPack("upp-legacy");
    RulePack amended = shippedPack("upp-amended");

    UppFacts period(const char* start, int months, bool exceptional = false) const
    {
        UppFacts facts;
        facts.improvementPeriodStart = d(start);
        facts.improvementPeriodEnd = calendar.monthsPeriodEnd(d(start), months);
        facts.exceptionalCircumstances = exceptional;
        return facts;
    }
};

} // namespace

TEST_CASE("regime (upp.amended.transition, SI 2025/558 reg 65): linked and overridden matters", "[rules][upp]")
{
    const UppFixture f;
    SECTION("a new matter linked to a legacy matter stays legacy (reg 65(b), inferred)")
    {
        const auto decision = deriveUppRegime({d("2026-02-01"), UppRegime::Legacy, std::nullopt}, f.legacy, f.amended);
        REQUIRE(decision.has_value());
        CHECK(decision->regime == UppRegime::Legacy);
        CHECK(decision->explanation.find("linked") != std::string::npos);
        CHECK(decision->explanation.find("reg 65") != std::string::npos);
    }
    SECTION("linked to an amended-regime matter: amended")
    {
        const auto decision = deriveUppRegime({d("2026-02-01"), UppRegime::Amended, std::nullopt}, f.legacy, f.amended);
        CHECK(decision->regime == UppRegime::Amended);
    }
    SECTION("an explicit override with a reason wins but keeps the derived regime")
    {
        const auto decision = deriveUppRegime(
            {d("2025-05-20"), std::nullopt, RegimeOverride{UppRegime::Amended, "Came to attention on 2 June per PSD"}},
            f.legacy, f.amended);
        REQUIRE(decision.has_value());
        CHECK(decision->regime == UppRegime::Amended);
        CHECK(decision->derivedRegime == UppRegime::Legacy);
        CHECK(decision->overridden);
        CHECK(decision->overrideReason == "Came to attention on 2 June per PSD");
    }
    SECTION("an override without a reason is refused")
    {
        const auto decision = deriveUppRegime({d("2025-05-20"), std::nullopt, RegimeOverride{UppRegime::Amended, ""}},
                                              f.legacy, f.amended);
        REQUIRE_FALSE(decision.has_value());
        CHECK(decision.error().code == ErrorCode::InvalidArgument);
    }
    SECTION("before 1 February 2020 the 2012 Regulations apply and are not modelled")
    {
        const auto decision = deriveUppRegime({d("2020-01-31"), std::nullopt, std::nullopt}, f.legacy, f.amended);
        REQUIRE_FALSE(decision.has_value());
        CHECK(decision.error().code == ErrorCode::RuleViolation);
    }
}

TEST_CASE("upp.legacy: full timetable from the legacy pack", "[rules][upp]")
{
    const UppFixture f;
    const auto dates = f.engine.derive(f.legacy, {{"win_dated", d("2026-01-12")},
                                                  {"win_received", d("2026-01-12")},
                                                  {"first_stage_appeal_meeting", d("2026-01-29")},
                                                  {"third_stage_notice_received", d("2026-09-01")},
                                                  {"pat_notice_received_by_respondent", d("2026-12-18")}});
    std::map<std::string, Date> byRule;
    for (const DerivedDate& date : dates) {
        byRule.emplace(date.ruleId, date.date);
    }
    CHECK(byRule.at("upp.legacy.first_stage_appeal.notice") == d("2026-01-21"));   // analogue, 7 WD
    CHECK(byRule.at("upp.legacy.first_stage_appeal.decision") == d("2026-02-03")); // verified, reg 21(9), 3 WD
    CHECK(byRule.at("upp.legacy.win.validity") == d("2027-01-11"));                // analogue, 12 months
    CHECK(byRule.at("upp.legacy.third_stage.response") == d("2026-09-21"));        // analogue, 14 WD
    CHECK(byRule.at("upp.legacy.pat.respondent_documents") == d("2027-01-13"));    // verified, PAT rule 13(3), 15 WD
}

TEST_CASE("upp.amended: stage 2 timetable from the amended pack", "[rules][upp]")
{
    const UppFixture f;
    const auto dates = f.engine.derive(
        f.amended, {{"stage_two_notice_received", d("2026-09-01")}, {"stage_two_response_given", d("2026-09-18")}});
    std::map<std::string, Date> byRule;
    for (const DerivedDate& date : dates) {
        byRule.emplace(date.ruleId, date.date);
    }
    CHECK(byRule.at("upp.amended.stage_two.response") == d("2026-09-21"));
    CHECK(byRule.at("upp.amended.stage_two.witness_lists") == d("2026-09-23"));
    CHECK(f.amended.find("upp.amended.fwin.validity") == nullptr); // no FWIN in the amended regime
}

TEST_CASE("upp.amended.improvement_period.max and .max_exceptional (secondary)", "[rules][upp]")
{
    const UppFixture f;
    CHECK(checkUpp(f.amended, f.period("2026-01-05", 3), f.engine).empty());
    CHECK(checkUpp(f.amended, f.period("2026-01-05", 4, true), f.engine).empty());
    CHECK(checkUpp(f.amended, f.period("2026-01-05", 12, true), f.engine).empty());
    CHECK(ruleIds(checkUpp(f.amended, f.period("2026-01-05", 4), f.engine))
          == std::vector<std::string>{"upp.amended.improvement_period.max"});
    CHECK(ruleIds(checkUpp(f.amended, f.period("2026-01-05", 13, true), f.engine))
          == std::vector<std::string>{"upp.amended.improvement_period.max_exceptional"});
    CHECK(ruleIds(checkUpp(f.amended, f.period("2026-01-05", 13), f.engine))
          == std::vector<std::string>{"upp.amended.improvement_period.max",
                                      "upp.amended.improvement_period.max_exceptional"});
    UppFacts backwards;
    backwards.improvementPeriodStart = d("2026-03-01");
    backwards.improvementPeriodEnd = d("2026-02-01");
    CHECK(ruleIds(checkUpp(f.amended, backwards, f.engine))
          == std::vector<std::string>{"upp.amended.improvement_period"});
}

TEST_CASE("upp.legacy.improvement_period.max (analogue): 12 months, longer only when exceptional", "[rules][upp]")
{
    const UppFixture f;
    CHECK(checkUpp(f.legacy, f.period("2024-01-05", 12), f.engine).empty());
    CHECK(checkUpp(f.legacy, f.period("2024-01-05", 4), f.engine).empty()); // no 3-month cap before SI 2025/558
    CHECK(ruleIds(checkUpp(f.legacy, f.period("2024-01-05", 13), f.engine))
          == std::vector<std::string>{"upp.legacy.improvement_period.max"});
    CHECK(checkUpp(f.legacy, f.period("2024-01-05", 13, true), f.engine).empty());
}

TEST_CASE("upp.legacy: FWIN allowed; upp.legacy.gross_incompetence.not_attendance still applies", "[rules][upp]")
{
    const UppFixture f;
    UppFacts fwin;
    fwin.fwinRecorded = true;
    CHECK(checkUpp(f.legacy, fwin, f.engine).empty());
    UppFacts performance;
    performance.grossIncompetence = true;
    CHECK(checkUpp(f.legacy, performance, f.engine).empty());
    UppFacts attendance = performance;
    attendance.ground = UppGround::Attendance;
    const auto breaches = checkUpp(f.legacy, attendance, f.engine);
    CHECK(ruleIds(breaches) == std::vector<std::string>{"upp.legacy.gross_incompetence.not_attendance"});
    CHECK(breaches.front().message.find("reg 32") != std::string::npos);
}

TEST_CASE("upp.amended.no_fwin (SI 2025/558 reg 19) message cites the instrument", "[rules][upp]")
{
    const UppFixture f;
    UppFacts fwin;
    fwin.fwinRecorded = true;
    const auto breaches = checkUpp(f.amended, fwin, f.engine);
    REQUIRE(breaches.size() == 1);
    CHECK(breaches.front().message.find("SI 2025/558") != std::string::npos);
    CHECK(breaches.front().message.find("verified") != std::string::npos);
}

TEST_CASE("upp order: an appeal recorded before the WIN it appeals is rejected", "[rules][upp]")
{
    // upp.legacy.first_stage_appeal.notice / upp.amended.first_stage_appeal.notice: target follows basis.
    const UppFixture f;
    for (const RulePack* pack : {&f.legacy, &f.amended}) {
        UppFacts facts;
        facts.events = {{"win_received", d("2026-03-10")}, {"first_stage_appeal_notice_given", d("2026-03-09")}};
        const auto breaches = checkUpp(*pack, facts, f.engine);
        REQUIRE(breaches.size() == 1);
        CHECK(breaches.front().ruleId == pack->id + ".first_stage_appeal.notice");
        CHECK(breaches.front().message.find("is recorded before win_received") != std::string::npos);
        facts.events["first_stage_appeal_notice_given"] = d("2026-03-10");
        CHECK(checkUpp(*pack, facts, f.engine).empty());
    }
}
