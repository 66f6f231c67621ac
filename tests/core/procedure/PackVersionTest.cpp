// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Rule pack versions in time, pinned per UPP/UAP procedure (issue 14 item 1): each procedure is
// pinned to the version its dates select when it is made, a new pack version never moves its dates,
// re-pinning moves them (with a reason, audited), and a further version is data alone: the test
// pack tests/core/rules/versioned/rules/upp-amended.json adds two invented versions (3 from
// 2026-07-13, 4 from 2027-04-01) to the shipped amended pack, with no code change.
#include "ProcedureFixture.h"
#include "schema/AppSchema.h"

#include "procedure/UppProcedure.h"
#include "store/Migrations.h"

#include <algorithm>
#include <filesystem>

using namespace casebook::core;
using casebook::core::test::day;
using casebook::core::test::ProcedureFixture;
using casebook::core::test::valueOf;

namespace {

/// The shipped resources with the test pack (three versions of the amended regime) over them.
struct VersionedResources {
    casebook::test::TempDir dir;
    std::filesystem::path root = dir / "resources";

    VersionedResources()
    {
        std::filesystem::copy(CASEBOOK_RESOURCES_DIR, root, std::filesystem::copy_options::recursive);
        std::filesystem::copy_file(std::filesystem::path(CASEBOOK_TEST_PACKS_DIR) / "rules" / "upp-amended.json",
                                   root / "rules" / "upp-amended.json",
                                   std::filesystem::copy_options::overwrite_existing);
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
    // WIN received Friday 2026-11-20: 7 working days end Tue 2026-12-01, 10 end Fri 2026-12-04.
    upp.events = {{"win_dated", day("2026-11-20"), ""}, {"win_received", day("2026-11-20"), ""}};
    return upp;
}

std::optional<Date> dateOf(const std::vector<DerivedDate>& dates, const std::string& ruleId)
{
    const auto it = std::find_if(dates.begin(), dates.end(), [&](const DerivedDate& d) { return d.ruleId == ruleId; });
    return it == dates.end() ? std::nullopt : std::optional<Date>(it->date);
}

} // namespace

TEST_CASE("a procedure that came to attention on each side of every version boundary gets the right version",
          "[procedure][upp][versions]")
{
    const VersionedResources resources;
    ProcedureFixture f;
    f.rules = resources.rules(); // the service holds a reference to f.rules
    const CaseId c = f.addCase(f.addPerson("A"));
    struct Expect {
        const char* cameToAttention;
        const char* pack;
        int version;
    };
    const Expect cases[] = {
        {"2025-05-27", "upp.legacy", 2},  {"2025-05-28", "upp.amended", 2}, // SI 2025/558 reg 65 cut-over
        {"2026-07-12", "upp.amended", 2}, {"2026-07-13", "upp.amended", 3}, // test version 3
        {"2027-03-31", "upp.amended", 3}, {"2027-04-01", "upp.amended", 4}, // test version 4
    };
    for (const Expect& e : cases) {
        INFO(e.cameToAttention);
        const UppProcedure stored =
            valueOf(f.service.get<UppProcedure>(valueOf(f.service.add(matter(c, e.cameToAttention)))));
        CHECK(stored.pinnedPack == e.pack);
        CHECK(stored.pinnedVersion == e.version);
        CHECK(stored.pinReason.empty());
    }
}

TEST_CASE("a third regime is data alone: the test pack's version 4 gives its own dates and drops a rule",
          "[procedure][upp][versions]")
{
    const VersionedResources resources;
    ProcedureFixture f;
    f.rules = resources.rules();
    const CaseId c = f.addCase(f.addPerson("B"));
    UppProcedure upp = matter(c, "2027-04-01");
    upp.stage = UppStage::Second;
    // Notice of the second stage meeting given Tue 2027-05-04; 31 May 2027 is a bank holiday.
    upp.events.push_back({"stage_two_notice_given", day("2027-05-04"), ""});
    upp.events.push_back({"stage_two_response_given", day("2027-05-05"), ""});
    const auto dates = valueOf(f.service.uppDates(valueOf(f.service.add(upp))));
    CHECK(dateOf(dates, "upp.amended.first_stage_appeal.notice") == day("2026-12-04")); // 10 WD since version 3
    CHECK(dateOf(dates, "upp.amended.stage_two.response") == day("2027-06-03"));        // 21 WD (bank hol 31 May)
    CHECK_FALSE(dateOf(dates, "upp.amended.stage_two.witness_lists"));                  // removed in version 4
}

TEST_CASE("a pinned procedure keeps its dates when a new pack version arrives and moves only on re-pinning",
          "[procedure][upp][versions]")
{
    ProcedureFixture f; // shipped packs: upp.amended has one version (2)
    const CaseId c = f.addCase(f.addPerson("C"));
    const UppProcedureId id = valueOf(f.service.add(matter(c, "2026-08-03")));
    CHECK(valueOf(f.service.get<UppProcedure>(id)).pinnedVersion == 2);
    CHECK(dateOf(valueOf(f.service.uppDates(id)), "upp.amended.first_stage_appeal.notice") == day("2026-12-01"));

    // A new pack version arrives (version 3 from 2026-07-13 would select this matter).
    const VersionedResources resources;
    f.rules = resources.rules();
    CHECK(f.rules.uppSelectedVersion(valueOf(f.service.get<UppProcedure>(id)))->version == 3);
    CHECK(valueOf(f.service.get<UppProcedure>(id)).pinnedVersion == 2);
    CHECK(dateOf(valueOf(f.service.uppDates(id)), "upp.amended.first_stage_appeal.notice") == day("2026-12-01"));

    // Editing the record keeps the pin.
    UppProcedure edited = valueOf(f.service.get<UppProcedure>(id));
    edited.cameToAttentionOf = "chief officer";
    REQUIRE(f.service.update(edited));
    CHECK(valueOf(f.service.get<UppProcedure>(id)).pinnedVersion == 2);

    // The preview names what moves; re-pinning needs a reason and changes nothing without one.
    const Repin preview = valueOf(f.service.previewRepinOf<UppProcedure>(id, std::nullopt));
    CHECK(preview.fromVersion == 2);
    CHECK(preview.toVersion == 3);
    REQUIRE(preview.moved.size() == 1);
    CHECK(preview.moved[0].ruleId == "upp.amended.first_stage_appeal.notice");
    CHECK(preview.moved[0].before == day("2026-12-01"));
    CHECK(preview.moved[0].after == day("2026-12-04"));
    const auto audited = f.count("audit_log");
    CHECK(f.service.repinOf<UppProcedure>(id, std::nullopt, "  ").error().code == ErrorCode::InvalidArgument);
    CHECK(f.service.repinOf<UppProcedure>(id, 9, "typo").error().code == ErrorCode::NotFound);
    CHECK(valueOf(f.service.get<UppProcedure>(id)).pinnedVersion == 2);
    CHECK(f.count("audit_log") == audited);

    const Repin done =
        valueOf(f.service.repinOf<UppProcedure>(id, std::nullopt, "new regulations apply to this matter"));
    CHECK(done.moved == preview.moved);
    const UppProcedure repinned = valueOf(f.service.get<UppProcedure>(id));
    CHECK(repinned.pinnedVersion == 3);
    CHECK(repinned.pinReason == "new regulations apply to this matter");
    CHECK(f.count("audit_log") == audited + 1);
    CHECK(dateOf(valueOf(f.service.uppDates(id)), "upp.amended.first_stage_appeal.notice") == day("2026-12-04"));

    // Back to version 2 on purpose (an override, with its reason).
    REQUIRE(f.service.repinOf<UppProcedure>(id, 2, "force legal advice: the 2025 text governs"));
    CHECK(dateOf(valueOf(f.service.uppDates(id)), "upp.amended.first_stage_appeal.notice") == day("2026-12-01"));
}

TEST_CASE("a new procedure pinned to another version than its dates select needs a reason",
          "[procedure][upp][versions]")
{
    const VersionedResources resources;
    ProcedureFixture f;
    f.rules = resources.rules();
    const CaseId c = f.addCase(f.addPerson("D"));
    UppProcedure upp = matter(c, "2026-08-03"); // selects version 3
    upp.pinnedVersion = 2;
    CHECK(f.service.add(upp).error().detail.find("upp_procedure.pinReason") != std::string::npos);
    upp.pinnedVersion = 7;
    upp.pinReason = "typo";
    CHECK(f.service.add(upp).error().detail.find("upp_procedure.pinnedVersion") != std::string::npos);
    upp.pinnedVersion = 2;
    upp.pinReason = "the matter first arose before 13 July 2026";
    const UppProcedure stored = valueOf(f.service.get<UppProcedure>(valueOf(f.service.add(upp))));
    CHECK(stored.pinnedVersion == 2);
    CHECK(stored.pinReason == upp.pinReason);
}

TEST_CASE("migration 13 pins every existing procedure to the version it ran under, so no date moves on upgrade",
          "[procedure][upp][versions][migrations]")
{
    auto opened = Database::open(":memory:", nullptr, true);
    REQUIRE(opened);
    Database db = std::move(opened.value());
    REQUIRE(migrate(db, appMigrations().first(12)).value() == 12);
    REQUIRE(db.exec(
        "INSERT INTO person(id, name, kind, duty_status, pension_scheme, staff_association)"
        " VALUES (1, 'Alex Morgan', 'officer', 'full', 'unknown', 'unknown');"
        "INSERT INTO case_file(id, person_id, status, rag, opened_on) VALUES (7, 1, 'open', 'green', '2026-01-05');"
        "INSERT INTO upp_procedure(id, case_id, kind, came_to_attention, came_to_attention_of, derived_regime,"
        " regime_override, regime_override_reason, stage, gross_incompetence, exceptional, improvement_end_reason)"
        " VALUES (1, 7, 'performance', '2025-01-10', 'lm', 'legacy', NULL, '', 'first', 0, 0, ''),"
        " (2, 7, 'performance', '2026-08-03', 'lm', 'amended', NULL, '', 'first', 0, 0, ''),"
        " (3, 7, 'performance', '2026-08-03', 'lm', 'amended', 'legacy', 'paper file', 'first', 0, 0, '');"
        "INSERT INTO upp_event(owner_id, name, event_date, note) VALUES"
        " (1, 'win_received', '2026-11-20', ''), (2, 'win_received', '2026-11-20', ''),"
        " (3, 'win_received', '2026-11-20', '');"));
    REQUIRE(migrate(db, appMigrations()).value() == appMigrations().back().version);
    CHECK(db.queryInt("SELECT count(*) FROM upp_procedure WHERE pinned_version = 2").value() == 3);
    CHECK(db.queryInt("SELECT count(*) FROM upp_procedure WHERE pinned_pack = 'upp.legacy'").value() == 2);
    CHECK(db.queryInt("SELECT count(*) FROM upp_procedure WHERE id = 2 AND pinned_pack = 'upp.amended'").value() == 1);

    // With a newer pack version shipped (version 3 would select matter 2), the dates stay.
    const VersionedResources resources;
    const ProcedureRules rules = resources.rules();
    FakeClock clock;
    AuditLog audit{clock};
    ProcedureService service{db, rules, audit, "PS 1234 Example"};
    CHECK(dateOf(valueOf(service.uppDates(UppProcedureId{1})), "upp.legacy.first_stage_appeal.notice")
          == day("2026-12-01"));
    CHECK(dateOf(valueOf(service.uppDates(UppProcedureId{2})), "upp.amended.first_stage_appeal.notice")
          == day("2026-12-01"));
    CHECK(dateOf(valueOf(service.uppDates(UppProcedureId{3})), "upp.legacy.first_stage_appeal.notice")
          == day("2026-12-01"));
}
