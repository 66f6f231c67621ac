// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/ResourceLocator.h"

#include <cstdlib>
#include <system_error>

namespace casebook::core {

std::vector<std::filesystem::path> resourceSearchPath()
{
    std::vector<std::filesystem::path> dirs;
    if (const char* fromEnv = std::getenv("CASEBOOK_RESOURCES_DIR"); fromEnv != nullptr && *fromEnv != '\0') {
        dirs.emplace_back(fromEnv);
    }
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        dirs.push_back((exe.parent_path() / ".." / "share" / "casebook").lexically_normal());
    }
#ifdef CASEBOOK_SOURCE_RESOURCES_DIR
    dirs.emplace_back(CASEBOOK_SOURCE_RESOURCES_DIR);
#endif
    return dirs;
}

Result<std::filesystem::path> findResourcesDir()
{
    std::string tried;
    for (const auto& dir : resourceSearchPath()) {
        std::error_code ec;
        if (std::filesystem::is_directory(dir / "rules", ec)) {
            return dir;
        }
        tried += (tried.empty() ? "" : ", ") + dir.string();
    }
    return makeError(ErrorCode::Io, "the rule packs were not found (looked in: " + tried + ")");
}

} // namespace casebook::core
