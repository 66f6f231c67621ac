// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "RulesFixture.h"

#include "rules/DeadlineEngine.h"
#include "rules/UppRegime.h"
#include "rules/UppValidator.h"

#include <algorithm>
#include <string_view>

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
    SECTION("upp.amended.transition.linked: a new matter linked to a legacy matter stays legacy (inferred, analogue)")
    {
        const auto decision =
            deriveUppRegime({d("2026-02-01"), UppRegime{"legacy"}, std::nullopt}, {&f.legacy, &f.amended});
        REQUIRE(decision.has_value());
        CHECK(decision->regime == UppRegime{"legacy"});
        CHECK(decision->explanation.find("linked") != std::string::npos);
        CHECK(decision->explanation.find("reg 3(2)(b)") != std::string::npos); // the inferred part's own citation
        CHECK(decision->explanation.find("analogue") != std::string::npos);
        CHECK(decision->explanation.find("reg 65") == std::string::npos);
    }
    SECTION("upp.amended.transition: the date part cites reg 65, verified")
    {
        const auto decision = deriveUppRegime({d("2025-05-27"), std::nullopt, std::nullopt}, {&f.legacy, &f.amended});
        CHECK(decision->explanation.find("reg 65; verified") != std::string::npos);
    }
    SECTION("linked to an amended-regime matter: amended")
    {
        const auto decision =
            deriveUppRegime({d("2026-02-01"), UppRegime{"amended"}, std::nullopt}, {&f.legacy, &f.amended});
        CHECK(decision->regime == UppRegime{"amended"});
    }
    SECTION("an explicit override with a reason wins but keeps the derived regime")
    {
        const auto decision =
            deriveUppRegime({d("2025-05-20"), std::nullopt,
                             RegimeOverride{UppRegime{"amended"}, "Came to attention on 2 June per PSD"}},
                            {&f.legacy, &f.amended});
        REQUIRE(decision.has_value());
        CHECK(decision->regime == UppRegime{"amended"});
        CHECK(decision->derivedRegime == UppRegime{"legacy"});
        CHECK(decision->overridden);
        CHECK(decision->overrideReason == "Came to attention on 2 June per PSD");
    }
    SECTION("an override without a reason is refused")
    {
        const auto decision = deriveUppRegime({d("2025-05-20"), std::nullopt, RegimeOverride{UppRegime{"amended"}, ""}},
                                              {&f.legacy, &f.amended});
        REQUIRE_FALSE(decision.has_value());
        CHECK(decision.error().code == ErrorCode::InvalidArgument);
    }
    SECTION("before 1 February 2020 the 2012 Regulations apply and are not modelled")
    {
        const auto decision = deriveUppRegime({d("2020-01-31"), std::nullopt, std::nullopt}, {&f.legacy, &f.amended});
        REQUIRE_FALSE(decision.has_value());
        CHECK(decision.error().code == ErrorCode::RuleViolation);
        REQUIRE(decision.error().problems.size() == 1);
        CHECK(decision.error().problems[0]
              == Problem{"cameToAttention", "upp_regime.before_first", {"2020-01-31", "2020-02-01"}});
    }
}

TEST_CASE("upp.legacy: full timetable from the legacy pack", "[rules][upp]")
{
    const UppFixture f;
    const auto dates = f.engine.derive(f.legacy, {{"win_dated", d("2026-01-12")},
                                                  {"win_received", d("2026-01-12")},
                                                  {"first_stage_appeal_meeting", d("2026-01-29")},
                                                  {"third_stage_notice_given", d("2026-09-01")},
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
        f.amended, {{"stage_two_notice_given", d("2026-09-01")}, {"stage_two_response_given", d("2026-09-18")}});
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

TEST_CASE("upp.legacy: FWIN allowed, upp.legacy.gross_incompetence.not_attendance still applies", "[rules][upp]")
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
    CHECK(breaches.front().message.find("reg 4(1)") != std::string::npos);
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

TEST_CASE("upp.amended.no_fwin refuses the FWIN events by name and accepts the amended second stage meeting",
          "[rules][upp]")
{
    // SI 2025/558 reg 19(f): the amended regime's "second stage meeting" is the former third stage.
    const UppFixture f;
    UppFacts secondStage;
    secondStage.events = {{"win_dated", d("2025-09-01")}, {"second_stage_meeting", d("2026-01-12")}};
    CHECK(checkUpp(f.amended, secondStage, f.engine).empty());
    CHECK(checkUpp(f.legacy, secondStage, f.engine).empty());
    for (const char* refused : {"fwin_dated", "fwin_received", "second_stage_appeal_meeting", "third_stage_meeting"}) {
        UppFacts facts = secondStage;
        facts.events.emplace(refused, d("2026-01-20"));
        const auto breaches = checkUpp(f.amended, facts, f.engine);
        CHECK(ruleIds(breaches) == std::vector<std::string>{"upp.amended.no_fwin"});
        CHECK(breaches.front().message.find(refused) != std::string::npos);
        CHECK(checkUpp(f.legacy, facts, f.engine).empty()); // the legacy regime's own words
    }
}

TEST_CASE("each regime offers its own vocabulary of events", "[rules][upp]")
{
    const UppFixture f;
    const auto names = [](const RulePack& pack) {
        std::vector<std::string> out;
        for (const PackEvent& event : pack.events) {
            out.push_back(event.name);
        }
        return out;
    };
    const auto has = [](const std::vector<std::string>& list, const char* name) {
        return std::find(list.begin(), list.end(), name) != list.end();
    };
    const auto amended = names(f.amended);
    const auto legacy = names(f.legacy);
    CHECK(has(amended, "second_stage_meeting"));
    CHECK(has(legacy, "second_stage_meeting"));
    CHECK(has(legacy, "fwin_dated"));
    for (const std::string& refused : f.amended.find("upp.amended.no_fwin")->refuses) {
        CHECK_FALSE(has(amended, refused.c_str()));
    }
    const auto title = [](const RulePack& pack, std::string_view name) {
        for (const PackEvent& event : pack.events) {
            if (event.name == name) {
                return event.title;
            }
        }
        return std::string{};
    };
    CHECK(title(f.amended, "first_stage_appeal_notice_given").find("appeal manager") != std::string::npos);
    CHECK(title(f.legacy, "first_stage_appeal_notice_given").find("second line manager") != std::string::npos);
}

TEST_CASE("corrected UPP citations (issue 14)", "[rules][upp]")
{
    const UppFixture f;
    for (const RulePack* pack : {&f.legacy, &f.amended}) {
        // <pack>.gross_incompetence.not_attendance: the exclusion is in the reg 4(1) definition, read in the 2012 text.
        const Rule* gross = pack->find(pack->id + ".gross_incompetence.not_attendance");
        REQUIRE(gross != nullptr);
        CHECK(gross->citation.provision.rfind("reg 4(1)", 0) == 0);
        CHECK(gross->status == RuleStatus::Analogue);
        // An analogue's citation names the text read (SI 2012/2631), its notes the one that governs (SI 2020/3).
        CHECK(gross->citation.instrument.find("SI 2012/2631") != std::string::npos);
        CHECK(gross->citation.url.find("/uksi/2012/2631/regulation/4") != std::string::npos);
        CHECK(gross->notes.find("SI 2020/3") != std::string::npos);
        // <pack>.first_stage_appeal.notice: the text read was SI 2012/808 reg 16(5).
        const Rule* notice = pack->find(pack->id + ".first_stage_appeal.notice");
        REQUIRE(notice != nullptr);
        CHECK(notice->citation.instrument.find("SI 2012/808") != std::string::npos);
        CHECK(notice->citation.provision == "reg 16(5)");
        CHECK(notice->citation.url.find("/uksi/2012/808/regulation/16") != std::string::npos);
        CHECK(notice->status == RuleStatus::Analogue);
        CHECK(notice->basis == "win_received");
    }
    // upp.legacy.dismissal.notice: read in the MoD parallel, Sch 4 para 45(3)(a).
    const Rule* dismissal = f.legacy.find("upp.legacy.dismissal.notice");
    CHECK(dismissal->citation.provision == "Sch 4 para 45(3)(a)");
    CHECK(dismissal->citation.instrument.find("SI 2020/1087") != std::string::npos);
    // Third stage / second stage response and witness lists: Sch 4 para 35, counted from the notice given.
    // upp.legacy.third_stage.response, upp.amended.stage_two.response: para 35(1)(a), read in the MoD parallel;
    // upp.legacy.third_stage.witness_lists, upp.amended.stage_two.witness_lists: para 35(4), read likewise.
    // Analogue is honest only now the paragraph was read; the notes no longer say it was not.
    for (const char* id : {"upp.legacy.third_stage.response", "upp.legacy.third_stage.witness_lists",
                           "upp.amended.stage_two.response", "upp.amended.stage_two.witness_lists"}) {
        const Rule* rule = f.legacy.find(id) != nullptr ? f.legacy.find(id) : f.amended.find(id);
        REQUIRE(rule != nullptr);
        const bool response = std::string_view(id).ends_with(".response");
        CHECK(rule->citation.provision == (response ? "Sch 4 para 35(1)(a)" : "Sch 4 para 35(4)"));
        CHECK(rule->citation.instrument.find("SI 2020/1087") != std::string::npos);
        CHECK(rule->status == RuleStatus::Analogue);
        CHECK(rule->notes.find("Read in the MoD parallel") != std::string::npos);
        CHECK(rule->notes.find("not read here") == std::string::npos);
        CHECK(rule->notes.find("could not be read") == std::string::npos);
        CHECK(rule->amount == (response ? 14 : 3));
    }
    CHECK(f.legacy.find("upp.legacy.third_stage.response")->basis == "third_stage_notice_given");
    CHECK(f.amended.find("upp.amended.stage_two.response")->basis == "stage_two_notice_given");
    // upp.amended.improvement_period.*: secondary, linked to the secondary source used, not to SI 2025/558.
    for (const char* id : {"upp.amended.improvement_period.max", "upp.amended.improvement_period.max_exceptional"}) {
        const Rule* rule = f.amended.find(id);
        CHECK(rule->status == RuleStatus::Secondary);
        CHECK(rule->citation.url.find("legislation.gov.uk") == std::string::npos);
        CHECK(rule->citation.url.find("polfed.org") != std::string::npos);
    }
    // upp.amended.transition split: the date part verified, the linked part its own (analogue) rule.
    CHECK(f.amended.find("upp.amended.transition")->status == RuleStatus::Verified);
    CHECK(f.amended.find("upp.amended.transition")->notes.find("inferred") == std::string::npos);
    CHECK(f.amended.find("upp.amended.transition.linked")->status == RuleStatus::Analogue);
}
