// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportDocument.h"

#include <string>
#include <string_view>

namespace casebook::core {

/// Renders a ReportDocument as one self-contained HTML5 file: inline CSS, no script and no
/// external reference, every text escaped, the protective marking at the top and the bottom.
class HtmlRenderer {
public:
    static std::string render(const ReportDocument& document);
    /// `text` with & < > " ' replaced by character references.
    static std::string escape(std::string_view text);
};

} // namespace casebook::core
