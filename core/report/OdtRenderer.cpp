// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/OdtRenderer.h"

#include "report/Words.h"

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <tuple>

namespace casebook::core {

namespace {

constexpr std::string_view kMimeType = "application/vnd.oasis.opendocument.text";

constexpr std::string_view kNamespaces = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                                         " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                                         " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                                         " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                                         " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                                         " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                                         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                                         " office:version=\"1.2\"";

constexpr std::string_view kManifest =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
    "manifest:version=\"1.2\">\n"
    " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
    "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
    " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
    " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
    "</manifest:manifest>\n";

std::string paragraph(std::string_view style, std::string_view text)
{
    return "<text:p text:style-name=\"" + std::string(style) + "\">" + OdtRenderer::escape(text) + "</text:p>\n";
}

/// The width of the text body (A4 less the margins), in centimetres.
constexpr double kBodyWidthCm = 17.4;
/// About how wide one character of the 9 pt table text is, and a cell's padding and border.
constexpr double kCharCm = 0.2;
constexpr double kCellExtraCm = 0.25;
/// Values up to this many characters are kept on one line.
constexpr std::size_t kShortColumn = 14;

/// Characters in a UTF-8 string (continuation bytes not counted).
std::size_t characters(std::string_view text)
{
    std::size_t n = 0;
    for (char c : text) {
        n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    }
    return n;
}

/// The longest word and the longest line of a cell, in characters.
std::pair<std::size_t, std::size_t> measure(std::string_view text)
{
    std::size_t word = 0;
    std::size_t line = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
            word = std::max(word, characters(text.substr(start, i - start)));
            start = i + 1;
        }
    }
    std::size_t from = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            line = std::max(line, characters(text.substr(from, i - from)));
            from = i + 1;
        }
    }
    return {word, line};
}

/// Column widths (cm, summing to the body width) from what the columns hold, much as a browser
/// lays out an automatic table: a column of short values (a date, a name, "Decision") as wide as
/// its longest value, so it never wraps; a column of long text at least as wide as its longest
/// word, with the space left shared by how much longer its lines are. A date column stays narrow,
/// a detail column wide.
std::vector<double> columnWidths(const std::vector<std::string>& header,
                                 const std::vector<std::vector<std::string>>& rows, std::size_t columns)
{
    std::vector<std::size_t> words(columns, 2);
    std::vector<std::size_t> lines(columns, 2);
    auto take = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < columns && c < row.size(); ++c) {
            const auto [word, line] = measure(row[c]);
            words[c] = std::max(words[c], word);
            lines[c] = std::max(lines[c], std::min<std::size_t>(line, 100));
        }
    };
    take(header);
    for (const auto& row : rows) {
        take(row);
    }
    auto cm = [](std::size_t chars) { return static_cast<double>(chars) * kCharCm + kCellExtraCm; };
    std::vector<double> base(columns);
    std::vector<double> most(columns);
    double baseSum = 0;
    double growth = 0;
    for (std::size_t c = 0; c < columns; ++c) {
        base[c] = cm(std::max(words[c], std::min<std::size_t>(lines[c], kShortColumn)));
        most[c] = std::max(cm(lines[c]), base[c]);
        baseSum += base[c];
        growth += most[c] - base[c];
    }
    std::vector<double> widths(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        if (baseSum >= kBodyWidthCm) {
            widths[c] = base[c] * kBodyWidthCm / baseSum; // too many columns: shrink them alike
        } else if (growth <= 0 || baseSum + growth <= kBodyWidthCm) {
            widths[c] = most[c] * kBodyWidthCm / (baseSum + growth); // all fits: stretch alike
        } else {
            widths[c] = base[c] + (kBodyWidthCm - baseSum) * (most[c] - base[c]) / growth;
        }
    }
    return widths;
}

std::string centimetres(double cm)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2fcm", cm);
    return buffer;
}

/// One table: its own column styles (widths from content), rows kept whole on a page, the header
/// row repeated on every page. A key-value list is two borderless columns: the label, in bold, as
/// wide as the longest label needs (within limits), and the value.
std::string tableXml(std::size_t index, const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows, bool keyValues, std::string& styles)
{
    const std::size_t columns =
        keyValues ? 2 : (header.empty() ? (rows.empty() ? 0 : rows.front().size()) : header.size());
    if (columns == 0) {
        return {};
    }
    const std::string name = "Table" + std::to_string(index + 1);
    std::vector<double> widths;
    if (keyValues) {
        std::size_t label = 0;
        for (const auto& row : rows) {
            label = std::max(label, characters(row.front()));
        }
        const double first =
            std::clamp(static_cast<double>(label) * kCharCm * 1.1 + kCellExtraCm, 3.0, kBodyWidthCm * 0.4);
        widths = {first, kBodyWidthCm - first};
    } else {
        widths = columnWidths(header, rows, columns);
    }
    styles += "<style:style style:name=\"" + name + "\" style:family=\"table\"><style:table-properties style:width=\""
              + centimetres(kBodyWidthCm)
              + "\" table:align=\"margins\" style:may-break-between-rows=\"true\"/></style:style>\n";
    std::string out = "<table:table table:name=\"" + name + "\" table:style-name=\"" + name + "\">\n";
    for (std::size_t c = 0; c < columns; ++c) {
        const std::string column = name + ".C" + std::to_string(c + 1);
        styles += "<style:style style:name=\"" + column
                  + "\" style:family=\"table-column\"><style:table-column-properties style:column-width=\""
                  + centimetres(widths[c]) + "\" style:rel-column-width=\""
                  + std::to_string(static_cast<long>(widths[c] * 1000)) + "*\"/></style:style>\n";
        out += "<table:table-column table:style-name=\"" + column + "\"/>\n";
    }
    const std::string cellStyle = keyValues ? "Plain" : "Cell";
    auto cells = [&](const std::vector<std::string>& row, bool heading) {
        std::string r = "<table:table-row table:style-name=\"Row\">";
        for (std::size_t c = 0; c < columns; ++c) {
            r += "<table:table-cell table:style-name=\"" + cellStyle + "\" office:value-type=\"string\">";
            const bool bold = heading || (keyValues && c == 0);
            r += paragraph(bold ? "TableHeading" : "TableText", c < row.size() ? row[c] : std::string());
            r += "</table:table-cell>";
        }
        return r + "</table:table-row>\n";
    };
    if (!header.empty()) {
        out += "<table:table-header-rows>" + cells(header, true) + "</table:table-header-rows>\n";
    }
    for (const auto& row : rows) {
        out += cells(row, false);
    }
    return out + "</table:table>\n";
}

std::string stylesXml(const ReportDocument& document)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles";
    out += kNamespaces;
    out += ">\n<office:styles>\n"
           "<style:default-style style:family=\"paragraph\"><style:text-properties style:font-name=\"DejaVu Sans\" "
           "fo:font-family=\"'DejaVu Sans', Arial, sans-serif\" fo:font-size=\"10pt\"/></style:default-style>\n"
           "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>\n"
           // The headings are the styles LibreOffice and Word know as "Heading 1" and "Heading 2",
           // with outline levels, so the Navigator and Word's navigation pane show an outline.
           "<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" "
           "style:class=\"text\"><style:paragraph-properties fo:keep-with-next=\"always\"/><style:text-properties "
           "fo:font-weight=\"bold\"/></style:style>\n"
           "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Heading\" style:next-style-name=\"Standard\" style:default-outline-level=\"1\" "
           "style:class=\"text\"><style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.1cm\"/>"
           "<style:text-properties fo:font-size=\"16pt\" fo:font-weight=\"bold\"/></style:style>\n"
           "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" "
           "style:parent-style-name=\"Heading\" style:next-style-name=\"Standard\" style:default-outline-level=\"2\" "
           "style:class=\"text\"><style:paragraph-properties fo:margin-top=\"0.35cm\" fo:margin-bottom=\"0.1cm\"/>"
           "<style:text-properties fo:font-size=\"12.5pt\" fo:font-weight=\"bold\"/></style:style>\n"
           "<style:style style:name=\"Provenance\" style:family=\"paragraph\"><style:text-properties "
           "fo:font-size=\"9pt\" fo:font-style=\"italic\"/></style:style>\n"
           "<style:style style:name=\"Note\" style:family=\"paragraph\"><style:paragraph-properties "
           "fo:margin-top=\"0.15cm\"/><style:text-properties fo:color=\"#990000\" "
           "fo:font-style=\"italic\"/></style:style>\n"
           "<style:style style:name=\"TableText\" style:family=\"paragraph\"><style:text-properties "
           "fo:font-size=\"9pt\"/></style:style>\n"
           "<style:style style:name=\"TableHeading\" style:family=\"paragraph\"><style:text-properties "
           "fo:font-size=\"9pt\" fo:font-weight=\"bold\"/></style:style>\n"
           "<style:style style:name=\"Marking\" style:family=\"paragraph\"><style:paragraph-properties "
           "fo:text-align=\"center\"/><style:text-properties fo:font-size=\"9pt\" "
           "fo:font-weight=\"bold\"/></style:style>\n"
           "<style:style style:name=\"Handling\" style:family=\"paragraph\"><style:paragraph-properties "
           "fo:text-align=\"center\"/><style:text-properties fo:font-size=\"8pt\"/></style:style>\n"
           "<style:style style:name=\"Footer\" style:family=\"paragraph\"><style:paragraph-properties "
           "fo:text-align=\"center\"/><style:text-properties fo:font-size=\"8pt\"/></style:style>\n"
           "<text:outline-style style:name=\"Outline\">"
           "<text:outline-level-style text:level=\"1\" style:num-format=\"\"/>"
           "<text:outline-level-style text:level=\"2\" style:num-format=\"\"/></text:outline-style>\n"
           "</office:styles>\n<office:automatic-styles>\n"
           "<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\" "
           "fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" fo:margin-top=\"1.2cm\" "
           "fo:margin-bottom=\"1.2cm\" fo:margin-left=\"1.8cm\" fo:margin-right=\"1.8cm\"/>"
           "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"0.3cm\"/>"
           "</style:header-style><style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" "
           "fo:margin-top=\"0.3cm\"/></style:footer-style></style:page-layout>\n"
           "</office:automatic-styles>\n<office:master-styles>\n"
           "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">\n<style:header>";
    out += paragraph("Marking", document.marking);
    if (!document.handling.empty()) {
        out += paragraph("Handling", document.handling);
    }
    out += "</style:header>\n<style:footer><text:p text:style-name=\"Footer\">";
    out += OdtRenderer::escape("Generated " + dateInWords(document.generatedOn)
                               + (document.author.empty() ? std::string() : " by " + document.author));
    if (!document.auditHead.empty()) {
        out += OdtRenderer::escape(" \xC2\xB7 " + auditHeadFooter(document.auditHead));
    }
    out += " \xC2\xB7 Page <text:page-number text:select-page=\"current\">1</text:page-number> of "
           "<text:page-count>1</text:page-count></text:p>\n";
    out += paragraph("Marking", document.marking);
    out += "</style:footer>\n</style:master-page>\n</office:master-styles>\n</office:document-styles>\n";
    return out;
}

std::string metaXml(const ReportDocument& document)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta";
    out += kNamespaces;
    out += "><office:meta><meta:generator>Casebook</meta:generator><dc:title>";
    out += OdtRenderer::escape(document.marking + " \xE2\x80\x94 " + document.title);
    out += "</dc:title><dc:date>" + document.generatedOn.toIso() + "T00:00:00</dc:date>";
    out += "</office:meta></office:document-meta>\n";
    return out;
}

/// Closes (discarding) a zip archive left open by an error.
struct ZipDiscard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

Status addEntry(zip_t* archive, const char* name, const std::string& bytes, bool store)
{
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (source == nullptr) {
        return makeError(ErrorCode::Io, std::string("odt: ") + zip_strerror(archive));
    }
    const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return makeError(ErrorCode::Io, std::string("odt: ") + zip_strerror(archive));
    }
    if (zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0)
        != 0) {
        return makeError(ErrorCode::Io, std::string("odt: ") + zip_strerror(archive));
    }
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), 315532800, 0); // fixed: same report, same bytes
    return Ok{};
}

} // namespace

std::string OdtRenderer::escape(std::string_view text)
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
            out += "&apos;";
            break;
        case '\t':
            out += "<text:tab/>";
            break;
        case '\n':
            out += "<text:line-break/>";
            break;
        default:
            // XML 1.0 has no place for other control characters: drop them.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\r') {
                if (c != '\r') {
                    out += c;
                }
            }
        }
    }
    return out;
}

std::string OdtRenderer::contentXml(const ReportDocument& document)
{
    // Each table's column widths are automatic styles of their own, so the body is built first.
    std::string styles = "<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties "
                         "fo:padding=\"0.05cm\" fo:border=\"0.5pt solid #666666\"/></style:style>\n"
                         "<style:style style:name=\"Plain\" style:family=\"table-cell\"><style:table-cell-properties "
                         "fo:padding-top=\"0.02cm\" fo:padding-bottom=\"0.02cm\" fo:padding-left=\"0cm\" "
                         "fo:padding-right=\"0.15cm\" fo:border=\"none\"/></style:style>\n"
                         // A row is never split across two pages.
                         "<style:style style:name=\"Row\" style:family=\"table-row\"><style:table-row-properties "
                         "fo:keep-together=\"always\"/></style:style>\n";
    std::string out =
        "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">" + escape(document.title) + "</text:h>\n";
    // The summary's own line ("Prepared for the line manager by … on 4 December 2026."); older
    // documents without one name the audience, the author when there is one, and the date.
    out += paragraph("Provenance", !document.prepared.empty()
                                       ? document.prepared
                                       : "Prepared for " + document.audience
                                             + (document.author.empty() ? std::string() : " by " + document.author)
                                             + " on " + dateInWords(document.generatedOn) + ".");
    std::size_t tables = 0;
    for (const ReportBlock& block : document.blocks) {
        switch (block.kind) {
        case BlockKind::Heading:
            out += "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">" + escape(block.text)
                   + "</text:h>\n";
            break;
        case BlockKind::Paragraph:
            out += paragraph("Standard", block.text);
            break;
        case BlockKind::Note:
            out += paragraph("Note", block.text);
            break;
        case BlockKind::KeyValues: {
            std::vector<std::vector<std::string>> rows;
            for (const auto& [key, value] : block.pairs) {
                rows.push_back({key, value});
            }
            out += tableXml(tables++, {}, rows, true, styles);
            break;
        }
        case BlockKind::Table:
            out += tableXml(tables++, block.header, block.rows, false, styles);
            break;
        }
    }
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content";
    xml += kNamespaces;
    xml += ">\n<office:automatic-styles>\n" + styles + "</office:automatic-styles>\n<office:body>\n<office:text>\n";
    xml += out;
    xml += "</office:text>\n</office:body>\n</office:document-content>\n";
    return xml;
}

Result<std::vector<std::uint8_t>> OdtRenderer::render(const ReportDocument& document)
{
    // Built in memory: the caller decides where the bytes go (and writes them atomically).
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (buffer == nullptr) {
        zip_error_fini(&error);
        return makeError(ErrorCode::Io, "odt: cannot make a buffer");
    }
    zip_source_keep(buffer); // read back after the archive is closed
    std::unique_ptr<zip_t, ZipDiscard> archive(zip_open_from_source(buffer, ZIP_TRUNCATE, &error));
    zip_error_fini(&error);
    auto free = [&] { zip_source_free(buffer); }; // drops our kept reference
    if (!archive) {
        free();
        free(); // and the one zip_open_from_source did not take
        return makeError(ErrorCode::Io, "odt: cannot start the package");
    }
    const std::string mimetype(kMimeType);
    const std::string manifest(kManifest);
    const std::string content = contentXml(document);
    const std::string styles = stylesXml(document);
    const std::string meta = metaXml(document);
    // The mimetype first and uncompressed, as ODF requires.
    for (auto [name, bytes, store] :
         {std::tuple{"mimetype", &mimetype, true}, std::tuple{"META-INF/manifest.xml", &manifest, false},
          std::tuple{"content.xml", &content, false}, std::tuple{"styles.xml", &styles, false},
          std::tuple{"meta.xml", &meta, false}}) {
        if (Status st = addEntry(archive.get(), name, *bytes, store); !st) {
            free();
            return st.error();
        }
    }
    if (zip_close(archive.get()) != 0) {
        const std::string why = zip_strerror(archive.get());
        free();
        return makeError(ErrorCode::Io, "odt: " + why);
    }
    (void)archive.release(); // closed
    std::vector<std::uint8_t> bytes;
    if (zip_source_open(buffer) != 0 || zip_source_seek(buffer, 0, SEEK_END) != 0) {
        free();
        return makeError(ErrorCode::Io, "odt: cannot read the package back");
    }
    const zip_int64_t size = zip_source_tell(buffer);
    bytes.resize(static_cast<std::size_t>(size));
    zip_source_seek(buffer, 0, SEEK_SET);
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size));
    zip_source_close(buffer);
    free();
    if (read != size) {
        return makeError(ErrorCode::Io, "odt: short read of the package");
    }
    return bytes;
}

} // namespace casebook::core
