// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The ill-health retirement tab: ill-health retirement and injury awards, one above the other.
#include "workspace/sections/RecordKindSupport.h"
#include "workspace/sections/RecordKinds.h"

#include "procedure/Retirement.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSplitter>

namespace casebook::ui {

namespace {

QStringList schemes()
{
    return {CaseSection::tr("Police Pension Scheme 1987"), CaseSection::tr("New Police Pension Scheme 2006"),
            CaseSection::tr("Police Pension Scheme 2015 (CARE)")};
}

QStringList ppaDecisions()
{
    return {CaseSection::tr("Pending"), CaseSection::tr("Retire"), CaseSection::tr("Retain")};
}

/// A container tab holding two record lists one above the other.
class StackedSections final : public CaseSection {
public:
    StackedSections(QString title, QString name, std::initializer_list<CaseSection*> parts, QWidget* parent)
        : CaseSection(parent)
        , m_title(std::move(title))
    {
        setObjectName(name);
        auto* split = new QSplitter(Qt::Vertical, this);
        split->setChildrenCollapsible(false);
        for (CaseSection* part : parts) {
            part->setParent(split);
            split->addWidget(part);
            m_parts.push_back(part);
            connect(part, &CaseSection::changed, this, &CaseSection::changed);
        }
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(split);
    }
    QString title() const override { return m_title; }
    int recordCount() const override
    {
        int total = 0;
        for (const CaseSection* part : m_parts) {
            total += std::max(part->recordCount(), 0);
        }
        return total;
    }
    void reload() override
    {
        for (CaseSection* part : m_parts) {
            part->reload();
        }
    }

private:
    QString m_title;
    std::vector<CaseSection*> m_parts;
};

} // namespace
namespace {

CaseSection* makeIllHealthRetirementList(const SectionContext& context, QWidget* parent)
{
    RecordKind<core::IllHealthRetirement> kind;
    kind.title = CaseSection::tr("Ill-health retirement");
    kind.name = QStringLiteral("retirements");
    kind.noun = CaseSection::tr("ill-health retirement");
    kind.addText = CaseSection::tr("&Add ill-health retirement…");
    kind.empty = CaseSection::tr("No ill-health retirement for this case.");
    kind.headers = {CaseSection::tr("Scheme"), CaseSection::tr("Last step"), CaseSection::tr("PPA decision"),
                    CaseSection::tr("Decided"), CaseSection::tr("Detail")};
    kind.cells = [](const core::IllHealthRetirement& r) {
        const QString last = lastStepText(r.steps);
        return QStringList{schemes().value(static_cast<int>(r.scheme)), last,
                           ppaDecisions().value(static_cast<int>(r.decision)), dateText(r.decisionDate),
                           qs(r.decisionDetail)};
    };
    kind.form = [](FormDialog& dialog,
                   const core::IllHealthRetirement& initial) -> RecordKind<core::IllHealthRetirement>::Reader {
        auto* scheme = choice(schemes(), static_cast<int>(initial.scheme), &dialog);
        auto* decision = choice(ppaDecisions(), static_cast<int>(initial.decision), &dialog);
        decision->setObjectName(QStringLiteral("retirementDecision"));
        const OptionalDate decided = optionalDate(CaseSection::tr("decided"), initial.decisionDate, &dialog);
        auto* detail = lineEdit(initial.decisionDetail, &dialog);
        detail->setPlaceholderText(CaseSection::tr("Retirement date and tier, or how the officer is retained"));
        dialog.addRow(CaseSection::tr("Pension &scheme:"), scheme);
        dialog.addRow(CaseSection::tr("PPA &decision:"), decision);
        dialog.addRow(CaseSection::tr("Decision d&ate:"), row(&dialog, {decided.set, decided.date}),
                      QStringLiteral("ill_health_retirement.decisionDate"));
        dialog.addRow(CaseSection::tr("De&tail:"), detail);
        return [=]() -> core::Result<core::IllHealthRetirement> {
            core::IllHealthRetirement r = initial;
            r.scheme = static_cast<core::PolicePensionScheme>(scheme->currentIndex());
            r.decision = static_cast<core::PpaDecision>(decision->currentIndex());
            r.decisionDate = decided.value();
            r.decisionDetail = text(detail);
            return r;
        };
    };
    kind.details = [context](const core::IllHealthRetirement& r) {
        return eventsHtml(r.steps) + dueDatesHtml(context, "ill_health_retirement", r.id.value);
    };
    kind.actions.push_back(recordEventAction<core::IllHealthRetirement>(
        CaseSection::tr("&Record step…"), CaseSection::tr("Record a step of the ill-health retirement"),
        CaseSection::tr("record ill-health retirement step"), packEventNames(context.session.rules().illHealth),
        &core::IllHealthRetirement::steps, QStringLiteral("ill_health_retirement.steps")));
    useProcedureStore(kind, context);
    return new RecordSection<core::IllHealthRetirement>(std::move(kind), context, parent);
}

CaseSection* makeInjuryAwardList(const SectionContext& context, QWidget* parent)
{
    RecordKind<core::InjuryAward> kind;
    kind.title = CaseSection::tr("Injury awards");
    kind.name = QStringLiteral("injuryAwards");
    kind.noun = CaseSection::tr("injury award");
    kind.addText = CaseSection::tr("Add in&jury award…");
    kind.empty = CaseSection::tr("No injury award for this case.");
    kind.headers = {CaseSection::tr("Injured"), CaseSection::tr("Description"), CaseSection::tr("Last step"),
                    CaseSection::tr("Decision"), CaseSection::tr("Decided")};
    kind.cells = [](const core::InjuryAward& a) {
        const QString last = lastStepText(a.steps);
        return QStringList{dateText(a.injuryDate), qs(a.description), last, qs(a.decision), dateText(a.decisionDate)};
    };
    kind.form = [](FormDialog& dialog, const core::InjuryAward& initial) -> RecordKind<core::InjuryAward>::Reader {
        auto* injured = dateEdit(initial.injuryDate, &dialog);
        auto* description = textArea(initial.description, &dialog);
        auto* decision = lineEdit(initial.decision, &dialog);
        const OptionalDate decided = optionalDate(CaseSection::tr("decided"), initial.decisionDate, &dialog);
        dialog.addRow(CaseSection::tr("&Injured on:"), injured);
        dialog.addRow(CaseSection::tr("&Description:"), description);
        dialog.addRow(CaseSection::tr("D&ecision:"), decision);
        dialog.addRow(CaseSection::tr("Decision d&ate:"), row(&dialog, {decided.set, decided.date}));
        return [=]() -> core::Result<core::InjuryAward> {
            core::InjuryAward a = initial;
            a.injuryDate = toCoreDate(injured->date());
            a.description = text(description);
            a.decision = text(decision);
            a.decisionDate = decided.value();
            return a;
        };
    };
    kind.details = [context](const core::InjuryAward& a) {
        return eventsHtml(a.steps) + dueDatesHtml(context, "injury_award", a.id.value);
    };
    kind.actions.push_back(recordEventAction<core::InjuryAward>(
        CaseSection::tr("Record step…"), CaseSection::tr("Record a step of the injury award"),
        CaseSection::tr("record injury award step"), packEventNames(context.session.rules().injuryBenefit),
        &core::InjuryAward::steps, QStringLiteral("injury_award.steps")));
    useProcedureStore(kind, context);
    kind.blank = blankDated(context.caseId, &core::InjuryAward::injuryDate);
    return new RecordSection<core::InjuryAward>(std::move(kind), context, parent);
}

} // namespace

CaseSection* makeRetirementSection(const SectionContext& context, QWidget* parent)
{
    return new StackedSections(CaseSection::tr("Ill-health retirement"), QStringLiteral("retirementSection"),
                               {makeIllHealthRetirementList(context, nullptr), makeInjuryAwardList(context, nullptr)},
                               parent);
}

} // namespace casebook::ui
