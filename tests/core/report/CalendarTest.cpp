// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ReportFixture.h"

#include "report/CaseloadOverview.h"
#include "report/ExportAudit.h"
#include "report/ICalendar.h"
#include "service/ExportService.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace casebook::core;
using casebook::core::test::ReportFixture;

namespace {

CalendarExport calendar(ReportFixture& f, ConsentAudience audience, bool named = false, int reminderDays = 2)
{
    CalendarOptions options;
    options.audience = audience;
    options.named = named;
    options.reminderDays = reminderDays;
    options.asOf = casebook::core::test::isoDay("2026-11-22");
    options.stamp = Clock::TimePoint{std::chrono::seconds{1'795'000'000}};
    auto exported = calendarExport(*f.session, options);
    REQUIRE(exported);
    return std::move(*exported);
}

std::vector<std::string> linesOf(const std::string& text, const std::string& prefix)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind(prefix, 0) == 0) {
            out.push_back(line);
        }
    }
    return out;
}

} // namespace

TEST_CASE("iCalendar TEXT values escape backslash, semicolon, comma and newlines", "[report][ics]")
{
    CHECK(ICalendar::escapeText("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf");
}

TEST_CASE("iCalendar lines fold at 75 octets without splitting UTF-8", "[report][ics]")
{
    CHECK(ICalendar::fold("SHORT:x") == "SHORT:x\r\n");
    const std::string long100(100, 'a');
    CHECK(ICalendar::fold(long100) == std::string(75, 'a') + "\r\n " + std::string(25, 'a') + "\r\n");
    const std::string accented = std::string(74, 'a') + "\xC3\xA9" + "b"; // é would straddle octet 75
    CHECK(ICalendar::fold(accented) == std::string(74, 'a') + "\r\n \xC3\xA9" + "b\r\n");
}

TEST_CASE("The calendar export uses CRLF, folded lines, all-day dates and stable UIDs", "[report][ics]")
{
    ReportFixture f;
    const CalendarExport first = calendar(f, ConsentAudience::Hr);
    REQUIRE(first.events > 0);
    CHECK(first.text.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
    for (std::size_t i = first.text.find('\n'); i != std::string::npos; i = first.text.find('\n', i + 1)) {
        REQUIRE(i > 0);
        CHECK(first.text[i - 1] == '\r');
    }
    std::istringstream in(first.text);
    for (std::string line; std::getline(in, line, '\n');) {
        CHECK(line.size() <= 76); // 75 octets plus the CR
    }
    CHECK(first.text.find("DTSTART;VALUE=DATE:20261201\r\n") != std::string::npos);
    CHECK(first.text.find("DTSTAMP:20261118T110640Z") != std::string::npos);
    const CalendarExport second = calendar(f, ConsentAudience::Hr);
    CHECK(linesOf(first.text, "UID:") == linesOf(second.text, "UID:"));
    CHECK(linesOf(first.text, "UID:").size() == static_cast<std::size_t>(first.events));
    CHECK(ICalendar::uid("s", 1, "absence", 2, "r")
          == "0950a3aef287ec797517da709dfe7a304e1557518244eb4ec4f988476470e3d4@casebook");
}

TEST_CASE("Calendar events from health records hide their title unless consent covers the audience", "[report][ics]")
{
    ReportFixture f;
    const CalendarExport manager = calendar(f, ConsentAudience::LineManager);
    CHECK(manager.withheld > 0);
    CHECK(manager.text.find("Health-related date (detail withheld)") != std::string::npos);
    CHECK(manager.text.find(ReportFixture::kCanary) == std::string::npos);
    const CalendarExport hr = calendar(f, ConsentAudience::Hr);
    CHECK(hr.withheld == 0);
    CHECK(hr.text.find("detail withheld") == std::string::npos);
}

TEST_CASE("Calendar titles give the case, not the officer, unless named, and every event has a reminder",
          "[report][ics]")
{
    ReportFixture f;
    const CalendarExport plain = calendar(f, ConsentAudience::Hr);
    REQUIRE(plain.events > 0);
    CHECK(plain.text.find("Alex Morgan") == std::string::npos);
    const auto summaries = linesOf(plain.text, "SUMMARY:");
    REQUIRE(summaries.size() == static_cast<std::size_t>(plain.events));
    for (const std::string& line : summaries) {
        CHECK_THAT(line, Catch::Contains("Case " + std::to_string(f.caseId.value)));
    }
    // One display alarm per event, 2 days before at 09:00 by default.
    CHECK(linesOf(plain.text, "BEGIN:VALARM").size() == static_cast<std::size_t>(plain.events));
    CHECK(linesOf(plain.text, "TRIGGER;RELATED=START:-P1DT15H\r").size() == static_cast<std::size_t>(plain.events));
    CHECK(linesOf(plain.text, "ACTION:DISPLAY").size() == static_cast<std::size_t>(plain.events));

    const CalendarExport named = calendar(f, ConsentAudience::Hr, true, 7);
    CHECK(linesOf(named.text, "SUMMARY:").front().find("Alex Morgan") != std::string::npos);
    CHECK(linesOf(named.text, "TRIGGER;RELATED=START:-P6DT15H\r").size() == static_cast<std::size_t>(named.events));
    const CalendarExport onTheDay = calendar(f, ConsentAudience::Hr, false, 0);
    CHECK(linesOf(onTheDay.text, "TRIGGER;RELATED=START:PT9H\r").size() == static_cast<std::size_t>(onTheDay.events));
    // The UIDs do not depend on how the titles read.
    CHECK(linesOf(named.text, "UID:") == linesOf(plain.text, "UID:"));
}

TEST_CASE("Writes the fixture's calendar for the python icalendar check", "[.ics-sample]")
{
    const char* out = std::getenv("CASEBOOK_ICS_OUT");
    REQUIRE(out != nullptr);
    ReportFixture f;
    std::ofstream(out, std::ios::binary) << calendar(f, ConsentAudience::LineManager).text;
}

TEST_CASE("The caseload overview counts referrals and plans, and anonymises with stable labels", "[report][csv]")
{
    ReportFixture f;
    Person other;
    other.name = "Sam Jones";
    const PersonId second = f.session->cases().createPerson(other).value();
    Case closed;
    closed.person = second;
    closed.types = {CaseType::Upp};
    closed.opened = casebook::core::test::isoDay("2026-02-01");
    const CaseId closedId = f.session->cases().openCase(closed).value();
    REQUIRE(f.session->cases().closeCase(closedId, casebook::core::test::isoDay("2026-03-03"), CaseOutcome::Resignation,
                                         ""));

    const auto named = caseloadOverview(*f.session, casebook::core::test::isoDay("2026-11-22"), false).value();
    REQUIRE(named.rows.size() == 2);
    CHECK(named.rows[0].subject == "Alex Morgan");
    CHECK(named.rows[0].ohReferrals == 1);
    CHECK(named.rows[0].actionPlans == 1);
    CHECK(named.rows[1].durationDays == 30);
    CHECK(named.totals.at("Cases by outcome: Resignation") == 1);
    CHECK(named.totals.at("Cases by type: UPP") == 1);

    const auto anonymous = caseloadOverview(*f.session, casebook::core::test::isoDay("2026-11-22"), true);
    const std::string csv = anonymous.value().toCsv();
    CHECK(csv.find("Alex Morgan") == std::string::npos);
    CHECK(csv.find("Sam Jones") == std::string::npos);
    CHECK(csv.find("\r\nOfficer A,") != std::string::npos);
    CHECK(csv.find("\r\nOfficer B,") != std::string::npos);
    CHECK(anonymousLabel(25) == "Officer Z");
    CHECK(anonymousLabel(26) == "Officer AA");
}

TEST_CASE("An export is recorded in the audit log with audience, sections, withheld items and hash", "[report]")
{
    ReportFixture f;
    ExportRecord record{"case summary",
                        "html",
                        "case",
                        std::to_string(f.caseId.value),
                        "Line manager",
                        {"person", "chronology"},
                        {{"medical chronology entries", 1}},
                        "<html>bytes</html>"};
    REQUIRE(recordExport(*f.session, record));
    AuditFilter filter;
    filter.action = AuditAction::Export;
    const auto entries = f.session->audit().list(f.session->database(), filter).value();
    REQUIRE(entries.size() == 1);
    const std::string& summary = entries[0].entry.summary;
    CHECK(summary.find("case summary exported as html for Line manager") != std::string::npos);
    CHECK(summary.find("sections: person, chronology") != std::string::npos);
    CHECK(summary.find("withheld: medical chronology entries (1)") != std::string::npos);
    CHECK(summary.find("sha256 " + sha256Hex("<html>bytes</html>")) != std::string::npos);
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(f.session->audit().verify(f.session->database()).value().ok());
}

TEST_CASE("Two absences of one person sharing a day: the due list, the calendar and both summaries are still "
          "made, the absences' dates replaced by a line naming them and the rule",
          "[report][ics][bad-record]")
{
    ReportFixture f;
    // A second person whose absences share days, as an older import could leave them (the
    // service refuses the second one when it is typed).
    Person p;
    p.name = "Sam Overlap";
    const PersonId other = f.session->cases().createPerson(p).value();
    Case c;
    c.person = other;
    c.summary = "Sickness";
    c.types = {CaseType::Sickness};
    c.opened = casebook::core::test::isoDay("2026-09-01");
    const CaseId bad = f.session->cases().openCase(c).value();
    for (const char* range : {"'2026-10-01', '2026-10-20'", "'2026-10-15', NULL"}) {
        REQUIRE(f.session->database().exec(
            "INSERT INTO absence(case_id, start_date, end_date, reason_category, work_related, assault_on_duty,"
            " disability_related, covered_by_adjustment, rtw_interview) VALUES ("
            + std::to_string(bad.value) + ", " + range + ", 'stress', 0, 0, 0, 0, NULL)"));
    }
    const Date asOf = casebook::core::test::isoDay("2026-11-22");
    const auto items = f.session->due().all(asOf);
    REQUIRE(items);
    std::vector<const DueItem*> problems;
    bool othersListed = false;
    for (const DueItem& item : *items) {
        if (item.state == DueState::Problem) {
            problems.push_back(&item);
        } else {
            othersListed = othersListed || item.source.caseId == f.caseId;
        }
    }
    CHECK(othersListed);
    REQUIRE(problems.size() == 2);
    for (const DueItem* item : problems) {
        CHECK(item->source.caseId == bad);
        CHECK(item->source.recordType == "absence");
        CHECK(item->source.derived.ruleId == "absence.no_overlap");
        CHECK(item->source.derived.date == asOf);
        CHECK_THAT(item->source.problem, Catch::Contains("shares days with absence")
                                             && Catch::Contains("one person's absences may not overlap"));
    }
    CHECK(items->front().state == DueState::Problem); // listed first
    CHECK(f.session->due().due(asOf, 14).has_value());

    const auto ics = calendar(f, ConsentAudience::LineManager);
    CHECK_THAT(ics.text, Catch::Contains("dates not worked out for a record of case " + std::to_string(bad.value)));

    SummaryOptions options;
    options.generatedOn = asOf;
    CHECK(caseSummary(*f.session, f.caseId, options).has_value());
    const auto summary = caseSummary(*f.session, bad, options);
    REQUIRE(summary);
    bool named = false;
    for (const auto& block : summary->blocks) {
        for (const auto& row : block.rows) {
            for (const auto& cell : row) {
                named = named || cell.find("Sick pay dates not worked out") != std::string::npos;
            }
        }
    }
    CHECK(named);

    // The one absence at fault is named: the attendance report says which, with the rule.
    const auto report = f.session->attendance().forPerson(other, asOf);
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::RuleViolation);
    CHECK_THAT(report.error().detail, Catch::StartsWith("absence.no_overlap: absence "));
    // ...and as a problem the ui words without the detail (issue 11 item 6): both absences named.
    REQUIRE(report.error().problems.size() == 1);
    CHECK(report.error().problems[0].id == "absence.stored_overlap");
    CHECK(report.error().problems[0].args.size() == 6);
}
