// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/SearchResults.h"

#include "workspace/Labels.h"

#include <QUrl>

#include <algorithm>

namespace casebook::ui {

SearchResults::SearchResults(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("searchResults"));
    setAccessibleName(tr("What the search found"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // The caseload keeps most of the room; a long list scrolls here.
    setMaximumHeight(190);
    hide();
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        // casebook:entry/<case>/<entry>, casebook:case/<case>, casebook:person/<person>
        const QStringList parts = url.path().split(QLatin1Char('/'));
        if (url.scheme() != QStringLiteral("casebook") || parts.size() < 2) {
            return;
        }
        if (parts[0] == QStringLiteral("entry") && parts.size() == 3) {
            emit entryChosen(parts[1].toLongLong(), parts[2].toLongLong());
        } else if (parts[0] == QStringLiteral("case")) {
            emit caseChosen(parts[1].toLongLong());
        } else if (parts[0] == QStringLiteral("person")) {
            emit personChosen(parts[1].toLongLong());
        }
    });
}

QString SearchResults::markedHtml(const core::SearchHit& hit)
{
    QString html;
    std::size_t at = 0;
    for (const auto& [first, last] : hit.marked) {
        if (first < at || last > hit.excerpt.size() || first > last) {
            break;
        }
        html += qs(std::string_view(hit.excerpt).substr(at, first - at)).toHtmlEscaped();
        html += QStringLiteral("<b>") + qs(std::string_view(hit.excerpt).substr(first, last - first)).toHtmlEscaped()
                + QStringLiteral("</b>");
        at = last;
    }
    html += qs(std::string_view(hit.excerpt).substr(std::min(at, hit.excerpt.size()))).toHtmlEscaped();
    return html;
}

void SearchResults::showHits(const std::vector<core::SearchHit>& hits)
{
    if (hits.empty()) {
        clear();
        hide();
        return;
    }
    QString html;
    const std::size_t shown = std::min(hits.size(), static_cast<std::size_t>(kShown));
    for (std::size_t i = 0; i < shown; ++i) {
        const core::SearchHit& hit = hits[i];
        QString link;
        QString what;
        switch (hit.kind) {
        case core::SearchHitKind::Person:
            link = QStringLiteral("casebook:person/%1").arg(hit.id);
            what = tr("Person");
            break;
        case core::SearchHitKind::Case:
            link = QStringLiteral("casebook:case/%1").arg(hit.caseId.value_or(hit.id));
            what = tr("Case");
            break;
        case core::SearchHitKind::Chronology:
            link = QStringLiteral("casebook:entry/%1/%2").arg(hit.caseId.value_or(0)).arg(hit.id);
            what = hit.medical ? tr("Chronology, medical") : tr("Chronology");
            break;
        }
        html += QStringLiteral("<p style=\"margin:0 0 4px 0\"><a href=\"%1\">%2</a> <small>(%3)</small><br>%4</p>")
                    .arg(link, qs(hit.title).toHtmlEscaped(), what, markedHtml(hit));
    }
    if (hits.size() > shown) {
        html += tr("<p><i>%1 more: add a word to narrow the search.</i></p>").arg(hits.size() - shown);
    }
    setHtml(html);
    show();
}

} // namespace casebook::ui
