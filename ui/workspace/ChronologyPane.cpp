// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/ChronologyPane.h"

#include "workspace/AmendEntryDialog.h"
#include "workspace/EntryDialog.h"
#include "workspace/Labels.h"
#include "workspace/UndoableChange.h"

#include "service/Session.h"
#include "support/ScreenFit.h"
#include "support/Tables.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace casebook::ui {

namespace {

constexpr int kDetailsRole = Qt::UserRole + 1;
constexpr int kEntryIdRole = Qt::UserRole + 2;

/// The whole of a chronology entry as it is read back: when, what kind, who, the full text and,
/// for a decision, the decision log's fields.
QString entryDetailsHtml(const core::ChronologyEntry& e, const std::vector<core::EntryAmendment>& amendments)
{
    const auto esc = [](const std::string& text) { return qs(text).toHtmlEscaped(); };
    const auto paragraphs = [&](const std::string& text) {
        return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    QString when = dateText(e.date);
    if (e.time) {
        when += QStringLiteral(" ") + qs(e.time->toText());
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(e.title));
    html +=
        ChronologyPane::tr("<p>%1 · %2 · recorded by %3</p>")
            .arg(when, entryKindText(e.kind), e.author.empty() ? ChronologyPane::tr("(not recorded)") : esc(e.author));
    if (e.medical) {
        html += ChronologyPane::tr("<p><b>Holds medical information</b>: the whole entry is withheld from exports "
                                   "unless the officer's consent covers the audience.</p>");
    }
    if (e.decision) {
        const core::DecisionRecord& d = *e.decision;
        html += ChronologyPane::tr("<h4>Decision</h4><p>%1</p>").arg(paragraphs(d.decision));
        if (d.notToAct) {
            html += ChronologyPane::tr("<p>A decision to take no action.</p>");
        }
        if (!d.optionsConsidered.empty()) {
            html += ChronologyPane::tr("<h4>Options considered</h4><p>%1</p>").arg(paragraphs(d.optionsConsidered));
        }
        html += ChronologyPane::tr("<h4>Rationale</h4><p>%1</p>").arg(paragraphs(d.rationale));
        html += ChronologyPane::tr("<p>Decided by %1</p>").arg(esc(d.decidedBy));
    }
    if (!e.body.empty()) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(e.decision ? ChronologyPane::tr("Notes") : ChronologyPane::tr("What happened"),
                         paragraphs(e.body));
    }
    if (!e.medicalDetail.empty()) {
        html += ChronologyPane::tr("<h4>Medical detail</h4><p>%1</p><p><i>Kept apart: withheld from exports "
                                   "unless the officer's consent covers the audience.</i></p>")
                    .arg(paragraphs(e.medicalDetail));
    }
    // Corrections follow the entry as first written, each dated and signed, in the order recorded.
    for (const core::EntryAmendment& a : amendments) {
        if (a.entryId != e.id) {
            continue;
        }
        html += ChronologyPane::tr("<h4>Amended on %1 by %2</h4><p><i>Reason:</i> %3</p><p>%4</p>")
                    .arg(dateText(a.amendedOn),
                         a.amendedBy.empty() ? ChronologyPane::tr("(not recorded)") : esc(a.amendedBy), esc(a.reason),
                         paragraphs(a.correction));
        if (a.medical) {
            html += ChronologyPane::tr("<p><b>The correction holds medical information.</b></p>");
        }
    }
    return html;
}

} // namespace

ChronologyPane::ChronologyPane(CaseDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(&document)
{
    m_chronology = new QStandardItemModel(this);
    m_chronologyTable = makeReadOnlyTable(QStringLiteral("chronologyTable"), tr("Chronology and decisions"), this);
    m_chronologyTable->setModel(m_chronology);
    m_decisionsOnly = new QCheckBox(tr("Decisions only (the decision log)"), this);
    m_decisionsOnly->setObjectName(QStringLiteral("decisionsOnly"));
    connect(m_decisionsOnly, &QCheckBox::toggled, this, &ChronologyPane::filterChanged);
    // A correction is a dated amendment beside the entry, never an edit of what was written.
    m_amendEntry = new QPushButton(tr("Amend entr&y…"), this);
    m_amendEntry->setObjectName(QStringLiteral("amendEntryButton"));
    m_amendEntry->setToolTip(tr("Correct the selected entry: the original stays, the correction is added with "
                                "the date, your name and the reason"));
    m_amendEntry->setEnabled(false);
    // Below the list, as a mail client shows a message: the whole of the selected entry.
    m_chronologyDetails = new QTextBrowser(this);
    m_chronologyDetails->setObjectName(QStringLiteral("chronologyDetails"));
    m_chronologyDetails->setAccessibleName(tr("The selected entry in full"));
    m_chronologyDetails->setOpenLinks(false);
    m_chronologyDetails->setPlaceholderText(tr("Select an entry to read it in full."));
    connect(m_chronologyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_chronologyDetails->setHtml(current.isValid()
                                                 ? m_chronology->index(current.row(), 0).data(kDetailsRole).toString()
                                                 : QString());
                m_amendEntry->setEnabled(current.isValid());
            });
    // Enter or a double-click opens the entry on its own, as large as the screen allows.
    connect(m_chronologyTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openEntry(index.row()); });
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("chronologySplit"));
    split->addWidget(m_chronologyTable);
    split->addWidget(m_chronologyDetails);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_decisionsOnly);
    bar->addStretch(1);
    bar->addWidget(m_amendEntry);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    setTabOrder(m_decisionsOnly, m_amendEntry);
    setTabOrder(m_amendEntry, m_chronologyTable);
    setTabOrder(m_chronologyTable, m_chronologyDetails);
}

void ChronologyPane::clear()
{
    m_chronology->clear();
    // Emptying the model leaves the selection without a signal: the entry shown goes too.
    m_chronologyDetails->clear();
    m_amendEntry->setEnabled(false);
}

void ChronologyPane::showEntries(const core::CaseView& view)
{
    m_chronology->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Title"), tr("Decision and rationale"), tr("By")});
    m_chronology->setRowCount(0);
    for (auto it = view.chronology.rbegin(); it != view.chronology.rend(); ++it) {
        const core::ChronologyEntry& e = *it;
        if (m_decisionsOnly->isChecked() && !e.decision) {
            continue;
        }
        QString decision;
        if (e.decision) {
            decision = tr("%1 — because %2").arg(qs(e.decision->decision), qs(e.decision->rationale));
        }
        const bool amended = std::any_of(view.amendments.begin(), view.amendments.end(),
                                         [&](const core::EntryAmendment& a) { return a.entryId == e.id; });
        auto* title = readOnlyItem(qs(e.title) + (e.medical ? tr(" [medical]") : QString())
                                   + (amended ? tr(" (amended)") : QString()));
        title->setToolTip(qs(e.body));
        auto* date = readOnlyItem(dateText(e.date));
        date->setData(entryDetailsHtml(e, view.amendments), kDetailsRole);
        date->setData(QVariant::fromValue<qint64>(e.id.value), kEntryIdRole);
        m_chronology->appendRow({date, readOnlyItem(entryKindText(e.kind)), title, readOnlyItem(decision),
                                 readOnlyItem(qs(e.decision ? e.decision->decidedBy : e.author))});
    }
    m_chronologyDetails->clear();
    m_amendEntry->setEnabled(false);
    if (m_chronology->rowCount() > 0) {
        m_chronologyTable->setCurrentIndex(m_chronology->index(0, 0));
    }
    m_chronologyTable->resizeColumnToContents(0);
    m_chronologyTable->resizeColumnToContents(1);
    m_chronologyTable->setColumnWidth(2, 260);
}

int ChronologyPane::findEntry(qint64 entryId)
{
    auto rowOf = [this, entryId]() {
        for (int row = 0; row < m_chronology->rowCount(); ++row) {
            if (m_chronology->index(row, 0).data(kEntryIdRole).toLongLong() == entryId) {
                return row;
            }
        }
        return -1;
    };
    int row = rowOf();
    if (row < 0 && m_decisionsOnly->isChecked()) {
        m_decisionsOnly->setChecked(false); // reloads the list with every entry
        row = rowOf();
    }
    return row;
}

void ChronologyPane::focusRow(int row)
{
    m_chronologyTable->setCurrentIndex(m_chronology->index(row, 0));
    m_chronologyTable->scrollTo(m_chronology->index(row, 0));
    m_chronologyTable->setFocus(Qt::OtherFocusReason);
}

void ChronologyPane::openEntry(int row)
{
    if (row < 0 || row >= m_chronology->rowCount()) {
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("chronologyEntryDialog"));
    dialog.setWindowTitle(tr("Chronology entry"));
    auto* text = new QTextBrowser(&dialog);
    text->setObjectName(QStringLiteral("chronologyEntryText"));
    text->setAccessibleName(tr("The entry in full"));
    text->setHtml(m_chronology->index(row, 0).data(kDetailsRole).toString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    fitOnShow(&dialog, QSize(720, 560));
    dialog.exec();
}

void ChronologyPane::addEntry(std::int64_t caseId, bool decision)
{
    core::Session& session = m_document->session();
    QUndoStack& undo = m_document->undoStack();
    EntryDialog dialog(
        decision, qs(session.actor()),
        [&session, &undo, caseId, decision](const core::ChronologyEntry& typed) -> core::Status {
            core::ChronologyEntry entry = typed;
            entry.caseId = core::CaseId{caseId};
            auto id = std::make_shared<core::ChronologyEntryId>();
            UndoableChange change;
            change.caseId = caseId;
            change.text = decision ? tr("record decision") : tr("add chronology entry");
            change.apply = [&session, entry, id]() -> core::Status {
                auto added = entry.decision ? session.cases().recordDecision(entry, *entry.decision)
                                            : session.cases().addEntry(entry);
                if (!added) {
                    return added.error();
                }
                *id = *added;
                return core::Ok{};
            };
            change.revert = [&session, id]() { return session.cases().deleteEntry(*id); };
            return applyUndoable(undo, std::move(change)); // the stack's indexChanged refreshes the screens
        },
        this);
    dialog.exec();
}

void ChronologyPane::amendSelected(std::int64_t caseId)
{
    const QModelIndex current = m_chronologyTable->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const core::ChronologyEntryId entryId{m_chronology->index(current.row(), 0).data(kEntryIdRole).toLongLong()};
    core::Session& session = m_document->session();
    auto view = session.cases().loadCase(core::CaseId{caseId});
    if (!view) {
        return;
    }
    const auto entry = std::find_if(view->chronology.begin(), view->chronology.end(),
                                    [&](const core::ChronologyEntry& e) { return e.id == entryId; });
    if (entry == view->chronology.end()) {
        return;
    }
    // The correction starts from what the entry says now: the latest correction, else as written.
    std::string text = entry->body;
    bool medical = entry->medical;
    for (const core::EntryAmendment& a : view->amendments) {
        if (a.entryId == entryId) {
            text = a.correction;
            medical = medical || a.medical;
        }
    }
    QUndoStack& undo = m_document->undoStack();
    AmendEntryDialog dialog(
        entryId, entryDetailsHtml(*entry, view->amendments), qs(text), medical,
        [&session, &undo, caseId](const core::EntryAmendment& typed) -> core::Status {
            auto id = std::make_shared<core::EntryAmendmentId>();
            UndoableChange change;
            change.caseId = caseId;
            change.text = tr("amend chronology entry");
            change.apply = [&session, typed, id]() -> core::Status {
                auto added = session.cases().amendEntry(typed);
                if (!added) {
                    return added.error();
                }
                *id = *added;
                return core::Ok{};
            };
            change.revert = [&session, id]() { return session.cases().withdrawAmendment(*id); };
            return applyUndoable(undo, std::move(change));
        },
        this);
    dialog.exec();
}

} // namespace casebook::ui
