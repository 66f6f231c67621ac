// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The fictional caseload behind `casebook --demo` and the benchmarks.
#include "domain/DomainFixture.h"
#include "support/TestSupport.h"

#include "demo/FictionalCaseload.h"
#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"
#include "procedure/UppProcedure.h"
#include "service/CaseService.h"
#include "service/ProcedureService.h"
#include "service/Session.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

using namespace casebook;
using casebook::test::day;

namespace {

std::unique_ptr<core::Session> makeSession(const test::TempDir& dir, const char* name)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS Demo";
    options.clock = std::make_shared<core::FakeClock>(core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
    auto session = core::Session::create(dir / name, test::secret("pw"), options, test::fastKdf());
    REQUIRE(session);
    return std::move(*session);
}

core::FictionalCaseloadOptions smallCaseload()
{
    core::FictionalCaseloadOptions o;
    o.people = 12;
    o.cases = 24;
    o.chronologyEntries = 240;
    o.largeCaseEntries = 30;
    o.seed = 7;
    o.today = day("2026-11-22");
    return o;
}

std::vector<std::string> caseSummaries(core::Session& session)
{
    std::vector<std::string> out;
    const auto cases = session.cases().listCases();
    REQUIRE(cases);
    for (const core::Case& c : *cases) {
        out.push_back(c.summary + "|" + std::to_string(c.types.size()) + "|" + c.opened.toIso());
    }
    return out;
}

} // namespace

TEST_CASE("The fictional caseload has the requested size, passes validation and keeps the audit chain", "[demo]")
{
    test::TempDir dir;
    auto session = makeSession(dir, "demo.cbk");
    auto stats = core::generateFictionalCaseload(*session, smallCaseload());
    INFO((stats ? std::string() : stats.error().detail));
    REQUIRE(stats);
    CHECK(stats->people == 12);
    CHECK(stats->cases == 24);
    CHECK(stats->chronologyEntries == 270);
    CHECK(stats->procedures >= 24);
    CHECK(session->database().queryInt("SELECT count(*) FROM chronology_entry").value() == 270);
    CHECK(session->audit().verify(session->database()).value().ok());
    // Names come from the built-in list and teams are marked as demo teams.
    const auto people = session->cases().listPeople();
    REQUIRE(people);
    for (const core::Person& p : *people) {
        CHECK(p.team.rfind("Demo ", 0) == 0);
    }
}

TEST_CASE("The same seed gives the same caseload", "[demo]")
{
    test::TempDir dir;
    auto a = makeSession(dir, "a.cbk");
    auto b = makeSession(dir, "b.cbk");
    REQUIRE(core::generateFictionalCaseload(*a, smallCaseload()));
    REQUIRE(core::generateFictionalCaseload(*b, smallCaseload()));
    CHECK(caseSummaries(*a) == caseSummaries(*b));
    CHECK(a->cases().listPeople().value().front().name == b->cases().listPeople().value().front().name);
}

TEST_CASE("The fictional caseload's due list has overdue, due-soon and later items", "[demo]")
{
    test::TempDir dir;
    auto session = makeSession(dir, "demo.cbk");
    REQUIRE(core::generateFictionalCaseload(*session, smallCaseload()));
    const auto items = session->due().all(day("2026-11-22"), 28).value();
    auto count = [&](core::DueState state) {
        return std::count_if(items.begin(), items.end(), [state](const core::DueItem& i) { return i.state == state; });
    };
    CHECK(count(core::DueState::Overdue) > 0);
    CHECK(count(core::DueState::DueSoon) > 0);
    CHECK(count(core::DueState::Later) > 0);
}

TEST_CASE("Cancelling the fictional caseload part-way stops it and leaves a consistent store", "[demo]")
{
    test::TempDir dir;
    auto session = makeSession(dir, "demo.cbk");
    int calls = 0;
    auto stats = core::generateFictionalCaseload(*session, smallCaseload(), [&](int done, int total) {
        CHECK(done <= total);
        ++calls;
        return done < 15; // stop after 12 people and 3 cases
    });
    REQUIRE(stats);
    CHECK(calls == 15);
    CHECK(stats->cases == 3);
    CHECK(session->cases().listCases().value().size() == 3);
    CHECK(session->audit().verify(session->database()).value().ok());
}

TEST_CASE("Batched chronology entries give the same count with one audit entry each", "[demo]")
{
    test::TempDir dir;
    auto session = makeSession(dir, "demo.cbk");
    auto options = smallCaseload();
    options.entriesPerTransaction = 50;
    REQUIRE(core::generateFictionalCaseload(*session, options));
    CHECK(session->database().queryInt("SELECT count(*) FROM chronology_entry").value() == 270);
    CHECK(session->database().queryInt("SELECT count(*) FROM audit_log WHERE record_type = 'chronology'").value()
          == 270);
}

TEST_CASE("One person's due list (allFor) is exactly their part of the caseload's, in the same order", "[due][demo]")
{
    test::TempDir dir;
    auto session = makeSession(dir, "scoped.cbk");
    REQUIRE(core::generateFictionalCaseload(*session, smallCaseload()));
    const core::Date asOf = day("2026-11-22");
    const auto all = session->due().all(asOf, 28).value();
    auto people = session->cases().listPeople().value();
    REQUIRE(people.size() == 12);
    std::size_t seen = 0;
    for (const core::Person& person : people) {
        std::vector<core::DueItem> expected;
        std::copy_if(all.begin(), all.end(), std::back_inserter(expected),
                     [&](const core::DueItem& item) { return item.source.person == person.id; });
        const auto scoped = session->due().allFor(person.id, asOf, 28).value();
        INFO(person.name);
        CHECK(scoped == expected);
        seen += scoped.size();
    }
    CHECK(seen == all.size());
    CHECK(seen > 0);
}

namespace {

bool mentions(const std::string& text, std::string_view word)
{
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return lower.find(word) != std::string::npos;
}

std::string entryText(const core::ChronologyEntry& e)
{
    std::string text = e.title + " " + e.body;
    if (e.decision) {
        text += " " + e.decision->decision + " " + e.decision->optionsConsidered + " " + e.decision->rationale;
    }
    return text;
}

/// Inclusive periods overlap; an empty end is still running on `today`.
bool overlaps(core::Date aStart, std::optional<core::Date> aEnd, core::Date bStart, std::optional<core::Date> bEnd,
              core::Date today)
{
    return aStart <= bEnd.value_or(today) && bStart <= aEnd.value_or(today);
}

/// Checks one generated caseload for records that contradict each other.
void checkConsistent(core::Session& session, core::Date today)
{
    auto& procedures = session.procedures();
    const auto cases = session.cases().listCases();
    REQUIRE(cases);
    std::map<std::int64_t, std::vector<core::Absence>> absencesOf;
    std::map<std::int64_t, std::vector<core::LimitedDuty>> limitedOf;
    for (const core::Case& c : *cases) {
        INFO(c.summary);
        const auto view = session.cases().loadCase(c.id).value();
        const auto absences = procedures.listForCase<core::Absence>(c.id).value();
        const auto limited = procedures.listForCase<core::LimitedDuty>(c.id).value();
        const auto adjustments = procedures.listForCase<core::Adjustment>(c.id).value();
        const auto plans = procedures.listForCase<core::ActionPlan>(c.id).value();
        const auto referrals = procedures.listForCase<core::OhReferral>(c.id).value();
        const auto upps = procedures.listForCase<core::UppProcedure>(c.id).value();
        absencesOf[c.person.value].insert(absencesOf[c.person.value].end(), absences.begin(), absences.end());
        limitedOf[c.person.value].insert(limitedOf[c.person.value].end(), limited.begin(), limited.end());

        // Dates in order within each record.
        for (const core::Adjustment& a : adjustments) {
            if (a.decisionDate) {
                CHECK(a.requestedDate <= *a.decisionDate);
            }
            if (a.implementedDate) {
                CHECK(a.decisionDate.has_value());
                CHECK(a.decisionDate.value_or(*a.implementedDate) <= *a.implementedDate);
            }
        }
        for (const core::OhReferral& o : referrals) {
            if (o.appointment) {
                CHECK(o.referralDate <= *o.appointment);
            }
        }
        for (const core::UppProcedure& u : upps) {
            for (const auto& event : u.events) {
                CHECK(u.cameToAttention <= event.date);
            }
        }
        // A closed case has nothing still running, and returned to full duties only if nothing
        // of its own kept the person off them on the day it closed.
        if (c.closed) {
            for (const core::Absence& ab : absences) {
                CHECK(ab.end.has_value());
                CHECK(ab.end.value_or(today) <= *c.closed);
            }
            for (const core::LimitedDuty& d : limited) {
                CHECK(d.end.has_value());
                CHECK(d.end.value_or(today) <= *c.closed);
            }
        }

        // The chronology stays within the case's life and speaks only of records that exist.
        for (const core::ChronologyEntry& e : view.chronology) {
            INFO(e.date.toIso() << " " << entryText(e));
            CHECK(c.opened <= e.date);
            if (c.closed) {
                CHECK(e.date <= *c.closed);
            }
            const std::string text = entryText(e);
            if (mentions(text, "adjustment")) {
                const bool agreedBefore =
                    std::any_of(adjustments.begin(), adjustments.end(), [&](const core::Adjustment& a) {
                        return a.decision != core::AdjustmentDecision::Pending
                               && a.decision != core::AdjustmentDecision::Declined && a.decisionDate
                               && *a.decisionDate <= e.date;
                    });
                CHECK(agreedBefore);
            }
            if (mentions(text, "action plan")) {
                CHECK(std::any_of(plans.begin(), plans.end(),
                                  [&](const core::ActionPlan& p) { return p.agreedOn <= e.date; }));
            }
            if (mentions(text, "return-to-work")) {
                CHECK(std::any_of(absences.begin(), absences.end(),
                                  [&](const core::Absence& ab) { return ab.end && *ab.end <= e.date; }));
            }
            if (mentions(text, "fit note")) {
                CHECK(std::any_of(absences.begin(), absences.end(),
                                  [&](const core::Absence& ab) { return ab.start <= e.date; }));
            }
            if (mentions(text, "oh appointment")) {
                CHECK(std::any_of(referrals.begin(), referrals.end(),
                                  [&](const core::OhReferral& o) { return o.referralDate <= e.date; }));
            }
            if (mentions(text, "signposting")) {
                CHECK(std::any_of(view.signposting.begin(), view.signposting.end(),
                                  [&](const core::Signposting& s) { return s.offered <= e.date; }));
            }
            // A meeting is recorded as a meeting, and a call, email or note is not one.
            if (mentions(e.title, "meeting") || mentions(e.title, "discussion") || mentions(e.title, "check-in")) {
                CHECK(e.kind == core::EntryKind::Meeting);
            }
            if (e.kind == core::EntryKind::Meeting) {
                CHECK_FALSE((mentions(e.title, "email") || mentions(e.title, "call") || mentions(e.title, "received")
                             || mentions(e.title, "booked") || mentions(e.title, "contacted")));
            }
        }
    }

    // One person's duty status matches their absences and limited duties, which never overlap.
    const auto people = session.cases().listPeople();
    REQUIRE(people);
    for (const core::Person& p : *people) {
        INFO(p.name);
        const auto& absences = absencesOf[p.id.value];
        const auto& limited = limitedOf[p.id.value];
        for (const core::Absence& ab : absences) {
            for (const core::LimitedDuty& d : limited) {
                CHECK_FALSE(overlaps(ab.start, ab.end, d.start, d.end, today));
            }
        }
        const bool absentToday = std::any_of(absences.begin(), absences.end(), [&](const core::Absence& ab) {
            return ab.start <= today && ab.end.value_or(today) >= today;
        });
        const auto onLimited = std::find_if(limited.begin(), limited.end(), [&](const core::LimitedDuty& d) {
            return d.start <= today && d.end.value_or(today) >= today;
        });
        if (absentToday) {
            CHECK(p.dutyStatus == core::DutyStatus::Absent);
        } else if (onLimited != limited.end()) {
            const auto expected = onLimited->category == core::LimitedDutyCategory::Recuperative
                                      ? core::DutyStatus::Recuperative
                                      : (onLimited->category == core::LimitedDutyCategory::Adjusted
                                             ? core::DutyStatus::Adjusted
                                             : core::DutyStatus::ManagementRestricted);
            CHECK(p.dutyStatus == expected);
        } else {
            CHECK(p.dutyStatus != core::DutyStatus::Absent);
            CHECK(p.dutyStatus != core::DutyStatus::Recuperative);
            CHECK(p.dutyStatus != core::DutyStatus::Adjusted);
        }
    }
}

} // namespace

TEST_CASE("The fictional caseload does not contradict itself: duties, absences, chronology and dates agree", "[demo]")
{
    test::TempDir dir;
    // The small caseload, the one `casebook --demo` makes, and a few other seeds and shapes.
    std::vector<core::FictionalCaseloadOptions> shapes;
    shapes.push_back(smallCaseload());
    core::FictionalCaseloadOptions demo;
    demo.people = 24;
    demo.cases = 36;
    demo.chronologyEntries = 900;
    demo.largeCaseEntries = 60;
    demo.today = day("2026-12-05");
    demo.entriesPerTransaction = 50;
    shapes.push_back(demo);
    for (const std::uint64_t seed : {std::uint64_t{2}, std::uint64_t{3}}) {
        auto dense = smallCaseload();
        dense.seed = seed;
        dense.people = 5; // several cases per person, so their records meet
        dense.cases = 30;
        dense.entriesPerTransaction = 50;
        shapes.push_back(dense);
    }
    int n = 0;
    for (const auto& options : shapes) {
        INFO("shape " << n << " seed " << options.seed);
        auto session = makeSession(dir, ("consistent" + std::to_string(n++) + ".cbk").c_str());
        REQUIRE(core::generateFictionalCaseload(*session, options));
        checkConsistent(*session, options.today);
    }
}
