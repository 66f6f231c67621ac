// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ReportPreview.h"

#include "report/ReportLayout.h"
#include "workspace/Labels.h"

#include <QCoreApplication>
#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace casebook::ui {

namespace {

/// Long tables cut to their first rows for the preview (laying out thousands of rows on screen
/// takes most of a second at every change), with a line saying how many more the file has.
constexpr std::size_t kPreviewRows = 100;

core::ReportDocument previewOf(const core::ReportDocument& report, bool allRows)
{
    if (allRows) {
        return report;
    }
    core::ReportDocument preview = report;
    preview.blocks.clear();
    for (const core::ReportBlock& block : report.blocks) {
        if (block.kind != core::BlockKind::Table || block.rows.size() <= kPreviewRows) {
            preview.blocks.push_back(block);
            continue;
        }
        core::ReportBlock cut = block;
        cut.rows.resize(kPreviewRows);
        preview.blocks.push_back(std::move(cut));
        preview.note(QCoreApplication::translate("casebook::ui::ExportDialog",
                                                 "… and %1 more rows, all in the file (tick \"Every row\" to see them "
                                                 "here).")
                         .arg(block.rows.size() - kPreviewRows)
                         .toStdString());
    }
    return preview;
}

} // namespace

QTextDocument* previewDocument(const core::ReportDocument& report, bool allRows, QObject* parent)
{
    // Built on a document of its own and shown in one step (editing the shown one re-laid it out
    // at every insertion).
    auto* document = new QTextDocument(parent);
    layOutReport(previewOf(report, allRows), *document);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    cursor.insertBlock(centred, bold);
    cursor.movePosition(QTextCursor::Start);
    cursor.setBlockFormat(centred);
    cursor.insertText(qs(report.marking), bold);
    cursor.insertBlock(centred, QTextCharFormat());
    cursor.insertText(qs(report.handling));
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(centred, bold);
    cursor.insertText(qs(report.marking), bold);
    cursor.endEditBlock();
    return document;
}

} // namespace casebook::ui
