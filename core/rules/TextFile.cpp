// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/TextFile.h"

#include <fstream>
#include <sstream>

namespace casebook::core {

Result<std::string> readTextFile(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return makeError(ErrorCode::NotFound, path.string() + ": no such file");
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in || in.bad()) {
        return makeError(ErrorCode::Io, path.string() + ": read failed");
    }
    return buffer.str();
}

} // namespace casebook::core
