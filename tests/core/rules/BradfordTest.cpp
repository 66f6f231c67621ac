// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Rule: sick_pay.bradford.window (local, 52 weeks): Bradford factor = spells² × days.
#include "RulesFixture.h"

#include "rules/Bradford.h"

using namespace casebook::core;
using casebook::core::test::d;
using casebook::core::test::shippedPack;

namespace {

SicknessSpell spell(const char* start, const char* end, bool disability = false, bool adjustment = false)
{
    SicknessSpell s;
    s.start = d(start);
    s.end = d(end);
    s.disabilityRelated = disability;
    s.coveredByAdjustment = adjustment;
    return s;
}

} // namespace

TEST_CASE("bradford: textbook examples (1 x 10 days, 5 x 2 days, 10 x 1 day)", "[rules][bradford]")
{
    const RulePack pack = shippedPack("sick-pay");
    const Date asOf = d("2026-12-31");
    const auto one = bradfordFactor(pack, {spell("2026-03-02", "2026-03-11")}, asOf);
    REQUIRE(one.has_value());
    CHECK(one->all == BradfordScore{1, 10, 10});

    std::vector<SicknessSpell> five;
    for (const char* start : {"2026-01-05", "2026-03-02", "2026-05-04", "2026-07-06", "2026-09-07"}) {
        five.push_back(spell(start, d(start).addDays(1).toIso().c_str()));
    }
    CHECK(bradfordFactor(pack, five, asOf)->all == BradfordScore{5, 10, 250});

    std::vector<SicknessSpell> ten;
    for (int i = 0; i < 10; ++i) {
        const Date day = d("2026-02-02").addDays(i * 14);
        ten.push_back({day, day, false, false, std::nullopt});
    }
    CHECK(bradfordFactor(pack, ten, asOf)->all == BradfordScore{10, 10, 1000});
}

TEST_CASE("bradford: rolling 52-week window clips spells and ignores older ones", "[rules][bradford]")
{
    const RulePack pack = shippedPack("sick-pay");
    const auto result = bradfordFactor(pack,
                                       {spell("2025-01-06", "2025-01-10"), // before the window
                                        spell("2025-12-29", "2026-01-09"), // straddles the start
                                        spell("2026-06-01", "2026-06-03")},
                                       d("2026-12-31"));
    REQUIRE(result.has_value());
    CHECK(result->windowStart == d("2026-01-02")); // 364 days ending 31 Dec 2026
    CHECK(result->windowEnd == d("2026-12-31"));
    CHECK(result->all == BradfordScore{2, 8 + 3, 44});

    SicknessSpell ongoing;
    ongoing.start = d("2026-12-20");
    CHECK(bradfordFactor(pack, {ongoing}, d("2026-12-31"))->all == BradfordScore{1, 12, 12});
}

TEST_CASE("bradford: with and without disability-related and adjustment-covered absences", "[rules][bradford]")
{
    const RulePack pack = shippedPack("sick-pay");
    const auto result = bradfordFactor(pack,
                                       {spell("2026-02-02", "2026-02-03"),
                                        spell("2026-04-13", "2026-04-17", true),        // disability-related
                                        spell("2026-06-01", "2026-06-01", false, true), // covered by adjustment
                                        spell("2026-09-07", "2026-09-08")},
                                       d("2026-12-31"));
    REQUIRE(result.has_value());
    CHECK(result->all == BradfordScore{4, 10, 160});
    CHECK(result->excludingProtected == BradfordScore{2, 4, 16});
}

TEST_CASE("bradford: the window comes from the pack and can be overridden", "[rules][bradford][override]")
{
    const Result<RulePack> local =
        applyOverride(shippedPack("sick-pay"), {"sick_pay.bradford.window", 26, "Force uses 26 weeks"});
    REQUIRE(local.has_value());
    const auto result = bradfordFactor(local.value(), {spell("2026-03-02", "2026-03-06")}, d("2026-12-31"));
    CHECK(result->windowStart == d("2026-07-03"));
    CHECK(result->all.spells == 0);
    const auto missing = bradfordFactor(shippedPack("conduct"), {}, d("2026-12-31"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::InvalidRulePack);
}

TEST_CASE("bradford.window_edge (counting policy, sick_pay.bradford.window): clip_to_window and whole_spell",
          "[rules][bradford][policy]")
{
    const RulePack pack = shippedPack("sick-pay");
    // As of 2026-12-31 the 52-week window starts 2026-01-02; a spell of 2025-12-23..2026-01-05 crosses it.
    const std::vector<SicknessSpell> spells{spell("2025-12-23", "2026-01-05")};
    CountingPolicies policies;
    const auto clipped = bradfordFactor(pack, spells, d("2026-12-31"), policies);
    REQUIRE(clipped.has_value());
    CHECK(clipped->windowStart == d("2026-01-02"));
    CHECK(clipped->all.spells == 1);
    CHECK(clipped->all.days == 4); // 2 to 5 January
    CHECK(clipped->all.score == 4);
    REQUIRE(setPolicy(policies, "bradford.window_edge", "whole_spell").has_value());
    const auto whole = bradfordFactor(pack, spells, d("2026-12-31"), policies);
    CHECK(whole->all.spells == 1);
    CHECK(whole->all.days == 14); // 23 December to 5 January
    CHECK(whole->all.score == 14);
    // A spell wholly before the window counts under neither setting.
    CHECK(bradfordFactor(pack, {spell("2025-11-01", "2025-11-03")}, d("2026-12-31"), policies)->all.spells == 0);
}

TEST_CASE("bradford.protected (counting policy): disability_and_adjustment and disability_only",
          "[rules][bradford][policy]")
{
    const RulePack pack = shippedPack("sick-pay");
    const std::vector<SicknessSpell> spells{spell("2026-03-02", "2026-03-03"),               // ordinary, 2 days
                                            spell("2026-05-04", "2026-05-06", true, false),  // disability, 3 days
                                            spell("2026-07-06", "2026-07-09", false, true)}; // adjustment, 4 days
    CountingPolicies policies;
    const auto both = bradfordFactor(pack, spells, d("2026-12-31"), policies);
    CHECK(both->all.score == 9 * 9);
    CHECK(both->excludingProtected.spells == 1);
    CHECK(both->excludingProtected.score == 1 * 1 * 2);
    REQUIRE(setPolicy(policies, "bradford.protected", "disability_only").has_value());
    const auto disabilityOnly = bradfordFactor(pack, spells, d("2026-12-31"), policies);
    CHECK(disabilityOnly->all.score == 9 * 9);
    CHECK(disabilityOnly->excludingProtected.spells == 2);
    CHECK(disabilityOnly->excludingProtected.days == 6);
    CHECK(disabilityOnly->excludingProtected.score == 2 * 2 * 6);
    CHECK(setPolicy(policies, "bradford.protected", "everything").error().code == ErrorCode::InvalidArgument);
    CHECK(setPolicy(policies, "bradford.nonsense", "x").error().code == ErrorCode::NotFound);
}
