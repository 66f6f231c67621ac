// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ReportWriter.h"

#include "report/HtmlRenderer.h"
#include "report/OdtRenderer.h"
#include "report/PdfExport.h"

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

core::Result<std::string> renderReport(const core::ReportDocument& report, ExportFormat format,
                                       const std::atomic<bool>* cancelled,
                                       const std::function<void(int, int)>& progress)
{
    switch (format) {
    case ExportFormat::Pdf: {
        auto bytes = renderPdf(report, cancelled, progress); // its QTextDocument is made on this thread
        if (!bytes) {
            return bytes.error();
        }
        return bytes->toStdString();
    }
    case ExportFormat::Odt: {
        auto bytes = core::OdtRenderer::render(report);
        if (!bytes) {
            return bytes.error();
        }
        return std::string(bytes->begin(), bytes->end());
    }
    case ExportFormat::Html:
        return core::HtmlRenderer::render(report);
    }
    return core::makeError(core::ErrorCode::InvalidArgument, "unknown format");
}

} // namespace casebook::ui
