// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "RulesFixture.h"

#include "rules/RulePack.h"

#include <algorithm>

using namespace casebook::core;
using casebook::core::test::d;
using casebook::core::test::shippedPack;

namespace {

const char* const kValidPack = R"({
  "format": 1, "id": "test.pack", "title": "Test", "version": 3,
  "effective": {"from": "2020-02-01", "to": null},
  "rules": [{
    "id": "test.pack.notice", "title": "Notice", "basis": "received", "kind": "working_days_after", "amount": 7,
    "citation": {"instrument": "SI", "provision": "reg 1", "url": "https://www.legislation.gov.uk/uksi/2020/4/regulation/45"},
    "status": "verified", "notes": ""
  }]
})";

bool mentions(const std::string& detail, const std::string& text)
{
    return detail.find(text) != std::string::npos;
}

} // namespace

TEST_CASE("rule packs: every shipped pack loads and every rule is well formed", "[rules][pack]")
{
    for (const char* stem : {"upp-legacy", "upp-amended", "sick-pay", "limited-duties", "ill-health-retirement",
                             "injury-benefit", "conduct", "subject-access", "subject-access-pre-duaa"}) {
        INFO(stem);
        const RulePack pack = shippedPack(stem);
        CHECK(pack.version >= 1);
        CHECK_FALSE(pack.rules.empty());
        for (const Rule& rule : pack.rules) {
            INFO(rule.id);
            CHECK(rule.id.rfind(pack.id + ".", 0) == 0);
            CHECK_FALSE(rule.citation.instrument.empty());
            // Read in an instrument (the one named or a parallel one): legislation.gov.uk. Secondary
            // material links to the secondary source actually used (issue 14).
            if (rule.status == RuleStatus::Verified || rule.status == RuleStatus::Analogue) {
                CHECK(rule.citation.url.rfind("https://www.legislation.gov.uk/", 0) == 0);
            } else if (rule.status == RuleStatus::Secondary) {
                CHECK(rule.citation.url.rfind("https://", 0) == 0);
            }
            CHECK((rule.refuses.empty() || rule.kind == RuleKind::Constraint));
            CHECK_FALSE(rule.localOverride.has_value());
        }
    }
}

TEST_CASE("rule packs: the UPP packs meet at the SI 2025/558 commencement date", "[rules][pack]")
{
    const RulePack legacy = shippedPack("upp-legacy");
    const RulePack amended = shippedPack("upp-amended");
    REQUIRE(legacy.effectiveTo.has_value());
    CHECK(legacy.effectiveFrom == d("2020-02-01"));
    CHECK(legacy.effectiveTo->addDays(1) == amended.effectiveFrom);
    CHECK(amended.effectiveFrom == d("2025-05-28"));
    CHECK(legacy.isEffectiveOn(d("2025-05-27")));
    CHECK_FALSE(legacy.isEffectiveOn(d("2025-05-28")));
    CHECK(amended.isEffectiveOn(d("2026-01-01")));
}

TEST_CASE("rule packs: a valid pack parses into typed rules", "[rules][pack]")
{
    const Result<RulePack> pack = parseRulePack(kValidPack);
    REQUIRE(pack.has_value());
    CHECK(pack->id == "test.pack");
    CHECK(pack->version == 3);
    CHECK_FALSE(pack->effectiveTo.has_value());
    REQUIRE(pack->find("test.pack.notice") != nullptr);
    const Rule& rule = *pack->find("test.pack.notice");
    CHECK(rule.kind == RuleKind::WorkingDaysAfter);
    CHECK(rule.amount == 7);
    CHECK(rule.status == RuleStatus::Verified);
    CHECK(pack->find("missing") == nullptr);
    CHECK(checkRulePack(kValidPack).empty());
}

TEST_CASE("rule packs: malformed JSON is reported with every problem's JSON path", "[rules][pack]")
{
    SECTION("not JSON at all")
    {
        const Result<RulePack> pack = parseRulePack(R"({"id": )");
        REQUIRE_FALSE(pack.has_value());
        CHECK(pack.error().code == ErrorCode::InvalidRulePack);
        CHECK(pack.error().detail == "$: not valid JSON");
    }
    SECTION("many problems at once")
    {
        const Result<RulePack> pack = parseRulePack(R"({
          "format": 1, "id": "Bad Id", "version": 0,
          "effective": {"from": "2020-02-30"},
          "rules": [
            {"id": "x.one", "title": "t", "basis": "b", "kind": "weekdays_after", "amount": 7,
             "citation": {"instrument": "i", "provision": "p", "url": "https://x"}, "status": "verified"},
            {"id": "x.two", "title": "t", "basis": "b", "kind": "calendar_days_after", "amount": "28",
             "citation": {"instrument": "i", "provision": "p", "url": "http://insecure"}, "status": "probable"},
            {"id": "x.three", "title": "t", "kind": "months_period", "amout": 12,
             "citation": {"instrument": "i", "provision": "p", "url": "https://x"}, "status": "analogue"},
            {"id": "x.four", "title": "t", "kind": "constraint", "amount": 1,
             "citation": {"instrument": "i", "provision": "p", "url": "https://x"}, "status": "verified"},
            {"id": "x.five", "title": "t", "basis": "b", "kind": "calendar_days_after", "amount": -1,
             "citation": {"instrument": "i", "provision": "p"}, "status": "secondary"},
            {"id": "x.one", "title": "t", "basis": "b", "kind": "calendar_days_after", "amount": 1,
             "citation": {"instrument": "i", "provision": "p", "url": "https://x"}, "status": "verified"}
          ]})");
        REQUIRE_FALSE(pack.has_value());
        CHECK(pack.error().code == ErrorCode::InvalidRulePack);
        const std::string& detail = pack.error().detail;
        INFO(detail);
        CHECK(mentions(detail, "$.id: must be lower-case"));
        CHECK(mentions(detail, "$.title: is required"));
        CHECK(mentions(detail, "$.version: must be a positive whole number"));
        CHECK(mentions(detail, "$.effective.from: no such date: 2020-02-30"));
        CHECK(mentions(detail, "$.rules[0].kind: unknown kind \"weekdays_after\""));
        CHECK(mentions(detail, "$.rules[1].amount: must be a whole number"));
        CHECK(mentions(detail, "$.rules[1].citation.url: must be an https:// address"));
        CHECK(mentions(detail, "$.rules[1].status: unknown status \"probable\""));
        CHECK(mentions(detail, "$.rules[2].amout: unknown field"));
        CHECK(mentions(detail, "$.rules[2].basis: is required"));
        CHECK(mentions(detail, "$.rules[2].amount: is required"));
        CHECK(mentions(detail, "$.rules[3].amount: a constraint has no amount"));
        CHECK(mentions(detail, "$.rules[4].amount: must be between 0 and"));
        CHECK(mentions(detail, "$.rules[4].citation.url: is required"));
        CHECK(mentions(detail, "$.rules[5].id: duplicate rule id \"x.one\""));
        CHECK(checkRulePack(R"({"format": 2})").size() >= 5);
    }
    SECTION("an event vocabulary and refused events")
    {
        const Result<RulePack> pack = parseRulePack(R"({
          "format": 1, "id": "x", "title": "t", "version": 1, "effective": {"from": "2020-02-01"},
          "events": [{"name": "a_b", "title": "A"}, {"name": "a_b", "title": "again"}, {"name": "Bad", "title": "t"},
                     {"name": "c"}, 7],
          "rules": [
            {"id": "x.one", "title": "t", "basis": "b", "kind": "calendar_days_after", "amount": 1, "refuses": ["a"],
             "citation": {"instrument": "i", "provision": "p", "url": "https://x"}, "status": "verified"},
            {"id": "x.two", "title": "t", "kind": "constraint", "refuses": ["ok_name", "Not OK"],
             "citation": {"instrument": "i", "provision": "p", "url": "https://x"}, "status": "verified"}
          ]})");
        REQUIRE_FALSE(pack.has_value());
        const std::string& detail = pack.error().detail;
        INFO(detail);
        CHECK(mentions(detail, "$.events[1].name: duplicate event \"a_b\""));
        CHECK(mentions(detail, "$.events[2].name: must be lower-case"));
        CHECK(mentions(detail, "$.events[3].title: is required"));
        CHECK(mentions(detail, "$.events[4]: must be an object"));
        CHECK(mentions(detail, "$.rules[0].refuses: only a constraint refuses events"));
        CHECK(mentions(detail, "$.rules[1].refuses[1]: must be an event name"));
    }
    SECTION("a file that does not exist")
    {
        const Result<RulePack> pack = loadRulePackFile("/nonexistent/pack.json");
        REQUIRE_FALSE(pack.has_value());
        CHECK(pack.error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("rule packs: sick_pay.review.before_half_pay overridden with a reason remembers both values",
          "[rules][pack][override]")
{
    // sick_pay.review.before_half_pay: local force policy, default 28 days.
    const RulePack shipped = shippedPack("sick-pay");
    const Result<RulePack> local =
        applyOverride(shipped, {"sick_pay.review.before_half_pay", 42, "Force policy HR/17 (2026): six weeks"});
    REQUIRE(local.has_value());
    const Rule* rule = local->find("sick_pay.review.before_half_pay");
    REQUIRE(rule != nullptr);
    CHECK(rule->amount == 42);
    REQUIRE(rule->localOverride.has_value());
    CHECK(rule->localOverride->shippedAmount == 28);
    CHECK(rule->localOverride->reason == "Force policy HR/17 (2026): six weeks");

    // A second override still remembers the shipped value, not the first override.
    const Result<RulePack> again = applyOverride(local.value(), {"sick_pay.review.before_half_pay", 35, "revised"});
    REQUIRE(again.has_value());
    CHECK(again->find("sick_pay.review.before_half_pay")->localOverride->shippedAmount == 28);
    CHECK(shipped.find("sick_pay.review.before_half_pay")->amount == 28); // the shipped pack is untouched
}

TEST_CASE("rule packs: overrides without a reason, of unknown rules or of constraints are refused",
          "[rules][pack][override]")
{
    const RulePack amended = shippedPack("upp-amended");
    const Result<RulePack> noReason = applyOverride(amended, {"upp.amended.improvement_period.max", 6, "   "});
    REQUIRE_FALSE(noReason.has_value());
    CHECK(noReason.error().code == ErrorCode::InvalidArgument);
    const Result<RulePack> unknown = applyOverride(amended, {"upp.amended.nothing", 6, "why"});
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    const Result<RulePack> constraint = applyOverride(amended, {"upp.amended.no_fwin", 1, "why"});
    REQUIRE_FALSE(constraint.has_value());
    CHECK(constraint.error().code == ErrorCode::InvalidArgument);
    const Result<RulePack> negative = applyOverride(amended, {"upp.amended.improvement_period.max", -1, "why"});
    REQUIRE_FALSE(negative.has_value());
}

TEST_CASE("rule packs: kind and status names round-trip", "[rules][pack]")
{
    for (const RuleKind kind :
         {RuleKind::WorkingDaysAfter, RuleKind::CalendarDaysAfter, RuleKind::CalendarDaysBefore, RuleKind::MonthsPeriod,
          RuleKind::MonthsAfter, RuleKind::MonthsBefore, RuleKind::MaxMonths, RuleKind::DayAllowance,
          RuleKind::MonthsWindow, RuleKind::WeeksWindow, RuleKind::Constraint}) {
        CHECK(ruleKindFromString(toString(kind)) == kind);
    }
    for (const RuleStatus status :
         {RuleStatus::Verified, RuleStatus::Analogue, RuleStatus::Secondary, RuleStatus::Local}) {
        CHECK(ruleStatusFromString(toString(status)) == status);
    }
    CHECK_FALSE(ruleKindFromString("fortnights_after").has_value());
}
