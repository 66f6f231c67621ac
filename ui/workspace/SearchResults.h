// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "service/SearchService.h"
#endif

#include <QTextBrowser>

#include <vector>

namespace casebook::ui {

/// What a search found, under the search box: each person, case or chronology entry with the
/// matching words in bold. Tab moves from hit to hit and Enter opens one, as a click does: a
/// chronology hit opens its case at that entry.
class SearchResults final : public QTextBrowser {
    Q_OBJECT

public:
    explicit SearchResults(QWidget* parent = nullptr);

    /// Shows `hits` (at most kShown of them, with how many more there are); hides when empty.
    void showHits(const std::vector<core::SearchHit>& hits);
    /// The matched excerpt as HTML: escaped, the matched ranges in <b>.
    static QString markedHtml(const core::SearchHit& hit);

    static constexpr int kShown = 30;

signals:
    /// A case or person hit chose this case (a person's hit gives no case: caseId 0).
    void caseChosen(qint64 caseId);
    /// A chronology hit chose this entry of its case.
    void entryChosen(qint64 caseId, qint64 entryId);
    /// A person's hit (the caseload is already filtered to their cases).
    void personChosen(qint64 personId);
};

} // namespace casebook::ui
