// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "support/Result.h"
#endif

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <string>

class QProgressDialog;
class QWidget;

namespace casebook::ui {

/// Renders one export off the UI thread with a progress dialog and Cancel. The job renders the
/// file's bytes in memory and must not touch the session; nothing is written to disk here. `done`
/// runs on the UI thread with the bytes, or Cancelled when the user cancelled (even if the job had
/// just finished), and is where the caller writes and audits them (core::exportFile). If the
/// runner is gone by then (its window was closed by a lock), the bytes are dropped unwritten.
class ExportRunner final : public QObject {
    Q_OBJECT

public:
    using Progress = std::function<void(int done, int total)>;
    using Job = std::function<core::Result<std::string>(const std::atomic<bool>& cancelled, const Progress& progress)>;
    using Done = std::function<void(core::Result<std::string> rendered)>;

    explicit ExportRunner(QWidget* parent);
    ~ExportRunner() override;

    bool running() const { return m_cancel != nullptr; }
    /// Starts `job`; false (and nothing started) while another runs.
    bool start(const QString& label, Job job, Done done);

private:
    void finish();

    QWidget* m_parent;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<QProgressDialog> m_progress;
};

} // namespace casebook::ui
