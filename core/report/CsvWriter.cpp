// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/CsvWriter.h"

namespace casebook::core {

std::string CsvWriter::cell(std::string_view value)
{
    std::string guarded;
    if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
        guarded = "'";
    }
    guarded += value;
    if (guarded.find_first_of(",\"\r\n") == std::string::npos) {
        return guarded;
    }
    std::string quoted = "\"";
    for (char c : guarded) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

void CsvWriter::addRow(const std::vector<std::string>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            m_text += ',';
        }
        m_text += cell(cells[i]);
    }
    m_text += "\r\n";
}

} // namespace casebook::core
