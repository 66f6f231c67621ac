// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The OpenDocument rendering of a report: a valid package (mimetype first and stored), the
// marking in every page's header and footer, page X of Y fields, and record text kept as text.
#include "report/OdtRenderer.h"
#include "report/ReportFixture.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

using namespace casebook;

namespace {

core::ReportDocument sampleReport()
{
    core::ReportDocument report;
    report.title = "Case summary: Robin Example";
    report.marking = "OFFICIAL-SENSITIVE";
    report.handling = "Personal data: share only with the meeting's attendees.";
    report.generatedOn = core::Date::parseIso("2026-11-22").value();
    report.author = "PS Casey";
    report.audience = "HR";
    report.heading("Person & case");
    report.keyValues({{"Name", "Robin Example"}, {"Team", "Demo <South>"}});
    report.table({"Date", "Entry"}, {{"2026-01-05", "Welfare visit\nat home"}, {"2026-02-01", "Tab\there"}});
    report.note("Withheld: occupational health referral detail (1 item)");
    return report;
}

std::string run(const std::string& command)
{
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
        out.append(buffer, n);
    }
    CHECK(::pclose(pipe) == 0);
    return out;
}

} // namespace

TEST_CASE("An ODT is a valid OpenDocument package: the mimetype first and stored, then the manifest, content, "
          "styles and meta",
          "[report][odt]")
{
    const auto bytes = core::OdtRenderer::render(sampleReport()).value();
    REQUIRE(bytes.size() > 100);
    // A zip local header, then the first entry's name "mimetype", stored (method 0), and its text.
    const std::string head(bytes.begin(), bytes.begin() + 100);
    CHECK(head.substr(0, 4) == std::string("PK\x03\x04", 4));
    CHECK((bytes[8] == 0 && bytes[9] == 0));
    CHECK(head.substr(30, 8) == "mimetype");
    CHECK(head.substr(38, 39) == "application/vnd.oasis.opendocument.text");

    test::TempDir dir;
    const auto path = dir / "summary.odt";
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    const std::string listing = run("unzip -Z1 '" + path.string() + "'");
    CHECK(listing == "mimetype\nMETA-INF/manifest.xml\ncontent.xml\nstyles.xml\nmeta.xml\n");
    CHECK(run("unzip -tq '" + path.string() + "'").find("No errors") != std::string::npos);
    // Every XML part is well-formed to an independent parser.
    CHECK(run("python3 -c \"import sys, zipfile, xml.dom.minidom as m; z = zipfile.ZipFile(sys.argv[1]); "
              "[m.parseString(z.read(n)) for n in z.namelist() if n.endswith('.xml')]; print('ok')\" '"
              + path.string() + "'")
          == "ok\n");
    // The same report gives the same bytes (fixed times in the package).
    CHECK(core::OdtRenderer::render(sampleReport()).value() == bytes);
}

TEST_CASE("The ODT puts the marking in every page's header and footer with page X of Y, and record text stays text",
          "[report][odt]")
{
    const auto bytes = core::OdtRenderer::render(sampleReport()).value();
    test::TempDir dir;
    const auto path = dir / "summary.odt";
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    const std::string styles = run("unzip -p '" + path.string() + "' styles.xml");
    CHECK(styles.find("<style:header><text:p text:style-name=\"Marking\">OFFICIAL-SENSITIVE</text:p>")
          != std::string::npos);
    CHECK(styles.find("<text:page-number") != std::string::npos);
    CHECK(styles.find("<text:page-count>") != std::string::npos);
    CHECK(styles.find("Personal data: share only with the meeting&apos;s attendees.") != std::string::npos);

    const std::string content = run("unzip -p '" + path.string() + "' content.xml");
    CHECK(content.find("Demo &lt;South&gt;") != std::string::npos);
    CHECK(content.find("Person &amp; case") != std::string::npos);
    CHECK(content.find("Welfare visit<text:line-break/>at home") != std::string::npos);
    CHECK(content.find("Tab<text:tab/>here") != std::string::npos);
    CHECK(content.find("<table:table-header-rows>") != std::string::npos);
    CHECK(content.find("Withheld: occupational health referral detail (1 item)") != std::string::npos);
    CHECK(content == core::OdtRenderer::contentXml(sampleReport()));
}

TEST_CASE("An ODT table's columns are as wide as their content needs, key-values are borderless and rows stay whole",
          "[report][odt]")
{
    core::ReportDocument report = sampleReport();
    report.table({"Date", "Kind", "Detail"},
                 {{"2026-01-05", "Note",
                   "Officer asked about the timescales; explained the next steps and who to contact, and shared the "
                   "signposting leaflet again."}});
    const std::string content = core::OdtRenderer::contentXml(report);
    auto width = [&content](const std::string& column) {
        const std::string key = "style:name=\"" + column
                                + "\" style:family=\"table-column\"><style:table-column-"
                                  "properties style:column-width=\"";
        const auto at = content.find(key);
        REQUIRE(at != std::string::npos);
        return std::stod(content.substr(at + key.size(), 8));
    };
    // Table1 is the key-value list, Table2 the two-column table, Table3 the date/kind/detail one.
    CHECK(width("Table3.C1") < width("Table3.C3") / 3);
    CHECK(width("Table3.C2") < width("Table3.C1"));
    CHECK(width("Table3.C1") + width("Table3.C2") + width("Table3.C3") == Approx(17.4).margin(0.05));
    CHECK(width("Table3.C1") > 2.0); // "2026-01-05" on one line
    // Key-value rows: the label column narrower, no border.
    CHECK(width("Table1.C1") < width("Table1.C2"));
    CHECK(content.find("<table:table table:name=\"Table1\" table:style-name=\"Table1\">") != std::string::npos);
    CHECK(content.find("<table:table-cell table:style-name=\"Plain\" office:value-type=\"string\"><text:p "
                       "text:style-name=\"TableHeading\">Name</text:p>")
          != std::string::npos);
    CHECK(content.find("fo:border=\"none\"") != std::string::npos);
    // No row breaks across a page, and every row uses that style.
    CHECK(content.find("<style:table-row-properties fo:keep-together=\"always\"/>") != std::string::npos);
    CHECK(content.find("<table:table-row>") == std::string::npos);
}

TEST_CASE("An ODT's title and headings are outline levels 1 and 2 in the Heading 1 and Heading 2 styles",
          "[report][odt]")
{
    const std::string content = core::OdtRenderer::contentXml(sampleReport());
    CHECK(content.find("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">Case summary: Robin "
                       "Example</text:h>")
          != std::string::npos);
    CHECK(content.find("<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">Person &amp; case</text:h>")
          != std::string::npos);
    const auto bytes = core::OdtRenderer::render(sampleReport()).value();
    test::TempDir dir;
    const auto path = dir / "summary.odt";
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    const std::string styles = run("unzip -p '" + path.string() + "' styles.xml");
    CHECK(styles.find("style:name=\"Heading_20_2\" style:display-name=\"Heading 2\"") != std::string::npos);
    CHECK(styles.find("style:default-outline-level=\"2\"") != std::string::npos);
    CHECK(styles.find("<text:outline-style") != std::string::npos);
}

TEST_CASE("Writes a case summary as ODT for the LibreOffice check", "[.odt-sample]")
{
    const char* out = std::getenv("CASEBOOK_ODT_OUT");
    REQUIRE(out != nullptr);
    core::test::ReportFixture f;
    // Enough of a chronology to run onto a second page, with the long entries real ones have.
    std::vector<core::ChronologyEntry> entries;
    for (int i = 0; i < 24; ++i) {
        core::ChronologyEntry e;
        e.caseId = f.caseId;
        e.date = core::test::isoDay("2026-03-01").addDays(i * 3);
        e.title = i % 2 == 0 ? "Welfare call" : "Meeting with line manager";
        e.body = "Officer asked about the timescales; explained the next steps and who to contact, and shared the "
                 "signposting leaflet again. Officer will consider it before the next review.";
        e.author = "PS Example";
        entries.push_back(e);
    }
    REQUIRE(f.session->cases().addEntries(entries));
    const auto summary = core::caseSummary(*f.session, f.caseId, f.options(core::ConsentAudience::Hr)).value();
    const auto bytes = core::OdtRenderer::render(summary).value();
    std::ofstream(out, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}
