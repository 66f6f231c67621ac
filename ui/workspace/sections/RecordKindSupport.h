// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Today.h"
#include "workspace/Labels.h"
#include "workspace/sections/FormFields.h"
#include "workspace/sections/RecordSection.h"

#ifndef Q_MOC_RUN
#include "procedure/ProcedureEvent.h"
#include "rules/DeadlineEngine.h"
#include "rules/RulePack.h"
#include "service/DueService.h"
#include "service/Session.h"
#endif

#include "support/DateEdit.h"

#include <QComboBox>
#include <QPlainTextEdit>

#include <functional>
#include <string_view>
#include <utility>

namespace casebook::ui {

/// A stored record's id as the sections keep it (or the error).
template <typename Id> core::Result<qint64> idValue(core::Result<Id> id)
{
    if (!id) {
        return id.error();
    }
    return id->value;
}

/// A new record of `caseId` whose date `member` starts as today.
template <typename T> std::function<T()> blankDated(core::CaseId caseId, core::Date T::*member)
{
    return [caseId, member] {
        T record;
        record.caseId = caseId;
        record.*member = toCoreDate(todayQDate());
        return record;
    };
}

/// A list of the case's records held on its CaseView (contacts, signposting, attachments).
template <typename T>
std::function<core::Result<std::vector<T>>()> caseViewList(core::Session* session, core::CaseId caseId,
                                                           std::vector<T> core::CaseView::*member)
{
    return [session, caseId, member]() -> core::Result<std::vector<T>> {
        auto view = session->cases().loadCase(caseId);
        if (!view) {
            return view.error();
        }
        return std::move((*view).*member);
    };
}

/// "Medical assessment (3 Mar 2026)", the last of a record's steps, or "none yet".
QString lastStepText(const core::ProcedureEvents& steps);

/// Reads and writes a procedure record type through the session's ProcedureService.
template <typename T> void useProcedureStore(RecordKind<T>& kind, const SectionContext& context)
{
    using Id = decltype(T::id);
    core::Session* session = &context.session;
    const core::CaseId caseId = context.caseId;
    kind.list = [session, caseId] { return session->procedures().listForCase<T>(caseId); };
    kind.get = [session](qint64 id) { return session->procedures().get<T>(Id{id}); };
    kind.add = [session](const T& record) { return idValue(session->procedures().add(record)); };
    kind.update = [session](const T& record) { return session->procedures().update(record); };
    kind.remove = [session](qint64 id) { return session->procedures().remove<T>(Id{id}); };
    kind.idOf = [](const T& record) -> qint64 { return record.id.value; };
    kind.blank = [caseId] {
        T record;
        record.caseId = caseId;
        return record;
    };
}

/// The derived dates of one record from the workspace's due list (as of today), as an HTML table
/// with each date's rule, citation and how sure the rule is.
QString dueDatesHtml(const SectionContext& context, std::string_view recordType, qint64 recordId);
/// All dates a regime pack derives for a record (done, late and to come), as an HTML table.
QString derivedDatesHtml(const std::vector<core::DerivedDate>& dates, core::Date today);
/// Recorded events or steps as an HTML list.
QString eventsHtml(const core::ProcedureEvents& events);
/// The event names a rule pack knows (its vocabulary, then the bases and targets of its rules), in pack order.
QStringList packEventNames(const core::RulePack& pack);

/// One event offered by the "Record event" form: its code and what the form shows.
struct EventChoice {
    QString code;
    QString label;
};
/// The pack's events in its own words: the vocabulary's titles, then the other bases and targets.
QList<EventChoice> packEventChoices(const core::RulePack& pack);
/// "first_stage_meeting" → "First stage meeting".
QString eventLabel(const std::string& name);

/// An action that appends one event (name from the pack, date, note) to `events` of the selected
/// record; `field` names the record's events for error messages ("upp_procedure.events").
/// `choices` gives the events to offer for the selected record (e.g. by its regime).
template <typename T>
typename RecordKind<T>::Action recordEventAction(const QString& buttonText, const QString& dialogTitle,
                                                 const QString& undo,
                                                 std::function<QList<EventChoice>(const T&)> choices,
                                                 core::ProcedureEvents T::*events, const QString& errorField)
{
    typename RecordKind<T>::Action action;
    action.text = buttonText;
    action.name = QStringLiteral("RecordEvent");
    action.dialogTitle = dialogTitle;
    action.undoText = undo;
    action.form = [choices, events, errorField](FormDialog& dialog, const T& initial) ->
        typename RecordKind<T>::Reader {
            auto* name = new QComboBox(&dialog);
            name->setObjectName(QStringLiteral("eventName"));
            name->setEditable(true);
            for (const EventChoice& choice : choices(initial)) {
                name->addItem(choice.label, choice.code);
            }
            auto* date = dateEdit(todayQDate(), &dialog);
            date->setObjectName(QStringLiteral("eventDate"));
            auto* note = textArea({}, &dialog);
            note->setObjectName(QStringLiteral("eventNote"));
            dialog.addRow(CaseSection::tr("&What happened:"), name, errorField);
            dialog.addRow(CaseSection::tr("&Date:"), date);
            dialog.addRow(CaseSection::tr("&Note:"), note);
            return [initial, name, date, note, events]() -> core::Result<T> {
                T record = initial;
                QString code = name->currentData().toString();
                if (code.isEmpty() || name->currentText() != name->itemText(name->currentIndex())) {
                    code = name->currentText().trimmed().toLower().replace(u' ', u'_');
                }
                (record.*events).push_back({code.toStdString(), toCoreDate(date->date()), text(note)});
                return record;
            };
        };
    return action;
}

/// The same, offering one fixed list of event names for every record.
template <typename T>
typename RecordKind<T>::Action recordEventAction(const QString& buttonText, const QString& dialogTitle,
                                                 const QString& undo, const QStringList& names,
                                                 core::ProcedureEvents T::*events, const QString& errorField)
{
    QList<EventChoice> fixed;
    for (const QString& code : names) {
        fixed.push_back({code, eventLabel(code.toStdString())});
    }
    return recordEventAction<T>(
        buttonText, dialogTitle, undo, [fixed](const T&) { return fixed; }, events, errorField);
}

} // namespace casebook::ui
