// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/HtmlRenderer.h"

#include "report/Words.h"

namespace casebook::core {

namespace {

constexpr std::string_view kStyle = "body{font-family:sans-serif;font-size:11pt;margin:2em;color:#000}"
                                    ".marking{text-align:center;font-weight:bold;border:2px solid #000;padding:.3em}"
                                    ".handling{text-align:center;font-size:9pt}"
                                    "table{border-collapse:collapse;width:100%;margin:.5em 0}"
                                    "th,td{border:1px solid #666;padding:.2em .4em;text-align:left;"
                                    "vertical-align:top;white-space:pre-line}"
                                    "th{background:#eee}dl.kv{display:grid;grid-template-columns:max-content auto;"
                                    "gap:.1em 1em}dl.kv dt{font-weight:bold}dl.kv dd{margin:0}"
                                    ".note{border-left:4px solid #a00;padding-left:.5em}"
                                    "@media print{.marking{position:static}}";

void appendBlock(std::string& out, const ReportBlock& block)
{
    const auto esc = &HtmlRenderer::escape;
    switch (block.kind) {
    case BlockKind::Heading:
        out += "<h2>" + esc(block.text) + "</h2>\n";
        return;
    case BlockKind::Paragraph:
        out += "<p>" + esc(block.text) + "</p>\n";
        return;
    case BlockKind::Note:
        out += "<p class=\"note\">" + esc(block.text) + "</p>\n";
        return;
    case BlockKind::KeyValues:
        out += "<dl class=\"kv\">\n";
        for (const auto& [key, value] : block.pairs) {
            out += "<dt>" + esc(key) + "</dt><dd>" + esc(value) + "</dd>\n";
        }
        out += "</dl>\n";
        return;
    case BlockKind::Table:
        out += "<table>\n<thead><tr>";
        for (const auto& cell : block.header) {
            out += "<th scope=\"col\">" + esc(cell) + "</th>";
        }
        out += "</tr></thead>\n<tbody>\n";
        for (const auto& row : block.rows) {
            out += "<tr>";
            for (const auto& cell : row) {
                out += "<td>" + esc(cell) + "</td>";
            }
            out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n";
        return;
    }
}

void appendMarking(std::string& out, const ReportDocument& document, std::string_view tag)
{
    out += "<" + std::string(tag) + ">\n<p class=\"marking\">" + HtmlRenderer::escape(document.marking) + "</p>\n";
    if (!document.handling.empty()) {
        out += "<p class=\"handling\">" + HtmlRenderer::escape(document.handling) + "</p>\n";
    }
    out += "</" + std::string(tag) + ">\n";
}

} // namespace

std::string HtmlRenderer::escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string HtmlRenderer::render(const ReportDocument& document)
{
    std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "style-src 'unsafe-inline'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>";
    out += escape(document.marking + " \xE2\x80\x94 " + document.title) + "</title>\n<style>";
    out += kStyle;
    out += "</style>\n</head>\n<body>\n";
    appendMarking(out, document, "header");
    out += "<main>\n<h1>" + escape(document.title) + "</h1>\n";
    if (!document.prepared.empty()) {
        out += "<p>" + escape(document.prepared) + "</p>\n";
    } else {
        out += "<p>Prepared for " + escape(document.audience) + " by " + escape(document.author) + " on "
               + escape(dateInWords(document.generatedOn)) + ".</p>\n";
    }
    for (const ReportBlock& block : document.blocks) {
        appendBlock(out, block);
    }
    out += "</main>\n";
    if (!document.auditHead.empty()) {
        out += "<p class=\"audit-head\">" + escape(auditHeadFooter(document.auditHead)) + "</p>\n";
    }
    appendMarking(out, document, "footer");
    out += "</body>\n</html>\n";
    return out;
}

} // namespace casebook::core
