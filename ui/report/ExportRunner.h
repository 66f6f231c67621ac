// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "support/Result.h"
#endif

#include "support/ClearFile.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace casebook::ui {

/// Runs one export off the UI thread with a progress dialog and Cancel. The job writes its file
/// (atomically: nothing is left unless it completes) and must not touch the session. `done` runs
/// on the UI thread with the outcome (Cancelled when the user cancelled, even if the job had just
/// finished: the file is then removed). If the runner is gone by then (its window was closed by a
/// lock), nothing can be audited, so the file written is removed.
class ExportRunner final : public QObject {
    Q_OBJECT

public:
    using Progress = std::function<void(int done, int total)>;
    using Job = std::function<core::Status(const std::atomic<bool>& cancelled, const Progress& progress)>;

    explicit ExportRunner(QWidget* parent);
    ~ExportRunner() override;

    bool running() const { return m_cancel != nullptr; }
    /// Starts `job` writing `path`; false (and nothing started) while another runs.
    bool start(const QString& label, const QString& path, Job job, std::function<void(const core::Status&)> done);

private:
    void finish();

    QWidget* m_parent;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<QProgressDialog> m_progress;
};

} // namespace casebook::ui
