// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "service/Session.h"
#include "support/Result.h"
#endif

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QThreadPool;

namespace casebook::ui {

/// The pool read jobs run on (two threads at most); SessionController waits for it before any
/// work that opens, re-keys or restores the store, since a reader keeps the store open.
QThreadPool& readPool();
/// Queues `work` on readPool().
void startRead(std::function<void()> work);

/// Runs `read` on a worker thread against a read-only session of `session` (Session::openReader:
/// committed data only, the rules as they are now) and hands its result to `apply` on the UI
/// thread. The result is dropped, `apply` never called, when `owner` (the document, deleted on
/// lock) or `receiver` is gone by then. Call it on the UI thread; `read` must touch nothing but
/// the session it is given and its own captures.
template <typename T>
void readOnWorker(core::Session& session, QObject* owner, QObject* receiver,
                  std::function<core::Result<T>(core::Session&)> read, std::function<void(core::Result<T>)> apply)
{
    auto outcome = std::make_shared<std::optional<core::Result<T>>>();
    auto opened = session.openReader();
    if (!opened) {
        apply(opened.error());
        return;
    }
    std::shared_ptr<core::Session> reader(std::move(opened.value()));
    auto promise = std::make_shared<QPromise<void>>();
    auto* watcher = new QFutureWatcher<void>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [outcome, apply = std::move(apply)] { apply(std::move(**outcome)); });
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(promise->future());
    promise->start();
    startRead([promise, outcome, reader = std::move(reader), read = std::move(read)]() mutable {
        outcome->emplace(read(*reader));
        reader.reset(); // closes the connection here, off the window's thread
        promise->finish();
    });
}

} // namespace casebook::ui
