// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ReportLayout.h"
#include "workspace/Labels.h"

#include "report/Words.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

namespace casebook::ui {

namespace {

constexpr std::size_t kRowsPerTable = 100;

QTextCharFormat textFormat(qreal points, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setFontLetterSpacingType(QFont::AbsoluteSpacing); // no ligatures: see layOutReport
    f.setFontLetterSpacing(0.1);
    return f;
}

void paragraph(QTextCursor& cursor, const QString& text, const QTextCharFormat& format, qreal spaceBefore = 4)
{
    QTextBlockFormat block;
    block.setTopMargin(spaceBefore);
    block.setBottomMargin(2);
    cursor.insertBlock(block, format);
    cursor.insertText(text, format);
}

void table(QTextCursor& cursor, const std::vector<std::string>& header,
           const std::vector<std::vector<std::string>>& rows, bool keyValues)
{
    const int columns = static_cast<int>(keyValues ? 2 : header.size());
    if (columns == 0) {
        return;
    }
    QTextTableFormat format;
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(keyValues ? 0 : 0.5);
    format.setBorderBrush(QColor(0x66, 0x66, 0x66));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(keyValues ? 0 : 1); // repeated at the top of every page
    format.setTopMargin(4);
    if (keyValues) { // labels narrow, values wide
        format.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 28), QTextLength(QTextLength::PercentageLength, 72)});
    }
    const int headerRows = keyValues ? 0 : 1;
    QTextTable* t = cursor.insertTable(static_cast<int>(rows.size()) + headerRows, columns, format);
    const QTextCharFormat cellText = textFormat(9);
    const QTextCharFormat headText = textFormat(9, true);
    if (!keyValues) {
        QTextCharFormat shade;
        shade.setBackground(QColor(0xee, 0xee, 0xee));
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            cell.setFormat(shade);
            QTextCursor at = cell.firstCursorPosition();
            at.insertText(qs(header[static_cast<std::size_t>(c)]), headText);
        }
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        for (int c = 0; c < columns && c < static_cast<int>(row.size()); ++c) {
            QTextCursor at = t->cellAt(static_cast<int>(r) + headerRows, c).firstCursorPosition();
            at.insertText(qs(row[static_cast<std::size_t>(c)]), keyValues && c == 0 ? headText : cellText);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

void layOutReport(const core::ReportDocument& report, QTextDocument& document)
{
    document.clear();
    document.setDocumentMargin(0);
    QFont base = document.defaultFont();
    base.setPointSizeF(10);
    // Any letter spacing turns ligatures off, so "Officer" is copied and found as typed in a PDF
    // viewer, not with an "ffi" ligature.
    base.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    document.setDefaultFont(base);
    // Lines break between words only: a narrow column grows to its longest word instead of
    // breaking "adjustments" into "adjustme" and "nts".
    QTextOption wrap = document.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(wrap);
    document.setMetaInformation(QTextDocument::DocumentTitle, qs(report.title));
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    cursor.insertText(qs(report.title), textFormat(16, true));
    paragraph(cursor,
              !report.prepared.empty()
                  ? qs(report.prepared)
                  : QCoreApplication::translate("casebook::ui::ReportLayout", "Prepared for %1 by %2 on %3.")
                        .arg(qs(report.audience), qs(report.author), qs(core::dateInWords(report.generatedOn))),
              textFormat(9, false, true));
    for (const core::ReportBlock& block : report.blocks) {
        switch (block.kind) {
        case core::BlockKind::Heading:
            paragraph(cursor, qs(block.text), textFormat(12.5, true), 12);
            break;
        case core::BlockKind::Paragraph:
            paragraph(cursor, qs(block.text), textFormat(10));
            break;
        case core::BlockKind::Note: {
            QTextCharFormat note = textFormat(10, false, true);
            note.setForeground(QColor(0x99, 0x00, 0x00));
            paragraph(cursor, qs(block.text), note);
            break;
        }
        case core::BlockKind::KeyValues: {
            std::vector<std::vector<std::string>> rows;
            rows.reserve(block.pairs.size());
            for (const auto& [key, value] : block.pairs) {
                rows.push_back({key, value});
            }
            table(cursor, {}, rows, true);
            break;
        }
        case core::BlockKind::Table:
            // Qt pages one long table slowly (the layout of a 2,000-row table is most of a PDF's
            // time); runs of rows, each with the header, look the same on paper and page fast.
            for (std::size_t from = 0; from < block.rows.size() || from == 0; from += kRowsPerTable) {
                const auto first = block.rows.begin() + static_cast<std::ptrdiff_t>(from);
                const auto last =
                    block.rows.begin() + static_cast<std::ptrdiff_t>(std::min(block.rows.size(), from + kRowsPerTable));
                table(cursor, block.header, {first, last}, false);
                if (block.rows.empty()) {
                    break;
                }
            }
            break;
        }
    }
    cursor.endEditBlock();
}

} // namespace casebook::ui
