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

namespace {

// Version 3 from 2020-02-01; version 4 from 2026-07-13 lengthens the notice and adds a rule; version
// 5 from 2027-01-01 (selected by the date of the notice received) removes it again.
const char* const kVersionedPack = R"({
  "format": 1, "id": "test.pack", "title": "Test", "version": 3,
  "effective": {"from": "2020-02-01", "to": null},
  "rules": [{
    "id": "test.pack.notice", "title": "Notice", "basis": "received", "kind": "working_days_after", "amount": 7,
    "citation": {"instrument": "SI", "provision": "reg 1", "url": "https://www.legislation.gov.uk/uksi/2020/4/regulation/45"},
    "status": "verified"
  }],
  "later_versions": [
    {"version": 4, "effective": {"from": "2026-07-13"}, "transition": {"by": "came_to_attention", "rule": "test.pack.v4"},
     "notes": "longer notice",
     "rules": [
       {"id": "test.pack.v4", "title": "Transition", "kind": "constraint", "status": "local", "citation": {"instrument": "x", "provision": "y"}},
       {"id": "test.pack.notice", "title": "Notice", "basis": "received", "kind": "working_days_after", "amount": 10,
        "citation": {"instrument": "SI", "provision": "reg 2", "url": "https://www.legislation.gov.uk/uksi/2026/1"}, "status": "verified"}]},
    {"version": 5, "effective": {"from": "2027-01-01"}, "transition": {"by": "received"}, "removes": ["test.pack.v4"]}
  ]
})";

} // namespace

TEST_CASE("rule pack versions: later versions change rules by id, each with its own effective dates",
          "[rules][pack][versions]")
{
    const Result<RulePack> pack = parseRulePack(kVersionedPack);
    REQUIRE(pack.has_value());
    CHECK(checkRulePack(kVersionedPack).empty());
    // The pack's own fields are the newest version's; it starts where the oldest does.
    CHECK(pack->version == 5);
    CHECK(pack->effectiveFrom == d("2020-02-01"));
    REQUIRE(pack->versions.size() == 3);
    const RulePack& v3 = *pack->atVersion(3);
    const RulePack& v4 = *pack->atVersion(4);
    const RulePack& v5 = *pack->atVersion(5);
    CHECK(pack->atVersion(6) == nullptr);
    CHECK(v3.effectiveTo == d("2026-07-12"));
    CHECK(v4.effectiveFrom == d("2026-07-13"));
    CHECK(v4.effectiveTo == d("2026-12-31"));
    CHECK_FALSE(v5.effectiveTo.has_value());
    CHECK(v3.find("test.pack.notice")->amount == 7);
    CHECK(v4.find("test.pack.notice")->amount == 10);
    CHECK(v4.find("test.pack.notice")->citation.provision == "reg 2");
    CHECK(v4.notes == "longer notice");
    CHECK(v4.find("test.pack.v4") != nullptr);
    CHECK(v5.find("test.pack.v4") == nullptr);
    CHECK(v5.find("test.pack.notice")->amount == 10);
    CHECK(v5.transition.by == "received");

    // Each version's transition chooses by its own date; unknown dates never select a version.
    const auto select = [&](const char* attention, const char* received) {
        return pack
            ->select([&](std::string_view by) -> std::optional<Date> {
                if (by == "came_to_attention") {
                    return d(attention);
                }
                return received ? std::optional<Date>(d(received)) : std::nullopt;
            })
            .version;
    };
    CHECK(select("2026-07-12", nullptr) == 3);
    CHECK(select("2026-07-13", nullptr) == 4);
    CHECK(select("2026-07-13", "2026-12-31") == 4);
    CHECK(select("2026-07-13", "2027-01-01") == 5);
    CHECK(select("2019-01-01", nullptr) == 3); // before every version: the oldest

    // A local override reaches every version that has the rule.
    const RulePack overridden = applyOverride(*pack, {"test.pack.notice", 12, "force policy"}).value();
    for (const RulePack* v : overridden.allVersions()) {
        CHECK(v->find("test.pack.notice")->amount == 12);
    }
    CHECK(overridden.atVersion(3)->find("test.pack.notice")->localOverride->shippedAmount == 7);
    CHECK(overridden.atVersion(4)->find("test.pack.notice")->localOverride->shippedAmount == 10);
    CHECK(applyOverride(*pack, {"test.pack.gone", 12, "x"}).error().code == ErrorCode::NotFound);
}

TEST_CASE("rule pack versions: a later version out of order, a removed rule that is not there, a transition "
          "naming no rule and a rename to nothing are reported with their paths",
          "[rules][pack][versions]")
{
    const std::string bad = R"({
      "format": 1, "id": "test.pack", "title": "Test", "version": 3,
      "effective": {"from": "2020-02-01", "to": "2026-12-31"},
      "rules": [{"id": "test.pack.notice", "title": "N", "basis": "received", "kind": "working_days_after",
                 "amount": 7, "status": "local", "citation": {"instrument": "x", "provision": "y"}}],
      "later_versions": [
        {"version": 3, "effective": {"from": "2019-01-01"}, "transition": {"rule": "test.pack.nothing"},
         "removes": ["test.pack.absent"]},
        {"version": 9, "effective": {"from": "2027-02-01"}, "colour": "red"}
      ],
      "renamed": [{"from": "test.pack.old", "to": ["test.pack.new"]}]
    })";
    const Result<RulePack> pack = parseRulePack(bad);
    REQUIRE_FALSE(pack.has_value());
    const std::string& detail = pack.error().detail;
    INFO(detail);
    CHECK(mentions(detail, "$.later_versions[0].version: must be greater than the version before it (3)"));
    CHECK(mentions(detail, "$.later_versions[0].effective.from: must be after the version before it"));
    CHECK(mentions(detail, "$.later_versions[0].removes[0]: no rule \"test.pack.absent\" to remove"));
    CHECK(mentions(detail, "$.later_versions[0].transition.rule: no rule \"test.pack.nothing\""));
    CHECK(mentions(detail, "$.later_versions[1].colour"));
    CHECK(mentions(detail, "$.later_versions[1].transition"));
    CHECK(mentions(detail, "$.later_versions[1].effective.from: is after $.effective.to"));
    CHECK(mentions(detail, "$.renamed[0].to[0]: no rule \"test.pack.new\""));
}

TEST_CASE("rule packs: the ill-health pack maps the old ill_health_retirement.smp_appeal ids to the per-scheme ones",
          "[rules][pack][versions]")
{
    const RulePack pack = shippedPack("ill-health-retirement");
    const std::vector<std::string> notice = pack.renamedTo("ill_health_retirement.smp_appeal.notice");
    CHECK(notice
          == std::vector<std::string>{"ill_health_retirement.pps_1987.smp_appeal.notice",
                                      "ill_health_retirement.nps_2006.smp_appeal.notice",
                                      "ill_health_retirement.care_2015.smp_appeal.notice"});
    CHECK(pack.renamedTo("ill_health_retirement.smp_appeal.grounds").size() == 3);
    CHECK(pack.renamedTo("ill_health_retirement.pps_1987.smp_appeal.notice").empty());
}

TEST_CASE("rule packs: the shipped UPP packs declare their regimes, stages and words", "[rules][pack][regime]")
{
    const RulePack legacy = shippedPack("upp-legacy");
    REQUIRE(legacy.regime.has_value());
    CHECK(legacy.regime->key == "legacy");
    CHECK(legacy.regime->name == "Legacy (three stages)");
    CHECK(legacy.regime->stages == std::vector<std::string>{"First stage", "Second stage", "Third stage"});
    CHECK(legacy.regime->grossIncompetence == "Gross incompetence (straight to the third stage meeting)");
    const RulePack amended = shippedPack("upp-amended");
    REQUIRE(amended.regime.has_value());
    CHECK(amended.regime->key == "amended");
    CHECK(amended.regime->stages == std::vector<std::string>{"First stage", "Second stage meeting"});
    CHECK_FALSE(shippedPack("conduct").regime.has_value());
}

TEST_CASE("rule packs: a regime's key, name, stages and gross-incompetence words are checked with their paths",
          "[rules][pack][regime]")
{
    const std::string withRegime = std::string(kValidPack).insert(1, R"(
  "regime": {"key": "Later.Regime", "name": " ", "stages": ["One", "Two", "Three", "Four"], "colour": "red"},)");
    const auto result = parseRulePack(withRegime);
    REQUIRE_FALSE(result.has_value());
    const std::string& detail = result.error().detail;
    INFO(detail);
    CHECK(mentions(detail, "$.regime.key: must be lower-case letters, digits and '_'"));
    CHECK(mentions(detail, "$.regime.name: must not be blank"));
    CHECK(mentions(detail, "$.regime.stages: a regime has one to three stages"));
    CHECK(mentions(detail, "$.regime.gross_incompetence"));
    CHECK(mentions(detail, "$.regime.colour"));

    const std::string blankStage = std::string(kValidPack).insert(1, R"(
  "regime": {"key": "later", "name": "Later", "stages": ["One", ""], "gross_incompetence": "GI"},)");
    CHECK(mentions(parseRulePack(blankStage).error().detail, "$.regime.stages[1]: must be the stage's words"));

    const std::string good = std::string(kValidPack).insert(1, R"(
  "regime": {"key": "later_2030", "name": "Later", "stages": ["One"], "gross_incompetence": "GI"},)");
    const RulePack pack = parseRulePack(good).value();
    REQUIRE(pack.regime.has_value());
    CHECK(pack.regime->key == "later_2030");
    CHECK(pack.regime->stages == std::vector<std::string>{"One"});
}
