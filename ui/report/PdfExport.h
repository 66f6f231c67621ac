// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "report/ReportDocument.h"
#include "support/Result.h"
#endif

#include <QByteArray>

#include <QString>

#include <atomic>
#include <functional>

class QIODevice;
class QTextDocument;

namespace casebook::ui {

/// What every page of an exported PDF carries besides its content.
struct PageFrame {
    QString marking;   ///< the protective marking, top and bottom of every page (e.g. OFFICIAL-SENSITIVE)
    QString handling;  ///< the handling line under the top marking
    QString generated; ///< bottom left, e.g. "Generated 22 Nov 2026 by PS Casey"
    QString title;     ///< the PDF's document title (metadata)
    bool landscape = false;
};

/// Lays `document` out on A4 pages and writes them to `path` as PDF, with the marking and
/// handling line at the top of every page and the marking, `generated` and "Page X of Y" at the
/// bottom. The file is written beside `path` and renamed into place only when complete, with
/// owner-only permissions: a failure or a cancel (`cancelled` turning true, checked between
/// pages) leaves no file at all. `progress` hears (page, pages) after each page.
///
/// Safe to run off the UI thread (the document must then belong to that thread).
core::Status writePdf(QTextDocument& document, const PageFrame& frame, const QString& path,
                      const std::atomic<bool>* cancelled = nullptr,
                      const std::function<void(int page, int pages)>& progress = {});

/// The same onto any device (a buffer, a file the caller finishes).
core::Status writePdf(QTextDocument& document, const PageFrame& frame, QIODevice& out,
                      const std::atomic<bool>* cancelled = nullptr,
                      const std::function<void(int page, int pages)>& progress = {});

/// A report laid out with layOutReport, once, at the page size: the quicker way to a report's PDF.
/// A report with charts gets them on its first page (paintCharts), under the same marking.
core::Status writePdf(const core::ReportDocument& report, const QString& path,
                      const std::atomic<bool>* cancelled = nullptr,
                      const std::function<void(int page, int pages)>& progress = {});
core::Status writePdf(const core::ReportDocument& report, QIODevice& out, const std::atomic<bool>* cancelled = nullptr,
                      const std::function<void(int page, int pages)>& progress = {});

/// What a report's pages carry: its marking and handling line, "Generated <date> by <author>",
/// and its orientation.
PageFrame pageFrame(const core::ReportDocument& report);

/// A whole report as PDF bytes (laid out with layOutReport), in memory: nothing reaches disk.
core::Result<QByteArray> renderPdf(const core::ReportDocument& report, const std::atomic<bool>* cancelled = nullptr,
                                   const std::function<void(int page, int pages)>& progress = {});

} // namespace casebook::ui
