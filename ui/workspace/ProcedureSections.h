// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/CaseSection.h"

#include <vector>

namespace casebook::ui {

/// The procedure sections of the case workspace, in the order their tabs appear: adjustments,
/// absence and sick pay, limited duties, UPP/UAP, occupational health, conduct, ill-health
/// retirement, action plans, contacts, attachments, signposting.
std::vector<SectionFactory> procedureSectionFactories();

} // namespace casebook::ui
