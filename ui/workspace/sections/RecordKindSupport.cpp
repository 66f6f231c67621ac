// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/sections/RecordKindSupport.h"

#include "report/Words.h"

namespace casebook::ui {

namespace {

QString citationText(const core::Citation& c)
{
    QString text = qs(c.instrument);
    if (!c.provision.empty()) {
        text += QStringLiteral(", ") + qs(c.provision);
    }
    return text.toHtmlEscaped();
}

QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' border='1'><tr>");
    for (const QString& h : headers) {
        html += QStringLiteral("<th align='left'>%1</th>").arg(h.toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row) {
            html += QStringLiteral("<td>%1</td>").arg(cell); // cells are escaped by the callers
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString dueDatesHtml(const SectionContext& context, std::string_view recordType, qint64 recordId)
{
    QList<QStringList> rows;
    for (const core::DueItem& d : context.due) {
        if (d.source.recordType != recordType || d.source.recordId != recordId) {
            continue;
        }
        const core::DerivedDate& r = d.source.derived;
        QString date = dateText(r.date);
        if (d.overridden) {
            date += CaseSection::tr(" (local date; the rule gives %1)").arg(dateText(d.shippedDate));
        }
        rows << QStringList{
            date.toHtmlEscaped(),         dueStateText(d.state).toHtmlEscaped(),    qs(r.title).toHtmlEscaped(),
            qs(r.ruleId).toHtmlEscaped(), ruleStatusText(r.status).toHtmlEscaped(), citationText(r.citation)};
    }
    if (rows.isEmpty()) {
        return CaseSection::tr("<p>No open dates for this record.</p>");
    }
    return CaseSection::tr("<h4>Dates</h4>")
           + table({CaseSection::tr("Date"), CaseSection::tr("State"), CaseSection::tr("What"), CaseSection::tr("Rule"),
                    CaseSection::tr("How sure"), CaseSection::tr("Citation")},
                   rows);
}

QString derivedDatesHtml(const std::vector<core::DerivedDate>& dates, core::Date today)
{
    if (dates.empty()) {
        return CaseSection::tr("<p>No dates yet: record the events the regulations count from.</p>");
    }
    QList<QStringList> rows;
    for (const core::DerivedDate& r : dates) {
        QString state;
        if (r.targetDate) {
            state = r.late ? CaseSection::tr("done late (%1)").arg(dateText(r.targetDate))
                           : CaseSection::tr("done (%1)").arg(dateText(r.targetDate));
        } else if (r.date < today && !r.targetEvent.empty()) {
            // The same words as Due & overdue: a deadline whose event is not recorded is overdue.
            state = daysText(today.daysUntil(r.date));
        } else if (r.date < today) {
            state = CaseSection::tr("Passed");
        } else {
            state = daysText(today.daysUntil(r.date));
        }
        if (r.calendarUnconfirmed) {
            state += CaseSection::tr("; bank holidays for that year are projected");
        }
        rows << QStringList{dateText(r.date).toHtmlEscaped(),
                            state.toHtmlEscaped(),
                            qs(r.title).toHtmlEscaped(),
                            qs(r.ruleId).toHtmlEscaped(),
                            ruleStatusText(r.status).toHtmlEscaped(),
                            citationText(r.citation)};
    }
    return CaseSection::tr("<h4>Dates under the regulations</h4>")
           + table({CaseSection::tr("Date"), CaseSection::tr("State"), CaseSection::tr("What"), CaseSection::tr("Rule"),
                    CaseSection::tr("How sure"), CaseSection::tr("Citation")},
                   rows);
}

QString eventsHtml(const core::ProcedureEvents& events)
{
    if (events.empty()) {
        return CaseSection::tr("<p>No events recorded yet.</p>");
    }
    QString html = CaseSection::tr("<h4>Recorded</h4><ul>");
    for (const core::ProcedureEvent& e : events) {
        html += QStringLiteral("<li>%1 — %2%3</li>")
                    .arg(dateText(e.date).toHtmlEscaped(), eventLabel(e.name).toHtmlEscaped(),
                         e.note.empty() ? QString() : QStringLiteral(": ") + qs(e.note).toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

QString lastStepText(const core::ProcedureEvents& steps)
{
    return steps.empty() ? CaseSection::tr("none yet")
                         : CaseSection::tr("%1 (%2)").arg(eventLabel(steps.back().name), dateText(steps.back().date));
}

QStringList packEventNames(const core::RulePack& pack)
{
    QStringList names;
    for (const core::PackEvent& event : pack.events) {
        names << qs(event.name);
    }
    for (const core::Rule& rule : pack.rules) {
        for (const std::string* name : {&rule.basis, &rule.target}) {
            if (!name->empty() && pack.find(*name) == nullptr && !names.contains(qs(*name))) {
                names << qs(*name);
            }
        }
    }
    return names;
}

QList<EventChoice> packEventChoices(const core::RulePack& pack)
{
    QList<EventChoice> choices;
    for (const QString& code : packEventNames(pack)) {
        QString label = eventLabel(code.toStdString());
        for (const core::PackEvent& event : pack.events) {
            if (qs(event.name) == code) {
                label = qs(event.title);
            }
        }
        choices.push_back({code, label});
    }
    return choices;
}

QString eventLabel(const std::string& name)
{
    return qs(core::codeInWords(name)); // "win_received" -> "Written improvement notice received"
}

} // namespace casebook::ui
