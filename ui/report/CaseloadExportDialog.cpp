// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/CaseloadExportDialog.h"
#include "support/Today.h"

#include "dialogs/IdentityDialog.h"
#include "support/Messages.h"
#include "support/ScreenFit.h"

#include "report/ExportDialog.h"
#include "report/ExportRunner.h"
#include "session/ReadJob.h"
#include "workspace/Labels.h"

#include "report/CaseSummary.h"
#include "report/CaseloadOverview.h"
#include "report/ICalendar.h"
#include "report/OverviewReport.h"
#include "service/ExportService.h"
#include "service/ReportService.h"
#include "service/Session.h"
#include "support/ClearFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <chrono>

namespace casebook::ui {

CaseloadExportDialog::CaseloadExportDialog(core::Session& session, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
{
    setObjectName(kind == Kind::Overview ? QStringLiteral("overviewDialog") : QStringLiteral("calendarDialog"));
    m_runner = new ExportRunner(this);
    auto* form = new QFormLayout;
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (kind == Kind::Overview) {
        setWindowTitle(tr("Caseload overview"));
        intro->setText(tr("Every case, open and closed, for the chief inspector: cases by type, stage and duration, "
                          "and outcomes (OH and PSD referrals, ill-health retirements, action plans, returns to full "
                          "duties, resignations). No medical detail."));
        m_anonymised = new QCheckBox(tr("Anonymised (Officer A, Officer B, …)"), this);
        m_anonymised->setObjectName(QStringLiteral("overviewAnonymised"));
        m_anonymised->setChecked(true);
        m_format = new QComboBox(this);
        m_format->setObjectName(QStringLiteral("overviewFormat"));
        m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
        m_format->addItem(tr("Spreadsheet (CSV)"), QStringLiteral("csv"));
        m_marking = new QComboBox(this);
        m_marking->setEditable(true);
        m_marking->addItems({QStringLiteral("OFFICIAL-SENSITIVE"), QStringLiteral("OFFICIAL")});
        m_marking->setAccessibleName(tr("Protective marking"));
        form->addRow(QString(), m_anonymised);
        form->addRow(tr("F&ormat:"), m_format);
        form->addRow(tr("&Marking:"), m_marking);
    } else {
        setWindowTitle(tr("Calendar of dates"));
        intro->setText(tr("Every date the open cases give, as all-day events for a diary (iCalendar). Importing a "
                          "later export updates the same events. Titles that would reveal health detail are "
                          "replaced unless the officer's consent covers whose diary it is."));
        m_audience = new QComboBox(this);
        m_audience->setObjectName(QStringLiteral("calendarAudience"));
        m_audience->addItem(tr("Line manager"), static_cast<int>(core::ConsentAudience::LineManager));
        m_audience->addItem(tr("HR"), static_cast<int>(core::ConsentAudience::Hr));
        form->addRow(tr("For the diary of:"), m_audience);
        // Diaries sync to phones: titles give the case, not the officer, unless asked.
        m_calendarNamed = new QCheckBox(tr("Officers' names in event titles (otherwise \"Case 12\")"), this);
        m_calendarNamed->setObjectName(QStringLiteral("calendarNamed"));
        m_calendarNamed->setChecked(false);
        form->addRow(QString(), m_calendarNamed);
        m_reminderDays = new QSpinBox(this);
        m_reminderDays->setObjectName(QStringLiteral("calendarReminderDays"));
        m_reminderDays->setRange(0, 365);
        m_reminderDays->setValue(core::CalendarOptions{}.reminderDays);
        m_reminderDays->setSuffix(tr(" days before"));
        m_reminderDays->setAccessibleName(tr("Reminder, days before each date"));
        form->addRow(tr("&Reminder:"), m_reminderDays);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("caseloadExportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* note = new QLabel(
        tr("The file is written unencrypted; the export is recorded in the audit log with its fingerprint."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("caseloadExportButton"));
    connect(m_export, &QPushButton::clicked, this, &CaseloadExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    fitOnShow(this);
}

void CaseloadExportDialog::chooseFileAndExport()
{
    const bool calendar = m_kind == Kind::Calendar;
    const QString suffix = calendar ? QStringLiteral("ics") : m_format->currentData().toString();
    const QString name = calendar ? tr("Casebook dates %1.%2") : tr("Caseload overview %1.%2");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(name.arg(todayQDate().toString(Qt::ISODate), suffix));
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), suggested,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void CaseloadExportDialog::exportTo(const QString& path)
{
    // Reading 10,000 cases takes most of a second: it happens on a read-only connection on a
    // worker (session/ReadJob), and the file is rendered on another (ExportRunner), so the window
    // keeps answering throughout.
    const core::Date today = toCoreDate(todayQDate());
    m_export->setEnabled(false);
    m_status->setText(tr("Reading the caseload…"));
    if (m_kind == Kind::Overview) {
        const bool anonymised = m_anonymised->isChecked();
        readOnWorker<core::CaseloadOverview>(
            m_session, this, this,
            [today, anonymised](core::Session& reader) { return core::caseloadOverview(reader, today, anonymised); },
            [this, path, anonymised](core::Result<core::CaseloadOverview> overview) {
                renderOverview(path, anonymised, std::move(overview));
            });
        return;
    }
    core::CalendarOptions options;
    options.audience = static_cast<core::ConsentAudience>(m_audience->currentData().toInt());
    options.asOf = today;
    options.named = m_calendarNamed->isChecked();
    options.reminderDays = m_reminderDays->value();
    options.stamp = std::chrono::time_point_cast<core::Clock::TimePoint::duration>(std::chrono::system_clock::now());
    readOnWorker<core::CalendarExport>(
        m_session, this, this, [options](core::Session& reader) { return core::calendarExport(reader, options); },
        [this, path, options](core::Result<core::CalendarExport> calendar) {
            core::ExportRecord record = caseloadRecord();
            if (!calendar) {
                finish(path, record, calendar.error());
                return;
            }
            record.what = options.named ? "named calendar" : "calendar";
            record.format = "ics";
            record.audience = core::audienceName(options.audience);
            if (calendar->withheld > 0) {
                record.withheld.push_back({"calendar event titles", calendar->withheld});
            }
            record.bytes = std::move(calendar->text);
            finish(path, record, core::Ok{});
        });
}

core::ExportRecord CaseloadExportDialog::caseloadRecord()
{
    return core::ExportRecord{{}, {}, "caseload", "all", {}, {}, {}, {}};
}

void CaseloadExportDialog::renderOverview(const QString& path, bool anonymised,
                                          core::Result<core::CaseloadOverview> overview)
{
    core::ExportRecord record = caseloadRecord();
    if (!overview) {
        finish(path, record, overview.error());
        return;
    }
    record.what = anonymised ? "anonymised caseload overview" : "named caseload overview";
    record.format = m_format->currentData().toString().toStdString();
    if (record.format == "csv") {
        record.bytes = overview->toCsv();
        finish(path, record, core::Ok{});
        return;
    }
    auto report = core::overviewReport(*overview, m_marking->currentText().trimmed().toStdString(),
                                       core::kOverviewHandling, savedIdentity().signature());
    const bool started = m_runner->start(
        tr("Writing the export…"),
        [report = std::move(report)](const std::atomic<bool>& cancelled, const ExportRunner::Progress& progress) {
            return renderReport(report, ExportFormat::Pdf, &cancelled, progress);
        },
        [this, path, record](core::Result<std::string> rendered) mutable {
            if (rendered) {
                record.bytes = std::move(*rendered);
            }
            finish(path, record, rendered ? core::Status(core::Ok{}) : core::Status(rendered.error()));
        });
    if (!started) {
        m_export->setEnabled(true);
        m_status->clear();
    }
}

void CaseloadExportDialog::finish(const QString& path, const core::ExportRecord& record, const core::Status& rendered)
{
    m_export->setEnabled(true);
    // Written, hashed and audited in one step: an export not in the audit log does not stay.
    const core::Status outcome = rendered ? core::exportFile(m_session, record, exportPath(path), true) // asked
                                          : rendered;
    QString message;
    if (outcome) {
        message = tr("Written to %1 and recorded in the audit log.").arg(QDir::toNativeSeparators(path));
    } else if (outcome.error().code == core::ErrorCode::Cancelled) {
        message = tr("Cancelled: no file was written.");
    } else {
        message = tr("The export could not be written or recorded (%1); no file was left behind.")
                      .arg(userMessage(outcome.error()));
    }
    m_status->setText(message);
    emit exportFinished(outcome.has_value(), message);
}

} // namespace casebook::ui
