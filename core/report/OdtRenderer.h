// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportDocument.h"
#include "support/Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// Renders a ReportDocument as an OpenDocument text file (ODF 1.2 package, as LibreOffice and
/// Word open): the protective marking and handling line in every page's header, the marking and
/// "Page X of Y" (live fields) in every footer, then the title and blocks. The bytes are the
/// whole .odt (a zip whose first entry is the uncompressed `mimetype`); the caller writes them.
class OdtRenderer {
public:
    static Result<std::vector<std::uint8_t>> render(const ReportDocument& document);
    /// The package's content.xml alone (what a reader of the text sees), for inspection.
    static std::string contentXml(const ReportDocument& document);
    /// `text` escaped for XML character data and attributes.
    static std::string escape(std::string_view text);
};

} // namespace casebook::core
