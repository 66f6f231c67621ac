// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The health-side record tabs: limited duties and occupational health (ill-health retirement and
// injury awards are in RetirementKinds.cpp, adjustments in AdjustmentKinds.cpp).
#include "workspace/sections/RecordKindSupport.h"
#include "workspace/sections/RecordKinds.h"

#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace casebook::ui {

namespace {

QStringList limitedDutyCategories()
{
    return {CaseSection::tr("Recuperative"), CaseSection::tr("Adjusted"), CaseSection::tr("Management restricted")};
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

} // namespace casebook::ui
