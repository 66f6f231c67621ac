// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The UPP/UAP form's regime and stage choices, in the words of each regime's rule pack.
#include "workspace/sections/RegimeChoices.h"

#include "workspace/sections/RecordKindSupport.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <cstddef>

namespace casebook::ui {

/// The stages a regime has, in its pack's words (`regime.stages`): the legacy regime's three stages;
/// the amended regime's first stage and second stage meeting (the former third stage, SI 2025/558
/// reg 19(f)), with no third; whatever a further regime's pack lists.
QList<StageChoice> stages(const core::RulePack* pack)
{
    QList<StageChoice> out{{core::UppStage::NotStarted, CaseSection::tr("Not started")}};
    if (pack != nullptr && pack->regime) {
        for (std::size_t i = 0; i < pack->regime->stages.size(); ++i) {
            out.push_back({static_cast<core::UppStage>(static_cast<std::size_t>(core::UppStage::First) + i),
                           qs(pack->regime->stages[i])});
        }
    }
    out.push_back({core::UppStage::Concluded, CaseSection::tr("Concluded")});
    return out;
}

QString stageText(const core::RulePack* pack, core::UppStage stage)
{
    for (const StageChoice& choice : stages(pack)) {
        if (choice.stage == stage) {
            return choice.text;
        }
    }
    return CaseSection::tr("Stage %1 (not in this regime)").arg(static_cast<int>(stage));
}

/// Gross incompetence goes straight to the regime's final meeting, in the pack's words.
QString grossIncompetenceText(const core::RulePack* pack)
{
    return pack != nullptr && pack->regime ? qs(pack->regime->grossIncompetence)
                                           : CaseSection::tr("Gross incompetence (straight to the final meeting)");
}

/// Offers the regime's stages, keeping the stage chosen where the regime has it. A stage beyond the
/// regime's last becomes its last: the amended regime's second stage meeting is the former third.
void offerStages(QComboBox* box, const core::RulePack* pack, core::UppStage current)
{
    const QList<StageChoice> choices = stages(pack);
    if (pack != nullptr && current != core::UppStage::Concluded && current > choices[choices.size() - 2].stage) {
        current = choices[choices.size() - 2].stage;
    }
    const QSignalBlocker blocker(box);
    box->clear();
    for (const StageChoice& choice : choices) {
        box->addItem(choice.text, static_cast<int>(choice.stage));
        if (choice.stage == current) {
            box->setCurrentIndex(box->count() - 1);
        }
    }
}

/// The regime's name as its pack gives it ("Legacy (three stages)"); the bare key of a regime no
/// loaded pack declares.
QString regimeText(const core::ProcedureRules& rules, const core::UppRegime& regime)
{
    const core::RulePack* pack = rules.uppPack(regime);
    return pack != nullptr ? qs(pack->regime->name) : CaseSection::tr("%1 (no rule pack)").arg(qs(regime.key));
}

/// "As the dates give", then every loaded regime by name (its key as the item's data).
QComboBox* regimeChoice(const core::ProcedureRules& rules, const std::optional<core::UppRegime>& chosen,
                        QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(CaseSection::tr("As the dates give"), QString());
    for (const core::RulePack& pack : rules.upp) {
        box->addItem(qs(pack.regime->name), qs(pack.regime->key));
    }
    if (chosen) {
        int at = box->findData(qs(chosen->key));
        if (at < 0) { // kept as stored, so saving the form does not change it silently
            box->addItem(regimeText(rules, *chosen), qs(chosen->key));
            at = box->count() - 1;
        }
        box->setCurrentIndex(at);
    }
    return box;
}

} // namespace casebook::ui
