// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/CasePage.h"

#include "dataprotection/RetentionDialog.h"
#include "report/ExportDialog.h"
#include "report/MeetingOutcomeDialog.h"
#include "support/Messages.h"
#include "workspace/CaseDatesPane.h"
#include "workspace/CaseForms.h"
#include "workspace/CaseSection.h"
#include "workspace/ChronologyPane.h"
#include "workspace/Labels.h"
#include "workspace/ProcedureSections.h"
#include "workspace/UndoableChange.h"

#include "service/MeetingOutcome.h"
#include "service/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace casebook::ui {

CasePage::CasePage(CaseDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(&document)
{
    setObjectName(QStringLiteral("casePanel"));
    m_caseHeader = new QLabel(tr("Choose a case on the left."), this);
    m_caseHeader->setObjectName(QStringLiteral("caseHeader"));
    m_caseHeader->setWordWrap(true);
    m_caseHeader->setTextFormat(Qt::RichText);
    m_caseHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createButtons();
    connect(&document, &CaseDocument::caseloadChanged, this, &CasePage::reload);
    connect(&document, &CaseDocument::rulesChanged, this, &CasePage::reload);
    connect(&document, &CaseDocument::caseChanged, this, [this](qint64 caseId) {
        if (m_currentCase == caseId || m_shownCase == caseId) {
            reload();
        }
    });

    m_caseTabs = new QTabWidget(this);
    m_caseTabs->setObjectName(QStringLiteral("caseTabs"));
    m_caseTabs->tabBar()->hide();
    m_caseTabs->setDocumentMode(true);
    // Fourteen pages do not fit as tabs: a list beside them names each page and how many records
    // it holds, so the sergeant sees at a glance where there is something to read.
    m_caseNav = new QListWidget(this);
    m_caseNav->setObjectName(QStringLiteral("caseSections"));
    m_caseNav->setAccessibleName(tr("Pages of the case"));
    m_caseNav->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_caseNav->setFixedWidth(m_caseNav->fontMetrics().horizontalAdvance(QStringLiteral("Occupational health (88)"))
                             + 24);
    connect(m_caseNav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_caseTabs->count()) {
            m_caseTabs->setCurrentIndex(row);
        }
    });
    connect(m_caseTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_caseNav->currentRow() != index) {
            m_caseNav->setCurrentRow(index);
        }
    });
    // Ctrl+Page Down and Ctrl+Page Up turn the case's pages from wherever the focus is in the
    // window, as a browser turns its tabs; the list itself also takes Up and Down.
    for (const auto& [keys, step] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1},
                                     std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1}}) {
        auto* turn = new QShortcut(keys, this);
        turn->setContext(Qt::WindowShortcut);
        connect(turn, &QShortcut::activated, this, [this, step = step] {
            if (const int count = m_caseNav->count(); count > 0) {
                m_caseNav->setCurrentRow((m_caseNav->currentRow() + step + count) % count);
            }
        });
    }

    m_dates = new CaseDatesPane(document, this);
    connect(m_dates, &CaseDatesPane::problem, this, &CasePage::problem);
    m_caseTabs->addTab(m_dates, tr("Dates"));
    m_chronology = new ChronologyPane(document, this);
    connect(m_chronology, &ChronologyPane::filterChanged, this, &CasePage::reload);
    connect(m_chronology->amendButton(), &QPushButton::clicked, this, &CasePage::amendChronologyEntry);
    m_caseTabs->addTab(m_chronology, tr("Chronology && decisions"));
    m_caseTabs->addTab(createReviewPage(), tr("Holistic review"));
    m_firstSectionTab = m_caseTabs->count();

    // Two rows, in the order Tab takes them, so that no label is cut short at 1280 pixels wide.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addEntry);
    buttons->addWidget(m_addDecision);
    buttons->addWidget(m_editCase);
    buttons->addWidget(m_editPerson);
    buttons->addStretch();
    auto* moreButtons = new QHBoxLayout;
    moreButtons->addWidget(m_exportSummary);
    moreButtons->addWidget(m_recordOutcome);
    moreButtons->addWidget(m_erase);
    moreButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caseHeader);
    layout->addLayout(buttons);
    layout->addLayout(moreButtons);
    auto* pages = new QHBoxLayout;
    pages->addWidget(m_caseNav);
    pages->addWidget(m_caseTabs, 1);
    layout->addLayout(pages, 1);
    updateCaseNav();
    setButtonsEnabled(false);
}

void CasePage::createButtons()
{
    m_addEntry = new QPushButton(tr("Add to chro&nology…"), this);
    m_addEntry->setObjectName(QStringLiteral("addEntryButton"));
    m_addDecision = new QPushButton(tr("Record a deci&sion…"), this);
    m_addDecision->setObjectName(QStringLiteral("addDecisionButton"));
    connect(m_addEntry, &QPushButton::clicked, this, &CasePage::addChronologyEntry);
    connect(m_addDecision, &QPushButton::clicked, this, &CasePage::recordDecision);
    m_editCase = new QPushButton(tr("Ed&it case…"), this);
    m_editCase->setObjectName(QStringLiteral("editCaseButton"));
    m_editCase->setToolTip(tr("Summary, types, status, RAG, owner, next review; close or reopen"));
    connect(m_editCase, &QPushButton::clicked, this, &CasePage::editCase);
    m_exportSummary = new QPushButton(tr("Summary for a &meeting…"), this);
    m_exportSummary->setObjectName(QStringLiteral("exportSummaryButton"));
    m_exportSummary->setToolTip(tr("The case summary to take to a meeting: preview, then PDF, ODT or HTML"));
    connect(m_exportSummary, &QPushButton::clicked, this, &CasePage::exportSummary);
    m_recordOutcome = new QPushButton(tr("Meeting &outcome…"), this);
    m_recordOutcome->setObjectName(QStringLiteral("recordOutcomeButton"));
    m_recordOutcome->setToolTip(tr("After a meeting: its notes, actions agreed (into an action plan), decisions (into "
                                   "the decision log) and the next meeting"));
    connect(m_recordOutcome, &QPushButton::clicked, this, &CasePage::recordMeetingOutcome);
    m_editPerson = new QPushButton(tr("Edit &person…"), this);
    m_editPerson->setObjectName(QStringLiteral("editPersonButton"));
    connect(m_editPerson, &QPushButton::clicked, this, &CasePage::editPerson);
    m_erase = new QPushButton(tr("Erase…"), this);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setToolTip(tr("Erase this case, or the person and all their cases, for good: shows what goes first"));
    connect(m_erase, &QPushButton::clicked, this, &CasePage::eraseRecords);
}

QWidget* CasePage::createReviewPage()
{
    m_review = new QLabel(this);
    m_review->setObjectName(QStringLiteral("holisticReview"));
    m_review->setWordWrap(true);
    m_review->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_review->setTextFormat(Qt::RichText);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* page = new QWidget(this);
    m_writeReview = new QPushButton(tr("Write a new ve&rsion…"), page);
    m_writeReview->setObjectName(QStringLiteral("writeReviewButton"));
    connect(m_writeReview, &QPushButton::clicked, this, &CasePage::writeReview);
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(m_review);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_writeReview);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);
    return page;
}

void CasePage::setButtonsEnabled(bool enabled)
{
    for (QPushButton* button : {m_addEntry, m_addDecision, m_editCase, m_editPerson, m_erase, m_writeReview,
                                m_exportSummary, m_recordOutcome}) {
        button->setEnabled(enabled);
    }
}

// Out of line: undo commands reach these through a QPointer (-Wnull-dereference).
std::optional<std::int64_t> CasePage::currentCase() const
{
    return m_currentCase;
}

void CasePage::setCurrentCase(std::optional<std::int64_t> caseId)
{
    m_currentCase = caseId;
}

void CasePage::openCase(std::int64_t caseId)
{
    if (m_document.isNull()) {
        return;
    }
    m_currentCase = caseId;
    // Procedure sections are made per case.
    while (m_caseTabs->count() > m_firstSectionTab) {
        QWidget* tab = m_caseTabs->widget(m_firstSectionTab);
        m_caseTabs->removeTab(m_firstSectionTab);
        tab->deleteLater();
    }
    reload();
    if (m_currentPerson != 0) {
        const SectionContext context{m_document->session(), m_document->undoStack(), core::CaseId{caseId},
                                     core::PersonId{m_currentPerson}, m_document->dueToday()};
        for (const SectionFactory& factory : procedureSectionFactories()) {
            CaseSection* section = factory(context, m_caseTabs);
            m_caseTabs->addTab(section, section->title());
            // Its changes go through the undo stack, whose indexChanged re-reads the screens.
            section->reload();
        }
    }
    updateCaseNav();
}

void CasePage::reload()
{
    if (m_document.isNull()) {
        return;
    }
    m_chronology->clear();
    m_dates->clear();
    m_shownCase = m_currentCase;
    const bool haveCase = m_currentCase.has_value();
    setButtonsEnabled(haveCase);
    if (!haveCase) { // nothing of a case erased or undone stays on screen
        m_caseHeader->setText(tr("Choose a case on the left."));
        m_review->clear();
        return;
    }
    auto view = m_document->session().cases().loadCase(core::CaseId{*m_currentCase});
    if (!view) {
        m_caseHeader->setText(tr("This case could not be read: %1").arg(userMessage(view.error()).toHtmlEscaped()));
        m_currentPerson = 0;
        return;
    }
    m_currentPerson = view->person.id.value;
    showHeader(*view);
    m_chronology->showEntries(*view);
    showReview(*view);
    m_dates->showDates(*m_currentCase);
    // The record sections re-read too, so an undo or redo anywhere shows everywhere.
    for (int i = m_firstSectionTab; i < m_caseTabs->count(); ++i) {
        if (auto* section = qobject_cast<CaseSection*>(m_caseTabs->widget(i))) {
            section->reload();
        }
    }
    updateCaseNav();
}

void CasePage::showHeader(const core::CaseView& view)
{
    const core::Case& c = view.record;
    const core::Person& p = view.person;
    QStringList types;
    for (core::CaseType t : c.types) {
        types << caseTypeText(t);
    }
    m_caseHeader->setText(
        tr("<h2>%1</h2><p><b>%2</b> %3 · %4 · %5</p><p>%6 · Status: <b>%7</b> · RAG: <b>%8</b> · Owner: %9</p>"
           "<p>Opened %10%11</p>")
            .arg(qs(p.name).toHtmlEscaped(), qs(p.rankOrGrade).toHtmlEscaped(), qs(p.number).toHtmlEscaped(),
                 qs(p.team).toHtmlEscaped(), qs(c.summary).toHtmlEscaped(), types.join(QStringLiteral(", ")),
                 caseStatusText(c.status), ragText(c.rag), qs(c.owner).toHtmlEscaped(), dateText(c.opened),
                 c.nextReview ? tr(" · next review %1").arg(dateText(c.nextReview)) : QString())
        + tr("<p>Consent today: %1</p>")
              .arg(qs(core::consentSummaryLine(view.consents, m_document->today())).toHtmlEscaped()));
}

void CasePage::showReview(const core::CaseView& view)
{
    if (!view.latestReview) {
        m_review->setText(tr("No holistic review has been written for this case yet."));
        return;
    }
    const auto& r = *view.latestReview;
    QString html = tr("<p><b>Version %1</b>, %2, by %3</p>")
                       .arg(r.version)
                       .arg(dateText(r.reviewedOn), qs(r.reviewer).toHtmlEscaped());
    const std::pair<QString, const std::string*> sections[] = {{tr("Background"), &r.background},
                                                               {tr("Wellbeing"), &r.wellbeing},
                                                               {tr("Attendance"), &r.attendance},
                                                               {tr("Performance"), &r.performance},
                                                               {tr("Conduct"), &r.conduct},
                                                               {tr("Adjustments"), &r.adjustments},
                                                               {tr("Occupational health"), &r.occupationalHealth},
                                                               {tr("Stakeholders"), &r.stakeholders},
                                                               {tr("Recommendations"), &r.recommendations}};
    for (const auto& [heading, text] : sections) {
        if (!text->empty()) {
            html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(heading, qs(*text).toHtmlEscaped());
        }
    }
    m_review->setText(html);
}

void CasePage::updateCaseNav()
{
    const QSignalBlocker block(m_caseNav);
    m_caseNav->clear();
    for (int i = 0; i < m_caseTabs->count(); ++i) {
        QString text = withoutMnemonics(m_caseTabs->tabText(i));
        const auto* section = qobject_cast<const CaseSection*>(m_caseTabs->widget(i));
        const int count = section != nullptr ? section->recordCount() : -1;
        if (count > 0) {
            text += QStringLiteral(" (%1)").arg(count);
        }
        auto* item = new QListWidgetItem(text, m_caseNav);
        if (count > 0) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_caseNav->setCurrentRow(m_caseTabs->currentIndex());
}

void CasePage::addChronologyEntry()
{
    if (m_currentCase) {
        m_chronology->addEntry(*m_currentCase, false);
    }
}

void CasePage::recordDecision()
{
    if (m_currentCase) {
        m_chronology->addEntry(*m_currentCase, true);
    }
}

void CasePage::amendChronologyEntry()
{
    if (m_currentCase) {
        m_chronology->amendSelected(*m_currentCase);
    }
}

bool CasePage::selectChronologyEntry(qint64 entryId)
{
    const int row = m_chronology->findEntry(entryId);
    if (row < 0) {
        return false;
    }
    m_caseTabs->setCurrentWidget(m_chronology);
    m_chronology->focusRow(row);
    return true;
}

void CasePage::editCase()
{
    if (m_currentCase) { // the undo stack refreshes the screens
        ui::editCase(this, m_document->session(), m_document->undoStack(), core::CaseId{*m_currentCase});
    }
}

void CasePage::closeCase()
{
    if (m_currentCase) {
        ui::editCase(this, m_document->session(), m_document->undoStack(), core::CaseId{*m_currentCase},
                     CaseFormPurpose::Close);
    }
}

void CasePage::editPerson()
{
    if (m_currentCase && m_currentPerson != 0) {
        ui::editPerson(this, m_document->session(), m_document->undoStack(), core::CaseId{*m_currentCase},
                       core::PersonId{m_currentPerson});
    }
}

void CasePage::eraseRecords()
{
    if (!m_currentCase) {
        return;
    }
    EraseDialog dialog(m_document->session(), m_currentPerson, *m_currentCase, "erasure", this);
    dialog.exec();
    if (dialog.erased() && !m_document.isNull()) {
        // Nothing erased can come back: the undo history that names it goes too.
        m_currentCase.reset();
        m_document->forgetHistory();
    }
}

void CasePage::writeReview()
{
    if (m_currentCase
        && ui::writeReview(this, m_document->session(), core::CaseId{*m_currentCase}, qs(m_document->session().actor()))
        && !m_document.isNull()) {
        m_document->caseEdited(*m_currentCase);
    }
}

void CasePage::exportSummary()
{
    if (m_currentCase) {
        ExportDialog dialog(m_document->session(), core::CaseId{*m_currentCase}, this);
        dialog.setOutcomeRecorder(
            [this](QWidget* parent, const core::MeetingOutcome& start, const std::vector<std::string>& agenda) {
                return recordOutcome(parent, start, agenda);
            });
        dialog.exec();
    }
}

void CasePage::recordMeetingOutcome()
{
    if (m_currentCase) {
        core::MeetingOutcome start;
        start.caseId = core::CaseId{*m_currentCase};
        start.date = m_document->today();
        start.author = m_document->session().actor();
        recordOutcome(this, start, {});
    }
}

bool CasePage::recordOutcome(QWidget* parent, const core::MeetingOutcome& start, const std::vector<std::string>& agenda)
{
    const std::int64_t caseId = start.caseId.value;
    core::Session& session = m_document->session();
    QUndoStack& undo = m_document->undoStack();
    MeetingOutcomeDialog dialog(
        start, agenda, qs(session.actor()),
        [&session, &undo, caseId](const core::MeetingOutcome& outcome) -> core::Status {
            // One undoable change: undo takes back the entries, the plan and the next review.
            auto recorded = std::make_shared<core::RecordedOutcome>();
            UndoableChange change;
            change.caseId = caseId;
            change.text = tr("record meeting outcome");
            change.apply = [&session, outcome, recorded]() -> core::Status {
                auto done = core::recordMeetingOutcome(session, outcome);
                if (!done) {
                    return done.error();
                }
                *recorded = *done;
                return core::Ok{};
            };
            change.revert = [&session, recorded]() { return core::undoMeetingOutcome(session, *recorded); };
            return applyUndoable(undo, std::move(change)); // the stack's indexChanged refreshes the screens
        },
        parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace casebook::ui
