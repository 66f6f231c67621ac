// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The export dialog as a sergeant uses it: the audience decides what medical detail goes in, the
// preview is what is written, every export is audited with the file's SHA-256, and a failure
// leaves no file. The files are read back with pdftotext and unzip.
#include "report/ExportDialog.h"
#include "report/CaseloadExportDialog.h"
#include "report/ReportFixture.h"

#include "report/ExportAudit.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>

namespace core = casebook::core;
namespace ui = casebook::ui;
using core::test::ReportFixture;

namespace {

QString readBack(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The text a reader of the file sees: pdftotext for PDF, content.xml and styles.xml (the page
/// headers and footers) for ODT, the bytes for HTML.
QString visibleText(const QString& path, ui::ExportFormat format)
{
    switch (format) {
    case ui::ExportFormat::Pdf:
        return readBack(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    case ui::ExportFormat::Odt:
        return readBack(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")})
               + readBack(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("styles.xml")});
    case ui::ExportFormat::Html:
        break;
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

/// The preview is gathered on a worker: waits until it shows the choices as they are.
void waitForPreview(const ui::ExportDialog& dialog)
{
    REQUIRE(QTest::qWaitFor([&] { return !dialog.previewPending(); }, 30000));
}

void chooseAudience(ui::ExportDialog& dialog, core::ConsentAudience audience)
{
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("exportAudience"));
    combo->setCurrentIndex(combo->findData(static_cast<int>(audience)));
    waitForPreview(dialog);
}

bool exportAndWait(ui::ExportDialog& dialog, const QString& path, ui::ExportFormat format)
{
    QSignalSpy done(&dialog, &ui::ExportDialog::exportFinished);
    dialog.exportTo(path, format);
    REQUIRE(done.wait(60000));
    return done.at(0).at(0).toBool();
}

std::size_t exportsAudited(ReportFixture& f)
{
    core::AuditFilter filter;
    filter.action = core::AuditAction::Export;
    return f.session->audit().list(f.session->database(), filter).value().size();
}

} // namespace

TEST_CASE("For a line manager without the officer's consent the medical canary is in no format and the dialog says "
          "what was withheld, for HR, whose consent is recorded, it is in all three",
          "[report][export]")
{
    ReportFixture f;
    ui::ExportDialog dialog(*f.session, f.caseId);
    const QString canary = QString::fromLatin1(ReportFixture::kCanary);
    const QString folder = QString::fromStdString(f.dir.path().string());
    for (const auto format : {ui::ExportFormat::Pdf, ui::ExportFormat::Odt, ui::ExportFormat::Html}) {
        const int n = static_cast<int>(format);
        INFO("format " << n);
        chooseAudience(dialog, core::ConsentAudience::LineManager);
        CHECK_FALSE(dialog.preview()->toPlainText().contains(canary));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("exportWithheld"))->text().contains(QStringLiteral("Withheld")));
        const QString withheldPath = folder + QStringLiteral("/line-manager-%1").arg(n);
        REQUIRE(exportAndWait(dialog, withheldPath, format));
        const QString withheld = visibleText(withheldPath, format);
        CHECK_FALSE(withheld.contains(canary));
        CHECK(withheld.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        CHECK(withheld.contains(QStringLiteral("Alex Morgan")));

        chooseAudience(dialog, core::ConsentAudience::Hr);
        CHECK(dialog.preview()->toPlainText().contains(canary));
        const QString hrPath = folder + QStringLiteral("/hr-%1").arg(n);
        REQUIRE(exportAndWait(dialog, hrPath, format));
        CHECK(visibleText(hrPath, format).contains(canary));
    }
    CHECK(exportsAudited(f) == 6);
}

TEST_CASE("Each export is in the audit log with the SHA-256 of the file as written", "[report][export]")
{
    ReportFixture f;
    ui::ExportDialog dialog(*f.session, f.caseId);
    const QString path = QString::fromStdString((f.dir / "summary.pdf").string());
    REQUIRE(exportAndWait(dialog, path, ui::ExportFormat::Pdf));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const std::string digest = core::sha256Hex(file.readAll().toStdString());
    core::AuditFilter filter;
    filter.action = core::AuditAction::Export;
    const auto entries = f.session->audit().list(f.session->database(), filter).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].entry.summary.find("as pdf for HR") != std::string::npos);
    CHECK(entries[0].entry.summary.find("sha256 " + digest) != std::string::npos);
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
}

TEST_CASE("An export that cannot be written says so, leaves no file and records nothing", "[report][export]")
{
    ReportFixture f;
    ui::ExportDialog dialog(*f.session, f.caseId);
    const QString folder = QString::fromStdString(f.dir.path().string());
    QSignalSpy done(&dialog, &ui::ExportDialog::exportFinished);
    dialog.exportTo(folder + QStringLiteral("/missing/summary.pdf"), ui::ExportFormat::Pdf);
    REQUIRE(done.wait(60000));
    CHECK_FALSE(done.at(0).at(0).toBool());
    CHECK(done.at(0).at(1).toString().contains(QStringLiteral("no file was left behind")));
    CHECK_FALSE(QDir(folder + QStringLiteral("/missing")).exists());
    CHECK(exportsAudited(f) == 0);
}

TEST_CASE("Leaving sections out leaves them out of the preview and the file's recorded sections", "[report][export]")
{
    ReportFixture f;
    ui::ExportDialog dialog(*f.session, f.caseId);
    dialog.findChild<QCheckBox*>(QStringLiteral("exportSection_chronology"))->setChecked(false);
    waitForPreview(dialog);
    const auto& sections = dialog.report().sections;
    CHECK(std::find(sections.begin(), sections.end(), "chronology") == sections.end());
    CHECK(std::find(sections.begin(), sections.end(), "person") != sections.end());
}

TEST_CASE("The caseload overview is anonymised by default, written as PDF or CSV, and audited", "[report][export]")
{
    ReportFixture f;
    const QString folder = QString::fromStdString(f.dir.path().string());
    ui::CaseloadExportDialog dialog(*f.session, ui::CaseloadExportDialog::Kind::Overview);
    CHECK(dialog.findChild<QCheckBox*>(QStringLiteral("overviewAnonymised"))->isChecked());
    for (const char* format : {"pdf", "csv"}) {
        INFO(format);
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("overviewFormat"));
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(format)));
        const QString path = folder + QStringLiteral("/overview.") + QString::fromLatin1(format);
        QSignalSpy done(&dialog, &ui::CaseloadExportDialog::exportFinished);
        dialog.exportTo(path);
        REQUIRE(done.wait(60000));
        REQUIRE(done.at(0).at(0).toBool());
        const QString text = QString::fromLatin1(format) == QStringLiteral("pdf")
                                 ? readBack(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                                 : readBack(QStringLiteral("cat"), {path});
        CHECK(text.contains(QStringLiteral("Officer A")));
        CHECK_FALSE(text.contains(QStringLiteral("Alex Morgan")));
        CHECK_FALSE(text.contains(QString::fromLatin1(ReportFixture::kCanary)));
        if (QString::fromLatin1(format) == QStringLiteral("pdf")) {
            // The first page is the chart of the caseload, naming no one.
            const QString chart =
                readBack(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                       QStringLiteral("1"), path, QStringLiteral("-")});
            CHECK(chart.contains(QStringLiteral("Caseload at a glance")));
            CHECK(chart.contains(QStringLiteral("Open cases at the end of each month")));
            CHECK_FALSE(chart.contains(QStringLiteral("Alex Morgan")));
            CHECK_FALSE(chart.contains(QStringLiteral("Officer A")));
        }
    }
    CHECK(exportsAudited(f) == 2);
}

TEST_CASE("The calendar of dates writes an iCalendar file whose UIDs stay the same on a second export, audited",
          "[report][export]")
{
    ReportFixture f;
    const QString folder = QString::fromStdString(f.dir.path().string());
    ui::CaseloadExportDialog dialog(*f.session, ui::CaseloadExportDialog::Kind::Calendar);
    // Names only when asked; a reminder 2 days before unless another is chosen.
    auto* named = dialog.findChild<QCheckBox*>(QStringLiteral("calendarNamed"));
    REQUIRE(named != nullptr);
    CHECK_FALSE(named->isChecked());
    auto* reminder = dialog.findChild<QSpinBox*>(QStringLiteral("calendarReminderDays"));
    REQUIRE(reminder != nullptr);
    CHECK(reminder->value() == 2);
    QStringList uids[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = folder + QStringLiteral("/dates-%1.ics").arg(i);
        QSignalSpy done(&dialog, &ui::CaseloadExportDialog::exportFinished);
        dialog.exportTo(path);
        REQUIRE(done.wait(60000));
        REQUIRE(done.at(0).at(0).toBool());
        const QString text = readBack(QStringLiteral("cat"), {path});
        CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
        CHECK_FALSE(text.contains(QString::fromLatin1(ReportFixture::kCanary)));
        CHECK_FALSE(text.contains(QStringLiteral("Alex Morgan")));
        CHECK(text.count(QStringLiteral("BEGIN:VALARM")) == text.count(QStringLiteral("BEGIN:VEVENT")));
        for (const QString& line : text.split(QStringLiteral("\r\n"))) {
            if (line.startsWith(QStringLiteral("UID:"))) {
                uids[i] << line;
            }
        }
    }
    CHECK_FALSE(uids[0].isEmpty());
    CHECK(uids[0] == uids[1]);
    CHECK(exportsAudited(f) == 2);
    // With names asked for and a week's notice.
    named->setChecked(true);
    reminder->setValue(7);
    const QString path = folder + QStringLiteral("/named.ics");
    QSignalSpy done(&dialog, &ui::CaseloadExportDialog::exportFinished);
    dialog.exportTo(path);
    REQUIRE(done.wait(60000));
    REQUIRE(done.at(0).at(0).toBool());
    const QString text = readBack(QStringLiteral("cat"), {path});
    CHECK(text.contains(QStringLiteral("Alex Morgan")));
    CHECK(text.count(QStringLiteral("TRIGGER;RELATED=START:-P6DT15H")) == text.count(QStringLiteral("BEGIN:VEVENT")));
}

TEST_CASE("A long chronology is previewed to its first rows with how many more the file has, every row on request",
          "[report][export]")
{
    ReportFixture f;
    std::vector<core::ChronologyEntry> entries;
    for (int i = 0; i < 300; ++i) {
        core::ChronologyEntry e;
        e.caseId = f.caseId;
        e.date = core::test::isoDay("2026-03-01");
        e.title = "Entry " + std::to_string(i + 1);
        e.author = "PS Example";
        entries.push_back(e);
    }
    REQUIRE(f.session->cases().addEntries(entries));
    ui::ExportDialog dialog(*f.session, f.caseId);
    waitForPreview(dialog);
    CHECK(dialog.preview()->toPlainText().contains(QStringLiteral("more rows, all in the file")));
    CHECK_FALSE(dialog.preview()->toPlainText().contains(QStringLiteral("Entry 300")));
    dialog.findChild<QCheckBox*>(QStringLiteral("exportAllRows"))->setChecked(true);
    CHECK(dialog.preview()->toPlainText().contains(QStringLiteral("Entry 300")));
    CHECK_FALSE(dialog.preview()->toPlainText().contains(QStringLiteral("more rows, all in the file")));
    // The file always has every row.
    const QString path = QString::fromStdString((f.dir / "long.pdf").string());
    dialog.findChild<QCheckBox*>(QStringLiteral("exportAllRows"))->setChecked(false);
    REQUIRE(exportAndWait(dialog, path, ui::ExportFormat::Pdf));
    CHECK(readBack(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).contains(QStringLiteral("Entry 300")));
}

TEST_CASE("The summary preview is gathered on a worker and an export asked for meanwhile writes the summary as chosen",
          "[report][export][worker]")
{
    ReportFixture f;
    ui::ExportDialog dialog(*f.session, f.caseId);
    const QString canary = QString::fromLatin1(ReportFixture::kCanary);
    waitForPreview(dialog);
    CHECK(dialog.preview()->toPlainText().contains(canary)); // HR first: consent covers it
    // A new audience is not in the preview until the worker has gathered it...
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("exportAudience"));
    combo->setCurrentIndex(combo->findData(static_cast<int>(core::ConsentAudience::LineManager)));
    CHECK(dialog.previewPending());
    // ...and Export pressed before then waits for it: the file is the line manager's, canary withheld.
    const QString path = QString::fromStdString((f.dir / "asked-early.html").string());
    REQUIRE(exportAndWait(dialog, path, ui::ExportFormat::Html));
    CHECK_FALSE(dialog.previewPending());
    CHECK_FALSE(dialog.preview()->toPlainText().contains(canary));
    CHECK_FALSE(visibleText(path, ui::ExportFormat::Html).contains(canary));
    CHECK(exportsAudited(f) == 1);
}

TEST_CASE("A caseload export reads the caseload on a worker, its Export button disabled until it is written",
          "[report][export][worker]")
{
    ReportFixture f;
    ui::CaseloadExportDialog dialog(*f.session, ui::CaseloadExportDialog::Kind::Calendar);
    auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("caseloadExportButton"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("caseloadExportStatus"));
    REQUIRE(exportButton != nullptr);
    REQUIRE(status != nullptr);
    const QString path = QString::fromStdString((f.dir / "dates.ics").string());
    QSignalSpy done(&dialog, &ui::CaseloadExportDialog::exportFinished);
    dialog.exportTo(path);
    // exportTo returned before anything was read: the window is free while the worker reads.
    CHECK(done.isEmpty());
    CHECK_FALSE(exportButton->isEnabled());
    CHECK(status->text() == QStringLiteral("Reading the caseload…"));
    CHECK_FALSE(QFile::exists(path));
    REQUIRE(done.wait(60000));
    CHECK(done.at(0).at(0).toBool());
    CHECK(exportButton->isEnabled());
    CHECK(QFile::exists(path));
    CHECK(exportsAudited(f) == 1);
}
