// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/WorkspaceWidget.h"

#include "report/CaseloadExportDialog.h"
#include "workspace/CaseDocument.h"
#include "workspace/CasePage.h"
#include "workspace/CaseloadModel.h"
#include "workspace/CaseloadPage.h"
#include "workspace/ChronologyPane.h"
#include "workspace/DuePage.h"
#include "workspace/Labels.h"
#include "workspace/NewCaseDialog.h"
#include "workspace/UndoableChange.h"

#include "service/Session.h"

#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace casebook::ui {

WorkspaceWidget::WorkspaceWidget(CaseDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(&document)
{
    setObjectName(QStringLiteral("workspace"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);

    // The caseload tab: the list on the left, the open case on the right.
    auto* caseloadTab = new QWidget(this);
    m_caseload = new CaseloadPage(document, caseloadTab);
    auto* splitter = new QSplitter(Qt::Horizontal, caseloadTab);
    splitter->setObjectName(QStringLiteral("caseloadSplitter"));
    splitter->addWidget(m_caseload);
    m_case = new CasePage(document, this);
    splitter->addWidget(m_case);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600}); // proportions: the case needs the room more than the list
    splitter->setCollapsible(1, false);
    auto* caseloadLayout = new QVBoxLayout(caseloadTab);
    caseloadLayout->addWidget(splitter);
    m_tabs->addTab(caseloadTab, tr("Case&load"));
    m_due = new DuePage(document, *m_caseload->model(), this);
    m_tabs->addTab(m_due, tr("&Due && overdue"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_caseload, &CaseloadPage::caseChosen, this, &WorkspaceWidget::openCase);
    connect(m_caseload, &CaseloadPage::entryChosen, this, [this](qint64 caseId, qint64 entryId) {
        openCase(caseId);
        selectChronologyEntry(entryId);
    });
    connect(m_caseload, &CaseloadPage::newCaseRequested, this, &WorkspaceWidget::newCase);
    connect(m_case, &CasePage::problem, m_caseload, &CaseloadPage::showInfo);
    connect(m_due, &DuePage::caseActivated, this, &WorkspaceWidget::openDueCase);
    // The pages re-read what the document says changed; the dashboard only when it is shown.
    connect(&document, &CaseDocument::caseChanged, this, &WorkspaceWidget::showChangedCase);
    const auto dueOnScreen = [this] {
        if (m_tabs->currentIndex() == 1) {
            m_due->reloadIfStale();
        }
    };
    connect(&document, &CaseDocument::caseloadChanged, this, dueOnScreen);
    connect(&document, &CaseDocument::rulesChanged, this, dueOnScreen);
    connect(&document, &CaseDocument::personDatesChanged, this, dueOnScreen);
    connect(m_tabs, &QTabWidget::currentChanged, this, dueOnScreen);
    // Locking deletes the document. A form of this widget may still be inside its exec() (the
    // lock came from a timer or the desktop): delete the widget once that has returned.
    connect(&document, &QObject::destroyed, this, [this] {
        hide();
        setEnabled(false);
        deleteLater();
    });

    if (!document.dueError().isEmpty()) {
        m_caseload->setInfo(tr("Could not compute the dates: %1").arg(document.dueError()));
    }
    m_caseload->reload(std::nullopt);
    m_case->reload();
    if (m_caseload->filter()->rowCount() > 0) {
        m_caseload->view()->selectRow(0);
    }
}

WorkspaceWidget::~WorkspaceWidget() = default;

CaseloadModel* WorkspaceWidget::caseloadModel() const
{
    return m_caseload->model();
}

CaseloadFilter* WorkspaceWidget::caseloadFilter() const
{
    return m_caseload->filter();
}

QTableView* WorkspaceWidget::caseloadView() const
{
    return m_caseload->view();
}

QLineEdit* WorkspaceWidget::searchEdit() const
{
    return m_caseload->searchEdit();
}

SearchResults* WorkspaceWidget::searchResults() const
{
    return m_caseload->searchResults();
}

QStandardItemModel* WorkspaceWidget::dueModel() const
{
    return m_due->model();
}

QStandardItemModel* WorkspaceWidget::chronologyModel() const
{
    return m_case->chronology()->model();
}

QTableView* WorkspaceWidget::chronologyView() const
{
    return m_case->chronology()->view();
}

QTextBrowser* WorkspaceWidget::chronologyDetails() const
{
    return m_case->chronology()->details();
}

QPushButton* WorkspaceWidget::amendEntryButton() const
{
    return m_case->chronology()->amendButton();
}

QLabel* WorkspaceWidget::caseHeader() const
{
    return m_case->header();
}

std::optional<std::int64_t> WorkspaceWidget::currentCase() const
{
    return m_case->currentCase();
}

void WorkspaceWidget::showChangedCase(qint64 caseId)
{
    // Gone when undo removed a case just opened; nothing to do when it is on screen.
    if (m_caseload->model()->indexOfCase(caseId).isValid()) {
        openCase(caseId);
    }
}

void WorkspaceWidget::refresh()
{
    if (!m_document.isNull()) {
        m_document->reloadAll();
    }
}

void WorkspaceWidget::runSearch()
{
    m_caseload->runSearch();
}

bool WorkspaceWidget::searchPending() const
{
    return m_caseload->searchPending();
}

void WorkspaceWidget::openCase(qint64 caseId)
{
    if (m_document.isNull()) {
        return;
    }
    if (const auto current = m_case->currentCase(); current && *current == caseId) {
        return;
    }
    m_caseload->selectCase(caseId);
    m_case->openCase(caseId);
}

void WorkspaceWidget::openDueCase(qint64 caseId)
{
    m_tabs->setCurrentIndex(0);
    m_caseload->revealCase(caseId);
    openCase(caseId);
}

void WorkspaceWidget::newCase()
{
    if (m_document.isNull()) {
        return;
    }
    core::Session& session = m_document->session();
    auto people = session.cases().listPeople();
    NewCaseDialog dialog(
        people ? *people : std::vector<core::Person>{}, qs(session.actor()),
        [this, &session](const core::Person& person, const core::Case& typed) -> core::Status {
            // Either call validates before it writes and names every problem, each then shown
            // beside its field; nothing is pushed on the undo stack when it fails.
            struct Made {
                core::PersonId person;
                core::CaseId caseId;
                bool newPerson = false;
            };
            auto made = std::make_shared<Made>();
            UndoableChange change;
            change.text = tr("open case");
            change.caseOf = [made] { return made->caseId.value; }; // 0 until opened
            // The commands live on the document's stack: they hold the session (which outlives
            // the document) and the case page only while it is there.
            QPointer<CasePage> page = m_case;
            change.apply = [&session, page, person, typed, made]() -> core::Status {
                made->newPerson = person.id.value == 0;
                if (made->newPerson) {
                    // One transaction: a case that cannot be opened leaves no person behind.
                    auto both = session.cases().openCaseForNewPerson(person, typed);
                    if (!both) {
                        return both.error();
                    }
                    made->person = both->person;
                    made->caseId = both->caseId;
                } else {
                    core::Case c = typed;
                    c.person = person.id;
                    auto id = session.cases().openCase(c);
                    if (!id) {
                        return id.error();
                    }
                    made->person = person.id;
                    made->caseId = *id;
                }
                if (page) {
                    page->setCurrentCase(made->caseId.value); // shown when the document says it changed
                }
                return core::Ok{};
            };
            change.revert = [&session, page, made]() -> core::Status {
                if (const auto current = page ? page->currentCase() : std::nullopt;
                    current && *current == made->caseId.value) {
                    page->setCurrentCase(std::nullopt);
                }
                return made->newPerson ? session.cases().deletePerson(made->person)
                                       : session.cases().deleteCase(made->caseId);
            };
            return applyUndoable(m_document->undoStack(), std::move(change));
        },
        this);
    if (dialog.exec() == QDialog::Accepted && m_case->currentCase()) {
        const qint64 id = *m_case->currentCase();
        m_case->setCurrentCase(std::nullopt);
        m_caseload->clearSearch();
        openCase(id);
    }
}

void WorkspaceWidget::addChronologyEntry()
{
    m_case->addChronologyEntry();
}

void WorkspaceWidget::recordDecision()
{
    m_case->recordDecision();
}

void WorkspaceWidget::amendChronologyEntry()
{
    m_case->amendChronologyEntry();
}

bool WorkspaceWidget::selectChronologyEntry(qint64 entryId)
{
    return m_case->selectChronologyEntry(entryId);
}

void WorkspaceWidget::editCase()
{
    m_case->editCase();
}

void WorkspaceWidget::closeCase()
{
    m_case->closeCase();
}

void WorkspaceWidget::editPerson()
{
    m_case->editPerson();
}

void WorkspaceWidget::eraseRecords()
{
    m_case->eraseRecords();
}

void WorkspaceWidget::writeReview()
{
    m_case->writeReview();
}

void WorkspaceWidget::exportSummary()
{
    m_case->exportSummary();
}

void WorkspaceWidget::recordMeetingOutcome()
{
    m_case->recordMeetingOutcome();
}

void WorkspaceWidget::exportOverview()
{
    CaseloadExportDialog dialog(m_document->session(), CaseloadExportDialog::Kind::Overview, this);
    dialog.exec();
}

void WorkspaceWidget::exportCalendar()
{
    CaseloadExportDialog dialog(m_document->session(), CaseloadExportDialog::Kind::Calendar, this);
    dialog.exec();
}

void WorkspaceWidget::showDueDashboard()
{
    m_tabs->setCurrentIndex(1);
}

void WorkspaceWidget::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_caseload->focusSearch();
}

} // namespace casebook::ui
