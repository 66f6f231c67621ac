// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/ProcedureSections.h"

#include "workspace/sections/AbsenceSection.h"
#include "workspace/sections/RecordKinds.h"

namespace casebook::ui {

std::vector<SectionFactory> procedureSectionFactories()
{
    return {
        makeAdjustmentsSection,
        [](const SectionContext& context, QWidget* parent) -> CaseSection* {
            return new AbsenceSection(context, parent);
        },
        makeLimitedDutiesSection,
        makeUppSection,
        makeOhSection,
        makeConsentSection,
        makeConductSection,
        makeRetirementSection,
        makeActionPlansSection,
        makeContactsSection,
        makeAttachmentsSection,
        makeSignpostingSection,
    };
}

} // namespace casebook::ui
