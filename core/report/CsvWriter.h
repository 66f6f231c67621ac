// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// Writes rows as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break are
/// quoted and their quotes doubled). A cell that a spreadsheet would read as a formula (it begins
/// with = + - @, a tab or a carriage return) gets a leading single quote, so opening the file
/// cannot run anything.
class CsvWriter {
public:
    void addRow(const std::vector<std::string>& cells);
    const std::string& text() const { return m_text; }

    /// One cell as written: formula-guarded, then quoted when it needs to be.
    static std::string cell(std::string_view value);

private:
    std::string m_text;
};

} // namespace casebook::core
