// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "report/CaseloadOverview.h"
#include "report/ExportAudit.h"
#include "support/Result.h"
#endif

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

class ExportRunner;

/// Exports across the caseload: the overview for the chief inspector (PDF or CSV, anonymised by
/// default) or every derived date as an iCalendar file for a diary (event text redacted for the
/// chosen audience). Read and rendered off the UI thread, then written and audited with the file's
/// SHA-256 by core::exportFile: nothing is left on failure.
class CaseloadExportDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Overview, Calendar };
    CaseloadExportDialog(core::Session& session, Kind kind, QWidget* parent = nullptr);

    /// Writes the export to `path` (as Export does after asking where); exportFinished() follows.
    void exportTo(const QString& path);

signals:
    void exportFinished(bool ok, const QString& message);

private:
    void chooseFileAndExport();
    static core::ExportRecord caseloadRecord();
    /// Renders the overview read on the worker (CSV at once, PDF on the export runner), then finish().
    void renderOverview(const QString& path, bool anonymised, core::Result<core::CaseloadOverview> overview);
    /// Writes and audits `record` at `path` once it is `rendered` (core::exportFile), and reports.
    void finish(const QString& path, const core::ExportRecord& record, const core::Status& rendered);

    core::Session& m_session;
    Kind m_kind;
    QCheckBox* m_anonymised = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_marking = nullptr;
    QComboBox* m_audience = nullptr;
    QCheckBox* m_calendarNamed = nullptr;
    QSpinBox* m_reminderDays = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    ExportRunner* m_runner = nullptr;
};

} // namespace casebook::ui
