// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "procedure/ProcedureRules.h"
#include "procedure/UppProcedure.h"
#include "rules/RulePack.h"
#endif

#include <QList>
#include <QString>

#include <optional>

class QComboBox;
class QWidget;

namespace casebook::ui {

/// One stage a UPP/UAP form offers, in its regime's words.
struct StageChoice {
    core::UppStage stage;
    QString text;
};

/// The stages a regime has, in its pack's words (`regime.stages`), between "Not started" and
/// "Concluded".
QList<StageChoice> stages(const core::RulePack* pack);
/// The stage in its regime's words, or "Stage N (not in this regime)".
QString stageText(const core::RulePack* pack, core::UppStage stage);
/// Gross incompetence goes straight to the regime's final meeting, in the pack's words.
QString grossIncompetenceText(const core::RulePack* pack);
/// Offers the regime's stages in `box`, keeping the stage chosen where the regime has it.
void offerStages(QComboBox* box, const core::RulePack* pack, core::UppStage current);
/// The regime's name as its pack gives it; the bare key of a regime no loaded pack declares.
QString regimeText(const core::ProcedureRules& rules, const core::UppRegime& regime);
/// "As the dates give", then every loaded regime by name (its key as the item's data).
QComboBox* regimeChoice(const core::ProcedureRules& rules, const std::optional<core::UppRegime>& chosen,
                        QWidget* parent);

} // namespace casebook::ui
