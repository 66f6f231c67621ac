// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/WorkspaceWidget.h"

#include "report/CaseloadExportDialog.h"
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
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace casebook::ui {

WorkspaceWidget::WorkspaceWidget(core::Session& session, QUndoStack& undo, QWidget* parent,
                                 std::optional<std::vector<core::DueItem>> firstDue)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_firstDue(std::move(firstDue))
{
    setObjectName(QStringLiteral("workspace"));
    const WorkspaceDocument document{m_session, m_undo, m_dueToday};
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
    connect(m_case, &CasePage::refreshNeeded, this, &WorkspaceWidget::refresh);
    connect(m_case, &CasePage::problem, m_caseload, &CaseloadPage::showInfo);
    connect(m_due, &DuePage::caseActivated, this, &WorkspaceWidget::openDueCase);
    m_undoIndex = m_undo.index();
    connect(&m_undo, &QUndoStack::indexChanged, this, &WorkspaceWidget::undoIndexChanged);
    // The dashboard is filled when it is shown, not with every refresh behind it.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            m_due->reloadIfStale();
        }
    });
    refresh();
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

void WorkspaceWidget::retire()
{
    m_retired = true;
    hide();
    m_caseload->retire();
    m_case->retire();
    m_due->retire();
    disconnect(&m_undo, nullptr, this, nullptr);
    setEnabled(false);
}

void WorkspaceWidget::undoIndexChanged(int index)
{
    const int previous = std::exchange(m_undoIndex, index);
    // One step back undid command(index); one step on did command(index - 1). Anything else (a
    // cleared stack, a jump) re-reads everything.
    const QUndoCommand* command = nullptr;
    if (index == previous - 1) {
        command = m_undo.command(index);
    } else if (index == previous + 1) {
        command = m_undo.command(index - 1);
    }
    const std::int64_t caseId = changedCase(command);
    if (caseId == 0) {
        refresh();
        return;
    }
    refreshCase(caseId);
}

void WorkspaceWidget::refreshCase(std::int64_t caseId)
{
    if (m_retired) {
        return;
    }
    const QModelIndex row = m_caseload->model()->indexOfCase(caseId);
    qint64 person = row.isValid() ? row.data(CaseloadModel::PersonIdRole).toLongLong() : 0;
    if (person == 0) { // a case just opened is not in the list yet
        if (auto view = m_session.cases().loadCase(core::CaseId{caseId})) {
            person = view->person.id.value;
        }
    }
    auto scoped = person != 0 ? m_session.due().allFor(core::PersonId{person}, localToday(), 28)
                              : core::Result<std::vector<core::DueItem>>(core::makeError(core::ErrorCode::NotFound));
    if (!scoped) {
        refresh();
        return;
    }
    // Only this person's dates can have changed: swap them in, keeping the list's order.
    std::erase_if(m_dueToday, [person](const core::DueItem& item) { return item.source.person.value == person; });
    m_dueToday.insert(m_dueToday.end(), std::make_move_iterator(scoped->begin()),
                      std::make_move_iterator(scoped->end()));
    std::sort(m_dueToday.begin(), m_dueToday.end(), &core::DueService::before);
    redisplay();
    if (m_caseload->model()->indexOfCase(caseId).isValid()) { // gone when undo removed a case just opened
        openCase(caseId); // show the case the change was to (nothing to do when it is on screen)
    }
}

void WorkspaceWidget::refresh()
{
    if (m_retired) {
        return;
    }
    // One due list as of today feeds the caseload, the case's dates and (for today) the dashboard.
    auto due = m_firstDue ? core::Result<std::vector<core::DueItem>>(std::move(*m_firstDue))
                          : m_session.due().all(localToday(), 28);
    m_firstDue.reset();
    m_dueToday = due ? std::move(*due) : std::vector<core::DueItem>{};
    if (!due) {
        m_caseload->setInfo(tr("Could not compute the dates: %1").arg(qs(due.error().detail)));
    }
    redisplay();
}

void WorkspaceWidget::redisplay()
{
    if (m_retired) {
        return;
    }
    m_caseload->reload(m_case->currentCase());
    m_case->reload();
    m_due->markStale();
    if (m_tabs->currentIndex() == 1) {
        m_due->reload();
    }
}

void WorkspaceWidget::runSearch()
{
    m_caseload->runSearch();
}

void WorkspaceWidget::openCase(qint64 caseId)
{
    if (m_retired) {
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
    auto people = m_session.cases().listPeople();
    NewCaseDialog dialog(
        people ? *people : std::vector<core::Person>{}, qs(m_session.actor()),
        [this](const core::Person& person, const core::Case& typed) -> core::Status {
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
            change.apply = [this, person, typed, made]() -> core::Status {
                made->newPerson = person.id.value == 0;
                if (made->newPerson) {
                    // One transaction: a case that cannot be opened leaves no person behind.
                    auto both = m_session.cases().openCaseForNewPerson(person, typed);
                    if (!both) {
                        return both.error();
                    }
                    made->person = both->person;
                    made->caseId = both->caseId;
                } else {
                    core::Case c = typed;
                    c.person = person.id;
                    auto id = m_session.cases().openCase(c);
                    if (!id) {
                        return id.error();
                    }
                    made->person = person.id;
                    made->caseId = *id;
                }
                m_case->setCurrentCase(made->caseId.value); // show it once the screens refresh
                return core::Ok{};
            };
            change.revert = [this, made]() -> core::Status {
                if (const auto current = m_case->currentCase(); current && *current == made->caseId.value) {
                    m_case->setCurrentCase(std::nullopt);
                }
                return made->newPerson ? m_session.cases().deletePerson(made->person)
                                       : m_session.cases().deleteCase(made->caseId);
            };
            return applyUndoable(m_undo, std::move(change));
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
    CaseloadExportDialog dialog(m_session, CaseloadExportDialog::Kind::Overview, this);
    dialog.exec();
}

void WorkspaceWidget::exportCalendar()
{
    CaseloadExportDialog dialog(m_session, CaseloadExportDialog::Kind::Calendar, this);
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
