// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportDocument.h"
#include "support/Result.h"

#include <functional>
#include <string>

namespace casebook::cli {

/// Renders a report as PDF bytes. PDF pages are laid out with Qt, which this library does not
/// link; the casebook-cli executable sets the renderer (see main.cpp). Without one, `--format pdf`
/// says it is not available.
using PdfRenderer = std::function<core::Result<std::string>(const core::ReportDocument&)>;
void setPdfRenderer(PdfRenderer renderer);
const PdfRenderer& pdfRenderer();

} // namespace casebook::cli
