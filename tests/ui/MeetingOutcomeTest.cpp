// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// After the meeting (issue 12, item 5): the outcome recorded from the summary's agenda or the case
// page goes into the decision log, an action plan and the next review, as one undoable change,
// and the next summary starts from it. Also the summary's chronology choice (item 1).
#include "report/ExportDialog.h"
#include "report/MeetingOutcomeDialog.h"
#include "report/ReportFixture.h"
#include "support/DateEdit.h"
#include "workspace/CaseDocument.h"
#include "workspace/WorkspaceWidget.h"

#include "SectionFixture.h"

#include "procedure/ActionPlan.h"
#include "service/DueService.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>

namespace core = casebook::core;
namespace ui = casebook::ui;
using core::test::isoDay;
using core::test::ReportFixture;

namespace {

template <typename T> T* field(QWidget& dialog, const char* name)
{
    auto* w = dialog.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

/// Runs `fill` on the outcome form once it is open, presses Save, then `check`; closes it if
/// still open (answering the discard question too).
void onOutcomeForm(std::function<void(ui::MeetingOutcomeDialog&)> fill,
                   std::function<void(ui::MeetingOutcomeDialog&)> check = {})
{
    QTimer::singleShot(0, [fill, check] {
        auto* dialog = qobject_cast<ui::MeetingOutcomeDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            FAIL_CHECK("the outcome form did not open");
            return;
        }
        fill(*dialog);
        dialog->accept();
        if (check) {
            check(*dialog);
        }
        QApplication::processEvents();
        while (auto* open = QApplication::activeModalWidget()) {
            if (auto* d = qobject_cast<QDialog*>(open)) {
                d->done(QDialog::Rejected);
            } else {
                open->close();
            }
            QApplication::processEvents();
        }
    });
}

} // namespace

TEST_CASE("The summary's chronology choice decides what the preview shows: since the last meeting by default, since "
          "a date, key events or all",
          "[report][export][chronology]")
{
    ReportFixture f;
    ui::ExportDialog dialog(*f.session, f.caseId);
    QComboBox* choice = dialog.chronologyChoice();
    REQUIRE(choice != nullptr);
    // The default: from the last meeting (12 January 2026), so the note of 15 January is in.
    CHECK(choice->currentData().toInt() == static_cast<int>(core::ChronologyRange::SinceLastMeeting));
    CHECK_FALSE(dialog.chronologySince()->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return !dialog.previewPending(); }, 30000)); // gathered on a worker
    QString text = dialog.preview()->toPlainText();
    CHECK(text.contains(QStringLiteral("Chronology since 12 January 2026")));
    CHECK(text.contains(QStringLiteral("GP letter")));

    dialog.chronologySince()->setDate(QDate(2026, 1, 19));
    choice->setCurrentIndex(choice->findData(static_cast<int>(core::ChronologyRange::Since)));
    CHECK(dialog.chronologySince()->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return !dialog.previewPending(); }, 30000)); // gathered on a worker
    text = dialog.preview()->toPlainText();
    CHECK(text.contains(QStringLiteral("Chronology since 19 January 2026")));
    CHECK_FALSE(text.contains(QStringLiteral("GP letter")));
    CHECK_FALSE(text.contains(QStringLiteral("Welfare meeting")));

    choice->setCurrentIndex(choice->findData(static_cast<int>(core::ChronologyRange::KeyEvents)));
    REQUIRE(QTest::qWaitFor([&] { return !dialog.previewPending(); }, 30000)); // gathered on a worker
    text = dialog.preview()->toPlainText();
    CHECK(text.contains(QStringLiteral("Chronology: key events")));
    CHECK(text.contains(QStringLiteral("Welfare meeting")));
    CHECK_FALSE(text.contains(QStringLiteral("GP letter"))); // a note is not a key event

    choice->setCurrentIndex(choice->findData(static_cast<int>(core::ChronologyRange::All)));
    REQUIRE(QTest::qWaitFor([&] { return !dialog.previewPending(); }, 30000)); // gathered on a worker
    text = dialog.preview()->toPlainText();
    CHECK(text.contains(QStringLiteral("GP letter")));
    CHECK(text.contains(QStringLiteral("Welfare meeting")));
    // The document written is the one previewed.
    CHECK(dialog.report().blocks.size() > 0);
}

TEST_CASE("Meeting outcomes recorded from the summary's agenda appear in the decision log and the action plans, and "
          "the next summary starts from the meeting",
          "[report][meeting]")
{
    ReportFixture f;
    ui::ExportDialog dialog(*f.session, f.caseId);
    field<QLineEdit>(dialog, "exportPurpose")->setText(QStringLiteral("Attendance review meeting"));
    field<QCheckBox>(dialog, "exportMeetingDateSet")->setChecked(true);
    dialog.findChild<ui::DateEdit*>(QStringLiteral("exportMeetingDate"))->setDate(QDate(2026, 11, 30));
    field<QPlainTextEdit>(dialog, "exportAttendees")->setPlainText(QStringLiteral("Insp Grey\nDana Price (HR)"));
    field<QPlainTextEdit>(dialog, "exportAgenda")
        ->setPlainText(QStringLiteral("Second stage: go ahead or defer?\nLater start: extend?"));
    auto* recordButton = field<QPushButton>(dialog, "exportRecordOutcome");
    CHECK(recordButton->isHidden()); // until the app gives it somewhere to record
    bool recorded = false;
    dialog.setOutcomeRecorder(
        [&](QWidget* parent, const core::MeetingOutcome& start, const std::vector<std::string>& agenda) {
            ui::MeetingOutcomeDialog form(
                start, agenda, QStringLiteral("Insp Grey"),
                [&](const core::MeetingOutcome& outcome) -> core::Status {
                    auto done = core::recordMeetingOutcome(*f.session, outcome);
                    if (!done) {
                        return done.error();
                    }
                    recorded = true;
                    return core::Ok{};
                },
                parent);
            return form.exec() == QDialog::Accepted;
        });
    CHECK_FALSE(recordButton->isHidden());

    onOutcomeForm(
        [](ui::MeetingOutcomeDialog& form) {
            // The meeting as the summary had it, one decision per agenda item.
            CHECK(field<ui::DateEdit>(form, "outcomeDate")->date() == QDate(2026, 11, 30));
            CHECK(field<QLineEdit>(form, "outcomeTitle")->text() == QStringLiteral("Attendance review meeting"));
            CHECK(field<QPlainTextEdit>(form, "outcomeAttendees")->toPlainText()
                  == QStringLiteral("Insp Grey\nDana Price (HR)"));
            REQUIRE(form.decisionRows() == 2);
            CHECK(field<QLabel>(form, "outcomeAgenda1")->text().contains(QStringLiteral("Second stage: go ahead")));
            CHECK(field<QLineEdit>(form, "outcomeDecidedBy1")->text() == QStringLiteral("Insp Grey"));
            field<QPlainTextEdit>(form, "outcomeNotes")->setPlainText(QStringLiteral("Agreed a phased return."));
            field<QPlainTextEdit>(form, "outcomeMedicalNotes")->setPlainText(QStringLiteral("MEDICAL-NOTES-UI"));
            field<QLineEdit>(form, "outcomeDecision1")->setText(QStringLiteral("Second stage deferred to March"));
            field<QPlainTextEdit>(form, "outcomeRationale1")->setPlainText(QStringLiteral("Attendance has improved"));
            field<QPlainTextEdit>(form, "outcomeMedicalRationale1")
                ->setPlainText(QStringLiteral("MEDICAL-CANARY-UI: treatment continues"));
            // The second agenda item had no decision: its row stays empty and is left out.
            field<QLineEdit>(form, "outcomeActionText1")->setText(QStringLiteral("Book the OH follow-up"));
            field<QLineEdit>(form, "outcomeActionOwner1")->setText(QStringLiteral("Dana Price"));
            field<QCheckBox>(form, "outcomeActionDueSet1")->setChecked(true);
            field<ui::DateEdit>(form, "outcomeActionDue1")->setDate(QDate(2026, 12, 14));
            form.addAction();
            field<QLineEdit>(form, "outcomeActionText2")->setText(QStringLiteral("Share the new rota"));
            field<QLineEdit>(form, "outcomeActionOwner2")->setText(QStringLiteral("Insp Grey"));
            field<QCheckBox>(form, "outcomeNextSet")->setChecked(true);
            field<ui::DateEdit>(form, "outcomeNext")->setDate(QDate(2027, 1, 11));
        },
        [](ui::MeetingOutcomeDialog& form) { CHECK(form.errorText().isEmpty()); });
    dialog.recordOutcome();
    REQUIRE(recorded);

    const auto view = f.session->cases().loadCase(f.caseId).value();
    const auto decided =
        std::find_if(view.chronology.begin(), view.chronology.end(), [](const core::ChronologyEntry& e) {
            return e.decision && e.decision->decision == "Second stage deferred to March";
        });
    REQUIRE(decided != view.chronology.end());
    CHECK(decided->date == isoDay("2026-11-30"));
    CHECK(decided->decision->rationale == "Attendance has improved");
    CHECK(decided->decision->medicalRationale == "MEDICAL-CANARY-UI: treatment continues");
    CHECK(decided->decision->decidedBy == "Insp Grey");
    CHECK(std::count_if(view.chronology.begin(), view.chronology.end(),
                        [](const core::ChronologyEntry& e) { return e.kind == core::EntryKind::Decision; })
          == 2); // the fixture's own and the one taken; the empty agenda row made none
    CHECK(std::any_of(view.chronology.begin(), view.chronology.end(), [](const core::ChronologyEntry& e) {
        return e.kind == core::EntryKind::Meeting && e.title == "Attendance review meeting"
               && e.body.find("Agreed a phased return.") != std::string::npos
               && e.body.find("MEDICAL-NOTES-UI") == std::string::npos && e.medicalDetail == "MEDICAL-NOTES-UI";
    }));
    CHECK(view.record.nextReview == isoDay("2027-01-11"));
    const auto plans = f.session->procedures().listForCase<core::ActionPlan>(f.caseId).value();
    const auto agreed = std::find_if(plans.begin(), plans.end(), [](const core::ActionPlan& p) {
        return p.title == "Actions agreed at the meeting on 30 November 2026";
    });
    REQUIRE(agreed != plans.end());
    REQUIRE(agreed->objectives.size() == 2);
    CHECK(agreed->objectives[0].owner == "Dana Price");
    CHECK(agreed->objectives[0].due == isoDay("2026-12-14"));
    CHECK_FALSE(agreed->objectives[1].due.has_value());

    // The preview was rebuilt: a line manager reads the decision without its medical rationale,
    // and the next summary (for the next meeting) starts from this one.
    auto* audience = field<QComboBox>(dialog, "exportAudience");
    audience->setCurrentIndex(audience->findData(static_cast<int>(core::ConsentAudience::LineManager)));
    dialog.findChild<ui::DateEdit*>(QStringLiteral("exportMeetingDate"))->setDate(QDate(2027, 1, 11));
    dialog.chronologyChoice()->setCurrentIndex(1);
    dialog.chronologyChoice()->setCurrentIndex(0);                             // rebuilds now
    REQUIRE(QTest::qWaitFor([&] { return !dialog.previewPending(); }, 30000)); // gathered on a worker
    const QString text = dialog.preview()->toPlainText();
    CHECK(text.contains(QStringLiteral("Chronology since 30 November 2026")));
    CHECK(text.contains(QStringLiteral("Decisions since 30 November 2026")));
    CHECK(text.contains(QStringLiteral("Second stage deferred to March")));
    CHECK(text.contains(QStringLiteral("Book the OH follow-up")));
    CHECK_FALSE(text.contains(QStringLiteral("MEDICAL-CANARY-UI")));
}

TEST_CASE("Meeting outcome from the case page is one undoable change, a decision without its rationale is refused "
          "with the row named and nothing recorded",
          "[report][meeting]")
{
    casebook::test::SectionFixture f;
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
    workspace.resize(1260, 660);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.openCase(f.caseId.value);
    auto* button = workspace.findChild<QPushButton*>(QStringLiteral("recordOutcomeButton"));
    REQUIRE(button != nullptr);
    REQUIRE(button->isEnabled());
    const std::size_t entriesBefore = f.session->cases().loadCase(f.caseId).value().chronology.size();
    const std::size_t plansBefore = f.count<core::ActionPlan>();
    const auto entries = [&] {
        return f.session->cases().loadCase(f.caseId).value().chronology.size() - entriesBefore;
    };
    const auto plans = [&] { return f.count<core::ActionPlan>() - plansBefore; };

    // Refused: the second decision row has no rationale. The form stays open and says which row.
    onOutcomeForm(
        [](ui::MeetingOutcomeDialog& form) {
            form.addDecision();
            field<QLineEdit>(form, "outcomeDecision1")->setText(QStringLiteral("Keep the later start"));
            field<QPlainTextEdit>(form, "outcomeRationale1")->setPlainText(QStringLiteral("It works"));
            field<QLineEdit>(form, "outcomeDecision2")->setText(QStringLiteral("Move to days"));
        },
        [](ui::MeetingOutcomeDialog& form) {
            CHECK(form.isVisible());
            CHECK(form.errorText().contains(QStringLiteral("Nothing was recorded")));
            CHECK(form.errorText().contains(QStringLiteral("decision 2: rationale")));
        });
    button->click();
    QApplication::processEvents();
    CHECK(entries() == 0);
    CHECK(document.undoStack().count() == 0);

    onOutcomeForm([](ui::MeetingOutcomeDialog& form) {
        field<ui::DateEdit>(form, "outcomeDate")->setDate(QDate(2026, 3, 2));
        field<QPlainTextEdit>(form, "outcomeNotes")->setPlainText(QStringLiteral("Reviewed the plan."));
        field<QLineEdit>(form, "outcomeDecision1")->setText(QStringLiteral("Keep the later start"));
        field<QPlainTextEdit>(form, "outcomeRationale1")->setPlainText(QStringLiteral("It works"));
        field<QLineEdit>(form, "outcomeActionText1")->setText(QStringLiteral("Check the rota"));
        field<QLineEdit>(form, "outcomeActionOwner1")->setText(QStringLiteral("PS Test"));
        field<QCheckBox>(form, "outcomeActionDueSet1")->setChecked(true);
        field<ui::DateEdit>(form, "outcomeActionDue1")->setDate(QDate(2026, 3, 16));
        field<QCheckBox>(form, "outcomeNextSet")->setChecked(true);
        field<ui::DateEdit>(form, "outcomeNext")->setDate(QDate(2026, 4, 6));
    });
    button->click();
    QApplication::processEvents();
    CHECK(entries() == 2); // the meeting and the decision
    CHECK(plans() == 1);
    CHECK(f.session->cases().loadCase(f.caseId).value().record.nextReview == isoDay("2026-04-06"));
    REQUIRE(document.undoStack().count() == 1);
    CHECK(document.undoStack().undoText() == QStringLiteral("record meeting outcome"));
    // The action's date is in the due list.
    const auto due = f.session->due().due(isoDay("2026-03-02"), 60);
    REQUIRE(due);
    CHECK(std::any_of(due->begin(), due->end(), [](const core::DueItem& item) {
        return item.source.recordType == "action_plan" && item.source.derived.date == isoDay("2026-03-16")
               && item.source.derived.title == "Check the rota";
    }));

    document.undoStack().undo();
    CHECK(entries() == 0);
    CHECK(plans() == 0);
    CHECK_FALSE(f.session->cases().loadCase(f.caseId).value().record.nextReview.has_value());
    document.undoStack().redo();
    CHECK(entries() == 2);
    CHECK(plans() == 1);
    CHECK(f.session->cases().loadCase(f.caseId).value().record.nextReview == isoDay("2026-04-06"));
}
