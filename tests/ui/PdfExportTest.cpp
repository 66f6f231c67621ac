// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// PDF pages: the marking and handling line on every page, page X of Y, no file left behind on a
// cancel or a failure. Read back through pdftotext (poppler-utils), as a person would read it.
#include "report/PdfExport.h"
#include "report/ReportLayout.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextDocument>

#include <atomic>

namespace test = casebook::test;
namespace ui = casebook::ui;

namespace {

/// A document as long as a case summary with `rows` chronology lines.
QString longHtml(int rows)
{
    QString html = QStringLiteral("<h1>Case summary</h1><table border='1' cellspacing='0' cellpadding='2'>"
                                  "<tr><th>Date</th><th>Entry</th></tr>");
    for (int i = 0; i < rows; ++i) {
        html += QStringLiteral("<tr><td>2026-01-%1</td><td>Entry number %2 of the chronology</td></tr>")
                    .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                    .arg(i + 1);
    }
    return html + QStringLiteral("</table><p>CANARY-END-OF-DOCUMENT</p>");
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

ui::PageFrame frame()
{
    return {QStringLiteral("OFFICIAL-SENSITIVE"), QStringLiteral("Handle as personnel information: HR meeting only"),
            QStringLiteral("Generated 22 Nov 2026 by PS Casey"), QStringLiteral("Case summary")};
}

} // namespace

TEST_CASE("Every page of the PDF carries the marking top and bottom, the handling line and page X of Y",
          "[report][pdf]")
{
    test::TempDir dir;
    const QString path = QString::fromStdString((dir / "summary.pdf").string());
    QTextDocument document;
    document.setHtml(longHtml(300));
    REQUIRE(ui::writePdf(document, frame(), path));
    REQUIRE(QFile::exists(path));
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    const QString text = pdfText(path);
    const int pages = static_cast<int>(text.count(u'\f')) + (text.endsWith(u'\f') ? 0 : 1);
    REQUIRE(pages > 3);
    CHECK(text.count(QStringLiteral("OFFICIAL-SENSITIVE")) == 2 * pages);
    CHECK(text.count(QStringLiteral("Handle as personnel information")) == pages);
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Entry number 300 of the chronology")));
    CHECK(text.contains(QStringLiteral("CANARY-END-OF-DOCUMENT")));
}

TEST_CASE("A cancelled or failed PDF leaves no file, not even a partial one", "[report][pdf]")
{
    test::TempDir dir;
    const QString folder = QString::fromStdString(dir.path().string());
    const QString path = folder + QStringLiteral("/summary.pdf");
    QTextDocument document;
    document.setHtml(longHtml(400));
    std::atomic<bool> cancelled{false};
    int seen = 0;
    auto done = ui::writePdf(document, frame(), path, &cancelled, [&](int page, int) {
        seen = page;
        if (page == 2) {
            cancelled = true;
        }
    });
    REQUIRE_FALSE(done);
    CHECK(done.error().code == casebook::core::ErrorCode::Cancelled);
    CHECK(seen == 2);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());

    auto failed = ui::writePdf(document, frame(), folder + QStringLiteral("/no/such/folder/summary.pdf"));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == casebook::core::ErrorCode::Io);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("A report laid out for PDF keeps every table row, repeats nothing it should not and shows markup as text",
          "[report][pdf]")
{
    casebook::core::ReportDocument report;
    report.title = "Case summary: Robin Example";
    report.audience = "HR";
    report.author = "PS Casey";
    report.generatedOn = casebook::core::Date::parseIso("2026-11-22").value();
    report.heading("Person and case");
    report.keyValues({{"Name", "Robin Example"}, {"Case", "Demo case 1"}});
    report.heading("Chronology");
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 2000; ++i) {
        rows.push_back({"2026-01-05", "Entry " + std::to_string(i + 1), i == 0 ? "<b>not bold</b>" : "note"});
    }
    report.table({"Date", "Title", "Detail"}, rows);
    report.note("Withheld: occupational health referral detail (2 items)");

    QTextDocument document;
    ui::layOutReport(report, document);
    test::TempDir dir;
    const QString path = QString::fromStdString((dir / "report.pdf").string());
    REQUIRE(ui::writePdf(document, frame(), path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Case summary: Robin Example")));
    CHECK(text.contains(QStringLiteral("Prepared for HR by PS Casey on 22 November 2026.")));
    CHECK(text.contains(QStringLiteral("Entry 2000")));
    CHECK(text.contains(QStringLiteral("<b>not bold</b>")));
    CHECK(text.contains(QStringLiteral("Withheld: occupational health referral detail (2 items)")));
}
