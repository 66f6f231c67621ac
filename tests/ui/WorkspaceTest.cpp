// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The workspace as a person uses it: the caseload and its filters, search while typing, recording
// a decision (with the message beside the field when something is missing), undo and redo.
#include "StrayAmpersand.h"
#include "dataprotection/RetentionDialog.h"
#include "session/CreateStoreDialog.h"
#include "support/DateEdit.h"
#include "workspace/CaseDocument.h"
#include "workspace/CaseSection.h"
#include "workspace/CaseloadModel.h"
#include "workspace/DateClosures.h"
#include "workspace/EntryDialog.h"
#include "workspace/NewCaseDialog.h"
#include "workspace/WorkspaceWidget.h"
#include "workspace/sections/FormDialog.h"

#include "demo/FictionalCaseload.h"
#include "service/Session.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

namespace core = casebook::core;
namespace test = casebook::test;
namespace ui = casebook::ui;

namespace {

std::unique_ptr<core::Session> makeSession(const test::TempDir& dir, int cases)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS Test";
    auto session = core::Session::create(dir / "w.cbk", test::secret("pw"), options, test::fastKdf());
    REQUIRE(session);
    core::FictionalCaseloadOptions fill;
    fill.people = cases / 2 + 1;
    fill.cases = cases;
    fill.chronologyEntries = cases * 5;
    fill.today = core::Date::parseIso("2026-11-22").value();
    REQUIRE(core::generateFictionalCaseload(**session, fill));
    return std::move(*session);
}

std::int64_t entryCount(core::Session& s)
{
    return s.database().queryInt("SELECT count(*) FROM chronology_entry").value();
}

/// Fills and saves the decision dialog once it is open; `complete` false leaves the rationale out.
void answerDecisionDialog(bool complete, std::function<void(ui::EntryDialog&)> inspect = {})
{
    QTimer::singleShot(0, [complete, inspect] {
        auto* dialog = qobject_cast<ui::EntryDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Hours reviewed"));
        QTest::keyClicks(dialog->decisionEdit(), QStringLiteral("Keep day shifts for a month"));
        if (complete) {
            QTest::keyClicks(dialog->rationaleEdit(), QStringLiteral("OH advice still applies"));
        }
        dialog->accept();
        if (inspect) {
            inspect(*dialog);
        }
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
}

} // namespace

TEST_CASE("The caseload model passes the model tester through reloads and filters", "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 12);
    ui::CaseDocument document(*session);
    ui::WorkspaceWidget workspace(document);
    QAbstractItemModelTester sourceTester(workspace.caseloadModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(workspace.caseloadFilter(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(workspace.caseloadModel()->rowCount() == 12);
    workspace.refresh();
    workspace.caseloadFilter()->setStatusGroup(ui::CaseloadFilter::StatusGroup::All);
    CHECK(workspace.caseloadFilter()->rowCount() == 12);
    workspace.caseloadFilter()->setStatusGroup(ui::CaseloadFilter::StatusGroup::Closed);
    CHECK(workspace.caseloadFilter()->rowCount() == 1); // the generator closes every ninth case
    workspace.caseloadFilter()->setStatusGroup(ui::CaseloadFilter::StatusGroup::Active);
    workspace.caseloadFilter()->setRag(core::Rag::Red);
    for (int row = 0; row < workspace.caseloadFilter()->rowCount(); ++row) {
        CHECK(workspace.caseloadFilter()->index(row, ui::CaseloadModel::Rag).data().toString()
              == QStringLiteral("Red"));
    }
    workspace.caseloadFilter()->setRag(std::nullopt);
    workspace.caseloadFilter()->setDueWindow(ui::CaseloadFilter::DueWindow::Overdue);
    CHECK(workspace.caseloadFilter()->rowCount() > 0);
    CHECK(workspace.caseloadFilter()->rowCount() < 11);
}

TEST_CASE("Typing in the search box narrows the caseload to the matching person's cases", "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 12);
    ui::CaseDocument document(*session);
    ui::WorkspaceWidget workspace(document);
    const QString name = workspace.caseloadModel()->index(0, ui::CaseloadModel::Person).data().toString();
    QTest::keyClicks(workspace.searchEdit(), name);
    REQUIRE(QTest::qWaitFor([&] { return workspace.caseloadFilter()->rowCount() < 11; }, 3000));
    for (int row = 0; row < workspace.caseloadFilter()->rowCount(); ++row) {
        CHECK(workspace.caseloadFilter()->index(row, ui::CaseloadModel::Person).data().toString() == name);
    }
    workspace.searchEdit()->clear();
    REQUIRE(QTest::qWaitFor([&] { return workspace.caseloadFilter()->rowCount() == 11; }, 3000));
}

TEST_CASE("Search hits come from a worker and only the newest search's hits are shown", "[workspace][worker]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 12);
    ui::CaseDocument document(*session);
    ui::WorkspaceWidget workspace(document);
    const int everyCase = workspace.caseloadFilter()->rowCount();
    const QString name = workspace.caseloadModel()->index(0, ui::CaseloadModel::Person).data().toString();
    workspace.searchEdit()->setText(name);
    workspace.runSearch();
    CHECK(workspace.searchPending()); // asked, not yet answered: the caseload is unchanged meanwhile
    CHECK(workspace.caseloadFilter()->rowCount() == everyCase);
    // A second search before the first answers: whichever worker finishes first, the second wins.
    workspace.searchEdit()->setText(QStringLiteral("zzqxv"));
    workspace.runSearch();
    REQUIRE(QTest::qWaitFor([&] { return !workspace.searchPending(); }, 10000));
    QTest::qWait(50); // time for a stale answer to arrive, were it not dropped
    CHECK(workspace.caseloadFilter()->rowCount() == 0);
    CHECK_FALSE(workspace.searchPending());
}

TEST_CASE("A decision without a rationale keeps the dialog open with the message beside the field", "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 4);
    ui::CaseDocument document(*session);
    QUndoStack& undo = document.undoStack();
    ui::WorkspaceWidget workspace(document);
    REQUIRE(workspace.currentCase());
    const auto before = entryCount(*session);
    bool stayedOpen = false;
    QString message;
    QString keptTitle;
    answerDecisionDialog(false, [&](ui::EntryDialog& dialog) {
        stayedOpen = dialog.isVisible();
        message = dialog.fieldError(QStringLiteral("rationale"));
        keptTitle = dialog.titleEdit()->text();
    });
    workspace.recordDecision();
    CHECK(stayedOpen);
    CHECK(message == QStringLiteral("must not be empty"));
    CHECK(keptTitle == QStringLiteral("Hours reviewed"));
    CHECK(entryCount(*session) == before);
    CHECK(undo.count() == 0);
}

TEST_CASE("Recording a decision shows it in the decision log at once, undo removes it and redo brings it back",
          "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 4);
    ui::CaseDocument document(*session);
    QUndoStack& undo = document.undoStack();
    ui::WorkspaceWidget workspace(document);
    REQUIRE(workspace.currentCase());
    const auto before = entryCount(*session);
    answerDecisionDialog(true);
    workspace.recordDecision();
    CHECK(entryCount(*session) == before + 1);
    CHECK(undo.undoText() == QStringLiteral("record decision"));
    auto* log = workspace.chronologyModel();
    bool shown = false;
    for (int row = 0; row < log->rowCount(); ++row) {
        shown = shown || log->item(row, 3)->text().contains(QStringLiteral("because OH advice still applies"));
    }
    CHECK(shown);

    undo.undo();
    CHECK(entryCount(*session) == before);
    undo.redo();
    CHECK(entryCount(*session) == before + 1);
    CHECK(session->audit().verify(session->database()).value().ok());
}

TEST_CASE("The due dashboard lists overdue dates with their rule and how sure the rule is", "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 12);
    ui::CaseDocument document(*session);
    ui::WorkspaceWidget workspace(document);
    QStandardItemModel* due = workspace.dueModel();
    CHECK(due->rowCount() == 0); // filled when the dashboard is shown
    workspace.showDueDashboard();
    REQUIRE(due->rowCount() > 0);
    bool sawOverdueUpp = false;
    for (int row = 0; row < due->rowCount(); ++row) {
        if (due->item(row, 1)->text() == QStringLiteral("Overdue")
            && due->item(row, 7)->text().startsWith(QStringLiteral("upp."))) {
            sawOverdueUpp = true;
            CHECK_FALSE(due->item(row, 8)->text().isEmpty());                     // citation
            CHECK_FALSE(due->item(row, 6)->text().isEmpty());                     // how sure
            CHECK(due->item(row, 2)->text().endsWith(QStringLiteral("overdue"))); // "11 days overdue", never "-11"
        }
    }
    CHECK(sawOverdueUpp);
}

TEST_CASE("Selecting a due date explains it: the event it counts from, the arithmetic, the rule and its source",
          "[workspace][explain]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 12);
    ui::CaseDocument document(*session);
    ui::WorkspaceWidget workspace(document);
    workspace.showDueDashboard();
    QStandardItemModel* due = workspace.dueModel();
    auto* table = workspace.findChild<QTableView*>(QStringLiteral("dueTable"));
    auto* pane = workspace.findChild<QTextBrowser*>(QStringLiteral("dueExplanation"));
    REQUIRE(table != nullptr);
    REQUIRE(pane != nullptr);
    int upp = -1;
    for (int row = 0; row < due->rowCount() && upp < 0; ++row) {
        if (due->item(row, 7)->text().startsWith(QStringLiteral("upp."))) {
            upp = row;
        }
    }
    REQUIRE(upp >= 0);
    CHECK(pane->toPlainText().isEmpty());
    table->setCurrentIndex(due->index(upp, 0));
    const QString text = pane->toPlainText();
    CHECK(text.contains(QStringLiteral("Counted from: ")));
    CHECK(text.contains(QStringLiteral(" after ")));
    CHECK(text.contains(QStringLiteral("Rule: ") + due->item(upp, 7)->text()));
    CHECK(text.contains(QStringLiteral("How sure: ") + due->item(upp, 6)->text()));
    CHECK(text.contains(QStringLiteral("Source: ")));
    CHECK_FALSE(text.contains(QStringLiteral("Win received"))); // events in the pack's words

    // Keyboard: moving down the table explains the next date.
    QTest::keyClick(table, Qt::Key_Down);
    if (table->currentIndex().row() != upp) {
        CHECK(pane->toPlainText() != text);
    }
}

TEST_CASE("A due date marked waived with its reason leaves Due & overdue, stays on the case's Dates page, and undo "
          "or Reopen puts it back",
          "[workspace][closure]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 12);
    ui::CaseDocument document(*session);
    QUndoStack& undo = document.undoStack();
    ui::WorkspaceWidget workspace(document);
    workspace.resize(1260, 660);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.showDueDashboard();
    QStandardItemModel* due = workspace.dueModel();
    auto* table = workspace.findChild<QTableView*>(QStringLiteral("dueTable"));
    auto* close = workspace.findChild<QPushButton*>(QStringLiteral("closeDueDateButton"));
    REQUIRE(table != nullptr);
    REQUIRE(close != nullptr);
    CHECK_FALSE(close->isEnabled()); // nothing selected yet
    int row = -1;
    for (int r = 0; r < due->rowCount() && row < 0; ++r) {
        if (due->item(r, 7)->text().startsWith(QStringLiteral("upp."))) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    const QString rule = due->item(row, 7)->text();
    const core::CaseId caseId{due->item(row, 0)->data(Qt::UserRole).toLongLong()};
    const auto listed = [&] {
        for (int r = 0; r < due->rowCount(); ++r) {
            if (due->item(r, 7)->text() == rule && due->item(r, 0)->data(Qt::UserRole).toLongLong() == caseId.value) {
                return true;
            }
        }
        return false;
    };
    table->setCurrentIndex(due->index(row, 0));
    REQUIRE(close->isEnabled());

    QString withoutReason;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::CloseDateDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        dialog->outcomeChoice()->setCurrentIndex(2); // Waived
        dialog->accept();                            // no reason: refused beside the field, the choice kept
        withoutReason = dialog->fieldError(QStringLiteral("date_closure.reason"));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("no appeal lodged"));
        dialog->accept();
    });
    close->click();
    CHECK_FALSE(withoutReason.isEmpty());
    auto closures = session->due().closures(caseId).value();
    REQUIRE(closures.size() == 1);
    CHECK(closures[0].outcome == core::ClosureOutcome::Waived);
    CHECK(closures[0].reason == "no appeal lodged");
    CHECK(closures[0].closedBy == "PS Test");
    CHECK_FALSE(listed());

    undo.undo();
    CHECK(session->due().closures(caseId).value().empty());
    CHECK(listed());
    undo.redo();
    CHECK(session->due().closures(caseId).value().size() == 1);
    CHECK_FALSE(listed());

    // The case's Dates page keeps it as closed, and Reopen puts it back.
    workspace.openCase(caseId.value);
    auto* dates = workspace.findChild<QTableView*>(QStringLiteral("caseDatesTable"));
    auto* reopen = workspace.findChild<QPushButton*>(QStringLiteral("reopenDateButton"));
    REQUIRE(dates != nullptr);
    REQUIRE(reopen != nullptr);
    int closedRow = -1;
    for (int r = 0; r < dates->model()->rowCount(); ++r) {
        if (dates->model()->index(r, 1).data().toString() == QStringLiteral("Closed: Waived")) {
            closedRow = r;
        }
    }
    REQUIRE(closedRow >= 0);
    CHECK(dates->model()->index(closedRow, 2).data().toString().contains(QStringLiteral("no appeal lodged")));
    CHECK(dates->model()->index(closedRow, 3).data().toString() == rule);
    dates->setCurrentIndex(dates->model()->index(closedRow, 0));
    REQUIRE(reopen->isEnabled());
    reopen->click();
    CHECK(session->due().closures(caseId).value().empty());
    workspace.showDueDashboard();
    CHECK(listed());
    CHECK(session->audit().verify(session->database()).value().ok());
}

TEST_CASE("Creating a store: a poor passphrase or two that differ cannot be accepted, and say why", "[workspace]")
{
    test::TempDir dir;
    ui::CreateStoreDialog dialog(QString::fromStdString((dir / "new.cbk").string()));
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("password1"));
    CHECK(dialog.strengthLabel()->text().startsWith(QStringLiteral("Poor")));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("password1"));
    CHECK_FALSE(dialog.createButton()->isEnabled());

    dialog.passphraseEdit()->setText(QStringLiteral("lantern orchard velvet grammar tuesday"));
    CHECK_FALSE(dialog.strengthLabel()->text().startsWith(QStringLiteral("Poor")));
    CHECK(dialog.matchLabel()->text().contains(QStringLiteral("differ")));
    CHECK_FALSE(dialog.createButton()->isEnabled());
    dialog.repeatEdit()->setText(QStringLiteral("lantern orchard velvet grammar tuesday"));
    CHECK(dialog.matchLabel()->text().isEmpty());
    CHECK(dialog.createButton()->isEnabled());
    CHECK(dialog.takePassphrase() == QStringLiteral("lantern orchard velvet grammar tuesday"));
    CHECK(dialog.passphraseEdit()->text().isEmpty());
}

TEST_CASE("Opening a case for someone new: missing name and type are shown beside their fields, then it is saved, "
          "undone and redone",
          "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 2);
    ui::CaseDocument document(*session);
    QUndoStack& undo = document.undoStack();
    ui::WorkspaceWidget workspace(document);
    const auto casesBefore = session->database().queryInt("SELECT count(*) FROM case_file").value();
    const auto peopleBefore = session->database().queryInt("SELECT count(*) FROM person").value();
    QString nameError;
    QString typesError;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::NewCaseDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        QTest::keyClicks(dialog->summaryEdit(), QStringLiteral("Return to work after surgery"));
        dialog->accept(); // no name, no type
        nameError = dialog->fieldError(QStringLiteral("name"));
        typesError = dialog->fieldError(QStringLiteral("types"));
        CHECK(dialog->isVisible());
        CHECK(dialog->summaryEdit()->text() == QStringLiteral("Return to work after surgery"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Casey Newperson"));
        dialog->typeBox(core::CaseType::Sickness)->setChecked(true);
        dialog->accept();
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    workspace.newCase();
    CHECK(typesError == QStringLiteral("must include at least one case type"));
    CHECK(nameError == QStringLiteral("must not be empty"));
    CHECK(session->database().queryInt("SELECT count(*) FROM case_file").value() == casesBefore + 1);
    CHECK(session->database().queryInt("SELECT count(*) FROM person").value() == peopleBefore + 1);
    REQUIRE(workspace.currentCase());
    CHECK(workspace.caseHeader()->text().contains(QStringLiteral("Casey Newperson")));
    CHECK(workspace.caseHeader()->text().contains(QStringLiteral("Consent today: No consent recorded")));

    undo.undo();
    CHECK(session->database().queryInt("SELECT count(*) FROM case_file").value() == casesBefore);
    CHECK(session->database().queryInt("SELECT count(*) FROM person").value() == peopleBefore);
    undo.redo();
    CHECK(session->database().queryInt("SELECT count(*) FROM case_file").value() == casesBefore + 1);
}

TEST_CASE("The case's pages are listed beside them with how many records each holds, and choosing one shows it",
          "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 12);
    ui::CaseDocument document(*session);
    ui::WorkspaceWidget workspace(document);
    workspace.show();
    const qint64 first = workspace.caseloadModel()->index(0, 0).data(ui::CaseloadModel::CaseIdRole).toLongLong();
    workspace.openCase(first);
    auto* nav = workspace.findChild<QListWidget*>(QStringLiteral("caseSections"));
    auto* pages = workspace.findChild<QTabWidget*>(QStringLiteral("caseTabs"));
    REQUIRE(nav != nullptr);
    REQUIRE(pages != nullptr);
    REQUIRE(nav->count() == pages->count());
    CHECK(nav->count() == 15);
    int withRecords = 0;
    for (int i = 0; i < nav->count(); ++i) {
        const auto* section = qobject_cast<const ui::CaseSection*>(pages->widget(i));
        if (section != nullptr && section->recordCount() > 0) {
            ++withRecords;
            CHECK(nav->item(i)->text().endsWith(QStringLiteral(" (%1)").arg(section->recordCount())));
        }
    }
    CHECK(withRecords > 0); // every demo case has something beyond its chronology
    nav->setCurrentRow(5);
    CHECK(pages->currentIndex() == 5);
    pages->setCurrentIndex(2);
    CHECK(nav->currentRow() == 2);

    // From the keyboard, wherever the focus is: Ctrl+Page Down and Up turn the pages, round the ends.
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&workspace));
    auto* addEntry = workspace.findChild<QPushButton*>(QStringLiteral("addEntryButton"));
    REQUIRE(addEntry != nullptr);
    addEntry->setFocus();
    QTest::keyClick(addEntry, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(pages->currentIndex() == 3);
    pages->setCurrentIndex(0);
    QTest::keyClick(addEntry, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(pages->currentIndex() == nav->count() - 1);
    QTest::keyClick(addEntry, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(pages->currentIndex() == 0);
}

TEST_CASE("Closing a case from its form records the outcome and can be undone, a reopened case forgets how it closed",
          "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 6);
    ui::CaseDocument document(*session);
    QUndoStack& undo = document.undoStack();
    ui::WorkspaceWidget workspace(document);
    workspace.show();
    const qint64 id = workspace.caseloadModel()->index(0, 0).data(ui::CaseloadModel::CaseIdRole).toLongLong();
    workspace.openCase(id);
    const auto stored = [&] { return session->cases().loadCase(core::CaseId{id}).value().record; };
    REQUIRE(stored().status != core::CaseStatus::Closed);

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ui::FormDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        CHECK(dialog->findChild<QComboBox*>(QStringLiteral("caseStatus"))->currentIndex()
              == static_cast<int>(core::CaseStatus::Closed));
        dialog->findChild<QComboBox*>(QStringLiteral("caseOutcome"))->setCurrentIndex(0); // full duties
        dialog->accept();
    });
    workspace.closeCase();
    CHECK(stored().status == core::CaseStatus::Closed);
    CHECK(stored().outcome == core::CaseOutcome::ReturnedToFullDuties);
    CHECK(undo.undoText() == QStringLiteral("close case"));
    undo.undo();
    CHECK(stored().status != core::CaseStatus::Closed);
    CHECK_FALSE(stored().closed.has_value());
    undo.redo();

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ui::FormDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->findChild<QComboBox*>(QStringLiteral("caseStatus"))->setCurrentIndex(1); // monitoring
        dialog->findChild<QComboBox*>(QStringLiteral("caseRag"))->setCurrentIndex(0);    // red
        dialog->accept();
    });
    workspace.editCase();
    CHECK(stored().status == core::CaseStatus::Monitoring);
    CHECK(stored().rag == core::Rag::Red);
    CHECK_FALSE(stored().outcome.has_value());
    CHECK(undo.undoText() == QStringLiteral("reopen case"));
}

TEST_CASE("Editing the person refuses an empty name beside it and keeps the rest typed, a new review version keeps "
          "the earlier one",
          "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 6);
    ui::CaseDocument document(*session);
    QUndoStack& undo = document.undoStack();
    ui::WorkspaceWidget workspace(document);
    workspace.show();
    const qint64 id = workspace.caseloadModel()->index(0, 0).data(ui::CaseloadModel::CaseIdRole).toLongLong();
    workspace.openCase(id);
    const core::PersonId person = session->cases().loadCase(core::CaseId{id}).value().person.id;
    QString error;
    QTimer::singleShot(0, [&error] {
        auto* dialog = qobject_cast<ui::FormDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("personName"))->clear();
        dialog->findChild<QComboBox*>(QStringLiteral("personDutyStatus"))->setCurrentIndex(2);
        dialog->accept();
        error = dialog->fieldError(QStringLiteral("name"));
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<QComboBox*>(QStringLiteral("personDutyStatus"))->currentIndex() == 2);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("personName")), QStringLiteral("Robin Renamed"));
        dialog->accept();
    });
    workspace.editPerson();
    CHECK_FALSE(error.isEmpty());
    CHECK(session->cases().person(person).value().name == "Robin Renamed");
    CHECK(session->cases().person(person).value().dutyStatus == core::DutyStatus::Adjusted);
    undo.undo();
    CHECK(session->cases().person(person).value().name != "Robin Renamed");

    const std::size_t versions = session->cases().reviewVersions(core::CaseId{id}).value().size();
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ui::FormDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        auto* wellbeing = dialog->findChild<QPlainTextEdit*>(QStringLiteral("review_1"));
        wellbeing->setPlainText(QStringLiteral("Sleeping better since the change of shifts"));
        dialog->accept();
    });
    workspace.writeReview();
    const auto all = session->cases().reviewVersions(core::CaseId{id}).value();
    REQUIRE(all.size() == versions + 1);
    CHECK(all.back().wellbeing == "Sleeping better since the change of shifts");
    CHECK(workspace.findChild<QLabel*>(QStringLiteral("holisticReview"))
              ->text()
              .contains(QStringLiteral("Sleeping better")));
}

namespace {

QString caseReviewDate(ui::WorkspaceWidget& workspace)
{
    auto* dates = workspace.findChild<QTableView*>(QStringLiteral("caseDatesTable"))->model();
    for (int row = 0; row < dates->rowCount(); ++row) {
        if (dates->index(row, 2).data().toString() == QStringLiteral("Case review")) {
            return dates->index(row, 0).data().toString();
        }
    }
    return {};
}

} // namespace

TEST_CASE("Undoing a change to a case shows that case again with its dates as they were", "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 8);
    ui::CaseDocument document(*session);
    QUndoStack& undo = document.undoStack();
    ui::WorkspaceWidget workspace(document);
    workspace.show();
    const qint64 first = workspace.caseloadModel()->index(0, 0).data(ui::CaseloadModel::CaseIdRole).toLongLong();
    const qint64 second = workspace.caseloadModel()->index(1, 0).data(ui::CaseloadModel::CaseIdRole).toLongLong();
    workspace.openCase(first);
    const QString before = caseReviewDate(workspace);
    REQUIRE(before != QStringLiteral("15 Jan 2031"));
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ui::FormDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->findChild<QCheckBox*>(QStringLiteral("caseNextReviewSet"))->setChecked(true);
        dialog->findChild<ui::DateEdit*>(QStringLiteral("caseNextReview"))->setDate(QDate(2031, 1, 15));
        dialog->accept();
    });
    workspace.editCase();
    CHECK(caseReviewDate(workspace) == QStringLiteral("15 Jan 2031"));

    workspace.openCase(second);
    REQUIRE(workspace.currentCase() == second);
    undo.undo();
    CHECK(workspace.currentCase() == first);
    CHECK(caseReviewDate(workspace) == before);
    undo.redo();
    CHECK(caseReviewDate(workspace) == QStringLiteral("15 Jan 2031"));
}

TEST_CASE("Once an erased case leaves the screen, nothing of it stays: no header, no review, no date button enabled",
          "[workspace][erase]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 12);
    ui::CaseDocument document(*session);
    ui::WorkspaceWidget workspace(document);
    workspace.resize(1260, 660);
    workspace.show();
    auto* dates = workspace.findChild<QTableView*>(QStringLiteral("caseDatesTable"));
    auto* close = workspace.findChild<QPushButton*>(QStringLiteral("closeCaseDateButton"));
    REQUIRE(dates != nullptr);
    REQUIRE(close != nullptr);
    // A case with a date that can be marked done, selected on its Dates page.
    bool selected = false;
    for (int row = 0; row < workspace.caseloadModel()->rowCount() && !selected; ++row) {
        workspace.openCase(workspace.caseloadModel()->index(row, 0).data(ui::CaseloadModel::CaseIdRole).toLongLong());
        for (int r = 0; r < dates->model()->rowCount() && !selected; ++r) {
            dates->setCurrentIndex(dates->model()->index(r, 0));
            selected = close->isEnabled();
        }
    }
    REQUIRE(selected);
    const QString name =
        workspace.caseloadModel()
            ->index(workspace.caseloadModel()->indexOfCase(*workspace.currentCase()).row(), ui::CaseloadModel::Person)
            .data()
            .toString();
    REQUIRE(workspace.caseHeader()->text().contains(name));

    bool erased = false;
    QTimer::singleShot(0, [&] {
        auto* confirm = qobject_cast<ui::EraseDialog*>(QApplication::activeModalWidget());
        if (confirm == nullptr) {
            return;
        }
        confirm->reasonEdit()->setText(QStringLiteral("Art 17 request"));
        confirm->confirmCheck()->setChecked(true);
        REQUIRE(confirm->eraseButton()->isEnabled());
        confirm->eraseButton()->click();
        erased = true;
        confirm->accept();
    });
    workspace.eraseRecords();
    REQUIRE(erased);
    CHECK_FALSE(workspace.currentCase().has_value());
    CHECK(dates->model()->rowCount() == 0);
    CHECK_FALSE(close->isEnabled()); // it would have closed a date of another case
    CHECK(workspace.chronologyModel()->rowCount() == 0);
    CHECK(workspace.chronologyDetails()->toPlainText().isEmpty());
    CHECK_FALSE(workspace.amendEntryButton()->isEnabled());
    CHECK(workspace.caseHeader()->text() == QStringLiteral("Choose a case on the left."));
    CHECK(workspace.findChild<QLabel*>(QStringLiteral("holisticReview"))->text().isEmpty());
}

TEST_CASE("Every button, table and field of the workspace and of every case page has a name a screen reader can say",
          "[workspace][a11y]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 6);
    ui::CaseDocument document(*session);
    ui::WorkspaceWidget workspace(document);
    workspace.show();
    workspace.openCase(workspace.caseloadModel()->index(0, 0).data(ui::CaseloadModel::CaseIdRole).toLongLong());
    int checked = 0;
    for (QWidget* w : workspace.findChildren<QWidget*>()) {
        if (w->objectName().startsWith(QStringLiteral("qt_"))) {
            continue; // Qt's own parts (scroll bars, header views)
        }
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (qobject_cast<QAbstractItemView*>(w->parentWidget()) != nullptr
                || qobject_cast<QLineEdit*>(w->parentWidget()) != nullptr) {
                continue; // a table's corner button, a line edit's clear button: Qt names those itself
            }
            INFO(button->metaObject()->className() << " " << button->objectName().toStdString() << " in "
                                                   << button->parentWidget()->metaObject()->className());
            CHECK_FALSE((button->text().isEmpty() && button->accessibleName().isEmpty()));
            ++checked;
        } else if (qobject_cast<QTableView*>(w) != nullptr || qobject_cast<QComboBox*>(w) != nullptr
                   || qobject_cast<QLineEdit*>(w) != nullptr || qobject_cast<QListWidget*>(w) != nullptr) {
            if (qobject_cast<QComboBox*>(w->parentWidget()) != nullptr) {
                continue; // a combo box's own line edit
            }
            INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
            ++checked;
        }
    }
    CHECK(checked > 40);
}

TEST_CASE("No label, window title, header, list item or tooltip on the workspace or a case page shows a stray &",
          "[workspace]")
{
    CHECK(test::strayAmpersand(QStringLiteral("Absence && sick pay")));
    CHECK(test::strayAmpersand(QStringLiteral("&Due")));
    CHECK_FALSE(test::strayAmpersand(QStringLiteral("Absence & sick pay")));
    CHECK_FALSE(test::strayAmpersand(QStringLiteral("<p>Sick &amp; well&nbsp;pay</p>")));

    test::TempDir dir;
    auto session = makeSession(dir, 12);
    ui::CaseDocument document(*session);
    ui::WorkspaceWidget workspace(document);
    workspace.resize(1280, 720);
    workspace.show();
    workspace.refresh();
    int seen = 0;
    const auto check = [&] {
        QApplication::processEvents();
        for (const auto& [where, text] : test::plainTexts(&workspace)) {
            INFO(where.toStdString() << ": " << text.toStdString());
            CHECK_FALSE(test::strayAmpersand(text));
            ++seen;
        }
    };
    auto* tabs = workspace.findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
    REQUIRE(tabs != nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        check();
    }
    workspace.showDueDashboard();
    check();
    // Every case page of a few cases of different kinds, on the caseload tab where they show.
    REQUIRE(tabs != nullptr);
    tabs->setCurrentIndex(0);
    auto* pages = workspace.findChild<QTabWidget*>(QStringLiteral("caseTabs"));
    for (int row = 0; row < 4; ++row) {
        workspace.openCase(workspace.caseloadModel()->index(row, 0).data(ui::CaseloadModel::CaseIdRole).toLongLong());
        REQUIRE(pages != nullptr);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            REQUIRE(pages->widget(i)->isVisible());
            check();
        }
    }
    CHECK(seen > 500);
}
