// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The force's local rule changes: kept in the store, applied at once and at every open, audited.
#include "domain/DomainFixture.h"
#include "support/TestSupport.h"

#include "procedure/UppProcedure.h"
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

/// A store with one legacy-regime UPP whose written improvement notice was received on Friday
/// 2026-11-20, so upp.legacy.first_stage_appeal.notice (7 working days) falls on Tue 2026-12-01.
struct LocalRulesFixture {
    test::TempDir dir;
    std::filesystem::path path = dir / "rules.cbk";
    std::unique_ptr<core::Session> session = open(true);

    std::unique_ptr<core::Session> open(bool create)
    {
        auto s = create ? core::Session::create(path, test::secret("pw"), options(), test::fastKdf())
                        : core::Session::open(path, test::secret("pw"), options());
        REQUIRE(s);
        return std::move(*s);
    }

    void addUpp()
    {
        auto person = session->cases().createPerson(test::samplePerson("Alex Morgan"));
        REQUIRE(person);
        auto caseId = session->cases().openCase(test::sampleCase(*person));
        REQUIRE(caseId);
        core::UppProcedure u;
        u.caseId = *caseId;
        u.cameToAttention = day("2025-01-10");
        u.stage = core::UppStage::First;
        u.events = {{"win_dated", day("2026-11-20"), ""}, {"win_received", day("2026-11-20"), ""}};
        REQUIRE(session->procedures().add(u));
    }

    std::optional<core::Date> noticeDate()
    {
        auto items = session->due().all(day("2026-11-22"), 28);
        REQUIRE(items);
        for (const auto& item : *items) {
            if (item.source.derived.ruleId == "upp.legacy.first_stage_appeal.notice") {
                return item.source.derived.date;
            }
        }
        return std::nullopt;
    }

    std::int64_t auditCount() { return session->database().queryInt("SELECT count(*) FROM audit_log").value(); }
};

} // namespace

TEST_CASE("A force-wide override of upp.legacy.first_stage_appeal.notice moves the date at once and after reopening",
          "[localrules]")
{
    LocalRulesFixture f;
    f.addUpp();
    CHECK(f.noticeDate() == day("2026-12-01"));

    const auto before = f.auditCount();
    REQUIRE(f.session->localRules().setRuleOverride(
        "upp.legacy", {"upp.legacy.first_stage_appeal.notice", 10, "force policy allows ten working days"}));
    CHECK(f.auditCount() == before + 1);
    CHECK(f.noticeDate() == day("2026-12-04")); // 10 working days after Fri 2026-11-20
    const core::Rule* rule = f.session->rules().uppPack({"legacy"})->find("upp.legacy.first_stage_appeal.notice");
    REQUIRE(rule != nullptr);
    CHECK(rule->amount == 10);
    REQUIRE(rule->localOverride);
    CHECK(rule->localOverride->shippedAmount == 7);
    CHECK(f.session->shippedRules().uppPack({"legacy"})->find("upp.legacy.first_stage_appeal.notice")->amount == 7);

    f.session.reset();
    f.session = f.open(false);
    CHECK(f.noticeDate() == day("2026-12-04"));
    CHECK(f.session->skippedLocalRules().empty());

    REQUIRE(f.session->localRules().clearRuleOverride("upp.legacy", "upp.legacy.first_stage_appeal.notice"));
    CHECK(f.noticeDate() == day("2026-12-01"));
    CHECK(f.session->audit().verify(f.session->database()).value().ok());
}

TEST_CASE("A rule override without a reason, of an unknown rule or of an unknown pack is refused and nothing is stored",
          "[localrules]")
{
    LocalRulesFixture f;
    const auto before = f.auditCount();
    auto blank =
        f.session->localRules().setRuleOverride("upp.legacy", {"upp.legacy.first_stage_appeal.notice", 10, " "});
    REQUIRE_FALSE(blank);
    CHECK(blank.error().code == core::ErrorCode::InvalidArgument);
    auto unknownRule = f.session->localRules().setRuleOverride("upp.legacy", {"upp.legacy.nope", 10, "why"});
    REQUIRE_FALSE(unknownRule);
    CHECK(unknownRule.error().code == core::ErrorCode::NotFound);
    auto unknownPack =
        f.session->localRules().setRuleOverride("nope", {"upp.legacy.first_stage_appeal.notice", 1, "x"});
    REQUIRE_FALSE(unknownPack);
    CHECK(unknownPack.error().code == core::ErrorCode::NotFound);
    CHECK(f.session->localRules().ruleOverrides().value().empty());
    CHECK(f.auditCount() == before);
    auto clear = f.session->localRules().clearRuleOverride("upp.legacy", "upp.legacy.first_stage_appeal.notice");
    REQUIRE_FALSE(clear);
    CHECK(clear.error().code == core::ErrorCode::NotFound);
}

TEST_CASE("A local bank holiday counts in working-day deadlines and survives reopening, removing it restores the date",
          "[localrules]")
{
    LocalRulesFixture f;
    f.addUpp();
    REQUIRE(f.session->localRules().editCalendar({day("2026-11-23"), core::CalendarEditKind::AddHoliday,
                                                  "Force day of remembrance", "chief constable's order"}));
    CHECK(f.session->rules().calendar.isBankHoliday(day("2026-11-23")));
    CHECK_FALSE(f.session->shippedRules().calendar.isBankHoliday(day("2026-11-23")));
    CHECK(f.noticeDate() == day("2026-12-02")); // Mon 23rd no longer counts

    auto again =
        f.session->localRules().editCalendar({day("2026-11-23"), core::CalendarEditKind::AddHoliday, "twice", "twice"});
    REQUIRE_FALSE(again);
    CHECK(again.error().code == core::ErrorCode::AlreadyExists);

    f.session.reset();
    f.session = f.open(false);
    CHECK(f.noticeDate() == day("2026-12-02"));
    REQUIRE(f.session->localRules().calendarEdits().value().size() == 1);

    REQUIRE(f.session->localRules().clearCalendarEdit(day("2026-11-23")));
    CHECK(f.noticeDate() == day("2026-12-01"));
}

TEST_CASE("Removing a shipped bank holiday (Christmas Day 2026) is stored with its title and needs a reason",
          "[localrules]")
{
    LocalRulesFixture f;
    REQUIRE(f.session->shippedRules().calendar.isBankHoliday(day("2026-12-25")));
    auto noReason =
        f.session->localRules().editCalendar({day("2026-12-25"), core::CalendarEditKind::RemoveHoliday, "", ""});
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().detail.rfind("reason", 0) == 0);

    REQUIRE(f.session->localRules().editCalendar(
        {day("2026-12-25"), core::CalendarEditKind::RemoveHoliday, "", "testing a removal"}));
    CHECK_FALSE(f.session->rules().calendar.isBankHoliday(day("2026-12-25")));
    const auto edits = f.session->localRules().calendarEdits().value();
    REQUIRE(edits.size() == 1);
    CHECK_FALSE(edits.front().title.empty());

    auto notAHoliday =
        f.session->localRules().editCalendar({day("2026-12-22"), core::CalendarEditKind::RemoveHoliday, "", "not one"});
    REQUIRE_FALSE(notAHoliday);
    CHECK(notAHoliday.error().code == core::ErrorCode::NotFound);
}

TEST_CASE("A counting policy is set with a reason, applies at once and after reopening, and clears back to the default "
          "(months_period.no_corresponding_date, upp.legacy.win.validity)",
          "[localrules][policy]")
{
    LocalRulesFixture f;
    auto person = f.session->cases().createPerson(test::samplePerson("Jo Leap"));
    REQUIRE(person);
    auto caseId = f.session->cases().openCase(test::sampleCase(*person));
    REQUIRE(caseId);
    core::UppProcedure u;
    u.caseId = *caseId;
    u.cameToAttention = day("2025-01-10");
    u.stage = core::UppStage::First;
    u.events = {{"win_dated", day("2028-02-29"), ""}};
    REQUIRE(f.session->procedures().add(u));
    const auto validity = [&]() -> std::optional<core::Date> {
        auto items = f.session->due().all(day("2028-03-01"), 28);
        REQUIRE(items);
        for (const auto& item : *items) {
            if (item.source.derived.ruleId == "upp.legacy.win.validity") {
                return item.source.derived.date;
            }
        }
        return std::nullopt;
    };
    CHECK(validity() == day("2029-02-27")); // the default
    auto& local = f.session->localRules();
    CHECK(local.setCountingPolicy({"months_period.no_corresponding_date", "last_day_of_month", " "}).error().code
          == core::ErrorCode::InvalidArgument);
    CHECK(local.setCountingPolicy({"months_period.no_corresponding_date", "end_of_feb", "r"}).error().code
          == core::ErrorCode::InvalidArgument);
    CHECK(local.setCountingPolicy({"no.such", "x", "r"}).error().code == core::ErrorCode::NotFound);
    const auto before = f.auditCount();
    REQUIRE(local.setCountingPolicy(
        {"months_period.no_corresponding_date", "last_day_of_month", "force legal advice of 2026-11-02"}));
    CHECK(f.auditCount() == before + 1);
    CHECK(validity() == day("2029-02-28"));
    CHECK(f.session->rules().policies.monthsPeriodEnd == core::MonthsPeriodEnd::LastDayOfMonthIfNone);

    f.session.reset();
    f.session = f.open(false);
    CHECK(validity() == day("2029-02-28"));
    REQUIRE(f.session->localRules().countingPolicies()->size() == 1);
    REQUIRE(f.session->localRules().clearCountingPolicy("months_period.no_corresponding_date"));
    CHECK(validity() == day("2029-02-27"));
    CHECK(f.session->localRules().clearCountingPolicy("months_period.no_corresponding_date").error().code
          == core::ErrorCode::NotFound);
}

TEST_CASE("An override stored under a renamed rule id (ill_health_retirement.smp_appeal.notice) applies to the rules "
          "that replaced it on open, and one under a removed id is reported, not lost",
          "[localrules][renamed]")
{
    LocalRulesFixture f;
    // As a store from before the per-scheme split holds them.
    REQUIRE(f.session->database().exec(
        "INSERT INTO rule_override(pack_id, rule_id, amount, reason) VALUES"
        " ('ill_health_retirement', 'ill_health_retirement.smp_appeal.notice', 40, 'force allows 40 days'),"
        " ('ill_health_retirement', 'ill_health_retirement.nps_2006.smp_appeal.notice', 35, 'set on the new id'),"
        " ('ill_health_retirement', 'ill_health_retirement.smp_appeal.withdrawn', 9, 'a rule no pack has')"));
    f.session.reset();
    f.session = f.open(false);
    const core::RulePack& pack = f.session->rules().illHealth;
    const core::Rule* care = pack.find("ill_health_retirement.care_2015.smp_appeal.notice");
    const core::Rule* pps = pack.find("ill_health_retirement.pps_1987.smp_appeal.notice");
    const core::Rule* nps = pack.find("ill_health_retirement.nps_2006.smp_appeal.notice");
    REQUIRE((care && pps && nps));
    CHECK(care->amount == 40);
    REQUIRE(care->localOverride);
    CHECK(care->localOverride->reason == "force allows 40 days");
    CHECK(pps->amount == 40);
    CHECK(nps->amount == 35); // an override set on the new id wins over the renamed one
    REQUIRE(f.session->skippedLocalRules().size() == 1);
    const std::string& orphan = f.session->skippedLocalRules().front();
    INFO(orphan);
    CHECK(orphan.find("ill_health_retirement.smp_appeal.withdrawn") != std::string::npos);
    CHECK(orphan.find("removed or renamed") != std::string::npos);
    CHECK(f.session->localRules().ruleOverrides()->size() == 3); // nothing stored is dropped
}
