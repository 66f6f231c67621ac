// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Rule pack versions pinned per record for every kind whose dates come from a pack (issue 14
// item 1), beside PackVersionTest.cpp for UPP/UAP: conduct referrals, ill-health retirements,
// injury awards, limited duties and absences. Each test pack is made here from a copy of the
// shipped pack with an invented later version (from Monday 4 January 2027) that changes one
// period; it is never shipped.
#include "ProcedureFixture.h"
#include "schema/AppSchema.h"

#include "procedure/PackPin.h"
#include "service/ProcedureAttendance.h"
#include "service/ProcedureDueDates.h"
#include "store/Migrations.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

using namespace casebook::core;
using casebook::core::test::day;
using casebook::core::test::ProcedureFixture;
using casebook::core::test::valueOf;

namespace {

constexpr const char* kBoundary = "2027-01-04"; // the invented later versions' effective date

/// The shipped resources with one invented later version added to each pinned kind's pack.
struct NewerPacks {
    casebook::test::TempDir dir;
    std::filesystem::path root = dir / "resources";

    NewerPacks()
    {
        std::filesystem::copy(CASEBOOK_RESOURCES_DIR, root, std::filesystem::copy_options::recursive);
        addVersion("conduct.json", "conduct.misconduct_meeting_appeal.notice", 10);
        addVersion("ill-health-retirement.json", "ill_health_retirement.care_2015.smp_appeal.notice", 42);
        addVersion("injury-benefit.json", "injury_benefit.smp_appeal.notice", 42);
        addVersion("limited-duties.json", "limited_duties.adjusted.review", 6);
        addVersion("sick-pay.json", "sick_pay.full_pay.allowance", 92);
    }

    void addVersion(const char* file, const std::string& ruleId, int amount) const
    {
        const std::filesystem::path path = root / "rules" / file;
        std::stringstream text;
        text << std::ifstream(path).rdbuf();
        nlohmann::json pack = nlohmann::json::parse(text.str());
        nlohmann::json changed;
        for (const nlohmann::json& rule : pack["rules"]) {
            if (rule["id"] == ruleId) {
                changed = rule;
            }
        }
        REQUIRE(changed.is_object());
        changed["amount"] = amount;
        changed["title"] = changed["title"].get<std::string>() + " (test: " + std::to_string(amount) + ")";
        changed["status"] = "local";
        changed["citation"] = {{"instrument", "Test fixture"}, {"provision", "none"}};
        changed["notes"] = "Invented for the versioning tests.";
        pack["later_versions"] = nlohmann::json::array({{{"version", pack["version"].get<int>() + 1},
                                                         {"effective", {{"from", kBoundary}}},
                                                         {"transition", {{"by", "came_to_attention"}}},
                                                         {"notes", "TEST ONLY, invented."},
                                                         {"rules", nlohmann::json::array({changed})}}});
        std::ofstream(path, std::ios::trunc) << pack.dump(2);
    }

    ProcedureRules rules() const { return valueOf(ProcedureRules::load(root)); }
};

/// The date `ruleId` gives the record in the due list (nullopt when it is not listed).
std::optional<Date> dueDate(ProcedureFixture& f, const std::string& recordType, std::int64_t id,
                            const std::string& ruleId)
{
    for (const DueDate& d : valueOf(ProcedureDueDates(f.db, f.rules).collect())) {
        if (d.recordType == recordType && d.recordId == id && d.derived.ruleId == ruleId) {
            return d.derived.date;
        }
    }
    return std::nullopt;
}

/// One kind's test: a record made with `attention` as the date it came to attention.
template <typename T> struct Kind {
    const char* table;
    const char* ruleId;
    int shippedVersion;
    std::function<T(CaseId, const char* attention)> make;
    Date before; ///< the rule's date for a record made by make(c, "2027-02-01") under the shipped pack
    Date after;  ///< the same under the invented later version
};

template <typename T> void keepsDatesUntilRepinned(const Kind<T>& kind)
{
    ProcedureFixture f; // shipped packs: one version of each
    const CaseId c = f.addCase(f.addPerson("A"));
    const auto id = valueOf(f.service.add(kind.make(c, "2027-02-01")));
    const T stored = valueOf(f.service.template get<T>(id));
    CHECK(stored.pinnedVersion == kind.shippedVersion);
    CHECK(dueDate(f, kind.table, id.value, kind.ruleId) == kind.before);

    // A new pack version arrives that would select this record: its dates stay.
    const NewerPacks newer;
    f.rules = newer.rules(); // the service holds a reference to f.rules
    CHECK(selectedVersion(f.rules, stored).version == kind.shippedVersion + 1);
    CHECK(valueOf(f.service.template get<T>(id)).pinnedVersion == kind.shippedVersion);
    CHECK(dueDate(f, kind.table, id.value, kind.ruleId) == kind.before);

    // Editing the record keeps the pin.
    REQUIRE(f.service.update(valueOf(f.service.template get<T>(id))));
    CHECK(valueOf(f.service.template get<T>(id)).pinnedVersion == kind.shippedVersion);
    CHECK(dueDate(f, kind.table, id.value, kind.ruleId) == kind.before);

    // The preview names the date that moves; re-pinning needs a reason and a known version.
    const Repin preview = valueOf(f.service.template previewRepinOf<T>(id, std::nullopt));
    CHECK(preview.fromVersion == kind.shippedVersion);
    CHECK(preview.toVersion == kind.shippedVersion + 1);
    const auto moved = std::find_if(preview.moved.begin(), preview.moved.end(),
                                    [&](const MovedDate& m) { return m.ruleId == kind.ruleId; });
    REQUIRE(moved != preview.moved.end());
    CHECK(moved->before == kind.before);
    CHECK(moved->after == kind.after);
    const auto audited = f.count("audit_log");
    CHECK(f.service.template repinOf<T>(id, std::nullopt, " ").error().code == ErrorCode::InvalidArgument);
    CHECK(f.service.template repinOf<T>(id, 9, "typo").error().code == ErrorCode::NotFound);
    CHECK(f.count("audit_log") == audited);
    CHECK(dueDate(f, kind.table, id.value, kind.ruleId) == kind.before);

    const Repin done = valueOf(f.service.template repinOf<T>(id, std::nullopt, "the new text governs this matter"));
    CHECK(done.moved == preview.moved);
    const T repinned = valueOf(f.service.template get<T>(id));
    CHECK(repinned.pinnedVersion == kind.shippedVersion + 1);
    CHECK(repinned.pinReason == "the new text governs this matter");
    CHECK(f.count("audit_log") == audited + 1);
    CHECK(dueDate(f, kind.table, id.value, kind.ruleId) == kind.after);

    // And back on purpose.
    REQUIRE(f.service.template repinOf<T>(id, kind.shippedVersion, "legal advice: the old text governs"));
    CHECK(dueDate(f, kind.table, id.value, kind.ruleId) == kind.before);
}

template <typename T> void picksVersionEachSideOfBoundary(const Kind<T>& kind)
{
    const NewerPacks newer;
    ProcedureFixture f;
    f.rules = newer.rules();
    const CaseId c = f.addCase(f.addPerson("B"));
    const T dayBefore = valueOf(f.service.template get<T>(valueOf(f.service.add(kind.make(c, "2027-01-03")))));
    CHECK(dayBefore.pinnedPack == packOf(f.rules, dayBefore).id);
    CHECK(dayBefore.pinnedVersion == kind.shippedVersion);
    CHECK(dayBefore.pinReason.empty());
    const T onTheDay = valueOf(f.service.template get<T>(valueOf(f.service.add(kind.make(c, kBoundary)))));
    CHECK(onTheDay.pinnedVersion == kind.shippedVersion + 1);

    // Another version than the date selects needs a reason.
    T chosen = kind.make(c, "2027-03-01");
    chosen.pinnedVersion = kind.shippedVersion;
    CHECK(f.service.add(chosen).error().detail.find(std::string(kind.table) + ".pinReason") != std::string::npos);
    chosen.pinReason = "the matter first arose in 2026";
    CHECK(valueOf(f.service.template get<T>(valueOf(f.service.add(chosen)))).pinnedVersion == kind.shippedVersion);
}

Kind<ConductReferral> conductKind()
{
    return {"conduct_referral",
            "conduct.misconduct_meeting_appeal.notice",
            1,
            [](CaseId c, const char* attention) {
                ConductReferral r;
                r.caseId = c;
                r.referralDate = day(attention);
                r.summary = "late for duty";
                r.severity = SeverityAssessment::Misconduct;
                r.reportDate = day("2027-03-05"); // a Friday: 7 working days end Tue 16 March, 10 end Fri 19th
                return r;
            },
            day("2027-03-16"),
            day("2027-03-19")};
}

Kind<IllHealthRetirement> illHealthKind()
{
    return {"ill_health_retirement",
            "ill_health_retirement.care_2015.smp_appeal.notice",
            2,
            [](CaseId c, const char* attention) {
                IllHealthRetirement r;
                r.caseId = c;
                r.scheme = PolicePensionScheme::Cares2015;
                r.steps = {{"referred_to_smp", day(attention), ""}, {"smp_report_received", day("2027-03-01"), ""}};
                return r;
            },
            day("2027-03-29"),
            day("2027-04-12")};
}

Kind<InjuryAward> injuryKind()
{
    return {"injury_award",
            "injury_benefit.smp_appeal.notice",
            1,
            [](CaseId c, const char* attention) {
                InjuryAward r;
                r.caseId = c;
                r.injuryDate = day(attention);
                r.description = "injured on duty";
                r.steps = {{"smp_report_received", day("2027-03-01"), ""}};
                return r;
            },
            day("2027-03-29"),
            day("2027-04-12")};
}

Kind<LimitedDuty> limitedDutyKind()
{
    return {"limited_duty",
            "limited_duties.adjusted.review",
            1,
            [](CaseId c, const char* attention) {
                LimitedDuty r;
                r.caseId = c;
                r.category = LimitedDutyCategory::Adjusted;
                r.start = day(attention);
                r.ohBasis = "OH report";
                return r;
            },
            day("2028-02-01"),
            day("2027-08-01")};
}

Kind<Absence> absenceKind()
{
    // Only one absence per person may cover a day: each test's records are spread over the year.
    return {"absence",
            "sick_pay.full_pay.allowance",
            2,
            [](CaseId c, const char* attention) {
                Absence r;
                r.caseId = c;
                r.start = day(attention);
                r.end = r.start;
                if (std::string(attention) == "2027-02-01") { // the re-pinning test's absence runs on
                    r.end.reset();
                }
                r.reasonCategory = "musculoskeletal";
                return r;
            },
            day("2027-02-01").addDays(183),
            day("2027-02-01").addDays(92)};
}

} // namespace

TEST_CASE("a pinned conduct referral keeps its dates when a new pack version arrives and moves only on re-pinning",
          "[procedure][versions][conduct]")
{
    keepsDatesUntilRepinned(conductKind());
}

TEST_CASE("a conduct referral made on each side of a version boundary gets the right version",
          "[procedure][versions][conduct]")
{
    picksVersionEachSideOfBoundary(conductKind());
}

TEST_CASE("a pinned ill-health retirement keeps its dates when a new pack version arrives and moves only on re-pinning",
          "[procedure][versions][ill-health]")
{
    keepsDatesUntilRepinned(illHealthKind());
}

TEST_CASE("an ill-health retirement first recorded on each side of a version boundary gets the right version",
          "[procedure][versions][ill-health]")
{
    picksVersionEachSideOfBoundary(illHealthKind());
}

TEST_CASE("an ill-health retirement with no step yet is pinned when its first step is recorded",
          "[procedure][versions][ill-health]")
{
    const NewerPacks newer;
    ProcedureFixture f;
    f.rules = newer.rules();
    IllHealthRetirement r;
    r.caseId = f.addCase(f.addPerson("C"));
    const IllHealthRetirementId id = valueOf(f.service.add(r));
    CHECK(valueOf(f.service.get<IllHealthRetirement>(id)).pinnedVersion == 0);
    IllHealthRetirement stepped = valueOf(f.service.get<IllHealthRetirement>(id));
    stepped.steps = {{"referred_to_smp", day(kBoundary), ""}};
    REQUIRE(f.service.update(stepped));
    CHECK(valueOf(f.service.get<IllHealthRetirement>(id)).pinnedVersion == 3);
}

TEST_CASE("a pinned injury award keeps its dates when a new pack version arrives and moves only on re-pinning",
          "[procedure][versions][injury]")
{
    keepsDatesUntilRepinned(injuryKind());
}

TEST_CASE("an injury on each side of a version boundary gets the right version", "[procedure][versions][injury]")
{
    picksVersionEachSideOfBoundary(injuryKind());
}

TEST_CASE("a pinned limited duty keeps its dates when a new pack version arrives and moves only on re-pinning",
          "[procedure][versions][limited-duty]")
{
    keepsDatesUntilRepinned(limitedDutyKind());
}

TEST_CASE("a limited duty starting on each side of a version boundary gets the right version",
          "[procedure][versions][limited-duty]")
{
    picksVersionEachSideOfBoundary(limitedDutyKind());
}

TEST_CASE("a pinned absence keeps its pay dates when a new pack version arrives and moves only on re-pinning",
          "[procedure][versions][sick-pay]")
{
    keepsDatesUntilRepinned(absenceKind());
}

TEST_CASE("an absence starting on each side of a version boundary gets the right version",
          "[procedure][versions][sick-pay]")
{
    picksVersionEachSideOfBoundary(absenceKind());
}

TEST_CASE("the sick-pay position and Bradford factor use the version of the latest absence",
          "[procedure][versions][sick-pay]")
{
    const NewerPacks newer;
    ProcedureFixture f;
    f.rules = newer.rules();
    const PersonId person = f.addPerson("D");
    const CaseId c = f.addCase(person);
    Absence a = absenceKind().make(c, "2027-02-01"); // ongoing, pinned to version 3 (92 days' full pay)
    REQUIRE(f.service.add(a));
    const AttendanceReport report = valueOf(ProcedureAttendance(f.db, f.rules).forPerson(person, day("2027-03-01")));
    CHECK(report.sickPay.fullPayAllowance == 92);
    REQUIRE(report.pay.size() == 1);
    CHECK(report.pay[0].packVersion == 3);
    CHECK(report.pay[0].projection.halfPayFrom == day("2027-02-01").addDays(92));
}

TEST_CASE("migration 21 pins every existing record to the version it ran under, so no date moves on upgrade",
          "[procedure][versions][migrations]")
{
    auto opened = Database::open(":memory:", nullptr, true);
    REQUIRE(opened);
    Database db = std::move(opened.value());
    REQUIRE(migrate(db, appMigrations().first(20)).value() == 20);
    REQUIRE(db.exec(
        "INSERT INTO person(id, name, kind, duty_status, pension_scheme, staff_association)"
        " VALUES (1, 'Alex Morgan', 'officer', 'full', 'unknown', 'unknown');"
        "INSERT INTO case_file(id, person_id, status, rag, opened_on) VALUES (7, 1, 'open', 'green', '2026-01-05');"
        "INSERT INTO conduct_referral(id, case_id, referral_date, summary, severity, outcome, report_date)"
        " VALUES (1, 7, '2027-02-01', 's', 'misconduct', '', '2027-03-05');"
        "INSERT INTO ill_health_retirement(id, case_id, scheme, decision, decision_detail)"
        " VALUES (1, 7, 'care_2015', 'pending', '');"
        "INSERT INTO ill_health_step(owner_id, name, event_date, note)"
        " VALUES (1, 'smp_report_received', '2027-03-01', '');"
        "INSERT INTO injury_award(id, case_id, injury_date, description, decision) VALUES (1, 7, '2027-02-01', 'd', "
        "'');"
        "INSERT INTO injury_award_step(owner_id, name, event_date, note)"
        " VALUES (1, 'smp_report_received', '2027-03-01', '');"
        "INSERT INTO limited_duty(id, case_id, category, start_date, oh_basis, outcome)"
        " VALUES (1, 7, 'adjusted', '2027-02-01', '', '');"
        "INSERT INTO absence(id, case_id, start_date, reason_category, work_related, assault_on_duty,"
        " disability_related, covered_by_adjustment) VALUES (1, 7, '2027-02-01', 'other', 0, 0, 0, 0);"));
    REQUIRE(migrate(db, appMigrations()).value() == appMigrations().back().version);
    CHECK(db.queryInt("SELECT count(*) FROM conduct_referral WHERE pinned_pack = 'conduct' AND pinned_version = 1")
              .value()
          == 1);
    CHECK(db.queryInt("SELECT count(*) FROM ill_health_retirement WHERE pinned_pack = 'ill_health_retirement'"
                      " AND pinned_version = 2")
              .value()
          == 1);
    CHECK(db.queryInt("SELECT count(*) FROM injury_award WHERE pinned_pack = 'injury_benefit' AND pinned_version = 1")
              .value()
          == 1);
    CHECK(db.queryInt("SELECT count(*) FROM limited_duty WHERE pinned_pack = 'limited_duties' AND pinned_version = 1")
              .value()
          == 1);
    CHECK(db.queryInt("SELECT count(*) FROM absence WHERE pinned_pack = 'sick_pay' AND pinned_version = 2").value()
          == 1);

    // With a newer version of every pack shipped (each would select these records), the dates stay.
    const NewerPacks newer;
    const ProcedureRules rules = newer.rules();
    std::map<std::string, Date> dates;
    for (const DueDate& d : valueOf(ProcedureDueDates(db, rules).collect())) {
        dates.emplace(d.derived.ruleId, d.derived.date);
    }
    CHECK(dates.at(conductKind().ruleId) == conductKind().before);
    CHECK(dates.at(illHealthKind().ruleId) == illHealthKind().before);
    CHECK(dates.at(injuryKind().ruleId) == injuryKind().before);
    CHECK(dates.at(limitedDutyKind().ruleId) == limitedDutyKind().before);
    CHECK(dates.at(absenceKind().ruleId) == absenceKind().before);
}
