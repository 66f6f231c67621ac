// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/ProcedureSections.h"

namespace casebook::ui {

std::vector<SectionFactory> procedureSectionFactories()
{
    return {};
}

} // namespace casebook::ui
