// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workspace/CaseSection.h"

namespace casebook::ui {

// The record tabs of the case workspace built on RecordSection (see RecordKind). Each returns a
// section owned by `parent`.

CaseSection* makeAdjustmentsSection(const SectionContext& context, QWidget* parent);
CaseSection* makeLimitedDutiesSection(const SectionContext& context, QWidget* parent);
CaseSection* makeUppSection(const SectionContext& context, QWidget* parent);
CaseSection* makeOhSection(const SectionContext& context, QWidget* parent);
CaseSection* makeConductSection(const SectionContext& context, QWidget* parent);
/// Ill-health retirement and injury awards, one above the other.
CaseSection* makeRetirementSection(const SectionContext& context, QWidget* parent);
CaseSection* makeActionPlansSection(const SectionContext& context, QWidget* parent);
CaseSection* makeContactsSection(const SectionContext& context, QWidget* parent);
CaseSection* makeAttachmentsSection(const SectionContext& context, QWidget* parent);
CaseSection* makeSignpostingSection(const SectionContext& context, QWidget* parent);
/// The officer's consent answers (per person, shown in each of their cases).
CaseSection* makeConsentSection(const SectionContext& context, QWidget* parent);

} // namespace casebook::ui
