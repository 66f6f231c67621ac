// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The OpenDocument rendering of a report: a valid package (mimetype first and stored), the
// marking in every page's header and footer, page X of Y fields, and record text kept as text.
#include "report/OdtRenderer.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <cstdio>
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
