// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ExportRunner.h"

#include <QApplication>
#include <QProgressDialog>
#include <QThread>

namespace casebook::ui {

ExportRunner::ExportRunner(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{
}

ExportRunner::~ExportRunner()
{
    if (m_cancel) {
        *m_cancel = true; // the job stops at its next check; its bytes are dropped
    }
}

void ExportRunner::finish()
{
    m_cancel.reset();
    if (QProgressDialog* progress = m_progress.data()) {
        progress->reset();
        progress->deleteLater();
    }
}

bool ExportRunner::start(const QString& label, Job job, Done done)
{
    if (m_cancel) {
        return false;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_parent);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    auto cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });

    auto result = std::make_shared<core::Result<std::string>>(std::string());
    QPointer<QProgressDialog> progress = m_progress;
    QThread* worker = QThread::create([job = std::move(job), cancel, result, progress] {
        *result = job(*cancel, [progress](int page, int pages) {
            QMetaObject::invokeMethod(
                qApp,
                [progress, page, pages] {
                    if (progress) {
                        progress->setMaximum(pages);
                        progress->setValue(page);
                    }
                },
                Qt::QueuedConnection);
        });
    });
    QPointer<ExportRunner> self = this;
    connect(worker, &QThread::finished, qApp, [self, worker, cancel, result, done = std::move(done)] {
        worker->deleteLater();
        core::Result<std::string> outcome = std::move(*result);
        if (outcome && cancel->load()) {
            outcome = core::makeError(core::ErrorCode::Cancelled, "cancelled"); // it finished just as it was cancelled
        }
        ExportRunner* runner = self.data();
        if (runner == nullptr) {
            return; // no one is left to write and audit it: the bytes go with this lambda
        }
        runner->finish();
        done(std::move(outcome));
    });
    worker->start();
    return true;
}

} // namespace casebook::ui
