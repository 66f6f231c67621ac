// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ReportFixture.h"

#include "procedure/Adjustment.h"
#include "report/CsvWriter.h"
#include "report/HtmlRenderer.h"
#include "report/Words.h"
#include "service/DueService.h"
#include "service/MeetingOutcome.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

using namespace casebook::core;
using casebook::core::test::ReportFixture;

namespace {

std::string summaryHtml(ReportFixture& f, ConsentAudience audience)
{
    auto document = caseSummary(*f.session, f.caseId, f.options(audience));
    REQUIRE(document);
    // The summary carries the store's audit head, whose hash differs on every run (entries are
    // stamped with the real time); the audit-head tests check it, and the snapshot leaves it out.
    CHECK(document->auditHead.find(':') != std::string::npos);
    document->auditHead.clear();
    return HtmlRenderer::render(*document);
}

} // namespace

TEST_CASE("Medical detail is withheld from a summary when consent does not cover the audience", "[report]")
{
    ReportFixture f;
    const std::string html = summaryHtml(f, ConsentAudience::LineManager);
    CHECK(html.find(ReportFixture::kCanary) == std::string::npos);
    CHECK(html.find("GP letter") == std::string::npos);
    CHECK(html.find("Withheld: occupational health referral detail (1 item) \xE2\x80\x94 the officer&#39;s consent "
                    "does not cover the line manager.")
          != std::string::npos);
    CHECK(html.find("Withheld: medical chronology entries (1 item)") != std::string::npos);
    CHECK(html.find("Withheld: sickness absence reasons (1 item)") != std::string::npos);
}

TEST_CASE("Medical detail is included when the officer's consent covers the audience", "[report]")
{
    ReportFixture f;
    const std::string html = summaryHtml(f, ConsentAudience::Hr);
    CHECK(html.find(ReportFixture::kCanary) != std::string::npos);
    CHECK(html.find("Withheld:") == std::string::npos);
    CHECK(html.find("consent covers HR") != std::string::npos);
}

TEST_CASE("Consent withdrawn before the summary's day no longer covers the audience", "[report]")
{
    ReportFixture f;
    auto view = f.session->cases().loadCase(f.caseId).value();
    for (const Consent& consent : view.consents) {
        REQUIRE(f.session->cases().withdrawConsent(consent.id, casebook::core::test::isoDay("2026-06-01")));
    }
    CHECK(summaryHtml(f, ConsentAudience::Hr).find(ReportFixture::kCanary) == std::string::npos);
}

TEST_CASE("Redaction follows consent by category: a withdrawn category is withheld, the others are not",
          "[report][consent]")
{
    ReportFixture f;
    const std::vector<Consent> consents = f.session->cases().consents(f.person).value();
    for (const Consent& consent : consents) {
        if (consent.category == ConsentCategory::MedicalDetail) {
            REQUIRE(f.session->cases().withdrawConsent(consent.id, casebook::core::test::isoDay("2026-06-01"),
                                                       "told the sergeant at the review"));
        }
    }
    const std::string html = summaryHtml(f, ConsentAudience::Hr);
    CHECK(html.find(std::string("Diagnosis ") + ReportFixture::kCanary) == std::string::npos);
    CHECK(html.find(std::string("Referral for ") + ReportFixture::kCanary) == std::string::npos);
    CHECK(html.find(std::string("category ") + ReportFixture::kCanary) != std::string::npos);
    CHECK(html.find("Withheld: occupational health referral detail") != std::string::npos);
    CHECK(html.find("Withheld: sickness absence reasons") == std::string::npos);
}

TEST_CASE("A refusal after a giving stops covering from its date, the giving stays in the history", "[report][consent]")
{
    ReportFixture f;
    Consent refusal{ConsentId{},
                    f.person,
                    ConsentAudience::Hr,
                    ConsentCategory::AbsenceReasons,
                    casebook::core::test::isoDay("2026-05-01"),
                    std::nullopt,
                    "",
                    ConsentAnswer::Refused,
                    "by phone"};
    REQUIRE(f.session->cases().recordConsent(refusal));
    const auto history = f.session->cases().consents(f.person).value();
    CHECK(history.size() == kConsentCategories.size() + 1);
    CHECK(consentState(history, ConsentAudience::Hr, ConsentCategory::AbsenceReasons,
                       casebook::core::test::isoDay("2026-04-30"))
          == ConsentState::Given);
    CHECK(consentState(history, ConsentAudience::Hr, ConsentCategory::AbsenceReasons,
                       casebook::core::test::isoDay("2026-05-01"))
          == ConsentState::Refused);
    const std::string html = summaryHtml(f, ConsentAudience::Hr);
    CHECK(html.find(std::string("category ") + ReportFixture::kCanary) == std::string::npos);
    CHECK(html.find(std::string("Diagnosis ") + ReportFixture::kCanary) != std::string::npos);
}

TEST_CASE("The summary's HTML is escaped, self-contained and marked at top and bottom", "[report]")
{
    ReportFixture f;
    SummaryOptions options = f.options(ConsentAudience::Hr);
    options.marking = "OFFICIAL-SENSITIVE <PERSONAL>";
    const std::string html = HtmlRenderer::render(caseSummary(*f.session, f.caseId, options).value());
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("Response &lt;B&gt;") != std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("href=") == std::string::npos);
    CHECK(html.find("://") == std::string::npos);
    const std::string marking = "<p class=\"marking\">OFFICIAL-SENSITIVE &lt;PERSONAL&gt;</p>";
    const auto first = html.find(marking);
    REQUIRE(first != std::string::npos);
    CHECK(first < html.find("<main>"));
    CHECK(html.rfind(marking) > html.find("</main>"));
}

TEST_CASE("A summary has only the sections chosen", "[report]")
{
    ReportFixture f;
    SummaryOptions options = f.options(ConsentAudience::LineManager);
    options.sections = {SummarySection::Person, SummarySection::Actions};
    const ReportDocument document = caseSummary(*f.session, f.caseId, options).value();
    CHECK(document.sections == std::vector<std::string>{"person", "actions"});
    CHECK(document.withheld.empty());
    const std::string html = HtmlRenderer::render(document);
    CHECK(html.find("Chronology") == std::string::npos);
    CHECK(html.find("Return plan") != std::string::npos);
}

TEST_CASE("A summary of a missing case is NotFound", "[report]")
{
    ReportFixture f;
    auto document = caseSummary(*f.session, CaseId{999}, f.options(ConsentAudience::Hr));
    REQUIRE_FALSE(document);
    CHECK(document.error().code == ErrorCode::NotFound);
}

TEST_CASE("CSV cells are quoted as RFC 4180 says and guarded against formulas", "[report][csv]")
{
    CsvWriter csv;
    csv.addRow({"plain", "a,b", "say \"hi\"", "two\nlines", ""});
    csv.addRow({"=SUM(A1)", "+1", "-2", "@cmd", "a=b"});
    CHECK(csv.text() == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n'=SUM(A1),'+1,'-2,'@cmd,a=b\r\n");
    CHECK(CsvWriter::cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
}

TEST_CASE("The line manager's summary of the fixed case matches the committed HTML snapshot", "[report][golden]")
{
    // Regenerate after an intended change with CASEBOOK_UPDATE_GOLDEN=1, then review the diff.
    ReportFixture f;
    const std::string html = summaryHtml(f, ConsentAudience::LineManager);
    const std::filesystem::path golden = std::filesystem::path(CASEBOOK_GOLDEN_DIR) / "case_summary_line_manager.html";
    if (std::getenv("CASEBOOK_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(golden, std::ios::binary) << html;
    }
    REQUIRE(std::filesystem::exists(golden));
    const std::vector<std::uint8_t> bytes = casebook::test::readFile(golden);
    CHECK(html == std::string(bytes.begin(), bytes.end()));
}

TEST_CASE("The officer's own copy includes their medical detail", "[report]")
{
    ReportFixture f;
    const std::string html = summaryHtml(f, ConsentAudience::Officer);
    CHECK(html.find(ReportFixture::kCanary) != std::string::npos);
    CHECK(html.find("Withheld:") == std::string::npos);
    CHECK(html.find("this copy is for the officer") != std::string::npos);
}

TEST_CASE("HtmlRenderer escapes the five HTML-special characters", "[report]")
{
    CHECK(HtmlRenderer::escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    ReportDocument document;
    document.title = "T";
    document.marking = "M";
    document.table({"<h>"}, {{"\"q\""}});
    const std::string html = HtmlRenderer::render(document);
    CHECK(html.find("<th scope=\"col\">&lt;h&gt;</th>") != std::string::npos);
    CHECK(html.find("<td>&quot;q&quot;</td>") != std::string::npos);
}

namespace {

/// The position of `text` in `html`, failing the test when it is missing.
std::size_t at(const std::string& html, const std::string& text)
{
    const auto found = html.find(text);
    INFO(text);
    REQUIRE(found != std::string::npos);
    return found;
}

/// Records a medical decision whose medical rationale is kept apart (the canary) on 2026-02-10.
void addMedicalDecision(ReportFixture& f)
{
    ChronologyEntry entry{{},
                          f.caseId,
                          casebook::core::test::isoDay("2026-02-10"),
                          std::nullopt,
                          EntryKind::Decision,
                          "Stage two",
                          "",
                          true,
                          "PS Example",
                          std::nullopt};
    REQUIRE(f.session->cases().recordDecision(entry, {"Second stage deferred", "proceed; defer",
                                                      "Meeting not possible before the review date", "Insp Grey", false,
                                                      std::string("OH says ") + ReportFixture::kCanary}));
}

} // namespace

TEST_CASE("Page 1 of a summary: who, purpose, meeting, situation, consent statement and what needs deciding come "
          "before the tables",
          "[report][meeting]")
{
    ReportFixture f;
    HolisticReview review;
    review.caseId = f.caseId;
    review.reviewedOn = casebook::core::test::isoDay("2026-11-01");
    review.reviewer = "PS Example";
    review.background = "Back at work on adjusted hours since October.";
    review.wellbeing = std::string("Wellbeing ") + ReportFixture::kCanary;
    REQUIRE(f.session->cases().saveReview(review));
    const std::string html = summaryHtml(f, ConsentAudience::LineManager);
    const auto firstTable = at(html, ">Current adjustments<");
    CHECK(at(html, "Attendance review") < firstTable);
    CHECK(at(html, "30 November 2026") < firstTable);
    CHECK(at(html, "Dana Price (HR)") < firstTable);
    CHECK(at(html, "the line manager") < firstTable);
    CHECK(at(html, "PS 1234 Example") < firstTable);
    CHECK(at(html, "Back at work on adjusted hours since October.") < firstTable);
    CHECK(at(html, "The officer consented on 10 January 2026 to share OH advice, diagnosis and medical detail, "
                   "absence reasons and fit notes with HR.")
          < firstTable);
    CHECK(html.find("it withholds") == std::string::npos); // nothing is partly covered for the line manager
    CHECK(at(html, "Consent does not cover any medical information") < firstTable);
    CHECK(at(html, "Next steps") < firstTable);
    CHECK(html.find(ReportFixture::kCanary) == std::string::npos); // the review's wellbeing is not on page 1
    // The withheld box closes the document.
    CHECK(at(html, ">Withheld from this copy<") > at(html, ">Key to rule status<"));
}

TEST_CASE("A summary is in plain words: dates written out, no rule ids, rule status in words with a key, no empty "
          "fields",
          "[report][meeting]")
{
    ReportFixture f;
    const std::string html = summaryHtml(f, ConsentAudience::Hr);
    const auto due = f.session->due().all(casebook::core::test::isoDay("2026-11-22")).value();
    int dates = 0;
    for (const DueItem& item : due) {
        if (item.source.caseId == f.caseId) {
            ++dates;
            INFO(item.source.derived.ruleId);
            CHECK(html.find(item.source.derived.ruleId) == std::string::npos);
            CHECK(html.find("<td>" + daysInWords(item.daysFromAsOf) + "</td>") != std::string::npos);
        }
    }
    CHECK(dates > 0);
    const auto body = html.substr(at(html, "<main>"), at(html, "</main>") - at(html, "<main>"));
    CHECK_FALSE(std::regex_search(body, std::regex("\\b20[0-9]{2}-[0-9]{2}-[0-9]{2}\\b")));
    CHECK(body.find("12 January 2026") != std::string::npos);
    CHECK(at(body, ">Key to rule status<") < at(body, ">Withheld from this copy<"));
    CHECK(body.find("<td>-</td>") == std::string::npos);
    CHECK(body.find("Outcome") == std::string::npos); // an open case has none: left out
    CHECK(at(body, ">Absences<") > at(body, ">Occupational health<"));
}

TEST_CASE("A medical decision keeps its management content for the line manager and withholds only its medical "
          "rationale, HR with consent sees it",
          "[report][meeting]")
{
    ReportFixture f;
    addMedicalDecision(f);
    const std::string manager = summaryHtml(f, ConsentAudience::LineManager);
    CHECK(manager.find("Second stage deferred") != std::string::npos);
    CHECK(manager.find("Meeting not possible before the review date") != std::string::npos);
    CHECK(manager.find(ReportFixture::kCanary) == std::string::npos);
    // The medical part starts a line of its own under the management reasons.
    CHECK(manager.find("Meeting not possible before the review date\nMedical rationale: [medical rationale withheld]")
          != std::string::npos);
    CHECK(manager.find("Withheld: medical rationale of decisions (1 item)") != std::string::npos);
    // The options considered sit under the medical flag too: withheld with the rationale.
    CHECK(manager.find("proceed; defer") == std::string::npos);
    CHECK(manager.find("Withheld: options considered in medical decisions (1 item)") != std::string::npos);
    const std::string hr = summaryHtml(f, ConsentAudience::Hr);
    CHECK(hr.find(std::string("Medical rationale: OH says ") + ReportFixture::kCanary) != std::string::npos);
    CHECK(hr.find("proceed; defer") != std::string::npos);
}

TEST_CASE("A medical decision's free notes are withheld with its medical rationale, its decision and rationale stay "
          "(issue 12, item 4)",
          "[report][meeting]")
{
    ReportFixture f;
    ChronologyEntry entry{{},
                          f.caseId,
                          casebook::core::test::isoDay("2026-02-11"),
                          std::nullopt,
                          EntryKind::Decision,
                          "Later start",
                          std::string("Notes ") + ReportFixture::kCanary,
                          true,
                          "PS Example",
                          std::nullopt};
    REQUIRE(f.session->cases().recordDecision(entry, {"Later start extended", "", "Team can cover the early shift",
                                                      "Insp Grey", false, "OH advice on medication timing"}));
    const std::string manager = summaryHtml(f, ConsentAudience::LineManager);
    CHECK(manager.find(ReportFixture::kCanary) == std::string::npos);
    CHECK(manager.find("OH advice on medication timing") == std::string::npos);
    CHECK(manager.find("Later start extended") != std::string::npos);
    CHECK(manager.find("Team can cover the early shift") != std::string::npos);
    const std::string hr = summaryHtml(f, ConsentAudience::Hr);
    CHECK(hr.find(std::string("Notes ") + ReportFixture::kCanary) != std::string::npos);
}

TEST_CASE("A corrected entry is shown as first written with each amendment: when, by whom, why and what it now "
          "says, a medical correction is withheld without consent (issue 10, item 1)",
          "[report][amendment]")
{
    ReportFixture f;
    const CaseView view = f.session->cases().loadCase(f.caseId).value();
    const auto meeting = std::find_if(view.chronology.begin(), view.chronology.end(),
                                      [](const ChronologyEntry& e) { return e.title == "Welfare meeting"; });
    REQUIRE(meeting != view.chronology.end());
    EntryAmendment plain;
    plain.entryId = meeting->id;
    plain.amendedOn = casebook::core::test::isoDay("2026-02-03");
    plain.reason = "wrong attendee";
    plain.correction = "Discussed support with Insp Grey";
    REQUIRE(f.session->cases().amendEntry(plain));
    EntryAmendment medical = plain;
    medical.amendedOn = casebook::core::test::isoDay("2026-02-04");
    medical.reason = "OH detail added";
    medical.correction = std::string("Discussed ") + ReportFixture::kCanary;
    medical.medical = true;
    REQUIRE(f.session->cases().amendEntry(medical));

    const std::string manager = summaryHtml(f, ConsentAudience::LineManager);
    CHECK(manager.find("Discussed &lt;script&gt;alert(1)&lt;/script&gt; support\nAmended on 3 February 2026 by ")
          != std::string::npos);
    CHECK(manager.find(". Reason: wrong attendee. Now reads: Discussed support with Insp Grey\nAmended on "
                       "4 February 2026 by ")
          != std::string::npos);
    CHECK(manager.find(ReportFixture::kCanary) == std::string::npos);
    CHECK(manager.find("Withheld: medical corrections to chronology entries (1 item)") != std::string::npos);

    const std::string hr = summaryHtml(f, ConsentAudience::Hr);
    CHECK(hr.find(std::string("Reason: OH detail added. Now reads: Discussed ") + ReportFixture::kCanary)
          != std::string::npos);
}

TEST_CASE("The chronology is chosen: since the last meeting by default, since a date, key events only, or all",
          "[report][meeting]")
{
    ReportFixture f;
    SummaryOptions options = f.options(ConsentAudience::Hr);
    const auto view = f.session->cases().loadCase(f.caseId).value();
    // The fixture's only meeting is on 12 January 2026; a later one moves the default start.
    CHECK(chronologyStart(view.chronology, options) == casebook::core::test::isoDay("2026-01-12"));
    ChronologyEntry later{{},
                          f.caseId,
                          casebook::core::test::isoDay("2026-01-18"),
                          std::nullopt,
                          EntryKind::Meeting,
                          "Review meeting",
                          "",
                          false,
                          "PS Example",
                          std::nullopt};
    REQUIRE(f.session->cases().addEntry(later));
    std::string html = HtmlRenderer::render(caseSummary(*f.session, f.caseId, options).value());
    CHECK(html.find("Chronology since 18 January 2026") != std::string::npos);
    CHECK(html.find("GP letter") == std::string::npos);         // 15 January
    CHECK(html.find("Review meeting") != std::string::npos);    // 18 January
    CHECK(html.find("Agree later start") != std::string::npos); // 20 January
    CHECK(html.find("Decisions since 18 January 2026") != std::string::npos);

    options.chronology = ChronologyRange::Since;
    options.chronologySince = casebook::core::test::isoDay("2026-01-19");
    html = HtmlRenderer::render(caseSummary(*f.session, f.caseId, options).value());
    CHECK(html.find("Review meeting") == std::string::npos);
    CHECK(html.find("Agree later start") != std::string::npos);

    options.chronology = ChronologyRange::KeyEvents;
    html = HtmlRenderer::render(caseSummary(*f.session, f.caseId, options).value());
    CHECK(html.find("Chronology: key events") != std::string::npos);
    CHECK(html.find("Welfare meeting") != std::string::npos);
    CHECK(html.find("GP letter") == std::string::npos); // a note is not a key event

    options.chronology = ChronologyRange::All;
    html = HtmlRenderer::render(caseSummary(*f.session, f.caseId, options).value());
    CHECK(html.find("GP letter") != std::string::npos);
    CHECK(html.find("Welfare meeting") != std::string::npos);
    CHECK(chronologyRangeFromCode("key") == ChronologyRange::KeyEvents);
    CHECK_FALSE(chronologyRangeFromCode("everything"));
}

TEST_CASE("A meeting's outcome goes into the chronology, the decision log and an action plan, and the next summary "
          "starts from it, and undo takes it back",
          "[report][meeting]")
{
    ReportFixture f;
    MeetingOutcome outcome;
    outcome.caseId = f.caseId;
    outcome.date = casebook::core::test::isoDay("2026-11-30");
    outcome.title = "Attendance review meeting";
    outcome.attendees = {"Insp Grey", "Dana Price (HR)"};
    outcome.notes = "Agreed a phased return.";
    outcome.actions = {{"Book the OH follow-up", "Dana Price", casebook::core::test::isoDay("2026-12-14")}};
    outcome.decisions = {{"Extend the later start to March", "Attendance has improved", "", "Insp Grey"}};
    outcome.nextMeeting = casebook::core::test::isoDay("2027-01-11");
    outcome.author = "PS Example";

    MeetingOutcome bad = outcome;
    bad.decisions[0].rationale.clear();
    const auto refused = recordMeetingOutcome(*f.session, bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail.rfind("decisions[0].rationale", 0) == 0);
    CHECK(f.session->cases().loadCase(f.caseId).value().chronology.size() == 3); // nothing written

    const auto reviewBefore = f.session->cases().loadCase(f.caseId).value().record.nextReview;
    const auto recorded = recordMeetingOutcome(*f.session, outcome);
    REQUIRE(recorded);
    CHECK(recorded->actionPlan.has_value());
    CHECK(recorded->decisions.size() == 1);
    const auto view = f.session->cases().loadCase(f.caseId).value();
    CHECK(view.record.nextReview == casebook::core::test::isoDay("2027-01-11"));

    SummaryOptions next = f.options(ConsentAudience::LineManager);
    next.generatedOn = casebook::core::test::isoDay("2027-01-04");
    next.meetingDate = casebook::core::test::isoDay("2027-01-11");
    const std::string html = HtmlRenderer::render(caseSummary(*f.session, f.caseId, next).value());
    CHECK(html.find("Chronology since 30 November 2026") != std::string::npos);
    CHECK(html.find("Decisions since 30 November 2026") != std::string::npos);
    CHECK(html.find("Extend the later start to March") != std::string::npos);
    CHECK(html.find("Agree later start") == std::string::npos); // before the last meeting
    CHECK(html.find("Book the OH follow-up") != std::string::npos);
    CHECK(html.find("14 December 2026") != std::string::npos);
    CHECK(html.find("11 January 2027") != std::string::npos); // the next review

    // Undo takes all of it back: the entries, the plan, and the next review as it was.
    REQUIRE(undoMeetingOutcome(*f.session, *recorded));
    const auto undone = f.session->cases().loadCase(f.caseId).value();
    CHECK(undone.chronology.size() == 3);
    CHECK(undone.record.nextReview == reviewBefore);
    const auto plans = f.session->procedures().listForCase<casebook::core::ActionPlan>(f.caseId).value();
    CHECK(std::none_of(plans.begin(), plans.end(),
                       [&](const casebook::core::ActionPlan& p) { return p.id == *recorded->actionPlan; }));
}

TEST_CASE("Words: dates written out, days from today, codes as their owners write them", "[report][words]")
{
    CHECK(dateInWords(casebook::core::test::isoDay("2026-12-04")) == "4 December 2026");
    CHECK(dateInWords(casebook::core::test::isoDay("2027-01-31")) == "31 January 2027");
    CHECK(daysInWords(-11) == "11 days overdue");
    CHECK(daysInWords(-1) == "1 day overdue");
    CHECK(daysInWords(0) == "due today");
    CHECK(daysInWords(5) == "in 5 days");
    CHECK(codeInWords("police_federation") == "Police Federation");
    CHECK(codeInWords("unison") == "UNISON");
    CHECK(codeInWords("reasonable_adjustments") == "Reasonable adjustments");
    CHECK(codeInWords("uap") == "UAP");
    CHECK(codeInWords("win_received") == "Written improvement notice received");
    CHECK(codeInWords("fwin_dated") == "Final written improvement notice dated");
    CHECK(codeInWords("smp_report_received") == "SMP report received");
}

TEST_CASE("Current adjustments say what each adjustment is and flag an agreed one without a review date (issue 10, "
          "item 8)",
          "[report]")
{
    ReportFixture f;
    Adjustment a;
    a.caseId = f.caseId;
    a.measure = "Day shifts only";
    a.barrier = "Night shifts worsen a long-term condition";
    a.requestedDate = casebook::core::test::isoDay("2026-01-05");
    a.requestedBy = "Officer";
    a.decision = AdjustmentDecision::Agreed;
    a.rationale = "Reasonable";
    a.decisionMaker = "Insp Grey";
    a.decisionDate = casebook::core::test::isoDay("2026-01-19");
    REQUIRE(f.session->procedures().add(a));
    const std::string html = summaryHtml(f, ConsentAudience::LineManager);
    CHECK(html.find(">Adjustment</th>") != std::string::npos);
    CHECK(html.find("Day shifts only") != std::string::npos);
    CHECK(html.find("None set: needs one") != std::string::npos);
}

TEST_CASE("An entry's medical detail kept apart is withheld alone and said so in place, the entry stays, and HR with "
          "consent reads it (issue 12, item 4)",
          "[report][consent]")
{
    ReportFixture f;
    ChronologyEntry entry{{},
                          f.caseId,
                          casebook::core::test::isoDay("2026-02-12"),
                          std::nullopt,
                          EntryKind::Note,
                          "Welfare visit at home",
                          "Agreed a phased return over four weeks, starting on late shifts",
                          false,
                          "PS Example",
                          std::nullopt,
                          std::string("GP reports ") + ReportFixture::kCanary};
    REQUIRE(f.session->cases().addEntry(entry));
    const auto render = [&](ConsentAudience audience) {
        SummaryOptions options = f.options(audience);
        options.chronology = ChronologyRange::All;
        auto document = caseSummary(*f.session, f.caseId, options);
        REQUIRE(document);
        return HtmlRenderer::render(*document);
    };
    const std::string manager = render(ConsentAudience::LineManager);
    CHECK(manager.find("Welfare visit at home") != std::string::npos);
    CHECK(manager.find("Agreed a phased return over four weeks") != std::string::npos);
    CHECK(manager.find("Medical detail: [withheld: no consent for this audience]") != std::string::npos);
    CHECK(manager.find("Withheld: medical detail of chronology entries (1 item)") != std::string::npos);
    CHECK(manager.find("GP reports") == std::string::npos);
    CHECK(manager.find(ReportFixture::kCanary) == std::string::npos);
    const std::string hr = render(ConsentAudience::Hr);
    CHECK(hr.find(std::string("Medical detail: GP reports ") + ReportFixture::kCanary) != std::string::npos);
    CHECK(hr.find("Agreed a phased return over four weeks") != std::string::npos);
}

TEST_CASE("Medical detail belongs to entries other than decisions and is kept, searchable, as typed",
          "[report][consent]")
{
    ReportFixture f;
    ChronologyEntry note{{},
                         f.caseId,
                         casebook::core::test::isoDay("2026-02-12"),
                         std::nullopt,
                         EntryKind::Communication,
                         "Phone call",
                         "Called to arrange the meeting",
                         false,
                         "PS Example",
                         std::nullopt,
                         "Mentions new medication zopiclonexyz"};
    const auto id = f.session->cases().addEntry(note);
    REQUIRE(id);
    auto view = f.session->cases().loadCase(f.caseId).value();
    const auto stored = std::find_if(view.chronology.begin(), view.chronology.end(),
                                     [&](const ChronologyEntry& e) { return e.id == *id; });
    REQUIRE(stored != view.chronology.end());
    CHECK(stored->medicalDetail == "Mentions new medication zopiclonexyz");
    auto hits = f.session->search().search("zopiclonexyz");
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().medical); // a hit on medical detail is marked medical

    ChronologyEntry decision = note;
    decision.kind = EntryKind::Decision;
    CHECK_FALSE(f.session->cases().recordDecision(decision, {"Proceed", "", "Because", "Insp Grey", false, ""}));
}
