// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The workspace as a person uses it: the caseload and its filters, search while typing, recording
// a decision (with the message beside the field when something is missing), undo and redo.
#include "session/CreateStoreDialog.h"
#include "workspace/CaseloadModel.h"
#include "workspace/EntryDialog.h"
#include "workspace/NewCaseDialog.h"
#include "workspace/WorkspaceWidget.h"

#include "demo/FictionalCaseload.h"
#include "service/Session.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
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
    QUndoStack undo;
    ui::WorkspaceWidget workspace(*session, undo);
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
    QUndoStack undo;
    ui::WorkspaceWidget workspace(*session, undo);
    const QString name = workspace.caseloadModel()->index(0, ui::CaseloadModel::Person).data().toString();
    QTest::keyClicks(workspace.searchEdit(), name);
    REQUIRE(QTest::qWaitFor([&] { return workspace.caseloadFilter()->rowCount() < 11; }, 3000));
    for (int row = 0; row < workspace.caseloadFilter()->rowCount(); ++row) {
        CHECK(workspace.caseloadFilter()->index(row, ui::CaseloadModel::Person).data().toString() == name);
    }
    workspace.searchEdit()->clear();
    REQUIRE(QTest::qWaitFor([&] { return workspace.caseloadFilter()->rowCount() == 11; }, 3000));
}

TEST_CASE("A decision without a rationale keeps the dialog open with the message beside the field", "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 4);
    QUndoStack undo;
    ui::WorkspaceWidget workspace(*session, undo);
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

TEST_CASE("Recording a decision shows it in the decision log at once; undo removes it and redo brings it back",
          "[workspace]")
{
    test::TempDir dir;
    auto session = makeSession(dir, 4);
    QUndoStack undo;
    ui::WorkspaceWidget workspace(*session, undo);
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
    QUndoStack undo;
    ui::WorkspaceWidget workspace(*session, undo);
    QStandardItemModel* due = workspace.dueModel();
    CHECK(due->rowCount() == 0); // filled when the dashboard is shown
    workspace.showDueDashboard();
    REQUIRE(due->rowCount() > 0);
    bool sawOverdueUpp = false;
    for (int row = 0; row < due->rowCount(); ++row) {
        if (due->item(row, 1)->text() == QStringLiteral("Overdue")
            && due->item(row, 7)->text().startsWith(QStringLiteral("upp."))) {
            sawOverdueUpp = true;
            CHECK_FALSE(due->item(row, 8)->text().isEmpty()); // citation
            CHECK_FALSE(due->item(row, 6)->text().isEmpty()); // how sure
        }
    }
    CHECK(sawOverdueUpp);
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
    QUndoStack undo;
    ui::WorkspaceWidget workspace(*session, undo);
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

    undo.undo();
    CHECK(session->database().queryInt("SELECT count(*) FROM case_file").value() == casesBefore);
    CHECK(session->database().queryInt("SELECT count(*) FROM person").value() == peopleBefore);
    undo.redo();
    CHECK(session->database().queryInt("SELECT count(*) FROM case_file").value() == casesBefore + 1);
}
