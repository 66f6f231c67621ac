// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/PdfExport.h"

#include "report/ReportLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace casebook::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("casebook::ui::PdfExport", text);
}

core::Error failure(const QString& message)
{
    return core::makeError(core::ErrorCode::Io, message.toStdString());
}

} // namespace

core::Status writePdf(QTextDocument& document, const PageFrame& frame, const QString& path,
                      const std::atomic<bool>* cancelled, const std::function<void(int page, int pages)>& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    // Owner-only before a byte is written; the rename keeps it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto written = writePdf(document, frame, file, cancelled, progress); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit()) {
        return failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    return core::Ok{};
}

core::Status writePdf(QTextDocument& document, const PageFrame& frame, QIODevice& out,
                      const std::atomic<bool>* cancelled, const std::function<void(int page, int pages)>& progress)
{
    QPdfWriter writer(&out);
    writer.setResolution(300);
    writer.setTitle(frame.title);
    writer.setCreator(QStringLiteral("Casebook"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 14, 18, 14),
                                     QPageLayout::Millimeter));

    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    QFont frameFont = document.defaultFont();
    frameFont.setPointSizeF(8);
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
    const int pages = document.pageCount();

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
        // Body: this page's slice of the document.
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
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

core::Result<QByteArray> renderPdf(const core::ReportDocument& report)
{
    QTextDocument document;
    layOutReport(report, document);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto written = writePdf(document, pageFrame(report), buffer); !written) {
        return written.error();
    }
    return bytes;
}

PageFrame pageFrame(const core::ReportDocument& report)
{
    return {QString::fromStdString(report.marking), QString::fromStdString(report.handling),
            tr("Generated %1 by %2")
                .arg(QString::fromStdString(report.generatedOn.toIso()), QString::fromStdString(report.author)),
            QString::fromStdString(report.title)};
}

} // namespace casebook::ui
