// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The procedure record tabs: UPP/UAP, conduct referrals and action plans.
#include "support/Today.h"
#include "workspace/sections/RecordKindSupport.h"
#include "workspace/sections/RecordKinds.h"
#include "workspace/sections/RegimeChoices.h"

#include "procedure/ActionPlan.h"
#include "procedure/Conduct.h"
#include "procedure/ImprovementPeriod.h"
#include "procedure/UppProcedure.h"
#include "support/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMap>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cstddef>
#include <optional>

namespace casebook::ui {

namespace {

QStringList grounds()
{
    return {CaseSection::tr("Performance (UPP)"), CaseSection::tr("Attendance (UAP)")};
}

QStringList severities()
{
    return {CaseSection::tr("Pending assessment"),
            CaseSection::tr("No case to answer"),
            CaseSection::tr("Practice requiring improvement"),
            CaseSection::tr("Misconduct"),
            CaseSection::tr("Gross misconduct"),
            CaseSection::tr("Vetting referral")};
}

} // namespace

CaseSection* makeUppSection(const SectionContext& context, QWidget* parent)
{
    core::Session* session = &context.session;
    const core::CaseId caseId = context.caseId;
    RecordKind<core::UppProcedure> kind;
    kind.title = CaseSection::tr("UPP / UAP");
    kind.name = QStringLiteral("upp");
    kind.noun = CaseSection::tr("UPP/UAP procedure");
    kind.addText = CaseSection::tr("Start proced&ure…");
    kind.empty = CaseSection::tr("No unsatisfactory performance or attendance procedure for this case. Starting one "
                                 "records when the matter came to attention; the regime follows from that date.");
    kind.headers = {CaseSection::tr("Procedure"), CaseSection::tr("Came to attention"),  CaseSection::tr("Regime"),
                    CaseSection::tr("Stage"),     CaseSection::tr("Improvement period"), CaseSection::tr("Status")};
    kind.cells = [session](const core::UppProcedure& u) {
        QString regime = regimeText(session->rules(), u.regime());
        if (u.regimeOverride) {
            regime += CaseSection::tr(" (chosen)");
        }
        QString period;
        const core::ImprovementPeriod ip = core::improvementPeriod(u, session->rules().calendar);
        if (ip.start) {
            period = CaseSection::tr("%1 – %2").arg(dateText(ip.start), ip.effectiveEnd ? dateText(ip.effectiveEnd)
                                                                                        : CaseSection::tr("open"));
            if (ip.typedOverride) {
                period += CaseSection::tr(" (typed)");
            }
        }
        const QString status =
            u.pausedFor
                ? CaseSection::tr("Paused since %1 (conduct referral)").arg(dateText(u.pausedFrom))
                : (u.stage == core::UppStage::Concluded ? CaseSection::tr("Concluded") : CaseSection::tr("Running"));
        return QStringList{grounds().value(static_cast<int>(u.kind)),
                           dateText(u.cameToAttention),
                           regime,
                           stageText(session->rules().uppPack(u.regime()), u.stage),
                           period,
                           status};
    };
    kind.form = [session, caseId](FormDialog& dialog,
                                  const core::UppProcedure& initial) -> RecordKind<core::UppProcedure>::Reader {
        auto* ground = choice(grounds(), static_cast<int>(initial.kind), &dialog);
        ground->setObjectName(QStringLiteral("uppKind"));
        auto* attention = dateEdit(initial.cameToAttention, &dialog);
        attention->setObjectName(QStringLiteral("uppCameToAttention"));
        auto* attentionOf = lineEdit(initial.cameToAttentionOf, &dialog);
        attentionOf->setPlaceholderText(CaseSection::tr("The line manager or chief officer it came to"));
        auto* regime = regimeChoice(session->rules(), initial.regimeOverride, &dialog);
        regime->setObjectName(QStringLiteral("uppRegime"));
        auto* regimeReason = lineEdit(initial.regimeOverrideReason, &dialog);
        regimeReason->setObjectName(QStringLiteral("uppRegimeReason"));
        regimeReason->setPlaceholderText(CaseSection::tr("Why this regime, when it is not the one the dates give"));
        auto* stage = new QComboBox(&dialog);
        stage->setObjectName(QStringLiteral("uppStage"));
        auto* gross = new QCheckBox(&dialog);
        gross->setObjectName(QStringLiteral("uppGrossIncompetence"));
        gross->setChecked(initial.grossIncompetence);
        // The stages and words follow the regime the form gives now: the one chosen, else the one the
        // date it came to attention gives (the validator refuses a third stage in the amended regime).
        const auto offerRegimeStages = [session, initial, attention, regime, stage, gross](core::UppStage current) {
            core::UppProcedure candidate = initial;
            candidate.cameToAttention = toCoreDate(attention->date());
            candidate.regimeOverride.reset();
            core::UppRegime shown = initial.derivedRegime;
            if (regime->currentIndex() > 0) {
                shown = core::UppRegime{regime->currentData().toString().toStdString()};
            } else if (auto decision = session->procedures().deriveRegime(candidate)) {
                shown = decision->regime;
            }
            const core::RulePack* pack = session->rules().uppPack(shown);
            offerStages(stage, pack, current);
            gross->setText(grossIncompetenceText(pack));
        };
        offerRegimeStages(initial.stage);
        const auto currentStage = [stage] { return static_cast<core::UppStage>(stage->currentData().toInt()); };
        QObject::connect(regime, &QComboBox::currentIndexChanged, &dialog,
                         [offerRegimeStages, currentStage] { offerRegimeStages(currentStage()); });
        QObject::connect(attention, &DateEdit::dateChanged, &dialog,
                         [offerRegimeStages, currentStage] { offerRegimeStages(currentStage()); });
        const OptionalDate periodStart = optionalDate(CaseSection::tr("from"), initial.improvementPeriodStart, &dialog);
        auto* periodMonths = new QSpinBox(&dialog);
        periodMonths->setObjectName(QStringLiteral("uppPeriodMonths"));
        periodMonths->setRange(0, 36);
        periodMonths->setSpecialValueText(CaseSection::tr("not chosen"));
        periodMonths->setSuffix(CaseSection::tr(" months"));
        periodMonths->setValue(initial.improvementPeriodMonths.value_or(0));
        periodMonths->setToolTip(CaseSection::tr("The period the notice gives; the end is worked out from it (from the "
                                                 "start, or the written improvement notice's date)."));
        const OptionalDate periodEnd =
            optionalDate(CaseSection::tr("typed end"), initial.improvementPeriodEnd, &dialog);
        auto* periodEndReason = lineEdit(initial.improvementPeriodEndReason, &dialog);
        periodEndReason->setObjectName(QStringLiteral("uppPeriodEndReason"));
        periodEndReason->setPlaceholderText(CaseSection::tr("Why a typed end replaces the one worked out"));
        auto* exceptional = new QCheckBox(CaseSection::tr("Exceptional circumstances"), &dialog);
        exceptional->setChecked(initial.exceptionalCircumstances);
        auto* pausedFor = new QComboBox(&dialog);
        pausedFor->setObjectName(QStringLiteral("uppPausedFor"));
        pausedFor->addItem(CaseSection::tr("Not paused"), QVariant::fromValue<qint64>(0));
        if (auto referrals = session->procedures().listForCase<core::ConductReferral>(caseId)) {
            for (const core::ConductReferral& r : *referrals) {
                pausedFor->addItem(
                    CaseSection::tr("Conduct referral of %1: %2").arg(dateText(r.referralDate), qs(r.summary).left(60)),
                    QVariant::fromValue<qint64>(r.id.value));
                if (initial.pausedFor && *initial.pausedFor == r.id) {
                    pausedFor->setCurrentIndex(pausedFor->count() - 1);
                }
            }
        }
        const OptionalDate pausedFrom = optionalDate(CaseSection::tr("from"), initial.pausedFrom, &dialog);
        dialog.addRow(CaseSection::tr("&Procedure:"), ground);
        dialog.addRow(CaseSection::tr("Came to &attention:"), attention);
        dialog.addRow(CaseSection::tr("Came to attention &of:"), attentionOf);
        dialog.addRow(CaseSection::tr("&Regime:"), regime);
        dialog.addRow(CaseSection::tr("Reason for the re&gime:"), regimeReason,
                      QStringLiteral("upp_procedure.regimeOverrideReason"));
        dialog.addRow(CaseSection::tr("&Stage:"), stage, QStringLiteral("upp_procedure.stage"));
        dialog.addRow(QString(), gross);
        dialog.addRow(CaseSection::tr("&Improvement period:"),
                      row(&dialog, {periodStart.set, periodStart.date, periodMonths, periodEnd.set, periodEnd.date}),
                      QStringLiteral("upp_procedure.improvementPeriodMonths"));
        dialog.addRow(CaseSection::tr("Reason for the typed e&nd:"), periodEndReason,
                      QStringLiteral("upp_procedure.improvementPeriodEndReason"));
        dialog.addRow(QString(), exceptional);
        dialog.addRow(CaseSection::tr("Pa&used pending:"), row(&dialog, {pausedFor, pausedFrom.set, pausedFrom.date}),
                      QStringLiteral("upp_procedure.pausedFor"));
        return [=]() -> core::Result<core::UppProcedure> {
            core::UppProcedure u = initial;
            u.kind = static_cast<core::UppGround>(ground->currentIndex());
            u.cameToAttention = toCoreDate(attention->date());
            u.cameToAttentionOf = text(attentionOf);
            u.regimeOverride =
                regime->currentIndex() == 0
                    ? std::nullopt
                    : std::optional<core::UppRegime>(core::UppRegime{regime->currentData().toString().toStdString()});
            u.regimeOverrideReason = u.regimeOverride ? text(regimeReason) : std::string();
            u.stage = currentStage();
            u.grossIncompetence = gross->isChecked();
            u.improvementPeriodStart = periodStart.value();
            u.improvementPeriodMonths =
                periodMonths->value() == 0 ? std::nullopt : std::optional<int>(periodMonths->value());
            u.improvementPeriodEnd = periodEnd.value();
            u.improvementPeriodEndReason = u.improvementPeriodEnd ? text(periodEndReason) : std::string();
            u.exceptionalCircumstances = exceptional->isChecked();
            const qint64 referral = pausedFor->currentData().toLongLong();
            u.pausedFor = referral == 0 ? std::nullopt
                                        : std::optional<core::ConductReferralId>(core::ConductReferralId{referral});
            u.pausedFrom = referral == 0 ? std::nullopt : pausedFrom.value();
            return u;
        };
    };
    kind.details = [session](const core::UppProcedure& u) {
        QString html;
        if (auto decision = session->procedures().deriveRegime(u)) {
            html += CaseSection::tr("<p><b>Regime:</b> %1 — %2</p>")
                        .arg(regimeText(session->rules(), decision->regime).toHtmlEscaped(),
                             qs(decision->explanation).toHtmlEscaped());
            if (decision->overridden) {
                html += CaseSection::tr("<p>The dates give %1; chosen instead because: %2</p>")
                            .arg(regimeText(session->rules(), decision->derivedRegime).toHtmlEscaped(),
                                 qs(decision->overrideReason).toHtmlEscaped());
            }
        }
        if (u.pausedFor) {
            html += CaseSection::tr("<p><b>Paused</b> since %1 pending a conduct referral: its time limits are not "
                                    "running (Police (Performance) Regulations 2020 regs 12 and 14).</p>")
                        .arg(dateText(u.pausedFrom).toHtmlEscaped());
        }
        auto dates = session->procedures().uppDates(u.id);
        if (dates) {
            const core::Date now = toCoreDate(todayQDate());
            for (const core::DerivedDate& d : *dates) {
                if (!d.targetDate && now <= d.date) {
                    html += CaseSection::tr("<p><b>Next:</b> %1 by <b>%2</b> (%3)</p>")
                                .arg(qs(d.title).toHtmlEscaped(), dateText(d.date).toHtmlEscaped(),
                                     qs(d.ruleId).toHtmlEscaped());
                    break;
                }
            }
            html += derivedDatesHtml(*dates, now);
        } else {
            html += CaseSection::tr("<p>The dates cannot be worked out: %1</p>")
                        .arg(userMessage(dates.error()).toHtmlEscaped());
        }
        return html + eventsHtml(u.events);
    };
    // Each regime in its own words, from its pack: the amended regime's second stage meeting and
    // appeal manager, the legacy regime's FWIN and second line manager.
    QMap<QString, QList<EventChoice>> regimeEvents;
    for (const core::RulePack& pack : session->rules().upp) {
        regimeEvents.insert(qs(pack.regime->key), packEventChoices(pack));
    }
    kind.actions.push_back(recordEventAction<core::UppProcedure>(
        CaseSection::tr("&Record event…"), CaseSection::tr("Record a UPP/UAP event"),
        CaseSection::tr("record UPP/UAP event"),
        [regimeEvents](const core::UppProcedure& u) { return regimeEvents.value(qs(u.regime().key)); },
        &core::UppProcedure::events, QStringLiteral("upp_procedure.events")));
    useProcedureStore(kind, context);
    kind.blank = blankDated(caseId, &core::UppProcedure::cameToAttention);
    return new RecordSection<core::UppProcedure>(std::move(kind), context, parent);
}

CaseSection* makeConductSection(const SectionContext& context, QWidget* parent)
{
    RecordKind<core::ConductReferral> kind;
    kind.title = CaseSection::tr("Conduct");
    kind.name = QStringLiteral("conduct");
    kind.noun = CaseSection::tr("conduct referral");
    kind.addText = CaseSection::tr("&Add referral…");
    kind.empty = CaseSection::tr("No conduct referrals for this case.");
    kind.headers = {CaseSection::tr("Referred"), CaseSection::tr("Summary"),      CaseSection::tr("Assessment"),
                    CaseSection::tr("Outcome"),  CaseSection::tr("Report given"), CaseSection::tr("Appeal notice")};
    kind.cells = [](const core::ConductReferral& r) {
        return QStringList{dateText(r.referralDate),
                           qs(r.summary),
                           severities().value(static_cast<int>(r.severity)),
                           qs(r.outcome),
                           dateText(r.reportDate),
                           dateText(r.appealNoticeDate)};
    };
    kind.form = [](FormDialog& dialog,
                   const core::ConductReferral& initial) -> RecordKind<core::ConductReferral>::Reader {
        auto* referred = dateEdit(initial.referralDate, &dialog);
        auto* summary = textArea(initial.summary, &dialog);
        summary->setObjectName(QStringLiteral("conductSummary"));
        auto* severity = choice(severities(), static_cast<int>(initial.severity), &dialog);
        severity->setObjectName(QStringLiteral("conductSeverity"));
        auto* outcome = lineEdit(initial.outcome, &dialog);
        const OptionalDate report = optionalDate(CaseSection::tr("given"), initial.reportDate, &dialog);
        report.set->setObjectName(QStringLiteral("conductReportGiven"));
        const OptionalDate appeal = optionalDate(CaseSection::tr("given"), initial.appealNoticeDate, &dialog);
        dialog.addRow(CaseSection::tr("&Referred on:"), referred);
        dialog.addRow(CaseSection::tr("&Summary:"), summary);
        dialog.addRow(CaseSection::tr("Se&verity assessment:"), severity);
        dialog.addRow(CaseSection::tr("&Outcome:"), outcome);
        dialog.addRow(CaseSection::tr("Meeting re&port:"), row(&dialog, {report.set, report.date}),
                      QStringLiteral("conduct_referral.reportDate"));
        dialog.addRow(CaseSection::tr("&Appeal notice:"), row(&dialog, {appeal.set, appeal.date}));
        return [=]() -> core::Result<core::ConductReferral> {
            core::ConductReferral r = initial;
            r.referralDate = toCoreDate(referred->date());
            r.summary = text(summary);
            r.severity = static_cast<core::SeverityAssessment>(severity->currentIndex());
            r.outcome = text(outcome);
            r.reportDate = report.value();
            r.appealNoticeDate = appeal.value();
            return r;
        };
    };
    kind.details = [context](const core::ConductReferral& r) {
        return CaseSection::tr("<p>%1</p>").arg(qs(r.summary).toHtmlEscaped())
               + dueDatesHtml(context, "conduct_referral", r.id.value);
    };
    useProcedureStore(kind, context);
    kind.blank = blankDated(context.caseId, &core::ConductReferral::referralDate);
    return new RecordSection<core::ConductReferral>(std::move(kind), context, parent);
}

CaseSection* makeActionPlansSection(const SectionContext& context, QWidget* parent)
{
    using Plan = core::ActionPlan;
    RecordKind<Plan> kind;
    kind.title = CaseSection::tr("Action plans");
    kind.name = QStringLiteral("actionPlans");
    kind.noun = CaseSection::tr("action plan");
    kind.addText = CaseSection::tr("&Add plan…");
    kind.empty = CaseSection::tr("No action plans for this case.");
    kind.headers = {CaseSection::tr("Plan"), CaseSection::tr("Agreed"), CaseSection::tr("Objectives done"),
                    CaseSection::tr("Next objective due"), CaseSection::tr("Last review")};
    kind.cells = [](const Plan& p) {
        int done = 0;
        std::optional<core::Date> next;
        for (const core::ActionObjective& o : p.objectives) {
            if (o.completed) {
                ++done;
            } else if (o.due && (!next || *o.due < *next)) {
                next = o.due;
            }
        }
        return QStringList{qs(p.title), dateText(p.agreedOn),
                           CaseSection::tr("%1 of %2").arg(done).arg(p.objectives.size()), dateText(next),
                           p.reviews.empty() ? QString() : dateText(p.reviews.back().date)};
    };
    kind.form = [](FormDialog& dialog, const Plan& initial) -> RecordKind<Plan>::Reader {
        auto* title = lineEdit(initial.title, &dialog);
        title->setObjectName(QStringLiteral("actionPlanTitle"));
        auto* agreed = dateEdit(initial.agreedOn, &dialog);
        dialog.addRow(CaseSection::tr("&Title:"), title, QStringLiteral("action_plan.title"));
        dialog.addRow(CaseSection::tr("&Agreed on:"), agreed);
        return [=]() -> core::Result<Plan> {
            Plan p = initial;
            p.title = text(title);
            p.agreedOn = toCoreDate(agreed->date());
            return p;
        };
    };
    kind.details = [context](const Plan& p) {
        QString html;
        if (p.objectives.empty()) {
            html += CaseSection::tr("<p>No objectives yet: use Add objective.</p>");
        } else {
            html += CaseSection::tr("<h4>Objectives</h4><ol>");
            for (const core::ActionObjective& o : p.objectives) {
                QString state = o.completed ? CaseSection::tr("done %1").arg(dateText(o.completed))
                                            : (o.due ? CaseSection::tr("due %1").arg(dateText(o.due))
                                                     : CaseSection::tr("no due date"));
                html += QStringLiteral("<li>%1 — %2 (%3)</li>")
                            .arg(qs(o.text).toHtmlEscaped(), qs(o.owner).toHtmlEscaped(), state.toHtmlEscaped());
            }
            html += QStringLiteral("</ol>");
        }
        if (!p.reviews.empty()) {
            html += CaseSection::tr("<h4>Reviews</h4><ul>");
            for (const core::ActionReview& r : p.reviews) {
                html +=
                    QStringLiteral("<li>%1: %2</li>").arg(dateText(r.date).toHtmlEscaped(), qs(r.note).toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
        return html + dueDatesHtml(context, "action_plan", p.id.value);
    };

    RecordKind<Plan>::Action objective;
    objective.text = CaseSection::tr("O&bjective…");
    objective.name = QStringLiteral("AddObjective");
    objective.dialogTitle = CaseSection::tr("Add an objective to the plan");
    objective.undoText = CaseSection::tr("add objective");
    objective.form = [](FormDialog& dialog, const Plan& initial) -> RecordKind<Plan>::Reader {
        auto* what = lineEdit({}, &dialog);
        what->setObjectName(QStringLiteral("objectiveText"));
        auto* owner = lineEdit({}, &dialog);
        owner->setObjectName(QStringLiteral("objectiveOwner"));
        const OptionalDate due = optionalDate(CaseSection::tr("due"), std::nullopt, &dialog);
        dialog.addRow(CaseSection::tr("&Objective:"), what, QStringLiteral("action_plan.objectives"));
        dialog.addRow(CaseSection::tr("O&wner:"), owner);
        dialog.addRow(CaseSection::tr("&Due:"), row(&dialog, {due.set, due.date}));
        return [=]() -> core::Result<Plan> {
            Plan p = initial;
            p.objectives.push_back({text(what), text(owner), due.value(), std::nullopt});
            return p;
        };
    };
    kind.actions.push_back(objective);

    RecordKind<Plan>::Action complete;
    complete.text = CaseSection::tr("Mar&k done…");
    complete.name = QStringLiteral("CompleteObjective");
    complete.dialogTitle = CaseSection::tr("Mark an objective done");
    complete.undoText = CaseSection::tr("mark objective done");
    complete.form = [](FormDialog& dialog, const Plan& initial) -> RecordKind<Plan>::Reader {
        auto* which = new QComboBox(&dialog);
        which->setObjectName(QStringLiteral("objectiveChoice"));
        for (std::size_t i = 0; i < initial.objectives.size(); ++i) {
            if (!initial.objectives[i].completed) {
                which->addItem(qs(initial.objectives[i].text), QVariant::fromValue<qulonglong>(i));
            }
        }
        auto* on = dateEdit(todayQDate(), &dialog);
        dialog.addRow(CaseSection::tr("&Objective:"), which, QStringLiteral("objective"));
        dialog.addRow(CaseSection::tr("Done &on:"), on);
        return [=]() -> core::Result<Plan> {
            if (which->currentIndex() < 0) {
                return uiError(core::ErrorCode::InvalidArgument, "objective",
                               CaseSection::tr("every objective of this plan is done"));
            }
            Plan p = initial;
            p.objectives.at(which->currentData().toULongLong()).completed = toCoreDate(on->date());
            return p;
        };
    };
    kind.actions.push_back(complete);

    RecordKind<Plan>::Action review;
    review.text = CaseSection::tr("&Review…");
    review.name = QStringLiteral("RecordReview");
    review.dialogTitle = CaseSection::tr("Record a review of the plan");
    review.undoText = CaseSection::tr("record plan review");
    review.form = [](FormDialog& dialog, const Plan& initial) -> RecordKind<Plan>::Reader {
        auto* on = dateEdit(todayQDate(), &dialog);
        auto* note = textArea({}, &dialog);
        note->setObjectName(QStringLiteral("reviewNote"));
        dialog.addRow(CaseSection::tr("&Reviewed on:"), on);
        dialog.addRow(CaseSection::tr("&Note:"), note);
        return [=]() -> core::Result<Plan> {
            Plan p = initial;
            p.reviews.push_back({toCoreDate(on->date()), text(note)});
            return p;
        };
    };
    kind.actions.push_back(review);

    useProcedureStore(kind, context);
    kind.blank = blankDated(context.caseId, &Plan::agreedOn);
    return new RecordSection<Plan>(std::move(kind), context, parent);
}

} // namespace casebook::ui
