// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The officer's consent to sharing medical information: one answer per audience and category.
#include "support/Today.h"
#include "workspace/sections/RecordKindSupport.h"
#include "workspace/sections/RecordKinds.h"

#include "domain/Consent.h"
#include "domain/Validator.h"

#include <algorithm>
#include <array>

#include "support/DateEdit.h"
#include "support/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace casebook::ui {

namespace {

QStringList audienceTexts()
{
    return {CaseSection::tr("HR"),
            CaseSection::tr("Line manager"),
            CaseSection::tr("Staff association"),
            CaseSection::tr("Professional Standards (PSD)"),
            CaseSection::tr("Occupational health"),
            CaseSection::tr("The officer")};
}

QStringList categoryTexts()
{
    return {CaseSection::tr("OH advice"), CaseSection::tr("Diagnosis and medical detail"),
            CaseSection::tr("Absence reasons"), CaseSection::tr("Fit notes")};
}

QStringList answerTexts()
{
    return {CaseSection::tr("Given"), CaseSection::tr("Refused")};
}

template <typename E, std::size_t N> int indexOf(const std::array<E, N>& values, E value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (values[i] == value) {
            return static_cast<int>(i);
        }
    }
    return 0;
}

QString audienceText(core::ConsentAudience audience)
{
    return audienceTexts().value(indexOf(core::kConsentAudiences, audience));
}

QString categoryText(core::ConsentCategory category)
{
    return categoryTexts().value(indexOf(core::kConsentCategories, category));
}

QString stateText(core::ConsentState state)
{
    switch (state) {
    case core::ConsentState::NotAsked:
        return CaseSection::tr("not asked");
    case core::ConsentState::Given:
        return CaseSection::tr("given");
    case core::ConsentState::Refused:
        return CaseSection::tr("refused");
    case core::ConsentState::Withdrawn:
        return CaseSection::tr("withdrawn");
    }
    return {};
}

/// "Given" / "Refused" / "Given, withdrawn 3 Mar 2026".
QString answerText(const core::Consent& c)
{
    QString text = answerTexts().value(c.answer == core::ConsentAnswer::Given ? 0 : 1);
    if (c.withdrawn) {
        text += CaseSection::tr(", withdrawn %1").arg(dateText(c.withdrawn));
    }
    return text;
}

} // namespace

CaseSection* makeConsentSection(const SectionContext& context, QWidget* parent)
{
    core::Session* session = &context.session;
    const core::PersonId personId = context.personId;
    RecordKind<core::Consent> kind;
    kind.changeKind = ChangeKind::Consent;
    kind.title = CaseSection::tr("Consent");
    kind.name = QStringLiteral("consent");
    kind.noun = CaseSection::tr("consent answer");
    kind.addText = CaseSection::tr("&Record consent…");
    kind.empty = CaseSection::tr("No consent recorded for this officer. Until it is, every export withholds "
                                 "medical information from everyone but the officer.");
    kind.headers = {CaseSection::tr("Audience"), CaseSection::tr("Category"),     CaseSection::tr("Answer"),
                    CaseSection::tr("On"),       CaseSection::tr("How obtained"), CaseSection::tr("Note")};
    kind.cells = [](const core::Consent& c) {
        return QStringList{audienceText(c.audience), categoryText(c.category), answerText(c),
                           dateText(c.given),        qs(c.obtained),           qs(c.note)};
    };
    kind.form = [](FormDialog& dialog, const core::Consent& initial) -> RecordKind<core::Consent>::Reader {
        auto* audience = choice(audienceTexts(), indexOf(core::kConsentAudiences, initial.audience), &dialog);
        audience->setObjectName(QStringLiteral("consentAudience"));
        auto* category = choice(categoryTexts(), indexOf(core::kConsentCategories, initial.category), &dialog);
        category->setObjectName(QStringLiteral("consentCategory"));
        auto* answer = choice(answerTexts(), initial.answer == core::ConsentAnswer::Given ? 0 : 1, &dialog);
        answer->setObjectName(QStringLiteral("consentAnswer"));
        auto* on = dateEdit(initial.given, &dialog);
        on->setObjectName(QStringLiteral("consentOn"));
        const OptionalDate withdrawn = optionalDate(CaseSection::tr("Withdrawn"), initial.withdrawn, &dialog);
        withdrawn.set->setObjectName(QStringLiteral("consentWithdrawnSet"));
        withdrawn.date->setObjectName(QStringLiteral("consentWithdrawn"));
        auto* obtained = lineEdit(initial.obtained, &dialog);
        obtained->setObjectName(QStringLiteral("consentObtained"));
        obtained->setPlaceholderText(CaseSection::tr("e.g. signed form, by e-mail, verbally at the meeting"));
        auto* note = textArea(initial.note, &dialog);
        note->setObjectName(QStringLiteral("consentNote"));
        dialog.addRow(CaseSection::tr("A&udience:"), audience, QStringLiteral("audience"));
        dialog.addRow(CaseSection::tr("&Category:"), category, QStringLiteral("category"));
        dialog.addRow(CaseSection::tr("&Answer:"), answer, QStringLiteral("answer"));
        dialog.addRow(CaseSection::tr("&On:"), on);
        dialog.addRow(CaseSection::tr("&Withdrawn:"), row(&dialog, {withdrawn.set, withdrawn.date}),
                      QStringLiteral("withdrawn date"));
        dialog.addRow(CaseSection::tr("&How obtained:"), obtained, QStringLiteral("how obtained"));
        dialog.addRow(CaseSection::tr("&Note:"), note, QStringLiteral("note"));
        return [=]() -> core::Result<core::Consent> {
            core::Consent c = initial;
            c.audience = core::kConsentAudiences.at(static_cast<std::size_t>(std::max(0, audience->currentIndex())));
            c.category = core::kConsentCategories.at(static_cast<std::size_t>(std::max(0, category->currentIndex())));
            c.answer = answer->currentIndex() == 1 ? core::ConsentAnswer::Refused : core::ConsentAnswer::Given;
            c.given = toCoreDate(on->date());
            c.withdrawn = withdrawn.value();
            c.obtained = text(obtained);
            c.note = text(note);
            return c;
        };
    };
    kind.details = [session, personId](const core::Consent& c) -> QString {
        QString html = QStringLiteral("<p><b>%1</b> · %2</p>")
                           .arg(audienceText(c.audience).toHtmlEscaped(), categoryText(c.category).toHtmlEscaped());
        auto history = session->cases().consents(personId);
        if (!history) {
            return html
                   + CaseSection::tr("<p>The history could not be read: %1</p>")
                         .arg(userMessage(history.error()).toHtmlEscaped());
        }
        const core::ConsentState today = core::consentState(*history, c.audience, c.category, toCoreDate(todayQDate()));
        html += CaseSection::tr("<p>As of today: <b>%1</b>. Exports judge consent on their own date.</p>")
                    .arg(stateText(today));
        html += CaseSection::tr("<p>History for this audience and category:</p><ul>");
        for (const core::Consent& h : *history) {
            if (h.audience != c.audience || h.category != c.category) {
                continue;
            }
            html +=
                QStringLiteral("<li>%1 %2%3%4</li>")
                    .arg(dateText(h.given), answerText(h).toHtmlEscaped(),
                         h.obtained.empty() ? QString() : QStringLiteral(" (%1)").arg(qs(h.obtained).toHtmlEscaped()),
                         h.note.empty() ? QString() : QStringLiteral(": %1").arg(qs(h.note).toHtmlEscaped()));
        }
        return html + QStringLiteral("</ul>");
    };
    RecordKind<core::Consent>::Action withdraw;
    withdraw.text = CaseSection::tr("Withdr&aw…");
    withdraw.name = QStringLiteral("Withdraw");
    withdraw.dialogTitle = CaseSection::tr("Withdraw consent");
    withdraw.undoText = CaseSection::tr("withdraw consent");
    withdraw.form = [](FormDialog& dialog, const core::Consent& initial) -> RecordKind<core::Consent>::Reader {
        auto* on = dateEdit(todayQDate(), &dialog);
        on->setObjectName(QStringLiteral("withdrawOn"));
        auto* note = textArea({}, &dialog);
        note->setObjectName(QStringLiteral("withdrawNote"));
        dialog.addRow(CaseSection::tr("&Withdrawn on:"), on, QStringLiteral("withdrawn date"));
        dialog.addRow(CaseSection::tr("&How and why:"), note, QStringLiteral("note"));
        return [initial, on, note]() -> core::Result<core::Consent> {
            if (initial.answer != core::ConsentAnswer::Given) {
                return core::invalidField("withdrawn date", "consent.withdrawn_not_given",
                                          "only consent that was given can be withdrawn");
            }
            if (initial.withdrawn) {
                return core::invalidField("withdrawn date", "consent.already_withdrawn",
                                          "this consent was already withdrawn on " + initial.withdrawn->toIso(),
                                          {initial.withdrawn->toIso()});
            }
            core::Consent c = initial;
            c.withdrawn = toCoreDate(on->date());
            const std::string why = text(note);
            if (!why.empty()) {
                c.note += (c.note.empty() ? "" : "\n") + ("Withdrawn: " + why);
            }
            return c;
        };
    };
    kind.actions.push_back(withdraw);
    kind.list = [session, personId] { return session->cases().consents(personId); };
    kind.get = [session, personId](qint64 id) -> core::Result<core::Consent> {
        auto all = session->cases().consents(personId);
        if (!all) {
            return all.error();
        }
        for (core::Consent& c : *all) {
            if (c.id.value == id) {
                return std::move(c);
            }
        }
        return core::makeError(core::ErrorCode::NotFound, "consent answer not found");
    };
    kind.add = [session](const core::Consent& c) { return idValue(session->cases().recordConsent(c)); };
    kind.update = [session](const core::Consent& c) { return session->cases().updateConsent(c); };
    kind.remove = [session](qint64 id) { return session->cases().removeConsent(core::ConsentId{id}); };
    kind.idOf = [](const core::Consent& c) -> qint64 { return c.id.value; };
    kind.blank = [personId] {
        core::Consent c;
        c.person = personId;
        c.given = toCoreDate(todayQDate());
        return c;
    };
    return new RecordSection<core::Consent>(std::move(kind), context, parent);
}

} // namespace casebook::ui
