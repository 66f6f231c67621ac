// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The record tabs built on RecordSection: limited duties, UPP/UAP, OH, conduct, retirement,
// action plans, contacts, attachments and signposting, driven as a person would.
#include "SectionFixture.h"
#include "workspace/sections/RecordKinds.h"

#include "domain/Attachment.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"
#include "procedure/UppProcedure.h"
#include "support/DateEdit.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <filesystem>
#include <fstream>

namespace core = casebook::core;
namespace test = casebook::test;
namespace ui = casebook::ui;

namespace {

/// One record tab with the handles a test needs, named as the section names them.
struct Tab {
    std::unique_ptr<ui::CaseSection> section;
    QString name;

    Tab(ui::CaseSection* made, QString stem)
        : section(made)
        , name(std::move(stem))
    {
        section->reload();
        section->show();
    }
    QTableView* table() const { return section->findChild<QTableView*>(name); }
    QAbstractItemModel* model() const { return table()->model(); }
    QPushButton* button(const char* suffix) const
    {
        auto* b = section->findChild<QPushButton*>(name + QLatin1String(suffix));
        REQUIRE(b != nullptr);
        return b;
    }
    QString details() const
    {
        return section->findChild<QTextBrowser*>(name + QStringLiteral("Details"))->toPlainText();
    }
    void select(int row) const { table()->setCurrentIndex(model()->index(row, 0)); }
};

template <typename T> T* field(ui::FormDialog& d, const char* name)
{
    auto* w = d.findChild<T*>(QLatin1String(name));
    REQUIRE(w != nullptr);
    return w;
}

} // namespace

TEST_CASE("Adjustments: a decision without its rationale is refused beside the rationale, with one it is saved, "
          "undone and redone",
          "[sections][records]")
{
    test::SectionFixture f;
    Tab tab(ui::makeAdjustmentsSection(f.context(), nullptr), QStringLiteral("adjustments"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString error;
    test::onForm([](ui::FormDialog&) {},
                 [&](ui::FormDialog& d) { error = d.fieldError(QStringLiteral("adjustment.barrier")); });
    tab.button("Add")->click();
    CHECK(error == QStringLiteral("say what barrier the adjustment removes"));
    test::onForm(
        [](ui::FormDialog& d) {
            QTest::keyClicks(field<QLineEdit>(d, "adjustmentBarrier"),
                             QStringLiteral("Night shifts worsen a long-term condition"));
            field<QComboBox>(d, "adjustmentDecision")->setCurrentIndex(1); // agreed
        },
        [&](ui::FormDialog& d) { error = d.fieldError(QStringLiteral("adjustment.rationale")); });
    tab.button("Add")->click();
    CHECK(error == QStringLiteral("a decision needs a recorded rationale"));
    CHECK(f.count<core::Adjustment>() == 0);
    test::onForm([](ui::FormDialog& d) {
        QTest::keyClicks(field<QLineEdit>(d, "adjustmentMeasure"), QStringLiteral("Day shifts only"));
        QTest::keyClicks(field<QLineEdit>(d, "adjustmentBarrier"), QStringLiteral("Night shifts"));
        field<QComboBox>(d, "adjustmentDecision")->setCurrentIndex(1);
        QTest::keyClicks(field<QPlainTextEdit>(d, "adjustmentRationale"), QStringLiteral("OH advice of 3 March"));
        QTest::keyClicks(field<QLineEdit>(d, "adjustmentDecisionMaker"), QStringLiteral("Insp. Hale"));
    });
    tab.button("Add")->click();
    REQUIRE(f.count<core::Adjustment>() == 1);
    tab.section->reload();
    // The page says what the adjustment is, and flags an agreed one with no review date (issue 10, item 8).
    CHECK(tab.model()->index(0, 1).data().toString() == QStringLiteral("Day shifts only"));
    CHECK(tab.model()->index(0, 3).data().toString() == QStringLiteral("Agreed"));
    CHECK(tab.model()->index(0, 7).data().toString() == QStringLiteral("None set: needs one"));
    tab.select(0);
    CHECK(tab.details().contains(QStringLiteral("Adjustment: Day shifts only")));
    CHECK(tab.details().contains(QStringLiteral("Needs a review date")));
    CHECK(f.session->procedures().listForCase<core::Adjustment>(f.caseId).value().at(0).measure == "Day shifts only");
    f.undo.undo();
    CHECK(f.count<core::Adjustment>() == 0);
    f.undo.redo();
    CHECK(f.count<core::Adjustment>() == 1);
}

TEST_CASE("Limited duties: an unreadable review date is refused beside the field and what was typed stays, a good "
          "one is saved, edited, undone and redone",
          "[sections][records]")
{
    test::SectionFixture f;
    Tab tab(ui::makeLimitedDutiesSection(f.context(), nullptr), QStringLiteral("limitedDuties"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString error;
    QString kept;
    test::onForm(
        [](ui::FormDialog& d) {
            QTest::keyClicks(field<QLineEdit>(d, "limitedDutyReviews"), QStringLiteral("2026-12-01, 31/02/2027"));
        },
        [&](ui::FormDialog& d) {
            error = d.fieldError(QStringLiteral("limited_duty.reviewDates"));
            kept = field<QLineEdit>(d, "limitedDutyReviews")->text();
        });
    tab.button("Add")->click();
    CHECK(error.contains(QStringLiteral("'31/02/2027' is not a date")));
    CHECK(kept == QStringLiteral("2026-12-01, 31/02/2027"));
    CHECK(f.count<core::LimitedDuty>() == 0);

    test::onForm([](ui::FormDialog& d) {
        field<QComboBox>(d, "limitedDutyCategory")->setCurrentIndex(1); // adjusted
        field<ui::DateEdit>(d, "limitedDutyStart")->setDate(QDate(2026, 3, 2));
        QTest::keyClicks(field<QLineEdit>(d, "limitedDutyReviews"), QStringLiteral("2026-06-01"));
    });
    tab.button("Add")->click();
    REQUIRE(f.count<core::LimitedDuty>() == 1);
    tab.section->reload();
    REQUIRE(tab.model()->rowCount() == 1);
    CHECK(tab.model()->index(0, 0).data().toString() == QStringLiteral("Adjusted"));
    CHECK(tab.section->recordCount() == 1);

    // Edit: ending before it starts is refused beside the end date.
    tab.select(0);
    test::onForm(
        [](ui::FormDialog& d) {
            field<QCheckBox>(d, "limitedDutyEnded")->setChecked(true);
            field<ui::DateEdit>(d, "limitedDutyEnd")->setDate(QDate(2026, 2, 1));
        },
        [&](ui::FormDialog& d) { error = d.fieldError(QStringLiteral("limited_duty.end")); });
    tab.button("Edit")->click();
    CHECK(error == QStringLiteral("ends before it starts"));
    test::onForm([](ui::FormDialog& d) {
        field<QCheckBox>(d, "limitedDutyEnded")->setChecked(true);
        field<ui::DateEdit>(d, "limitedDutyEnd")->setDate(QDate(2026, 9, 30));
    });
    tab.button("Edit")->click();
    const auto stored = [&] { return f.session->procedures().listForCase<core::LimitedDuty>(f.caseId).value().at(0); };
    CHECK(stored().end == core::Date::parseIso("2026-09-30").value());
    f.undo.undo();
    CHECK_FALSE(stored().end.has_value());
    f.undo.redo();
    CHECK(stored().end.has_value());
    f.undo.undo();
    f.undo.undo();
    CHECK(f.count<core::LimitedDuty>() == 0);
    f.undo.redo();
    CHECK(f.count<core::LimitedDuty>() == 1);
}

TEST_CASE("UPP/UAP: starting one derives its regime from the date it came to attention, an event recorded through "
          "the form gives dates with rule and citation, choosing the other regime needs a reason",
          "[sections][records]")
{
    test::SectionFixture f;
    Tab tab(ui::makeUppSection(f.context(), nullptr), QStringLiteral("upp"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::onForm([](ui::FormDialog& d) { field<ui::DateEdit>(d, "uppCameToAttention")->setDate(QDate(2025, 3, 13)); });
    tab.button("Add")->click();
    REQUIRE(f.count<core::UppProcedure>() == 1);
    tab.section->reload();
    CHECK(tab.model()->index(0, 2).data().toString() == QStringLiteral("Legacy (three stages)"));
    tab.select(0);
    CHECK(tab.details().contains(QStringLiteral("SI 2025/558")));

    test::onForm([](ui::FormDialog& d) {
        auto* name = field<QComboBox>(d, "eventName");
        const int index = name->findData(QStringLiteral("win_dated"));
        REQUIRE(index >= 0);
        name->setCurrentIndex(index);
        field<ui::DateEdit>(d, "eventDate")->setDate(QDate(2026, 11, 2));
    });
    tab.button("RecordEvent")->click();
    tab.section->reload();
    tab.select(0);
    const auto upp = f.session->procedures().listForCase<core::UppProcedure>(f.caseId).value().at(0);
    REQUIRE(upp.events.size() == 1);
    CHECK(upp.events[0].name == "win_dated");
    const QString details = tab.details();
    CHECK(details.contains(QStringLiteral("Dates under the regulations")));
    CHECK(details.contains(QStringLiteral("upp.legacy.")));
    CHECK(details.contains(QStringLiteral("Written improvement notice dated")));

    QString error;
    test::onForm(
        [](ui::FormDialog& d) { field<QComboBox>(d, "uppRegime")->setCurrentIndex(2); },
        [&](ui::FormDialog& d) { error = d.fieldError(QStringLiteral("upp_procedure.regimeOverrideReason")); });
    tab.button("Edit")->click();
    CHECK(error == QStringLiteral("a regime override needs a reason"));
    f.undo.undo(); // the event
    CHECK(f.session->procedures().listForCase<core::UppProcedure>(f.caseId).value().at(0).events.empty());
}

namespace {

QStringList items(QComboBox* box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i) {
        texts << box->itemText(i);
    }
    return texts;
}

void chooseStage(QComboBox* box, core::UppStage stage)
{
    const int index = box->findData(static_cast<int>(stage));
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("UPP/UAP form, legacy regime (issue 14 item 2): three stages in its own words, gross incompetence goes "
          "to the third stage meeting",
          "[sections][records]")
{
    test::SectionFixture f;
    Tab tab(ui::makeUppSection(f.context(), nullptr), QStringLiteral("upp"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList offered;
    QString gross;
    test::onForm([&](ui::FormDialog& d) {
        field<ui::DateEdit>(d, "uppCameToAttention")->setDate(QDate(2025, 3, 13)); // before 28 May 2025
        offered = items(field<QComboBox>(d, "uppStage"));
        gross = field<QCheckBox>(d, "uppGrossIncompetence")->text();
        chooseStage(field<QComboBox>(d, "uppStage"), core::UppStage::Third);
    });
    tab.button("Add")->click();
    CHECK(offered
          == QStringList{QStringLiteral("Not started"), QStringLiteral("First stage"), QStringLiteral("Second stage"),
                         QStringLiteral("Third stage"), QStringLiteral("Concluded")});
    CHECK(gross == QStringLiteral("Gross incompetence (straight to the third stage meeting)"));
    REQUIRE(f.count<core::UppProcedure>() == 1);
    CHECK(f.session->procedures().listForCase<core::UppProcedure>(f.caseId).value().at(0).stage
          == core::UppStage::Third);
    tab.section->reload();
    CHECK(tab.model()->index(0, 2).data().toString() == QStringLiteral("Legacy (three stages)"));
    CHECK(tab.model()->index(0, 3).data().toString() == QStringLiteral("Third stage"));
}

TEST_CASE("UPP/UAP form, amended regime (issue 14 item 2): first stage and second stage meeting, no third stage, "
          "the stages follow the regime chosen in the form",
          "[sections][records]")
{
    test::SectionFixture f;
    Tab tab(ui::makeUppSection(f.context(), nullptr), QStringLiteral("upp"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList offered;
    QString gross;
    test::onForm([&](ui::FormDialog& d) {
        field<ui::DateEdit>(d, "uppCameToAttention")->setDate(QDate(2025, 6, 2)); // SI 2025/558 from 28 May 2025
        offered = items(field<QComboBox>(d, "uppStage"));
        gross = field<QCheckBox>(d, "uppGrossIncompetence")->text();
        chooseStage(field<QComboBox>(d, "uppStage"), core::UppStage::Second);
        field<QCheckBox>(d, "uppGrossIncompetence")->setChecked(true);
    });
    tab.button("Add")->click();
    CHECK(offered
          == QStringList{QStringLiteral("Not started"), QStringLiteral("First stage"),
                         QStringLiteral("Second stage meeting"), QStringLiteral("Concluded")});
    CHECK(gross == QStringLiteral("Gross incompetence (straight to the second stage meeting)"));
    REQUIRE(f.count<core::UppProcedure>() == 1); // the validator accepts what the form offers
    const core::UppProcedure saved = f.session->procedures().listForCase<core::UppProcedure>(f.caseId).value().at(0);
    CHECK(saved.stage == core::UppStage::Second);
    CHECK(saved.grossIncompetence);
    tab.section->reload();
    CHECK(tab.model()->index(0, 2).data().toString() == QStringLiteral("Amended 2025 (two stages)"));
    CHECK(tab.model()->index(0, 3).data().toString() == QStringLiteral("Second stage meeting"));

    // Choosing the other regime in the form offers that regime's stages and words at once.
    QStringList legacyOffered;
    QString legacyGross;
    QString backToAmended;
    tab.select(0);
    test::onForm([&](ui::FormDialog& d) {
        auto* stage = field<QComboBox>(d, "uppStage");
        field<QComboBox>(d, "uppRegime")->setCurrentIndex(1); // legacy, chosen
        legacyOffered = items(stage);
        legacyGross = field<QCheckBox>(d, "uppGrossIncompetence")->text();
        chooseStage(stage, core::UppStage::Third);
        field<QComboBox>(d, "uppRegime")->setCurrentIndex(0); // as the dates give: amended again
        backToAmended = stage->currentText();                 // the former third stage is the second stage meeting
    });
    tab.button("Edit")->click();
    CHECK(legacyOffered.contains(QStringLiteral("Third stage")));
    CHECK(legacyGross.contains(QStringLiteral("third stage meeting")));
    CHECK(backToAmended == QStringLiteral("Second stage meeting"));
}

TEST_CASE("Conduct and a paused UPP: a UPP paused pending a conduct referral says so", "[sections][records]")
{
    test::SectionFixture f;
    Tab conduct(ui::makeConductSection(f.context(), nullptr), QStringLiteral("conduct"));
    QAbstractItemModelTester conductTester(conduct.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::onForm([](ui::FormDialog& d) {
        QTest::keyClicks(field<QPlainTextEdit>(d, "conductSummary"), QStringLiteral("Use of force complaint"));
    });
    conduct.button("Add")->click();
    REQUIRE(f.count<core::ConductReferral>() == 1);

    Tab upp(ui::makeUppSection(f.context(), nullptr), QStringLiteral("upp"));
    QAbstractItemModelTester uppTester(upp.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::onForm([](ui::FormDialog& d) {
        auto* paused = field<QComboBox>(d, "uppPausedFor");
        REQUIRE(paused->count() == 2);
        paused->setCurrentIndex(1);
        auto boxes = d.findChildren<QCheckBox*>();
        for (QCheckBox* box : boxes) {
            if (box->text() == QStringLiteral("from")) {
                box->setChecked(true); // the improvement period's and the pause's "from"; both are fine
            }
        }
    });
    upp.button("Add")->click();
    REQUIRE(f.count<core::UppProcedure>() == 1);
    upp.section->reload();
    CHECK(upp.model()->index(0, 5).data().toString().startsWith(QStringLiteral("Paused since")));
    upp.select(0);
    CHECK(upp.details().contains(QStringLiteral("regs 12 and 14")));
}

TEST_CASE("Action plans: objectives are added and marked done from the plan, each step undoable", "[sections][records]")
{
    test::SectionFixture f;
    Tab tab(ui::makeActionPlansSection(f.context(), nullptr), QStringLiteral("actionPlans"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString error;
    test::onForm([](ui::FormDialog&) {},
                 [&](ui::FormDialog& d) { error = d.fieldError(QStringLiteral("action_plan.title")); });
    tab.button("Add")->click();
    CHECK(error == QStringLiteral("an action plan needs a title"));
    test::onForm([](ui::FormDialog& d) {
        QTest::keyClicks(field<QLineEdit>(d, "actionPlanTitle"), QStringLiteral("Return to full duties"));
    });
    tab.button("Add")->click();
    tab.section->reload();
    tab.select(0);
    test::onForm([](ui::FormDialog& d) {
        QTest::keyClicks(field<QLineEdit>(d, "objectiveText"), QStringLiteral("Phased hours agreed with OH"));
        QTest::keyClicks(field<QLineEdit>(d, "objectiveOwner"), QStringLiteral("Insp. Hale"));
    });
    tab.button("AddObjective")->click();
    tab.section->reload();
    tab.select(0);
    test::onForm([](ui::FormDialog& d) { CHECK(field<QComboBox>(d, "objectiveChoice")->count() == 1); });
    tab.button("CompleteObjective")->click();
    const auto plan = [&] { return f.session->procedures().listForCase<core::ActionPlan>(f.caseId).value().at(0); };
    REQUIRE(plan().objectives.size() == 1);
    CHECK(plan().objectives[0].completed.has_value());
    tab.section->reload();
    CHECK(tab.model()->index(0, 2).data().toString() == QStringLiteral("1 of 1"));
    f.undo.undo();
    CHECK_FALSE(plan().objectives[0].completed.has_value());
}

TEST_CASE("Contacts: a bad e-mail is refused beside it, removing takes the contact off the case and undo links the "
          "same contact again",
          "[sections][records]")
{
    test::SectionFixture f;
    Tab tab(ui::makeContactsSection(f.context(), nullptr), QStringLiteral("contacts"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString error;
    test::onForm(
        [](ui::FormDialog& d) {
            QTest::keyClicks(field<QLineEdit>(d, "contactName"), QStringLiteral("Dana Price"));
            QTest::keyClicks(field<QLineEdit>(d, "contactEmail"), QStringLiteral("dana.example"));
        },
        [&](ui::FormDialog& d) { error = d.fieldError(QStringLiteral("email")); });
    tab.button("Add")->click();
    CHECK_FALSE(error.isEmpty());
    test::onForm([](ui::FormDialog& d) {
        QTest::keyClicks(field<QLineEdit>(d, "contactName"), QStringLiteral("Dana Price"));
        field<QComboBox>(d, "contactRole")->setCurrentIndex(3); // Federation
    });
    tab.button("Add")->click();
    const auto contacts = [&] { return f.session->cases().loadCase(f.caseId).value().contacts; };
    REQUIRE(contacts().size() == 1);
    const core::ContactId id = contacts()[0].id;
    tab.section->reload();
    CHECK(tab.model()->index(0, 1).data().toString() == QStringLiteral("Police Federation"));
    tab.select(0);
    tab.button("Remove")->click();
    CHECK(contacts().empty());
    f.undo.undo();
    REQUIRE(contacts().size() == 1);
    CHECK(contacts()[0].id == id);
}

TEST_CASE("Attachments: a file over 25 MiB is refused beside the file field, a small one is stored encrypted with its "
          "content, and removing it can be undone with the content intact",
          "[sections][records]")
{
    test::SectionFixture f;
    Tab tab(ui::makeAttachmentsSection(f.context(), nullptr), QStringLiteral("attachments"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::filesystem::path big = f.dir / "big.pdf";
    std::ofstream(big).put('%');
    std::filesystem::resize_file(big, core::kMaxAttachmentBytes + 1); // sparse: nothing is written
    const std::filesystem::path note = f.dir / "fit-note.txt";
    std::ofstream(note) << "Fit note: not fit for work until 1 December";

    QString error;
    test::onForm(
        [&](ui::FormDialog& d) {
            field<QLineEdit>(d, "attachmentPath")->setText(QString::fromStdString(big.string()));
        },
        [&](ui::FormDialog& d) { error = d.fieldError(QStringLiteral("file")); });
    tab.button("Add")->click();
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("attachments can be up to 25 MiB")));
    test::onForm([&](ui::FormDialog& d) {
        field<QLineEdit>(d, "attachmentPath")->setText(QString::fromStdString(note.string()));
        field<QCheckBox>(d, "attachmentMedical")->setChecked(true);
    });
    tab.button("Add")->click();
    auto attachments = [&] { return f.session->cases().loadCase(f.caseId).value().attachments; };
    REQUIRE(attachments().size() == 1);
    CHECK(attachments()[0].fileName == "fit-note.txt");
    CHECK(attachments()[0].medical);
    CHECK(attachments()[0].mediaType == "text/plain");
    tab.section->reload();
    tab.select(0);
    tab.button("Remove")->click();
    CHECK(attachments().empty());
    f.undo.undo();
    REQUIRE(attachments().size() == 1);
    const auto bytes = f.session->cases().attachmentContent(attachments()[0].id).value();
    CHECK(std::string(bytes.begin(), bytes.end()) == "Fit note: not fit for work until 1 December");

    // Save a copy: a warning first, then where; the copy is owner-only and in the audit log.
    tab.section->reload();
    tab.select(0);
    const QString copy = QString::fromStdString((f.dir / "copy.txt").string());
    QTimer::singleShot(0, [copy] {
        auto* warning = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(warning != nullptr);
        CHECK(warning->text().contains(QStringLiteral("unencrypted")));
        QTimer::singleShot(0, [copy] {
            auto* where = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            REQUIRE(where != nullptr);
            where->selectFile(copy);
            QMetaObject::invokeMethod(where, "accept");
        });
        warning->button(QMessageBox::Save)->click();
    });
    tab.button("SaveCopy")->click();
    QFile saved(copy);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == QByteArrayLiteral("Fit note: not fit for work until 1 December"));
    CHECK((saved.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    core::AuditFilter exports;
    exports.action = core::AuditAction::Export;
    const auto logged = f.session->audit().list(f.session->database(), exports).value();
    REQUIRE(logged.size() == 1);
    CHECK(logged[0].entry.summary.find("attachment copy") != std::string::npos);
}

TEST_CASE("Signposting: typing a service not in the directory adds it, the officer's response can be edited",
          "[sections][records]")
{
    test::SectionFixture f;
    const std::size_t directory = f.session->cases().supportDirectory().value().size();
    Tab tab(ui::makeSignpostingSection(f.context(), nullptr), QStringLiteral("signposting"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::onForm([](ui::FormDialog& d) {
        field<QComboBox>(d, "signpostingService")->setEditText(QStringLiteral("Force chaplain"));
    });
    tab.button("Add")->click();
    const auto records = [&] { return f.session->cases().loadCase(f.caseId).value().signposting; };
    REQUIRE(records().size() == 1);
    tab.section->reload();
    CHECK(tab.model()->index(0, 1).data().toString() == QStringLiteral("Force chaplain"));
    tab.select(0);
    test::onForm([](ui::FormDialog& d) { field<QComboBox>(d, "signpostingResponse")->setCurrentIndex(1); });
    tab.button("Edit")->click();
    CHECK(records().at(0).response == core::SignpostingResponse::Accepted);
    CHECK(f.session->cases().supportDirectory().value().size() == directory + 1);
    f.undo.undo();
    CHECK(records().at(0).response == core::SignpostingResponse::Pending);
}

TEST_CASE("Ill-health retirement: steps are recorded from the pack's events and shown on the record",
          "[sections][records]")
{
    test::SectionFixture f;
    Tab tab(ui::makeRetirementSection(f.context(), nullptr), QStringLiteral("retirements"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::onForm([](ui::FormDialog&) {});
    tab.button("Add")->click();
    tab.section->reload();
    tab.select(0);
    test::onForm([](ui::FormDialog& d) { REQUIRE(field<QComboBox>(d, "eventName")->count() > 0); });
    tab.button("RecordEvent")->click();
    tab.section->reload();
    tab.select(0);
    CHECK(tab.details().contains(QStringLiteral("Recorded")));
    CHECK(tab.section->recordCount() == 1);
}

TEST_CASE("Occupational health: sharing the report without the officer's consent is refused beside the sharing, with "
          "consent the referral and its recommendations are saved",
          "[sections][records]")
{
    test::SectionFixture f;
    Tab tab(ui::makeOhSection(f.context(), nullptr), QStringLiteral("ohReferrals"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString error;
    QString keptReason;
    test::onForm(
        [](ui::FormDialog& d) {
            QTest::keyClicks(field<QPlainTextEdit>(d, "ohReason"), QStringLiteral("Back pain limiting patrol"));
            field<QCheckBox>(d, "ohShareLineManager")->setChecked(true);
        },
        [&](ui::FormDialog& d) {
            error = d.fieldError(QStringLiteral("oh_referral.consent"));
            keptReason = field<QPlainTextEdit>(d, "ohReason")->toPlainText();
        });
    tab.button("Add")->click();
    CHECK(error == QStringLiteral("sharing needs the officer's consent"));
    CHECK(keptReason == QStringLiteral("Back pain limiting patrol"));
    CHECK(f.count<core::OhReferral>() == 0);

    test::onForm([](ui::FormDialog& d) {
        QTest::keyClicks(field<QPlainTextEdit>(d, "ohReason"), QStringLiteral("Back pain limiting patrol"));
        field<QComboBox>(d, "ohConsent")->setCurrentIndex(1); // given
        field<QCheckBox>(d, "ohShareLineManager")->setChecked(true);
        field<QPlainTextEdit>(d, "ohRecommendations")
            ->setPlainText(QStringLiteral("Office-based duties for 6 weeks\n\nReview in 6 weeks\n"));
    });
    tab.button("Add")->click();
    REQUIRE(f.count<core::OhReferral>() == 1);
    const auto referral = f.session->procedures().listForCase<core::OhReferral>(f.caseId).value().at(0);
    REQUIRE(referral.recommendations.size() == 2);
    CHECK(referral.recommendations[1].text == "Review in 6 weeks");
    CHECK(referral.consent.lineManager);
    tab.section->reload();
    CHECK(tab.model()->index(0, 5).data().toString() == QStringLiteral("given: line manager"));
}

TEST_CASE("Consent: an answer is recorded per audience and category, withdrawn with a date, each step undoable, "
          "the history stays",
          "[sections][records][consent]")
{
    test::SectionFixture f;
    Tab tab(ui::makeConsentSection(f.context(), nullptr), QStringLiteral("consent"));
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto answers = [&] { return f.session->cases().consents(f.person).value(); };
    CHECK(tab.details().contains(QStringLiteral("No consent recorded")));

    test::onForm([](ui::FormDialog& d) {
        field<QComboBox>(d, "consentAudience")->setCurrentIndex(1); // line manager
        field<QComboBox>(d, "consentCategory")->setCurrentIndex(3); // fit notes
        field<ui::DateEdit>(d, "consentOn")->setDate(QDate(2026, 2, 1));
        QTest::keyClicks(field<QLineEdit>(d, "consentObtained"), QStringLiteral("signed form"));
    });
    tab.button("Add")->click();
    REQUIRE(answers().size() == 1);
    CHECK(answers()[0].audience == core::ConsentAudience::LineManager);
    CHECK(answers()[0].category == core::ConsentCategory::FitNotes);
    CHECK(answers()[0].answer == core::ConsentAnswer::Given);
    CHECK(answers()[0].obtained == "signed form");
    tab.section->reload();
    CHECK(tab.model()->index(0, 0).data().toString() == QStringLiteral("Line manager"));
    CHECK(tab.model()->index(0, 1).data().toString() == QStringLiteral("Fit notes"));
    tab.select(0);
    CHECK(tab.details().contains(QStringLiteral("As of today: given")));

    test::onForm([](ui::FormDialog& d) {
        field<ui::DateEdit>(d, "withdrawOn")->setDate(QDate(2026, 3, 1));
        QTest::keyClicks(field<QPlainTextEdit>(d, "withdrawNote"), QStringLiteral("by e-mail"));
    });
    tab.button("Withdraw")->click();
    REQUIRE(answers().size() == 1);
    CHECK(answers()[0].withdrawn == core::Date::parseIso("2026-03-01").value());
    CHECK(answers()[0].note == "Withdrawn: by e-mail");
    CHECK(core::consentState(answers(), core::ConsentAudience::LineManager, core::ConsentCategory::FitNotes,
                             core::Date::parseIso("2026-03-02").value())
          == core::ConsentState::Withdrawn);

    // A second withdrawal is refused beside the date.
    tab.section->reload();
    tab.select(0);
    QString error;
    test::onForm([](ui::FormDialog&) {},
                 [&](ui::FormDialog& d) { error = d.fieldError(QStringLiteral("withdrawn date")); });
    tab.button("Withdraw")->click();
    CHECK(error.contains(QStringLiteral("already withdrawn")));

    f.undo.undo(); // the withdrawal
    CHECK_FALSE(answers()[0].withdrawn.has_value());
    f.undo.undo(); // the answer
    CHECK(answers().empty());
    f.undo.redo();
    CHECK(answers().size() == 1);
}
