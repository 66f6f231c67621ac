// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/PdfExport.h"

#include "report/ChartPage.h"
#include "report/ReportLayout.h"
#include "report/Words.h"
#include "support/ClearFile.h"
#include "support/Messages.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace casebook::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("casebook::ui::PdfExport", text);
}

core::Error failure(const QString& message)
{
    return uiError(core::ErrorCode::Io, {}, message);
}

} // namespace

namespace {

/// Renders through `write` into memory, then writes the file atomically: a cancelled or failed
/// render leaves nothing on disk, and a kill mid-write leaves no partial clear-text file.
core::Status writeBeside(const QString& path, const std::function<core::Status(QIODevice&)>& write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto written = write(buffer); !written) {
        return written;
    }
    buffer.close();
    return writeFileAtomically(path, bytes);
}

} // namespace

core::Status writePdf(QTextDocument& document, const PageFrame& frame, const QString& path,
                      const std::atomic<bool>* cancelled, const std::function<void(int page, int pages)>& progress)
{
    return writeBeside(path, [&](QIODevice& out) { return writePdf(document, frame, out, cancelled, progress); });
}

core::Status writePdf(const core::ReportDocument& report, const QString& path, const std::atomic<bool>* cancelled,
                      const std::function<void(int page, int pages)>& progress)
{
    return writeBeside(path, [&](QIODevice& out) { return writePdf(report, out, cancelled, progress); });
}

namespace {

/// Paints a page of its own (the charts) into the body of the first page.
using FirstPage = std::function<void(QPainter&, const QRectF& body)>;

/// Pages `document` onto `out`. `fill`, when given, puts the text in after the PDF's page size and
/// resolution are set, so the text is laid out once, at the size it is printed (half the time of
/// laying it out for the screen first). `firstPage`, when given, is painted before the text.
core::Status paintPdf(QTextDocument& document, const PageFrame& frame, QIODevice& out,
                      const std::function<void(QTextDocument&)>& fill, const std::atomic<bool>* cancelled,
                      const std::function<void(int page, int pages)>& progress, const FirstPage& firstPage = {})
{
    QPdfWriter writer(&out);
    writer.setResolution(300);
    writer.setTitle(frame.title);
    writer.setCreator(QStringLiteral("Casebook"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     frame.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));

    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont frameFont = document.defaultFont();
    frameFont.setPointSizeF(8);
    // No ligatures in the frame: the audit head's hex must read back letter for letter ("ff", "fi").
    frameFont.setStyleStrategy(QFont::PreferNoShaping);
    QFont markingFont = frameFont;
    markingFont.setBold(true);
    markingFont.setPointSizeF(9);
    const QFontMetricsF markingMetrics(markingFont, &writer);
    const QFontMetricsF frameMetrics(frameFont, &writer);
    const qreal headerHeight = markingMetrics.height() + frameMetrics.height() * 1.6;
    const qreal footerHeight = markingMetrics.height() + frameMetrics.height() * 1.6;
    const QRectF body(0, headerHeight, page.width(), page.height() - headerHeight - footerHeight);

    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(body.size());
    if (fill) {
        fill(document);
    }
    const int before = firstPage ? 1 : 0;
    const int pages = before + document.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        return failure(tr("cannot start the PDF"));
    }
    for (int i = 0; i < pages; ++i) {
        if (cancelled != nullptr && cancelled->load()) {
            painter.end();
            return core::makeError(core::ErrorCode::Cancelled, tr("cancelled; no file was written").toStdString());
        }
        if (i > 0) {
            writer.newPage();
        }
        // Header: the marking, then the handling line.
        painter.setFont(markingFont);
        painter.drawText(QRectF(0, 0, page.width(), markingMetrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                         frame.marking);
        painter.setFont(frameFont);
        painter.drawText(QRectF(0, markingMetrics.height(), page.width(), frameMetrics.height() * 1.2),
                         Qt::AlignHCenter | Qt::AlignTop, frame.handling);
        // Body: the page before the text, or this page's slice of the document.
        painter.save();
        if (i < before) {
            painter.setClipRect(body);
            firstPage(painter, body);
        } else {
            const int slice = i - before;
            painter.translate(body.left(), body.top() - slice * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, slice * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
        }
        painter.restore();
        // Footer: generated (left), marking (centre), page X of Y (right).
        const qreal footerTop = page.height() - footerHeight + frameMetrics.height() * 0.6;
        painter.setFont(frameFont);
        const QRectF footerLine(0, footerTop, page.width(), frameMetrics.height());
        painter.drawText(footerLine, Qt::AlignLeft | Qt::AlignTop, frame.generated);
        painter.drawText(footerLine, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.setFont(markingFont);
        painter.drawText(QRectF(0, footerTop + frameMetrics.height(), page.width(), markingMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, frame.marking);
        if (progress) {
            progress(i + 1, pages);
        }
    }
    if (!painter.end()) {
        return failure(tr("the PDF could not be finished"));
    }
    return core::Ok{};
}

} // namespace

core::Status writePdf(QTextDocument& document, const PageFrame& frame, QIODevice& out,
                      const std::atomic<bool>* cancelled, const std::function<void(int page, int pages)>& progress)
{
    return paintPdf(document, frame, out, {}, cancelled, progress);
}

core::Status writePdf(const core::ReportDocument& report, QIODevice& out, const std::atomic<bool>* cancelled,
                      const std::function<void(int page, int pages)>& progress)
{
    QTextDocument document;
    FirstPage charts;
    if (!report.charts.empty()) {
        charts = [&report](QPainter& painter, const QRectF& body) {
            paintCharts(painter, body, report.charts, tr("Caseload at a glance"), QString::fromStdString(report.title));
        };
    }
    return paintPdf(
        document, pageFrame(report), out, [&report](QTextDocument& d) { layOutReport(report, d); }, cancelled, progress,
        charts);
}

core::Result<QByteArray> renderPdf(const core::ReportDocument& report, const std::atomic<bool>* cancelled,
                                   const std::function<void(int page, int pages)>& progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto written = writePdf(report, buffer, cancelled, progress); !written) {
        return written.error();
    }
    return bytes;
}

PageFrame pageFrame(const core::ReportDocument& report)
{
    QString generated = report.author.empty()
                            ? tr("Generated %1").arg(QString::fromStdString(core::dateInWords(report.generatedOn)))
                            : tr("Generated %1 by %2")
                                  .arg(QString::fromStdString(core::dateInWords(report.generatedOn)),
                                       QString::fromStdString(report.author));
    if (!report.auditHead.empty()) {
        generated += QStringLiteral(" \u00B7 ") + QString::fromStdString(core::auditHeadFooter(report.auditHead));
    }
    return {QString::fromStdString(report.marking), QString::fromStdString(report.handling), generated,
            QString::fromStdString(report.title), report.landscape};
}

} // namespace casebook::ui
