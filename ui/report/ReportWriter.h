// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "report/ReportDocument.h"
#include "support/Result.h"
#endif

#include <atomic>
#include <functional>
#include <string>

namespace casebook::ui {

enum class ExportFormat { Pdf, Odt, Html };

/// The file name's suffix and the audit log's word for `format` ("pdf", "odt", "html").
const char* formatCode(ExportFormat format);

/// `report` rendered in `format`, in memory (the bytes an export writes and hashes; see
/// core::exportFile). Runs on any thread. `cancelled` is checked between pages (PDF), which then
/// gives Cancelled.
core::Result<std::string> renderReport(const core::ReportDocument& report, ExportFormat format,
                                       const std::atomic<bool>* cancelled = nullptr,
                                       const std::function<void(int, int)>& progress = {});

} // namespace casebook::ui
