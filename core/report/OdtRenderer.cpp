// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/OdtRenderer.h"

#include <zip.h>

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

std::string tableXml(std::size_t index, const std::vector<std::string>& header,
                     const std::vector<std::vector<std::string>>& rows)
{
    const std::size_t columns = header.empty() ? (rows.empty() ? 0 : rows.front().size()) : header.size();
    if (columns == 0) {
        return {};
    }
    std::string out = "<table:table table:name=\"Table" + std::to_string(index + 1) + "\" table:style-name=\"Grid\">\n";
    out += "<table:table-column table:number-columns-repeated=\"" + std::to_string(columns) + "\"/>\n";
    auto cells = [&](const std::vector<std::string>& row, std::string_view style) {
        std::string r = "<table:table-row>";
        for (std::size_t c = 0; c < columns; ++c) {
            r += "<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\">";
            r += paragraph(style, c < row.size() ? row[c] : std::string());
            r += "</table:table-cell>";
        }
        return r + "</table:table-row>\n";
    };
    if (!header.empty()) {
        out += "<table:table-header-rows>" + cells(header, "TableHeading") + "</table:table-header-rows>\n";
    }
    for (const auto& row : rows) {
        out += cells(row, "TableText");
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
           "<style:style style:name=\"Title\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"16pt\" "
           "fo:font-weight=\"bold\"/></style:style>\n"
           "<style:style style:name=\"Heading\" style:family=\"paragraph\"><style:paragraph-properties "
           "fo:margin-top=\"0.35cm\" fo:margin-bottom=\"0.1cm\" fo:keep-with-next=\"always\"/><style:text-properties "
           "fo:font-size=\"12.5pt\" fo:font-weight=\"bold\"/></style:style>\n"
           "<style:style style:name=\"Provenance\" style:family=\"paragraph\"><style:text-properties "
           "fo:font-size=\"9pt\" fo:font-style=\"italic\"/></style:style>\n"
           "<style:style style:name=\"Note\" style:family=\"paragraph\"><style:text-properties fo:color=\"#990000\" "
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
    out += OdtRenderer::escape("Generated " + document.generatedOn.toIso() + " by " + document.author);
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
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content";
    out += kNamespaces;
    out += ">\n<office:automatic-styles>\n"
           "<style:style style:name=\"Grid\" style:family=\"table\"><style:table-properties style:width=\"17.4cm\" "
           "table:align=\"margins\"/></style:style>\n"
           "<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties "
           "fo:padding=\"0.05cm\" fo:border=\"0.5pt solid #666666\"/></style:style>\n"
           "</office:automatic-styles>\n<office:body>\n<office:text>\n";
    out += paragraph("Title", document.title);
    out += paragraph("Provenance", "Prepared for " + document.audience + " by " + document.author + " on "
                                       + document.generatedOn.toIso() + ".");
    std::size_t tables = 0;
    for (const ReportBlock& block : document.blocks) {
        switch (block.kind) {
        case BlockKind::Heading:
            out += "<text:h text:style-name=\"Heading\" text:outline-level=\"2\">" + escape(block.text) + "</text:h>\n";
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
            out += tableXml(tables++, {}, rows);
            break;
        }
        case BlockKind::Table:
            out += tableXml(tables++, block.header, block.rows);
            break;
        }
    }
    out += "</office:text>\n</office:body>\n</office:document-content>\n";
    return out;
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
