// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace casebook::cli {

/// Control characters (newlines, tabs) become spaces, so one record stays on one line.
std::string oneLine(std::string_view text);

/// `text` cut to `width` characters (UTF-8 aware) with "…" when cut, then padded to `width`.
std::string column(std::string_view text, std::size_t width);

} // namespace casebook::cli
