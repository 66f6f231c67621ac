// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/DateExplanationView.h"

#include "workspace/Labels.h"

#include <QCoreApplication>

namespace casebook::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("casebook::ui::DateExplanationView", text);
}

QString escaped(const std::string& text)
{
    return qs(text).toHtmlEscaped();
}

} // namespace

QString dateExplanationHtml(const core::DateExplanation& e)
{
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>").arg(escaped(e.what), escaped(e.when));
    if (!e.countedFrom.empty() || !e.arithmetic.empty()) {
        html += QStringLiteral("<p>%1<br>%2</p>").arg(escaped(e.countedFrom), escaped(e.arithmetic));
    }
    for (const std::string& note : e.notes) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(note));
    }
    html += QStringLiteral("<p>%1 %2<br>%3 <b>%4</b>: %5.</p>")
                .arg(tr("Rule:"), escaped(e.rule), tr("How sure:"), escaped(e.status), escaped(e.statusMeaning));
    if (!e.citation.empty()) {
        const QString source = e.url.empty()
                                   ? escaped(e.citation)
                                   : QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(e.url), escaped(e.citation));
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Source:"), source);
    }
    return html;
}

} // namespace casebook::ui
