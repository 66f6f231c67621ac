// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/CaseloadExportDialog.h"
#include "support/Today.h"

#include "dialogs/IdentityDialog.h"
#include "support/ScreenFit.h"

#include "report/ExportDialog.h"
#include "report/ExportRunner.h"
#include "workspace/Labels.h"

#include "audit/HeadAnchor.h"
#include "report/CaseSummary.h"
#include "report/CaseloadOverview.h"
#include "report/ExportAudit.h"
#include "report/ICalendar.h"
#include "report/OverviewReport.h"
#include "service/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
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
    // Reading the caseload uses the session, so it stays on this thread; the wait cursor says so.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    const core::Date today = toCoreDate(todayQDate());
    std::string what;
    std::string format;
    std::string audience;
    int withheld = 0;
    ExportRunner::Job job;
    if (m_kind == Kind::Overview) {
        const bool anonymised = m_anonymised->isChecked();
        auto overview = core::CaseloadOverview::build(m_session, today, anonymised);
        if (!overview) {
            finish(path, {}, {}, {}, 0, false, qs(overview.error().detail));
            return;
        }
        overview->auditHead = core::auditHeadText(m_session.database());
        what = anonymised ? "anonymised caseload overview" : "named caseload overview";
        format = m_format->currentData().toString().toStdString();
        if (format == "csv") {
            job = [bytes = QByteArray::fromStdString(overview->toCsv()), path](const std::atomic<bool>&,
                                                                               const ExportRunner::Progress&) {
                return writeFileAtomically(path, bytes);
            };
        } else {
            auto report = core::overviewReport(*overview, m_marking->currentText().trimmed().toStdString(),
                                               core::kOverviewHandling, savedIdentity().signature());
            job = [report = std::move(report), path](const std::atomic<bool>& cancelled,
                                                     const ExportRunner::Progress& progress) {
                return writeReport(report, ExportFormat::Pdf, path, &cancelled, progress);
            };
        }
    } else {
        core::CalendarOptions options;
        options.audience = static_cast<core::ConsentAudience>(m_audience->currentData().toInt());
        options.asOf = today;
        options.named = m_calendarNamed->isChecked();
        options.reminderDays = m_reminderDays->value();
        options.stamp =
            std::chrono::time_point_cast<core::Clock::TimePoint::duration>(std::chrono::system_clock::now());
        options.auditHead = core::auditHeadText(m_session.database());
        auto calendar = core::ICalendar::exportDueDates(m_session, options);
        if (!calendar) {
            finish(path, {}, {}, {}, 0, false, qs(calendar.error().detail));
            return;
        }
        what = options.named ? "named calendar" : "calendar";
        format = "ics";
        audience = core::audienceName(options.audience);
        withheld = calendar->withheld;
        job = [bytes = QByteArray::fromStdString(calendar->text), path](
                  const std::atomic<bool>&, const ExportRunner::Progress&) { return writeFileAtomically(path, bytes); };
    }
    m_export->setEnabled(false);
    const bool started = m_runner->start(tr("Writing the export…"), path, std::move(job),
                                         [this, path, what, format, audience, withheld](const core::Status& written) {
                                             finish(path, what, format, audience, withheld, written.has_value(),
                                                    written ? QString() : qs(written.error().detail));
                                         });
    if (!started) {
        m_export->setEnabled(true);
    }
}

void CaseloadExportDialog::finish(const QString& path, const std::string& what, const std::string& format,
                                  const std::string& audience, int withheld, bool ok, const QString& problem)
{
    m_export->setEnabled(true);
    QString message;
    if (ok) {
        QFile file(path);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        std::vector<core::WithheldCategory> hidden;
        if (withheld > 0) {
            hidden.push_back({"calendar event titles", withheld});
        }
        auto audited = bytes.isEmpty()
                           ? core::Status(core::makeError(core::ErrorCode::Io, "cannot read the file back"))
                           : core::recordExport(
                               m_session, {what, format, "caseload", "all", audience, {}, hidden, bytes.toStdString()});
        if (!audited) {
            QFile::remove(path); // an export that is not in the audit log does not stay
            ok = false;
            message =
                tr("The export could not be recorded (%1); the file was removed.").arg(qs(audited.error().detail));
        } else {
            message = tr("Written to %1 and recorded in the audit log.").arg(QDir::toNativeSeparators(path));
        }
    } else {
        message = problem == QLatin1String("cancelled")
                      ? tr("Cancelled: no file was written.")
                      : tr("The export could not be written (%1); no file was left behind.").arg(problem);
    }
    m_status->setText(message);
    emit exportFinished(ok, message);
}

} // namespace casebook::ui
