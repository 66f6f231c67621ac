// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/Ids.h"
#include "report/CaseSummary.h"
#include "report/ReportDocument.h"
#include "service/MeetingOutcome.h"
#include "support/Result.h"
#endif

#include "report/ReportWriter.h"
#include "support/DateEdit.h"

#include <QDialog>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

class ExportRunner;

/// The case summary for a meeting: who it is for (which decides what medical detail may go in),
/// the meeting's purpose, date, attendees and agenda, the sections, the marking, and the format.
/// The preview is the document that will be written. Export writes it off the UI thread with
/// progress and cancel, records the export in the audit log with the file's SHA-256, and leaves
/// no file behind when anything fails.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(core::Session& session, core::CaseId caseId, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// The document as the current choices build it (what the preview shows). It is gathered on a
    /// worker: previewPending() is false once it shows the choices as they are.
    const core::ReportDocument& report() const { return m_report; }
    /// True while a change of choice has not reached the preview yet (the pause while typing, or
    /// the summary being gathered on its worker).
    bool previewPending() const;
    QTextBrowser* preview() const { return m_preview; }
    /// Writes the summary to `path` (as Export does after asking where), once the preview has
    /// caught up with the choices. Returns at once; the outcome arrives as exportFinished().
    void exportTo(const QString& path, ExportFormat format);
    ExportFormat format() const;

    /// Records a meeting's outcome over `parent`, starting from `start` (case, date, title,
    /// attendees) and the meeting's `agenda`; true once recorded.
    using OutcomeRecorder =
        std::function<bool(QWidget* parent, const core::MeetingOutcome& start, const std::vector<std::string>& agenda)>;
    /// Shows "Record the outcome…", which hands the meeting as typed here to `recorder` and then
    /// rebuilds the preview (the next summary starts from the recorded meeting).
    void setOutcomeRecorder(OutcomeRecorder recorder);
    /// What "Record the outcome…" does.
    void recordOutcome();
    QComboBox* chronologyChoice() const { return m_chronology; }
    DateEdit* chronologySince() const { return m_chronologySince; }

signals:
    /// An export ended; `message` is what the dialog shows about it.
    void exportFinished(bool ok, const QString& message);

private:
    /// Gathers the summary for the current choices on a worker, then showReport().
    void rebuild();
    void showReport(core::Result<core::ReportDocument> built);
    void showPreview();
    void chooseFileAndExport();
    void exportDone(const QString& path, ExportFormat format, core::Result<std::string> rendered);
    core::SummaryOptions options() const;

    core::Session& m_session;
    core::CaseId m_caseId;
    core::ReportDocument m_report;
    QComboBox* m_audience = nullptr;
    QLineEdit* m_purpose = nullptr;
    QCheckBox* m_meetingDateSet = nullptr;
    DateEdit* m_meetingDate = nullptr;
    QPlainTextEdit* m_attendees = nullptr;
    QPlainTextEdit* m_agenda = nullptr;
    QComboBox* m_chronology = nullptr;
    DateEdit* m_chronologySince = nullptr;
    QPushButton* m_recordOutcome = nullptr;
    OutcomeRecorder m_recorder;
    std::map<core::SummarySection, QCheckBox*> m_sections;
    QComboBox* m_marking = nullptr;
    QLineEdit* m_handling = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_withheld = nullptr;
    QCheckBox* m_allRows = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_export = nullptr;
    QTimer* m_rebuild = nullptr;
    ExportRunner* m_runner = nullptr;
    std::uint64_t m_buildGeneration = 0; ///< the newest gather; older results are dropped
    bool m_building = false;
    QString m_buildError;                                            ///< why the summary cannot be made
    std::optional<std::pair<QString, ExportFormat>> m_pendingExport; ///< waits for the gather
};

} // namespace casebook::ui
