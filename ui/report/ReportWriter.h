// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "report/ReportDocument.h"
#include "support/Result.h"
#endif

#include <QString>

#include <atomic>
#include <functional>

namespace casebook::ui {

enum class ExportFormat { Pdf, Odt, Html };

/// The file name's suffix and the audit log's word for `format` ("pdf", "odt", "html").
const char* formatCode(ExportFormat format);

/// Writes `report` to `path` in `format`, atomically (nothing at `path` unless complete), with
/// owner-only permissions. Runs on any thread. `cancelled` is checked between pages (PDF).
core::Status writeReport(const core::ReportDocument& report, ExportFormat format, const QString& path,
                         const std::atomic<bool>* cancelled = nullptr,
                         const std::function<void(int, int)>& progress = {});

} // namespace casebook::ui
