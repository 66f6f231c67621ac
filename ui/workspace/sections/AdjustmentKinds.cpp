// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The adjustments tab.
#include "support/Today.h"
#include "workspace/sections/RecordKindSupport.h"
#include "workspace/sections/RecordKinds.h"

#include "procedure/Adjustment.h"

#include <QCheckBox>
#include <QComboBox>

namespace casebook::ui {

namespace {

QStringList adjustmentDecisions()
{
    return {CaseSection::tr("Pending"), CaseSection::tr("Agreed"), CaseSection::tr("Partly agreed"),
            CaseSection::tr("Declined")};
}

} // namespace

namespace {

/// An agreed (or partly agreed) adjustment with no review date: flagged on its page (issue 10, item 8).
bool agreedWithoutReview(const core::Adjustment& a)
{
    return !a.reviewDate
           && (a.decision == core::AdjustmentDecision::Agreed || a.decision == core::AdjustmentDecision::PartlyAgreed);
}

} // namespace

CaseSection* makeAdjustmentsSection(const SectionContext& context, QWidget* parent)
{
    RecordKind<core::Adjustment> kind;
    kind.title = CaseSection::tr("Adjustments");
    kind.name = QStringLiteral("adjustments");
    kind.noun = CaseSection::tr("reasonable adjustment");
    kind.addText = CaseSection::tr("&Add adjustment…");
    kind.empty = CaseSection::tr("No reasonable adjustments recorded for this case (Equality Act 2010 s.20).");
    kind.headers = {CaseSection::tr("Requested"),   CaseSection::tr("Adjustment"), CaseSection::tr("Barrier"),
                    CaseSection::tr("Decision"),    CaseSection::tr("Rationale"),  CaseSection::tr("Decided by"),
                    CaseSection::tr("Implemented"), CaseSection::tr("Review")};
    kind.cells = [](const core::Adjustment& a) {
        return QStringList{dateText(a.requestedDate),
                           a.measure.empty() ? CaseSection::tr("(not recorded)") : qs(a.measure),
                           qs(a.barrier),
                           adjustmentDecisions().value(static_cast<int>(a.decision)),
                           qs(a.rationale),
                           qs(a.decisionMaker),
                           dateText(a.implementedDate),
                           a.reviewDate || !agreedWithoutReview(a) ? dateText(a.reviewDate)
                                                                   : CaseSection::tr("None set: needs one")};
    };
    kind.form = [](FormDialog& dialog, const core::Adjustment& initial) -> RecordKind<core::Adjustment>::Reader {
        auto* measure = lineEdit(initial.measure, &dialog);
        measure->setObjectName(QStringLiteral("adjustmentMeasure"));
        measure->setPlaceholderText(CaseSection::tr("e.g. day shifts only; a sit-stand desk"));
        auto* barrier = lineEdit(initial.barrier, &dialog);
        barrier->setObjectName(QStringLiteral("adjustmentBarrier"));
        auto* requested = dateEdit(initial.requestedDate, &dialog);
        auto* requestedBy = lineEdit(initial.requestedBy, &dialog);
        auto* ohAdvice = textArea(initial.ohAdvice, &dialog, 60);
        auto* decision = choice(adjustmentDecisions(), static_cast<int>(initial.decision), &dialog);
        decision->setObjectName(QStringLiteral("adjustmentDecision"));
        auto* rationale = textArea(initial.rationale, &dialog);
        rationale->setObjectName(QStringLiteral("adjustmentRationale"));
        auto* maker = lineEdit(initial.decisionMaker, &dialog);
        maker->setObjectName(QStringLiteral("adjustmentDecisionMaker"));
        const OptionalDate decided = optionalDate(CaseSection::tr("decided"), initial.decisionDate, &dialog);
        const OptionalDate implemented = optionalDate(CaseSection::tr("in place"), initial.implementedDate, &dialog);
        const OptionalDate review = optionalDate(CaseSection::tr("set"), initial.reviewDate, &dialog);
        review.set->setObjectName(QStringLiteral("adjustmentReviewSet"));
        auto* passport = lineEdit(initial.passportVersion, &dialog);
        passport->setPlaceholderText(CaseSection::tr("e.g. v3, 12 May 2026"));
        // A decision made now is dated today unless the user says otherwise.
        QObject::connect(decision, &QComboBox::currentIndexChanged, &dialog, [decided](int index) {
            if (index != 0 && !decided.set->isChecked()) {
                decided.set->setChecked(true);
                decided.date->setDate(todayQDate());
            }
        });
        dialog.addRow(CaseSection::tr("&What it is:"), measure, QStringLiteral("adjustment.measure"));
        dialog.addRow(CaseSection::tr("&Barrier it removes:"), barrier, QStringLiteral("adjustment.barrier"));
        dialog.addRow(CaseSection::tr("&Requested:"), requested);
        dialog.addRow(CaseSection::tr("Requested b&y:"), requestedBy);
        dialog.addRow(CaseSection::tr("&OH advice:"), ohAdvice);
        dialog.addRow(CaseSection::tr("&Decision:"), decision);
        dialog.addRow(CaseSection::tr("R&ationale:"), rationale, QStringLiteral("adjustment.rationale"));
        dialog.addRow(CaseSection::tr("Decision &maker:"), maker, QStringLiteral("adjustment.decisionMaker"));
        dialog.addRow(CaseSection::tr("Decision da&te:"), row(&dialog, {decided.set, decided.date}),
                      QStringLiteral("adjustment.decisionDate"));
        dialog.addRow(CaseSection::tr("&Implemented:"), row(&dialog, {implemented.set, implemented.date}),
                      QStringLiteral("adjustment.implementedDate"));
        dialog.addRow(CaseSection::tr("Re&view date:"), row(&dialog, {review.set, review.date}));
        dialog.addRow(CaseSection::tr("&Passport version:"), passport);
        return [=]() -> core::Result<core::Adjustment> {
            core::Adjustment a = initial;
            a.measure = text(measure);
            a.barrier = text(barrier);
            a.requestedDate = toCoreDate(requested->date());
            a.requestedBy = text(requestedBy);
            a.ohAdvice = text(ohAdvice);
            a.decision = static_cast<core::AdjustmentDecision>(decision->currentIndex());
            a.rationale = text(rationale);
            a.decisionMaker = text(maker);
            a.decisionDate = decided.value();
            a.implementedDate = implemented.value();
            a.reviewDate = review.value();
            a.passportVersion = text(passport);
            return a;
        };
    };
    kind.details = [context](const core::Adjustment& a) {
        QString html;
        if (!a.measure.empty()) {
            html += CaseSection::tr("<p><b>Adjustment:</b> %1</p>").arg(qs(a.measure).toHtmlEscaped());
        }
        html += CaseSection::tr("<p><b>Barrier it removes:</b> %1</p>").arg(qs(a.barrier).toHtmlEscaped());
        if (agreedWithoutReview(a)) {
            html += CaseSection::tr("<p><b>Needs a review date:</b> an agreed adjustment is reviewed to check it "
                                    "still works; set one with Edit.</p>");
        }
        if (!a.ohAdvice.empty()) {
            html += CaseSection::tr("<p><b>OH advice:</b> %1</p>").arg(qs(a.ohAdvice).toHtmlEscaped());
        }
        if (!a.rationale.empty()) {
            html += CaseSection::tr("<p><b>Decision:</b> %1, because %2 (%3)</p>")
                        .arg(adjustmentDecisions().value(static_cast<int>(a.decision)).toHtmlEscaped(),
                             qs(a.rationale).toHtmlEscaped(), qs(a.decisionMaker).toHtmlEscaped());
        }
        return html + dueDatesHtml(context, "adjustment", a.id.value);
    };
    useProcedureStore(kind, context);
    kind.blank = blankDated(context.caseId, &core::Adjustment::requestedDate);
    return new RecordSection<core::Adjustment>(std::move(kind), context, parent);
}

} // namespace casebook::ui
