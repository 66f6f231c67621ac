// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "report/ReportDocument.h"
#endif

class QObject;
class QTextDocument;

namespace casebook::ui {

/// The summary dialog's preview of `report`: the PDF's text with its page marking above and
/// below, as a new document owned by `parent`. Unless `allRows`, long tables are cut to their
/// first rows with a line saying how many more the file has (laying out thousands of rows on
/// screen took most of a second at every change).
QTextDocument* previewDocument(const core::ReportDocument& report, bool allRows, QObject* parent);

} // namespace casebook::ui
