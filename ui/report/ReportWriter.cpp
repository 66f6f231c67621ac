// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ReportWriter.h"

#include "report/HtmlRenderer.h"
#include "report/OdtRenderer.h"
#include "report/PdfExport.h"
#include "support/ClearFile.h"

#include <QByteArray>

namespace casebook::ui {

const char* formatCode(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return "pdf";
    case ExportFormat::Odt:
        return "odt";
    case ExportFormat::Html:
        return "html";
    }
    return "";
}

core::Status writeReport(const core::ReportDocument& report, ExportFormat format, const QString& path,
                         const std::atomic<bool>* cancelled, const std::function<void(int, int)>& progress)
{
    switch (format) {
    case ExportFormat::Pdf: {
        return writePdf(report, path, cancelled, progress); // its QTextDocument is made on this thread
    }
    case ExportFormat::Odt: {
        auto bytes = core::OdtRenderer::render(report);
        if (!bytes) {
            return bytes.error();
        }
        return writeFileAtomically(
            path, QByteArray(reinterpret_cast<const char*>(bytes->data()), static_cast<qsizetype>(bytes->size())));
    }
    case ExportFormat::Html:
        return writeFileAtomically(path, QByteArray::fromStdString(core::HtmlRenderer::render(report)));
    }
    return core::makeError(core::ErrorCode::InvalidArgument, "unknown format");
}

} // namespace casebook::ui
