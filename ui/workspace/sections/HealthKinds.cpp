// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The health-side record tabs: limited duties, occupational health, ill-health retirement and
// injury awards.
#include "workspace/sections/RecordKindSupport.h"
#include "workspace/sections/RecordKinds.h"

#include "procedure/Adjustment.h"
#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"
#include "procedure/Retirement.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSplitter>

namespace casebook::ui {

namespace {

QStringList limitedDutyCategories()
{
    return {CaseSection::tr("Recuperative"), CaseSection::tr("Adjusted"), CaseSection::tr("Management restricted")};
}

QStringList schemes()
{
    return {CaseSection::tr("Police Pension Scheme 1987"), CaseSection::tr("New Police Pension Scheme 2006"),
            CaseSection::tr("Police Pension Scheme 2015 (CARE)")};
}

QStringList ppaDecisions()
{
    return {CaseSection::tr("Pending"), CaseSection::tr("Retire"), CaseSection::tr("Retain")};
}

QString consentText(const core::OhConsent& c)
{
    if (!c.given) {
        return CaseSection::tr("not asked");
    }
    if (!*c.given) {
        return CaseSection::tr("refused");
    }
    QStringList with;
    if (c.sergeant) {
        with << CaseSection::tr("sergeant");
    }
    if (c.hr) {
        with << CaseSection::tr("HR");
    }
    if (c.lineManager) {
        with << CaseSection::tr("line manager");
    }
    return with.isEmpty() ? CaseSection::tr("given")
                          : CaseSection::tr("given: %1").arg(with.join(QStringLiteral(", ")));
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

CaseSection* makeLimitedDutiesSection(const SectionContext& context, QWidget* parent)
{
    RecordKind<core::LimitedDuty> kind;
    kind.title = CaseSection::tr("Limited duties");
    kind.name = QStringLiteral("limitedDuties");
    kind.noun = CaseSection::tr("limited duty placement");
    kind.addText = CaseSection::tr("&Add placement…");
    kind.empty = CaseSection::tr("No limited duties recorded for this case. Police Regulations 2003 reg 28A and "
                                 "Annex EE: adjusted duties are reviewed within 12 months.");
    kind.headers = {CaseSection::tr("Category"), CaseSection::tr("From"),          CaseSection::tr("To"),
                    CaseSection::tr("OH basis"), CaseSection::tr("Local reviews"), CaseSection::tr("Outcome")};
    kind.cells = [](const core::LimitedDuty& d) {
        QStringList reviews;
        for (const core::Date& r : d.reviewDates) {
            reviews << dateText(r);
        }
        return QStringList{limitedDutyCategories().value(static_cast<int>(d.category)),
                           dateText(d.start),
                           d.end ? dateText(d.end) : CaseSection::tr("current"),
                           qs(d.ohBasis),
                           reviews.join(QStringLiteral(", ")),
                           qs(d.outcome)};
    };
    kind.form = [](FormDialog& dialog, const core::LimitedDuty& initial) -> RecordKind<core::LimitedDuty>::Reader {
        auto* category = choice(limitedDutyCategories(), static_cast<int>(initial.category), &dialog);
        category->setObjectName(QStringLiteral("limitedDutyCategory"));
        auto* start = dateEdit(initial.start, &dialog);
        start->setObjectName(QStringLiteral("limitedDutyStart"));
        const OptionalDate end = optionalDate(CaseSection::tr("ended"), initial.end, &dialog);
        end.set->setObjectName(QStringLiteral("limitedDutyEnded"));
        end.date->setObjectName(QStringLiteral("limitedDutyEnd"));
        auto* basis = textArea(initial.ohBasis, &dialog);
        auto* reviews = new QLineEdit(dateListText(initial.reviewDates), &dialog);
        reviews->setObjectName(QStringLiteral("limitedDutyReviews"));
        reviews->setPlaceholderText(CaseSection::tr("e.g. 2026-12-01, 2027-03-01"));
        auto* outcome = lineEdit(initial.outcome, &dialog);
        dialog.addRow(CaseSection::tr("&Category:"), category);
        dialog.addRow(CaseSection::tr("&From:"), start);
        dialog.addRow(CaseSection::tr("&To:"), row(&dialog, {end.set, end.date}), QStringLiteral("limited_duty.end"));
        dialog.addRow(CaseSection::tr("&OH basis:"), basis);
        dialog.addRow(CaseSection::tr("Local &review dates:"), reviews, QStringLiteral("limited_duty.reviewDates"));
        dialog.addRow(CaseSection::tr("Outco&me:"), outcome);
        return [=]() -> core::Result<core::LimitedDuty> {
            auto dates = parseDateList(reviews->text(), "limited_duty.reviewDates");
            if (!dates) {
                return dates.error();
            }
            core::LimitedDuty d = initial;
            d.category = static_cast<core::LimitedDutyCategory>(category->currentIndex());
            d.start = toCoreDate(start->date());
            d.end = end.value();
            d.ohBasis = text(basis);
            d.reviewDates = std::move(*dates);
            d.outcome = text(outcome);
            return d;
        };
    };
    kind.details = [context](const core::LimitedDuty& d) { return dueDatesHtml(context, "limited_duty", d.id.value); };
    useProcedureStore(kind, context);
    kind.blank = blankDated(context.caseId, &core::LimitedDuty::start);
    return new RecordSection<core::LimitedDuty>(std::move(kind), context, parent);
}

CaseSection* makeOhSection(const SectionContext& context, QWidget* parent)
{
    RecordKind<core::OhReferral> kind;
    kind.title = CaseSection::tr("Occupational health");
    kind.name = QStringLiteral("ohReferrals");
    kind.noun = CaseSection::tr("OH referral");
    kind.addText = CaseSection::tr("&Add referral…");
    kind.empty = CaseSection::tr("No occupational health referrals for this case.");
    kind.headers = {CaseSection::tr("Referred"),        CaseSection::tr("Reason"),
                    CaseSection::tr("Appointment"),     CaseSection::tr("Report received"),
                    CaseSection::tr("Recommendations"), CaseSection::tr("Consent to share")};
    kind.cells = [](const core::OhReferral& r) {
        return QStringList{dateText(r.referralDate),
                           qs(r.reason),
                           dateText(r.appointment),
                           r.reportReceived ? dateText(r.reportReceived) : CaseSection::tr("awaited"),
                           QString::number(r.recommendations.size()),
                           consentText(r.consent)};
    };
    kind.form = [](FormDialog& dialog, const core::OhReferral& initial) -> RecordKind<core::OhReferral>::Reader {
        auto* referred = dateEdit(initial.referralDate, &dialog);
        auto* reason = textArea(initial.reason, &dialog);
        reason->setObjectName(QStringLiteral("ohReason"));
        auto* questions = textArea({}, &dialog, 100);
        questions->setPlainText(joinLines(initial.questions));
        questions->setPlaceholderText(CaseSection::tr("One question per line"));
        const OptionalDate appointment = optionalDate(CaseSection::tr("booked"), initial.appointment, &dialog);
        const OptionalDate report = optionalDate(CaseSection::tr("received"), initial.reportReceived, &dialog);
        report.set->setObjectName(QStringLiteral("ohReportReceived"));
        auto* recommendations = textArea({}, &dialog, 100);
        recommendations->setObjectName(QStringLiteral("ohRecommendations"));
        std::vector<std::string> texts;
        for (const core::OhRecommendation& r : initial.recommendations) {
            texts.push_back(r.text);
        }
        recommendations->setPlainText(joinLines(texts));
        recommendations->setPlaceholderText(CaseSection::tr("One recommendation per line"));
        const int consentIndex = !initial.consent.given ? 0 : (*initial.consent.given ? 1 : 2);
        auto* consent = choice({CaseSection::tr("Not asked yet"), CaseSection::tr("Given"), CaseSection::tr("Refused")},
                               consentIndex, &dialog);
        consent->setObjectName(QStringLiteral("ohConsent"));
        consent->setToolTip(CaseSection::tr("What the officer said about sharing this report. What exports "
                                            "withhold follows the Consent page, by audience and category."));
        auto* sergeant = new QCheckBox(CaseSection::tr("sergeant"), &dialog);
        sergeant->setChecked(initial.consent.sergeant);
        auto* hr = new QCheckBox(CaseSection::tr("HR"), &dialog);
        hr->setChecked(initial.consent.hr);
        auto* manager = new QCheckBox(CaseSection::tr("line manager"), &dialog);
        manager->setChecked(initial.consent.lineManager);
        manager->setObjectName(QStringLiteral("ohShareLineManager"));
        dialog.addRow(CaseSection::tr("&Referred on:"), referred);
        dialog.addRow(CaseSection::tr("R&eason:"), reason, QStringLiteral("oh_referral.reason"));
        dialog.addRow(CaseSection::tr("&Questions for OH:"), questions);
        dialog.addRow(CaseSection::tr("&Appointment:"), row(&dialog, {appointment.set, appointment.date}),
                      QStringLiteral("oh_referral.appointment"));
        dialog.addRow(CaseSection::tr("Re&port:"), row(&dialog, {report.set, report.date}));
        dialog.addRow(CaseSection::tr("Recommen&dations:"), recommendations,
                      QStringLiteral("oh_referral.recommendations"));
        dialog.addRow(CaseSection::tr("&Consent to share the report:"), consent);
        dialog.addRow(CaseSection::tr("Shared with:"), row(&dialog, {sergeant, hr, manager}),
                      QStringLiteral("oh_referral.consent"));
        return [=]() -> core::Result<core::OhReferral> {
            core::OhReferral r = initial;
            r.referralDate = toCoreDate(referred->date());
            r.reason = text(reason);
            r.questions = lines(questions);
            r.appointment = appointment.value();
            r.reportReceived = report.value();
            // Keep the links of recommendations whose text is unchanged.
            std::vector<core::OhRecommendation> next;
            for (std::string& t : lines(recommendations)) {
                core::OhRecommendation rec;
                for (const core::OhRecommendation& old : initial.recommendations) {
                    if (old.text == t) {
                        rec = old;
                    }
                }
                rec.text = std::move(t);
                next.push_back(std::move(rec));
            }
            r.recommendations = std::move(next);
            r.consent.given =
                consent->currentIndex() == 0 ? std::nullopt : std::optional<bool>(consent->currentIndex() == 1);
            r.consent.sergeant = sergeant->isChecked();
            r.consent.hr = hr->isChecked();
            r.consent.lineManager = manager->isChecked();
            return r;
        };
    };
    kind.details = [](const core::OhReferral& r) {
        QString html = CaseSection::tr("<h4>Reason</h4><p>%1</p>").arg(qs(r.reason).toHtmlEscaped());
        if (!r.questions.empty()) {
            html += CaseSection::tr("<h4>Questions</h4><ol>");
            for (const std::string& q : r.questions) {
                html += QStringLiteral("<li>%1</li>").arg(qs(q).toHtmlEscaped());
            }
            html += QStringLiteral("</ol>");
        }
        if (!r.recommendations.empty()) {
            html += CaseSection::tr("<h4>Recommendations</h4><ul>");
            for (const core::OhRecommendation& rec : r.recommendations) {
                html += QStringLiteral("<li>%1</li>").arg(qs(rec.text).toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
        html += CaseSection::tr("<p>Consent to share the report: %1</p>").arg(consentText(r.consent).toHtmlEscaped());
        return html;
    };
    useProcedureStore(kind, context);
    kind.blank = blankDated(context.caseId, &core::OhReferral::referralDate);
    return new RecordSection<core::OhReferral>(std::move(kind), context, parent);
}

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
                decided.date->setDate(QDate::currentDate());
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
