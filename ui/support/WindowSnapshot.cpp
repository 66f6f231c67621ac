// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/WindowSnapshot.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPixmap>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace casebook::ui {

void snapshotWhenExposed(QWidget& window, const QString& path, std::chrono::milliseconds timeout)
{
    using namespace std::chrono_literals;
    auto* poll = new QTimer(&window);
    poll->setInterval(50ms);
    const QDeadlineTimer deadline(timeout);
    QObject::connect(poll, &QTimer::timeout, &window, [poll, deadline, path, &window] {
        const QWindow* handle = window.windowHandle();
        if (handle == nullptr || !handle->isExposed()) {
            if (deadline.hasExpired()) {
                poll->stop();
                QCoreApplication::exit(3);
            }
            return;
        }
        poll->stop();
        // Give the first expose a moment to finish painting before grabbing.
        QTimer::singleShot(300ms, &window, [path, &window] {
            const bool saved = window.grab().save(path, "PNG");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    poll->start();
}

} // namespace casebook::ui
