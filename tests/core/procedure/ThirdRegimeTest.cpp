// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// A third UPP/UAP regime is data alone (issue 14): the test pack
// tests/core/rules/third-regime/rules/upp-test2027.json (key "test2027", effective 2027-04-01,
// two stages in its own words, its own events) dropped into a copy of the shipped rules directory
// is found by its "regime", chosen by its date, limited to its stages and checked by its constraints.
#include "ProcedureFixture.h"

#include "procedure/UppProcedure.h"

#include <filesystem>
#include <fstream>

using namespace casebook::core;
using casebook::core::test::day;
using casebook::core::test::ProcedureFixture;
using casebook::core::test::valueOf;

namespace {

const std::filesystem::path kThirdPack =
    std::filesystem::path(CASEBOOK_THIRD_REGIME_DIR) / "rules" / "upp-test2027.json";

/// The shipped resources with the test regime's pack dropped into rules/ under `fileName`.
struct ThirdRegimeResources {
    casebook::test::TempDir dir;
    std::filesystem::path root = dir / "resources";

    explicit ThirdRegimeResources(const char* fileName = "upp-test2027.json")
    {
        std::filesystem::copy(CASEBOOK_RESOURCES_DIR, root, std::filesystem::copy_options::recursive);
        std::filesystem::copy_file(kThirdPack, root / "rules" / fileName);
    }

    ProcedureRules rules() const { return valueOf(ProcedureRules::load(root)); }
};

UppProcedure matter(CaseId c, const char* cameToAttention)
{
    UppProcedure upp;
    upp.caseId = c;
    upp.cameToAttention = day(cameToAttention);
    upp.cameToAttentionOf = "line manager";
    upp.stage = UppStage::First;
    return upp;
}

std::string detailOf(const Status& st)
{
    return st ? std::string() : st.error().detail;
}

} // namespace

TEST_CASE("a regime pack dropped into the rules directory is found by its regime, whatever its file name",
          "[procedure][upp][regime]")
{
    const ThirdRegimeResources resources("a-later-regime.json");
    const ProcedureRules rules = resources.rules();
    REQUIRE(rules.upp.size() == 3);
    CHECK(rules.upp[0].regime->key == "legacy"); // oldest effective.from first
    CHECK(rules.upp[1].regime->key == "amended");
    CHECK(rules.upp[2].regime->key == "test2027");
    const RulePack* third = rules.uppPack({"test2027"});
    REQUIRE(third != nullptr);
    CHECK(third->id == "upp.test2027");
    CHECK(third->regime->name == "Test 2027 (two stages)");
    CHECK(third->regime->stages == std::vector<std::string>{"Initial review", "Final review meeting"});
    CHECK(rules.uppPack({"nonesuch"}) == nullptr);
}

TEST_CASE("two regime packs with one key and a rules file that is not JSON are refused, naming the file",
          "[procedure][upp][regime]")
{
    ThirdRegimeResources resources;
    std::filesystem::copy_file(kThirdPack, resources.root / "rules" / "upp-copy.json");
    Result<ProcedureRules> twice = ProcedureRules::load(resources.root);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == ErrorCode::InvalidRulePack);
    CHECK(twice.error().detail.find("upp-test2027.json: $.regime.key: \"test2027\" is already the key of upp-copy.json")
          != std::string::npos);

    std::filesystem::remove(resources.root / "rules" / "upp-copy.json");
    std::ofstream(resources.root / "rules" / "upp-broken.json") << "{ \"regime\": ";
    Result<ProcedureRules> broken = ProcedureRules::load(resources.root);
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().detail == "upp-broken.json: $: not valid JSON");
}

TEST_CASE("upp.test2027.transition: 2027-03-31 is amended, 2027-04-01 is the third regime", "[procedure][upp][regime]")
{
    const ThirdRegimeResources resources;
    ProcedureFixture f;
    f.rules = resources.rules(); // the service holds a reference to f.rules
    const CaseId c = f.addCase(f.addPerson("A"));
    const UppProcedure before = valueOf(f.service.get<UppProcedure>(valueOf(f.service.add(matter(c, "2027-03-31")))));
    const UppProcedure on = valueOf(f.service.get<UppProcedure>(valueOf(f.service.add(matter(c, "2027-04-01")))));
    CHECK(before.derivedRegime == UppRegime{"amended"});
    CHECK(before.pinnedPack == "upp.amended");
    CHECK(on.derivedRegime == UppRegime{"test2027"});
    CHECK(on.pinnedPack == "upp.test2027");
    CHECK(on.pinnedVersion == 1);
    // Each side explains itself with the transition rules it rests on (upp.amended.transition,
    // upp.test2027.transition).
    const RegimeDecision amended = valueOf(f.service.deriveRegime(before));
    CHECK(amended.explanation
          == "came to attention 2027-03-31, on or after 2025-05-28 (Police (Conduct, Performance and Complaints and "
             "Misconduct) (Amendment) Regulations 2025 (SI 2025/558) reg 65; verified), before 2027-04-01 (Test "
             "instrument 2027 reg 1; local)");
    CHECK(valueOf(f.service.deriveRegime(on)).explanation
          == "came to attention 2027-04-01, on or after 2027-04-01 (Test instrument 2027 reg 1; local)");
    // With the shipped packs alone the same matter is amended, explained as before.
    ProcedureFixture shipped;
    CHECK(valueOf(shipped.service.deriveRegime(on)).explanation
          == "came to attention 2027-04-01, on or after 2025-05-28 (Police (Conduct, Performance and Complaints and "
             "Misconduct) (Amendment) Regulations 2025 (SI 2025/558) reg 65; verified)");
}

TEST_CASE("upp.test2027.transition.linked: a matter linked to a legacy matter stays legacy under the third regime",
          "[procedure][upp][regime]")
{
    const ThirdRegimeResources resources;
    ProcedureFixture f;
    f.rules = resources.rules();
    const CaseId c = f.addCase(f.addPerson("B"));
    const UppProcedureId legacy = valueOf(f.service.add(matter(c, "2024-06-03")));
    UppProcedure later = matter(c, "2027-05-04");
    later.linkedEarlierMatter = legacy;
    const UppProcedure stored = valueOf(f.service.get<UppProcedure>(valueOf(f.service.add(later))));
    CHECK(stored.derivedRegime == UppRegime{"legacy"});
    CHECK(valueOf(f.service.deriveRegime(stored)).explanation
          == "linked to an earlier matter under the legacy regime (Test instrument 2027 reg 2; local)");

    // Overriding needs a reason and a regime a loaded pack declares.
    UppProcedure chosen = matter(c, "2027-05-04");
    chosen.regimeOverride = UppRegime{"nonesuch"};
    chosen.regimeOverrideReason = "typo";
    const auto refused = f.service.add(chosen);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().detail.find("'nonesuch', is not a loaded regime (legacy, amended, test2027)")
          != std::string::npos);
    chosen.regimeOverride = UppRegime{"amended"};
    chosen.regimeOverrideReason = "came to attention in March per PSD";
    CHECK(valueOf(f.service.get<UppProcedure>(valueOf(f.service.add(chosen)))).regime() == UppRegime{"amended"});
}

TEST_CASE("the third regime's stage limit comes from its pack: two stages, no third", "[procedure][upp][regime]")
{
    const ThirdRegimeResources resources;
    ProcedureFixture f;
    f.rules = resources.rules();
    const CaseId c = f.addCase(f.addPerson("C"));
    UppProcedure upp = matter(c, "2027-04-01");
    upp.stage = UppStage::Second;
    const UppProcedureId id = valueOf(f.service.add(upp));
    upp = valueOf(f.service.get<UppProcedure>(id));
    upp.stage = UppStage::Third;
    const Status third = f.service.update(upp);
    REQUIRE_FALSE(third.has_value());
    CHECK(third.error().code == ErrorCode::InvalidArgument);
    CHECK(detailOf(third)
          == "upp_procedure.stage: the test2027 regime has two stages (Initial review, Final review meeting); stage 3 "
             "is not one of them");
    // The legacy regime's pack lists three stages: a third stage is accepted there.
    UppProcedure legacy = matter(c, "2024-06-03");
    legacy.stage = UppStage::Third;
    CHECK(f.service.add(legacy).has_value());
}

TEST_CASE("upp.test2027.no_earlier_steps: the third regime accepts its own events and refuses another regime's",
          "[procedure][upp][regime]")
{
    const ThirdRegimeResources resources;
    ProcedureFixture f;
    f.rules = resources.rules();
    const CaseId c = f.addCase(f.addPerson("D"));
    UppProcedure upp = matter(c, "2027-04-01");
    upp.events = {{"review_notice_dated", day("2027-04-05"), ""},
                  {"review_notice_received", day("2027-04-06"), ""},
                  {"final_review_meeting", day("2027-05-10"), ""}};
    const UppProcedureId id = valueOf(f.service.add(upp));
    // Its own rule derives its own date: 5 working days after Tue 2027-04-06 is Tue 2027-04-13.
    bool found = false;
    for (const DerivedDate& d : valueOf(f.service.uppDates(id))) {
        if (d.ruleId == "upp.test2027.review_notice.response") {
            found = true;
            CHECK(d.date == day("2027-04-13"));
        }
    }
    CHECK(found);

    // The amended regime's second stage meeting is not a step of the third regime.
    upp = valueOf(f.service.get<UppProcedure>(id));
    upp.events.push_back({"second_stage_meeting", day("2027-05-11"), ""});
    const Status refused = f.service.update(upp);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::RuleViolation);
    CHECK(detailOf(refused).rfind("upp.test2027.no_earlier_steps: second_stage_meeting (2027-05-11)", 0) == 0);

    // An amended matter still accepts its own second stage meeting under the same rules directory.
    UppProcedure amended = matter(c, "2026-02-02");
    amended.stage = UppStage::Second;
    amended.events = {{"second_stage_meeting", day("2026-06-01"), ""}};
    CHECK(f.service.add(amended).has_value());
}
