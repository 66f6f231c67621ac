// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Sick pay and Bradford per person through ProcedureAttendance. Rules: sick_pay.full_pay.allowance,
// sick_pay.half_pay.allowance, sick_pay.lookback (Police Regulations 2003 reg 28, Annex K, secondary),
// sick_pay.review.before_half_pay / before_nil_pay (local, 28 days), sick_pay.bradford.window (local).
#include "ProcedureFixture.h"

#include "procedure/Absence.h"
#include "service/ProcedureAttendance.h"

using namespace casebook::core;
using casebook::core::test::day;
using casebook::core::test::ProcedureFixture;
using casebook::core::test::valueOf;

namespace {

AbsenceId addAbsence(ProcedureFixture& f, CaseId c, const char* start, const char* end, bool disability = false,
                     bool covered = false)
{
    Absence a;
    a.caseId = c;
    a.start = day(start);
    if (end != nullptr) {
        a.end = day(end);
    }
    a.reasonCategory = "other";
    a.disabilityRelated = disability;
    a.coveredByAdjustment = covered;
    return valueOf(f.service.add(a));
}

} // namespace

TEST_CASE("sick_pay (reg 28, Annex K): domain.md §3 worked example through the service, absences on two cases",
          "[procedure][sickpay]")
{
    ProcedureFixture f;
    const PersonId person = f.addPerson("A Officer");
    // 60 days of full-pay sick absence in the 12 months before, recorded on an earlier case.
    addAbsence(f, f.addCase(person), "2026-01-05", "2026-03-05");
    const AbsenceId current = addAbsence(f, f.addCase(person), "2026-06-01", nullptr);
    f.addCase(f.addPerson("Someone else")); // another person's record does not count

    const AttendanceReport report = valueOf(ProcedureAttendance(f.db, f.rules).forPerson(person, day("2026-07-01")));
    REQUIRE(report.pay.size() == 2);
    const AbsencePay& pay = report.pay[1];
    CHECK(pay.absence == current);
    CHECK(pay.projection.fullPayDaysBefore == 60);
    CHECK(pay.projection.fullPayTo == day("2026-10-01"));
    CHECK(pay.projection.halfPayFrom == day("2026-10-02"));
    CHECK(pay.projection.halfPayTo == day("2027-04-02"));
    CHECK(pay.projection.nilPayFrom == day("2027-04-03"));
    REQUIRE(pay.projection.reviews.size() == 2);
    CHECK(pay.projection.reviews[0].ruleId == "sick_pay.review.before_half_pay");
    CHECK(pay.projection.reviews[0].date == day("2026-09-04")); // 28 days before half pay
    CHECK(pay.projection.reviews[1].ruleId == "sick_pay.review.before_nil_pay");
    CHECK(pay.projection.reviews[1].date == day("2027-03-06"));
}

TEST_CASE("sick_pay.bradford.window (52 weeks, local): Bradford factor with and without protected absences",
          "[procedure][bradford]")
{
    ProcedureFixture f;
    const PersonId person = f.addPerson("B Officer");
    const CaseId c = f.addCase(person);
    addAbsence(f, c, "2025-05-01", "2025-05-02");              // outside the 52 weeks before 2026-06-30
    addAbsence(f, c, "2026-01-05", "2026-01-07", true, false); // disability-related, 3 days
    addAbsence(f, c, "2026-02-02", "2026-02-03", false, true); // covered by an agreed adjustment, 2 days
    addAbsence(f, c, "2026-03-02", "2026-03-06");              // 5 days
    const AttendanceReport report = valueOf(ProcedureAttendance(f.db, f.rules).forPerson(person, day("2026-06-30")));
    CHECK(report.bradford.all.spells == 3);
    CHECK(report.bradford.all.days == 10);
    CHECK(report.bradford.all.score == 90); // 3² × 10
    CHECK(report.bradford.excludingProtected.spells == 1);
    CHECK(report.bradford.excludingProtected.days == 5);
    CHECK(report.bradford.excludingProtected.score == 5);
}

TEST_CASE("sick pay: one person's absences may not overlap, across cases too (calendar days counted once)",
          "[procedure][sickpay]")
{
    ProcedureFixture f;
    const PersonId person = f.addPerson("C Officer");
    const CaseId first = f.addCase(person);
    addAbsence(f, first, "2026-01-05", "2026-01-20");
    Absence overlapping;
    overlapping.caseId = f.addCase(person);
    overlapping.start = day("2026-01-10");
    const auto added = f.service.add(overlapping);
    REQUIRE_FALSE(added.has_value());
    CHECK(added.error().code == ErrorCode::InvalidArgument);
    CHECK(added.error().detail.find("overlaps the absence from 2026-01-05") != std::string::npos);
    overlapping.start = day("2026-01-21");
    overlapping.caseId = f.addCase(f.addPerson("D Officer")); // another person's absence may overlap
    CHECK(f.service.add(overlapping).has_value());
    // Editing an absence does not collide with itself.
    Absence stored = valueOf(f.service.listForCase<Absence>(first)).front();
    stored.end = day("2026-01-25");
    CHECK(f.service.update(stored).has_value());
}
