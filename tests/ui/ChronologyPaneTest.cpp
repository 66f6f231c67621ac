// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Reading the chronology back (issue 10, item 1): the selected entry in full below the list, and
// Enter opening it on its own; Tab leaving a list instead of going from cell to cell (item 10).
#include "SectionFixture.h"

#include "workspace/CaseloadModel.h"
#include "workspace/EntryDialog.h"
#include "workspace/WorkspaceWidget.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTimer>

#include <optional>

namespace core = casebook::core;
namespace ui = casebook::ui;
namespace test = casebook::test;

namespace {

core::ChronologyEntry entry(core::CaseId caseId, const char* date, const char* title, const std::string& body)
{
    core::ChronologyEntry e;
    e.caseId = caseId;
    e.date = core::Date::parseIso(date).value();
    e.kind = core::EntryKind::Meeting;
    e.title = title;
    e.body = body;
    e.author = "PS Test";
    return e;
}

} // namespace

TEST_CASE("The chronology shows the selected entry in full below the list", "[chronology]")
{
    test::SectionFixture f;
    const std::string longBody = "Met the officer with the Federation representative. " + std::string(40, 'x')
                                 + "\nAgreed: phased return over four weeks; OH review in January.";
    REQUIRE(f.session->cases().addEntry(entry(f.caseId, "2026-02-01", "Welfare meeting", longBody)));
    REQUIRE(f.session->cases().addEntry(entry(f.caseId, "2026-02-09", "Phone call", "Officer feeling better.")));
    core::ChronologyEntry decision = entry(f.caseId, "2026-02-10", "Stage one not started", "");
    REQUIRE(
        f.session->cases().recordDecision(decision, core::DecisionRecord{"Do not start stage one", "Start now; wait",
                                                                         "OH review pending", "PS Test", false, ""}));

    ui::WorkspaceWidget workspace(*f.session, f.undo);
    workspace.resize(1260, 660);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.openCase(f.caseId.value);
    QTableView* table = workspace.chronologyView();
    REQUIRE(table->model()->rowCount() == 3);

    // Newest first, and the newest is shown at once.
    CHECK(workspace.chronologyDetails()->toPlainText().contains(QStringLiteral("OH review pending")));
    CHECK(workspace.chronologyDetails()->toPlainText().contains(QStringLiteral("Start now; wait")));
    // Beside the list, on the same page.
    CHECK_FALSE(workspace.chronologyDetails()->isHidden());
    CHECK(workspace.chronologyDetails()->parentWidget() == table->parentWidget());

    // The arrow keys move through the list and the pane follows with the whole text.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    const QString shown = workspace.chronologyDetails()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Welfare meeting")));
    CHECK(shown.contains(QStringLiteral("phased return over four weeks; OH review in January.")));
    CHECK(shown.contains(QStringLiteral("PS Test")));

    // Enter opens the entry in a window of its own, with the same full text.
    QString opened;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        if (auto* text = dialog->findChild<QTextBrowser*>(QStringLiteral("chronologyEntryText"))) {
            opened = text->toPlainText();
        }
        dialog->reject();
    });
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(opened.contains(QStringLiteral("phased return over four weeks")));
}

TEST_CASE("Tab leaves the caseload table instead of going from cell to cell", "[keyboard]")
{
    test::SectionFixture f;
    ui::WorkspaceWidget workspace(*f.session, f.undo);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&workspace));
    QTableView* caseload = workspace.caseloadView();
    caseload->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == caseload; }, 2000));
    QTest::keyClick(caseload, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != caseload);
}

TEST_CASE("Opening a case from Due & overdue leaves the caseload's filter as it was", "[keyboard][due]")
{
    test::SectionFixture f;
    core::Case reviewed = f.session->cases().loadCase(f.caseId).value().record;
    reviewed.nextReview = core::Date::parseIso("2026-01-20").value();
    REQUIRE(f.session->cases().updateCase(reviewed));
    ui::WorkspaceWidget workspace(*f.session, f.undo);
    workspace.resize(1260, 660);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.refresh();
    QTest::keyClicks(workspace.searchEdit(), QStringLiteral("Robin"));
    workspace.runSearch();
    REQUIRE(workspace.caseloadFilter()->rowCount() == 1);

    workspace.showDueDashboard();
    auto* due = workspace.findChild<QTableView*>(QStringLiteral("dueTable"));
    REQUIRE(due != nullptr);
    REQUIRE(due->model()->rowCount() > 0);
    due->setFocus();
    due->setCurrentIndex(due->model()->index(0, 0));
    QTest::keyClick(due, Qt::Key_Return);
    CHECK(workspace.currentCase() == f.caseId.value);
    CHECK(workspace.searchEdit()->text() == QStringLiteral("Robin"));
}

TEST_CASE("A chronology entry can record the time of a meeting, shown with it in full", "[chronology]")
{
    test::SectionFixture f;
    std::optional<core::ChronologyEntry> saved;
    ui::EntryDialog dialog(false, QStringLiteral("PS Test"), [&](const core::ChronologyEntry& e) {
        saved = e;
        return core::Status{core::Ok{}};
    });
    dialog.titleEdit()->setText(QStringLiteral("Attendance meeting"));
    CHECK_FALSE(dialog.timeEdit()->isEnabled());
    dialog.timeSetBox()->setChecked(true);
    CHECK(dialog.timeEdit()->isEnabled());
    dialog.timeEdit()->setTime(QTime(14, 30));
    dialog.accept();
    REQUIRE(saved.has_value());
    REQUIRE(saved->time.has_value());
    CHECK(saved->time->toText() == "14:30");

    saved->caseId = f.caseId;
    REQUIRE(f.session->cases().addEntry(*saved));
    ui::WorkspaceWidget workspace(*f.session, f.undo);
    workspace.openCase(f.caseId.value);
    CHECK(workspace.chronologyDetails()->toPlainText().contains(QStringLiteral("14:30")));
}
