// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "report/ReportDocument.h"
#endif

class QTextDocument;

namespace casebook::ui {

/// Lays a report out as rich text for the preview and the PDF: title, who it is for, then its
/// blocks (headings, paragraphs, key-value lists, tables with a repeated header row, notes).
/// The marking is not part of the text: the PDF puts it on every page (PageFrame) and the preview
/// shows it around the text. Everything is inserted as plain text, so nothing in a record can
/// turn into markup.
void layOutReport(const core::ReportDocument& report, QTextDocument& document);

} // namespace casebook::ui
