// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// A date explains itself (issue 10, item 6): what it is, the recorded event it was counted from,
// the arithmetic with the days skipped, the rule, its citation and what its status means.
#include "domain/DomainFixture.h"
#include "support/TestSupport.h"

#include "procedure/UppProcedure.h"
#include "report/DateExplanation.h"
#include "service/Session.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace casebook;
using casebook::test::day;

namespace {

core::SessionOptions options()
{
    core::SessionOptions o;
    o.resourcesDir = CASEBOOK_RESOURCES_DIR;
    o.actor = "PS Casey";
    o.clock = std::make_shared<core::FakeClock>(core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
    return o;
}

/// A store with one legacy-regime UPP whose written improvement notice was received on Tuesday
/// 2026-12-22: upp.legacy.first_stage_appeal.notice (7 working days, SI 2020/2 reg 16) then runs
/// past Christmas Day, the Boxing Day substitute (Mon 28 Dec) and New Year's Day.
struct ExplanationFixture {
    test::TempDir dir;
    std::unique_ptr<core::Session> session =
        core::Session::create(dir / "explain.cbk", test::secret("pw"), options(), test::fastKdf()).value();

    ExplanationFixture()
    {
        auto person = session->cases().createPerson(test::samplePerson("Alex Morgan"));
        REQUIRE(person);
        auto caseId = session->cases().openCase(test::sampleCase(*person));
        REQUIRE(caseId);
        core::UppProcedure u;
        u.caseId = *caseId;
        u.cameToAttention = day("2025-01-10");
        u.stage = core::UppStage::First;
        u.events = {{"win_dated", day("2026-12-22"), ""}, {"win_received", day("2026-12-22"), ""}};
        REQUIRE(session->procedures().add(u));
    }

    core::DueItem item(const std::string& ruleId, core::Date asOf)
    {
        auto items = session->due().all(asOf, 28);
        REQUIRE(items);
        const auto found = std::find_if(items->begin(), items->end(),
                                        [&](const core::DueItem& d) { return d.source.derived.ruleId == ruleId; });
        REQUIRE(found != items->end());
        return *found;
    }
};

} // namespace

TEST_CASE("upp.legacy.first_stage_appeal.notice explains its count of working days over Christmas", "[explain]")
{
    ExplanationFixture f;
    const core::DueItem notice = f.item("upp.legacy.first_stage_appeal.notice", day("2027-01-16"));
    REQUIRE(notice.source.derived.date == day("2027-01-05"));

    const core::DateExplanation e = core::explainDate(notice, f.session->rules());
    CHECK(e.what == notice.source.derived.title);
    CHECK(e.when == "5 January 2027: 11 days overdue");
    // The event in the pack's own words, never the stored code ("Win received").
    CHECK(e.countedFrom == "Counted from: Written improvement notice received, 22 December 2026.");
    CHECK(e.arithmetic.find("7 working days after 22 December 2026") == 0);
    CHECK(e.arithmetic.find("4 weekend days") != std::string::npos);
    CHECK(e.arithmetic.find("Friday 25 December 2026 (Christmas Day)") != std::string::npos);
    CHECK(e.arithmetic.find("Monday 28 December 2026 (Boxing Day") != std::string::npos);
    CHECK(e.arithmetic.find("Friday 1 January 2027 (New Year") != std::string::npos);
    CHECK(e.arithmetic.find("Tuesday 5 January 2027.") != std::string::npos);
    CHECK(e.rule == "upp.legacy.first_stage_appeal.notice");
    CHECK(e.status == core::ruleStatusInWords(notice.source.derived.status));
    CHECK_FALSE(e.statusMeaning.empty());
    CHECK(e.citation.find(notice.source.derived.citation.instrument) == 0);

    const auto lines = core::explanationLines(e);
    CHECK(lines.front() == e.what);
    CHECK(std::find(lines.begin(), lines.end(), e.countedFrom) != lines.end());
    CHECK(lines.back().find("Source: ") == 0);
}

TEST_CASE("a date not yet due says how far off it is, and a local date says what it replaced", "[explain]")
{
    ExplanationFixture f;
    core::DueItem notice = f.item("upp.legacy.first_stage_appeal.notice", day("2026-12-31"));
    CHECK(core::explainDate(notice, f.session->rules()).when == "5 January 2027: in 5 days");

    notice.overridden = true;
    notice.overrideReason = "agreed with the Federation rep";
    notice.source.derived.date = day("2027-01-08");
    const auto e = core::explainDate(notice, f.session->rules());
    REQUIRE(e.notes.size() == 1);
    CHECK(e.notes[0]
          == "A local date replaces the rule's 5 January 2027. Reason given: agreed with the Federation rep");
    CHECK(e.when.find("8 January 2027") == 0);
}

TEST_CASE("rule statuses read as words with their meaning", "[explain]")
{
    CHECK(core::ruleStatusInWords(core::RuleStatus::Local) == "Local policy");
    CHECK(core::ruleStatusMeaning(core::RuleStatus::Analogue)
          == "time limit taken from comparable regulations; check locally");
    CHECK(core::eventInWords("fwin_received", core::ProcedureRules{}) // no packs: the code in words
          == "Final written improvement notice received");
}
