// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Reading the chronology back (issue 10, item 1): the selected entry in full below the list,
// Enter opening it on its own, corrections as dated amendments; Tab leaving a list instead of
// going from cell to cell (item 10).
#include "SectionFixture.h"

#include "workspace/AmendEntryDialog.h"
#include "workspace/CaseDocument.h"
#include "workspace/CaseloadModel.h"
#include "workspace/EntryDialog.h"
#include "workspace/SearchResults.h"
#include "workspace/WorkspaceWidget.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTimer>

#include <algorithm>
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

    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
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
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
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
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
    workspace.resize(1260, 660);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.refresh();
    QTest::keyClicks(workspace.searchEdit(), QStringLiteral("Robin"));
    workspace.runSearch();
    REQUIRE(QTest::qWaitFor([&] { return !workspace.searchPending(); }, 10000)); // hits come from a worker
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
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
    workspace.openCase(f.caseId.value);
    CHECK(workspace.chronologyDetails()->toPlainText().contains(QStringLiteral("14:30")));
}

TEST_CASE("An entry's medical detail is typed apart from what happened and read back under its own heading "
          "(issue 12, item 4)",
          "[chronology][consent]")
{
    test::SectionFixture f;
    std::optional<core::ChronologyEntry> saved;
    ui::EntryDialog dialog(false, QStringLiteral("PS Test"), [&](const core::ChronologyEntry& e) {
        saved = e;
        return core::Status{core::Ok{}};
    });
    REQUIRE(dialog.medicalDetailEdit() != nullptr);
    dialog.titleEdit()->setText(QStringLiteral("Welfare visit"));
    dialog.bodyEdit()->setPlainText(QStringLiteral("Agreed a phased return."));
    dialog.medicalDetailEdit()->setPlainText(QStringLiteral("  GP has changed the medication.  "));
    dialog.accept();
    REQUIRE(saved.has_value());
    CHECK(saved->body == "Agreed a phased return.");
    CHECK(saved->medicalDetail == "GP has changed the medication.");
    CHECK_FALSE(saved->medical); // only the detail is medical: the rest of the entry can be shared

    saved->caseId = f.caseId;
    REQUIRE(f.session->cases().addEntry(*saved));
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
    workspace.openCase(f.caseId.value);
    const QString shown = workspace.chronologyDetails()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Medical detail\nGP has changed the medication.")));

    ui::EntryDialog decision(true, QStringLiteral("PS Test"),
                             [](const core::ChronologyEntry&) { return core::Status{core::Ok{}}; });
    CHECK(decision.medicalDetailEdit() == nullptr); // a decision keeps its medical rationale instead
}

TEST_CASE("An entry is corrected by a dated amendment: the original stays, the correction shows beside it, and "
          "undo withdraws it",
          "[chronology][amendment]")
{
    test::SectionFixture f;
    REQUIRE(f.session->cases().addEntry(
        entry(f.caseId, "2026-02-01", "Welfare meeting", "Met at home; officer wants a later start.")));
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
    workspace.resize(1260, 660);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.openCase(f.caseId.value);
    QTableView* table = workspace.chronologyView();
    REQUIRE(table->model()->rowCount() >= 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    REQUIRE(workspace.amendEntryButton()->isEnabled());

    // The dialog starts from the text as it stands; the sergeant types the correction and the reason.
    QString startedWith;
    QString problemWithoutReason;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::AmendEntryDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        startedWith = dialog->correctionEdit()->toPlainText();
        dialog->correctionEdit()->selectAll();
        QTest::keyClicks(dialog->correctionEdit(), QStringLiteral("Met at the station; officer wants a later start."));
        dialog->accept(); // no reason yet: refused, shown beside the field, nothing lost
        problemWithoutReason = dialog->fieldError(QStringLiteral("reason"));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("wrong place"));
        dialog->accept();
    });
    workspace.amendEntryButton()->click();
    CHECK(startedWith == QStringLiteral("Met at home; officer wants a later start."));
    CHECK_FALSE(problemWithoutReason.isEmpty());

    const core::CaseView view = f.session->cases().loadCase(f.caseId).value();
    const auto original = std::find_if(view.chronology.begin(), view.chronology.end(),
                                       [](const core::ChronologyEntry& e) { return e.title == "Welfare meeting"; });
    REQUIRE(original != view.chronology.end());
    CHECK(original->body == "Met at home; officer wants a later start.");
    REQUIRE(view.amendments.size() == 1);
    CHECK(view.amendments[0].entryId == original->id);
    CHECK(view.amendments[0].correction == "Met at the station; officer wants a later start.");
    CHECK(view.amendments[0].reason == "wrong place");

    // The list marks it; the pane shows the original, then the dated correction with its reason.
    QString title;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString t = table->model()->index(row, 2).data().toString();
        if (t.startsWith(QStringLiteral("Welfare meeting"))) {
            title = t;
            table->setCurrentIndex(table->model()->index(row, 0));
        }
    }
    CHECK(title == QStringLiteral("Welfare meeting (amended)"));
    const QString pane = workspace.chronologyDetails()->toPlainText();
    CHECK(pane.contains(QStringLiteral("Met at home; officer wants a later start.")));
    CHECK(pane.contains(QStringLiteral("Amended on ")));
    CHECK(pane.contains(QStringLiteral("Reason: wrong place")));
    CHECK(pane.indexOf(QStringLiteral("Met at home")) < pane.indexOf(QStringLiteral("Met at the station")));

    // Undo withdraws the amendment; the entry is as it was.
    document.undoStack().undo();
    CHECK(f.session->cases().loadCase(f.caseId).value().amendments.empty());
    document.undoStack().redo();
    CHECK(f.session->cases().loadCase(f.caseId).value().amendments.size() == 1);
}

TEST_CASE("Search shows each hit with its words marked, and opening an entry's hit goes to that entry",
          "[search][chronology]")
{
    test::SectionFixture f;
    REQUIRE(f.session->cases().addEntry(
        entry(f.caseId, "2026-02-01", "Welfare meeting", "Talked through the phased return and rota.")));
    REQUIRE(f.session->cases().addEntry(
        entry(f.caseId, "2026-02-03", "Call from OH", "OH advise a physiotherapy referral before any return.")));
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
    workspace.resize(1260, 660);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&workspace));
    workspace.refresh();

    QTest::keyClicks(workspace.searchEdit(), QStringLiteral("physiotherapy"));
    workspace.runSearch();
    REQUIRE(QTest::qWaitFor([&] { return !workspace.searchPending(); }, 10000)); // hits come from a worker
    ui::SearchResults* results = workspace.searchResults();
    REQUIRE(results->isVisible());
    CHECK(results->toPlainText().contains(QStringLiteral("Call from OH")));
    CHECK(results->toHtml().contains(QStringLiteral("font-weight:700;\">physiotherapy")));
    CHECK_FALSE(results->toPlainText().contains(QStringLiteral("[physiotherapy]")));

    // Tab reaches the hit's link and Enter opens the case at that entry.
    results->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == results; }, 2000));
    QTest::keyClick(results, Qt::Key_Tab);
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(workspace.currentCase() == f.caseId.value);
    QTableView* table = workspace.chronologyView();
    REQUIRE(table->currentIndex().isValid());
    CHECK(table->model()->index(table->currentIndex().row(), 2).data().toString() == QStringLiteral("Call from OH"));
    CHECK(table->isVisible());
    CHECK(workspace.chronologyDetails()->toPlainText().contains(QStringLiteral("physiotherapy referral")));

    // Clearing the search hides the results.
    workspace.searchEdit()->clear();
    workspace.runSearch();
    CHECK_FALSE(results->isVisible());
}

TEST_CASE("A hit's excerpt is escaped and only the matched words are bold", "[search]")
{
    core::SearchHit hit;
    hit.excerpt = "<b>x</b> physiotherapy & rota";
    hit.marked = {{9, 22}};
    CHECK(ui::SearchResults::markedHtml(hit) == QStringLiteral("&lt;b&gt;x&lt;/b&gt; <b>physiotherapy</b> &amp; rota"));
    hit.marked = {{30, 40}}; // out of range: shown plain, never read past the end
    CHECK(ui::SearchResults::markedHtml(hit) == QStringLiteral("&lt;b&gt;x&lt;/b&gt; physiotherapy &amp; rota"));
}
