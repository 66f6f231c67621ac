// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ExportDialog.h"
#include "dialogs/IdentityDialog.h"
#include "support/ScreenFit.h"
#include "support/Today.h"

#include "report/ExportRunner.h"
#include "report/PdfExport.h"
#include "report/ReportPreview.h"
#include "session/ReadJob.h"
#include "workspace/Labels.h"
#include "workspace/sections/FormFields.h"

#include "service/ExportService.h"
#include "service/ReportService.h"
#include "service/Session.h"
#include "support/ClearFile.h"
#include "support/DateEdit.h"
#include "support/Messages.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

struct AudienceChoice {
    const char* label;
    core::ConsentAudience audience;
};

const AudienceChoice kAudiences[] = {
    {QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "HR meeting"), core::ConsentAudience::Hr},
    {QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Line manager"), core::ConsentAudience::LineManager},
    {QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Federation or Unison representative"),
     core::ConsentAudience::StaffRepresentative},
    {QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Professional Standards (PSD)"),
     core::ConsentAudience::ProfessionalStandards},
    {QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "The officer"), core::ConsentAudience::Officer},
};

const char* sectionLabel(core::SummarySection section)
{
    switch (section) {
    case core::SummarySection::Meeting:
        return QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Meeting, attendees and agenda");
    case core::SummarySection::Person:
        return QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Person and case");
    case core::SummarySection::Chronology:
        return QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Chronology");
    case core::SummarySection::Adjustments:
        return QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Current adjustments");
    case core::SummarySection::Procedures:
        return QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Procedures and their dates");
    case core::SummarySection::OccupationalHealth:
        return QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Occupational health");
    case core::SummarySection::Decisions:
        return QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Decision log");
    case core::SummarySection::Actions:
        return QT_TRANSLATE_NOOP("casebook::ui::ExportDialog", "Actions");
    }
    return "";
}

} // namespace

ExportDialog::ExportDialog(core::Session& session, core::CaseId caseId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_caseId(caseId)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_runner = new ExportRunner(this);
    setWindowTitle(tr("Case summary for a meeting"));
    fitOnShow(this, QSize(1100, 760));

    m_audience = new QComboBox(this);
    m_audience->setObjectName(QStringLiteral("exportAudience"));
    for (const AudienceChoice& choice : kAudiences) {
        m_audience->addItem(tr(choice.label), static_cast<int>(choice.audience));
    }
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("exportPurpose"));
    m_purpose->setPlaceholderText(tr("e.g. Stage 1 attendance meeting"));
    m_meetingDateSet = new QCheckBox(tr("on"), this);
    m_meetingDateSet->setObjectName(QStringLiteral("exportMeetingDateSet"));
    m_meetingDate = dateEdit(todayQDate(), this);
    m_meetingDate->setObjectName(QStringLiteral("exportMeetingDate"));
    m_meetingDate->setEnabled(false);
    connect(m_meetingDateSet, &QCheckBox::toggled, m_meetingDate, &QWidget::setEnabled);
    m_attendees = textArea({}, this, 70);
    m_attendees->setObjectName(QStringLiteral("exportAttendees"));
    m_attendees->setPlaceholderText(tr("One per line"));
    m_agenda = textArea({}, this, 70);
    m_agenda->setObjectName(QStringLiteral("exportAgenda"));
    m_agenda->setPlaceholderText(tr("One item per line"));
    // Which part of the chronology goes in: by default from the last meeting of this kind, so a
    // review meeting reads what happened since the previous one (issue 12, item 1).
    m_chronology = new QComboBox(this);
    m_chronology->setObjectName(QStringLiteral("exportChronology"));
    m_chronology->setAccessibleName(tr("Chronology to include"));
    m_chronology->addItem(tr("Since the last meeting"), static_cast<int>(core::ChronologyRange::SinceLastMeeting));
    m_chronology->addItem(tr("Since a date"), static_cast<int>(core::ChronologyRange::Since));
    m_chronology->addItem(tr("Key events only (meetings and decisions)"),
                          static_cast<int>(core::ChronologyRange::KeyEvents));
    m_chronology->addItem(tr("All of it"), static_cast<int>(core::ChronologyRange::All));
    m_chronologySince = dateEdit(todayQDate().addMonths(-3), this);
    m_chronologySince->setObjectName(QStringLiteral("exportChronologySince"));
    m_chronologySince->setAccessibleName(tr("Chronology from"));
    m_chronologySince->setEnabled(false);
    connect(m_chronology, &QComboBox::currentIndexChanged, this, [this] {
        m_chronologySince->setEnabled(m_chronology->currentData().toInt()
                                      == static_cast<int>(core::ChronologyRange::Since));
    });
    m_marking = new QComboBox(this);
    m_marking->setObjectName(QStringLiteral("exportMarking"));
    m_marking->setEditable(true);
    m_marking->addItems({QStringLiteral("OFFICIAL-SENSITIVE"), QStringLiteral("OFFICIAL-SENSITIVE PERSONAL"),
                         QStringLiteral("OFFICIAL")});
    m_handling = new QLineEdit(qs(core::SummaryOptions{}.handling), this);
    m_handling->setObjectName(QStringLiteral("exportHandling"));
    // The sergeant's own defaults (Settings → Your details), when given.
    if (const core::Identity identity = savedIdentity(); !identity.marking.empty() || !identity.handling.empty()) {
        if (!identity.marking.empty()) {
            m_marking->setCurrentText(qs(identity.marking));
        }
        if (!identity.handling.empty()) {
            m_handling->setText(qs(identity.handling));
        }
    }
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF"), static_cast<int>(ExportFormat::Pdf));
    m_format->addItem(tr("OpenDocument text (LibreOffice, Word)"), static_cast<int>(ExportFormat::Odt));
    m_format->addItem(tr("Web page (HTML, one file)"), static_cast<int>(ExportFormat::Html));

    auto* form = new QFormLayout;
    form->addRow(tr("&For:"), m_audience);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Meeting &date:"), row(this, {m_meetingDateSet, m_meetingDate}));
    form->addRow(tr("A&ttendees:"), m_attendees);
    form->addRow(tr("A&genda:"), m_agenda);
    form->addRow(tr("Chro&nology:"), row(this, {m_chronology, m_chronologySince}));
    auto* sections = new QGroupBox(tr("Sections"), this);
    auto* grid = new QGridLayout(sections);
    int i = 0;
    for (core::SummarySection section : core::SummaryOptions::allSummarySections()) {
        auto* box = new QCheckBox(tr(sectionLabel(section)), sections);
        box->setObjectName(QStringLiteral("exportSection_%1").arg(qs(std::string(core::toCode(section)))));
        box->setChecked(true);
        m_sections[section] = box;
        grid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    auto* marking = new QFormLayout;
    marking->addRow(tr("&Marking:"), m_marking);
    marking->addRow(tr("&Handling:"), m_handling);
    marking->addRow(tr("F&ormat:"), m_format);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(sections);
    leftLayout->addLayout(marking);
    leftLayout->addStretch();

    m_withheld = new QLabel(this);
    m_withheld->setObjectName(QStringLiteral("exportWithheld"));
    m_withheld->setWordWrap(true);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Preview of the summary as it will be written"));
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_allRows = new QCheckBox(tr("Every row in the preview (slower for long chronologies)"), this);
    m_allRows->setObjectName(QStringLiteral("exportAllRows"));
    connect(m_allRows, &QCheckBox::toggled, this, &ExportDialog::showPreview);
    // Tab follows the page: the meeting, the sections, then marking, handling and format; on the
    // right the "every row" box above the preview.
    setTabOrder(m_agenda, m_chronology);
    setTabOrder(m_chronology, m_chronologySince);
    QWidget* previous = m_chronologySince;
    for (core::SummarySection section : core::SummaryOptions::allSummarySections()) {
        setTabOrder(previous, m_sections[section]);
        previous = m_sections[section];
    }
    setTabOrder(previous, m_marking);
    setTabOrder(m_marking, m_handling);
    setTabOrder(m_handling, m_format);
    setTabOrder(m_format, m_allRows);
    setTabOrder(m_allRows, m_preview);
    rightLayout->addWidget(m_withheld);
    rightLayout->addWidget(m_allRows);
    rightLayout->addWidget(m_preview, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(new FormScrollArea(left, this));
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    m_recordOutcome = new QPushButton(tr("Record the o&utcome…"), this);
    m_recordOutcome->setObjectName(QStringLiteral("exportRecordOutcome"));
    m_recordOutcome->setToolTip(tr("After the meeting: its notes, actions agreed, decisions and next meeting"));
    m_recordOutcome->hide();
    // Tab reaches it after the preview, as it reads: above the dialog's buttons.
    setTabOrder(m_preview, m_recordOutcome);
    connect(m_recordOutcome, &QPushButton::clicked, this, &ExportDialog::recordOutcome);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note = new QLabel(tr("The file is written unencrypted, outside Casebook; the export is recorded in the "
                               "audit log with the file's fingerprint."),
                            this);
    note->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(note);
    layout->addWidget(m_status);
    // After the meeting, from here: on a line of its own above the dialog's buttons.
    auto* after = new QHBoxLayout;
    after->addWidget(m_recordOutcome);
    after->addStretch();
    layout->addLayout(after);
    layout->addWidget(buttons);

    // The preview follows every choice (after a short pause while typing).
    m_rebuild = new QTimer(this);
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(250);
    connect(m_rebuild, &QTimer::timeout, this, &ExportDialog::rebuild);
    auto later = [this] { m_rebuild->start(); };
    connect(m_audience, &QComboBox::currentIndexChanged, this, &ExportDialog::rebuild);
    connect(m_purpose, &QLineEdit::textChanged, this, later);
    connect(m_meetingDateSet, &QCheckBox::toggled, this, later);
    connect(m_meetingDate, &DateEdit::dateChanged, this, later);
    connect(m_attendees, &QPlainTextEdit::textChanged, this, later);
    connect(m_agenda, &QPlainTextEdit::textChanged, this, later);
    connect(m_chronology, &QComboBox::currentIndexChanged, this, &ExportDialog::rebuild);
    connect(m_chronologySince, &DateEdit::dateChanged, this, later);
    connect(m_marking, &QComboBox::currentTextChanged, this, later);
    connect(m_handling, &QLineEdit::textChanged, this, later);
    for (const auto& [section, box] : m_sections) {
        connect(box, &QCheckBox::toggled, this, &ExportDialog::rebuild);
    }
    rebuild();
}

ExportDialog::~ExportDialog() = default;

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

core::SummaryOptions ExportDialog::options() const
{
    core::SummaryOptions o;
    o.audience = static_cast<core::ConsentAudience>(m_audience->currentData().toInt());
    o.marking = m_marking->currentText().trimmed().toStdString();
    o.handling = m_handling->text().trimmed().toStdString();
    o.generatedOn = toCoreDate(todayQDate());
    // "Prepared by" is the sergeant as set in Tools › Your details, never the computer's user name.
    o.author = savedIdentity().signature();
    o.meetingPurpose = m_purpose->text().trimmed().toStdString();
    if (m_meetingDateSet->isChecked()) {
        o.meetingDate = toCoreDate(m_meetingDate->date());
    }
    o.attendees = lines(m_attendees);
    o.agenda = lines(m_agenda);
    o.chronology = static_cast<core::ChronologyRange>(m_chronology->currentData().toInt());
    if (o.chronology == core::ChronologyRange::Since) {
        o.chronologySince = toCoreDate(m_chronologySince->date());
    }
    o.sections.clear();
    for (const auto& [section, box] : m_sections) {
        if (box->isChecked()) {
            o.sections.insert(section);
        }
    }
    return o;
}

void ExportDialog::setOutcomeRecorder(OutcomeRecorder recorder)
{
    m_recorder = std::move(recorder);
    m_recordOutcome->setVisible(static_cast<bool>(m_recorder));
}

void ExportDialog::recordOutcome()
{
    if (!m_recorder) {
        return;
    }
    const core::SummaryOptions o = options();
    core::MeetingOutcome start;
    start.caseId = m_caseId;
    start.date = o.meetingDate.value_or(o.generatedOn);
    if (!o.meetingPurpose.empty()) {
        start.title = o.meetingPurpose;
    }
    start.attendees = o.attendees;
    start.author = m_session.actor();
    if (m_recorder(this, start, o.agenda)) {
        rebuild();
        m_status->setText(tr("The meeting's outcome is recorded: the decision log, the action plans and the next "
                             "review have it, and the next summary starts from this meeting."));
    }
}

void ExportDialog::rebuild()
{
    // The summary is gathered on a read-only connection on a worker (a case of 2,000 entries takes
    // a fifth of a second); only the preview's layout, cut to kPreviewRows a table, is done here.
    // A later choice supersedes a read still under way: only the newest result is shown.
    m_rebuild->stop();
    const std::uint64_t generation = ++m_buildGeneration;
    m_building = true;
    readOnWorker<core::ReportDocument>(
        m_session, this, this,
        [caseId = m_caseId, chosen = options()](core::Session& reader) {
            return core::caseSummary(reader, caseId, chosen);
        },
        [this, generation](core::Result<core::ReportDocument> built) {
            if (generation != m_buildGeneration) {
                return;
            }
            m_building = false;
            showReport(std::move(built));
            if (m_pendingExport) {
                const auto [path, chosen] = *std::exchange(m_pendingExport, std::nullopt);
                exportTo(path, chosen);
            }
        });
}

void ExportDialog::showReport(core::Result<core::ReportDocument> built)
{
    if (!built) {
        m_report = {};
        m_buildError = userMessage(built.error());
        m_preview->setPlainText(tr("The summary cannot be made: %1").arg(m_buildError));
        m_export->setEnabled(false);
        return;
    }
    m_buildError.clear();
    m_report = std::move(*built);
    m_export->setEnabled(!m_report.marking.empty());
    QStringList withheld;
    for (const core::WithheldCategory& w : m_report.withheld) {
        withheld << (w.items == 1 ? tr("%1 (1 item)").arg(qs(w.category))
                                  : tr("%1 (%2 items)").arg(qs(w.category)).arg(w.items));
    }
    m_withheld->setText(
        withheld.isEmpty()
            ? tr("Nothing is withheld for %1.").arg(qs(m_report.audience))
            : tr("<b>Withheld from %1</b> (the officer's consent does not cover them): %2")
                  .arg(qs(m_report.audience).toHtmlEscaped(), withheld.join(QStringLiteral("; ")).toHtmlEscaped()));
    showPreview();
}

void ExportDialog::showPreview()
{
    // The editor deletes the previous document, a child of it too.
    m_preview->setDocument(previewDocument(m_report, m_allRows->isChecked(), m_preview));
}

bool ExportDialog::previewPending() const
{
    return m_building || m_rebuild->isActive();
}

void ExportDialog::chooseFileAndExport()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    const ExportFormat chosen = format();
    const QString suffix = QString::fromLatin1(formatCode(chosen));
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("Case summary %1 %2.%3").arg(m_caseId.value).arg(todayQDate().toString(Qt::ISODate), suffix));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the case summary"), suggested,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty()) {
        exportTo(path, chosen);
    }
}

void ExportDialog::exportTo(const QString& path, ExportFormat chosen)
{
    if (previewPending()) {
        // The summary as the choices now read is still being gathered: export it once it is.
        if (m_rebuild->isActive()) {
            rebuild();
        }
        m_pendingExport = std::make_pair(path, chosen);
        m_status->setText(tr("Gathering the summary…"));
        return;
    }
    if (!m_buildError.isEmpty()) {
        const QString message = tr("The summary could not be written (%1); no file was left behind.").arg(m_buildError);
        m_status->setText(message);
        emit exportFinished(false, message);
        return;
    }
    m_export->setEnabled(false);
    const bool started = m_runner->start(
        tr("Writing the summary…"),
        [report = m_report, chosen](const std::atomic<bool>& cancelled, const ExportRunner::Progress& progress) {
            return renderReport(report, chosen, &cancelled, progress);
        },
        [this, path, chosen](core::Result<std::string> rendered) { exportDone(path, chosen, std::move(rendered)); });
    if (!started) {
        m_export->setEnabled(true);
    }
}

void ExportDialog::exportDone(const QString& path, ExportFormat chosen, core::Result<std::string> rendered)
{
    m_export->setEnabled(true);
    core::Status outcome = rendered ? core::Status(core::Ok{}) : core::Status(rendered.error());
    if (rendered) {
        // Written, hashed and audited in one step: an export not in the audit log does not stay.
        const core::ExportRecord record{"case summary",
                                        formatCode(chosen),
                                        "case",
                                        std::to_string(m_caseId.value),
                                        m_report.audience,
                                        m_report.sections,
                                        m_report.withheld,
                                        std::move(*rendered)};
        outcome = core::exportFile(m_session, record, exportPath(path), true); // the save dialog asked
    }
    QString message;
    if (outcome) {
        message = tr("Written to %1 and recorded in the audit log.").arg(QDir::toNativeSeparators(path));
    } else if (outcome.error().code == core::ErrorCode::Cancelled) {
        message = tr("Cancelled: no file was written.");
    } else {
        message =
            tr("The summary could not be written (%1); no file was left behind.").arg(userMessage(outcome.error()));
    }
    m_status->setText(message);
    emit exportFinished(outcome.has_value(), message);
}

} // namespace casebook::ui
