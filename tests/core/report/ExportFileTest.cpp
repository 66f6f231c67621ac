// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The one export function (core::exportFile) and the reports made from plain values: a clear-text
// file is written atomically and owner-only, audited with the SHA-256 of exactly those bytes, and
// removed again when the audit log cannot record it; the summary and the calendar are rendered
// from values gathered by the report service, with no store behind them.
#include "report/ReportFixture.h"

#include "report/ExportAudit.h"
#include "report/HtmlRenderer.h"
#include "report/ICalendar.h"
#include "service/ExportService.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace casebook::core;
using casebook::core::test::ReportFixture;

namespace {

std::size_t exportsAudited(ReportFixture& f)
{
    AuditFilter filter;
    filter.action = AuditAction::Export;
    return f.session->audit().list(f.session->database(), filter).value().size();
}

ExportRecord htmlRecord(ReportFixture& f, std::string bytes)
{
    return {"case summary", "html", "case", std::to_string(f.caseId.value), "HR", {"person"}, {}, std::move(bytes)};
}

std::string fileText(const std::filesystem::path& path)
{
    const std::vector<std::uint8_t> bytes = casebook::test::readFile(path);
    return {bytes.begin(), bytes.end()};
}

} // namespace

TEST_CASE("An export file is written owner-only and audited with the SHA-256 of its bytes", "[report][export-file]")
{
    ReportFixture f;
    const auto path = f.dir / "summary.html";
    REQUIRE(exportFile(*f.session, htmlRecord(f, "<p>the summary</p>"), path, false));
    CHECK(fileText(path) == "<p>the summary</p>");
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777U) == 0600U);
    AuditFilter filter;
    filter.action = AuditAction::Export;
    const auto entries = f.session->audit().list(f.session->database(), filter).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].entry.summary.find("sha256 " + sha256Hex("<p>the summary</p>")) != std::string::npos);
}

TEST_CASE("An export file the audit log cannot record is removed, and the error says why", "[report][export-file]")
{
    ReportFixture f;
    const auto path = f.dir / "summary.html";
    // A transaction left open on the store's connection makes the audit entry's own one fail.
    REQUIRE(f.session->database().exec("BEGIN"));
    const Status exported = exportFile(*f.session, htmlRecord(f, "<p>not audited</p>"), path, false);
    REQUIRE(f.session->database().exec("ROLLBACK"));
    REQUIRE_FALSE(exported);
    CHECK(exported.error().code == ErrorCode::Database);
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(exportsAudited(f) == 0);
}

TEST_CASE("An export file refuses an existing file unless asked to replace it, and a missing folder, recording "
          "nothing",
          "[report][export-file]")
{
    ReportFixture f;
    const auto path = f.dir / "summary.html";
    {
        std::ofstream(path) << "kept";
    }
    const Status refused = exportFile(*f.session, htmlRecord(f, "new"), path, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::AlreadyExists);
    CHECK(fileText(path) == "kept");
    const Status missing = exportFile(*f.session, htmlRecord(f, "new"), f.dir / "no-such-folder" / "s.html", true);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::Io);
    CHECK(missing.error().detail.find("no-such-folder") != std::string::npos);
    CHECK(exportsAudited(f) == 0);
    REQUIRE(exportFile(*f.session, htmlRecord(f, "new"), path, true));
    CHECK(fileText(path) == "new");
    CHECK(exportsAudited(f) == 1);
}

TEST_CASE("A case summary is rendered from plain values with no store behind it", "[report][report-values]")
{
    CaseSummaryInputs inputs;
    inputs.view.person.name = "Sam Values";
    inputs.view.record.id = CaseId{7};
    Adjustment adjustment;
    adjustment.measure = "Later start time";
    adjustment.decision = AdjustmentDecision::Agreed;
    inputs.adjustments.push_back(adjustment);
    DueItem due;
    due.source.caseId = CaseId{7};
    due.source.derived.title = "Values review date";
    due.source.derived.date = casebook::core::test::isoDay("2027-01-04");
    inputs.due.push_back(due);
    DueItem otherCase = due;
    otherCase.source.caseId = CaseId{8};
    otherCase.source.derived.title = "Another case's date";
    inputs.due.push_back(otherCase);
    SummaryOptions options;
    options.generatedOn = casebook::core::test::isoDay("2026-12-06");
    const ReportDocument document = buildCaseSummary(inputs, options);
    const std::string html = HtmlRenderer::render(document);
    CHECK(document.title == "Case summary: Sam Values");
    CHECK(html.find("Later start time") != std::string::npos);
    CHECK(html.find("Values review date") != std::string::npos);
    CHECK(html.find("Another case") == std::string::npos);
}

TEST_CASE("A calendar is rendered from plain values, and an item whose person is not given is withheld and unnamed",
          "[report][report-values]")
{
    CalendarInputs inputs;
    inputs.storeId = "store-1";
    DueItem known;
    known.source.caseId = CaseId{3};
    known.source.person = PersonId{1};
    known.source.recordType = "absence";
    known.source.recordId = 11;
    known.source.derived.title = "Sick pay drops to half";
    known.source.derived.ruleId = "sick_pay.half";
    known.source.derived.date = casebook::core::test::isoDay("2027-02-01");
    DueItem unknown = known;
    unknown.source.caseId = CaseId{4};
    unknown.source.person = PersonId{2};
    inputs.items = {known, unknown};
    inputs.subjects.emplace(PersonId{1}, CalendarSubject{"Jo Named", true});
    CalendarOptions options;
    options.named = true;
    const CalendarExport exported = ICalendar::render(inputs, options);
    CHECK(exported.events == 2);
    CHECK(exported.withheld == 1);
    CHECK(exported.text.find("Sick pay drops to half \xE2\x80\x94 Jo Named") != std::string::npos);
    CHECK(exported.text.find("Health-related date (detail withheld) \xE2\x80\x94 Case 4") != std::string::npos);
}
