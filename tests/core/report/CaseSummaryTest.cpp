// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ReportFixture.h"

#include "report/CsvWriter.h"
#include "report/HtmlRenderer.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace casebook::core;
using casebook::core::test::ReportFixture;

namespace {

std::string summaryHtml(ReportFixture& f, ConsentAudience audience)
{
    auto document = buildCaseSummary(*f.session, f.caseId, f.options(audience));
    REQUIRE(document);
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
                    "does not cover Line manager.")
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
    REQUIRE(f.session->cases().withdrawConsent(view.consents.front().id, casebook::core::test::isoDay("2026-06-01")));
    CHECK(summaryHtml(f, ConsentAudience::Hr).find(ReportFixture::kCanary) == std::string::npos);
}

TEST_CASE("The summary's HTML is escaped, self-contained and marked at top and bottom", "[report]")
{
    ReportFixture f;
    SummaryOptions options = f.options(ConsentAudience::Hr);
    options.marking = "OFFICIAL-SENSITIVE <PERSONAL>";
    const std::string html = HtmlRenderer::render(buildCaseSummary(*f.session, f.caseId, options).value());
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
    const ReportDocument document = buildCaseSummary(*f.session, f.caseId, options).value();
    CHECK(document.sections == std::vector<std::string>{"person", "actions"});
    CHECK(document.withheld.empty());
    const std::string html = HtmlRenderer::render(document);
    CHECK(html.find("Chronology") == std::string::npos);
    CHECK(html.find("Return plan") != std::string::npos);
}

TEST_CASE("A summary of a missing case is NotFound", "[report]")
{
    ReportFixture f;
    auto document = buildCaseSummary(*f.session, CaseId{999}, f.options(ConsentAudience::Hr));
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
