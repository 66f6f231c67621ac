// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The case's Adjustments and Absence & sick pay tabs as a person uses them.
#include "SectionFixture.h"
#include "support/DateEdit.h"
#include "workspace/Labels.h"
#include "workspace/sections/AbsenceSection.h"
#include "workspace/sections/FormDialog.h"

#include "procedure/Absence.h"
#include "procedure/Adjustment.h"
#include "service/Session.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace core = casebook::core;
namespace test = casebook::test;
namespace ui = casebook::ui;

TEST_CASE("The absence page says the pay band today, the days used in the look-back year and the days left",
          "[sections][sickpay]")
{
    // sick_pay.full_pay.allowance (183 days) and sick_pay.lookback (12 months), issue 10, item 8.
    test::SectionFixture f;
    const QDate today = QDate::currentDate();
    core::Absence earlier;
    earlier.caseId = f.caseId;
    earlier.start = ui::toCoreDate(today.addDays(-100));
    earlier.end = ui::toCoreDate(today.addDays(-81)); // 20 days, all on full pay
    earlier.reasonCategory = "other";
    REQUIRE(f.session->procedures().add(earlier));
    core::Absence ongoing;
    ongoing.caseId = f.caseId;
    ongoing.start = ui::toCoreDate(today.addDays(-9)); // 10 days so far, today included
    ongoing.reasonCategory = "stress";
    REQUIRE(f.session->procedures().add(ongoing));

    ui::AbsenceSection section(f.context());
    section.reload();
    const QString pay = section.sickPayLabel()->text();
    INFO(pay.toStdString());
    CHECK(pay.contains(
        QStringLiteral("<b>Sick pay today</b> (%1): <b>full pay</b>.").arg(ui::dateText(ui::toCoreDate(today)))));
    // 183 - 20 = 163 days of full pay from the ongoing absence's first day: half pay from day 164.
    CHECK(pay.contains(
        QStringLiteral("Next: half pay from %1.").arg(ui::dateText(ui::toCoreDate(today.addDays(-9 + 163))))));
    CHECK(pay.contains(QStringLiteral("In the 12 months from")));
    CHECK(pay.contains(QStringLiteral("30 days on full pay and 0 on half pay (30 sick days in all)")));
    CHECK(pay.contains(QStringLiteral("<b>Left:</b> 153 of 183 days on full pay")));
}

TEST_CASE("An absence that ends before it starts is refused beside its end date, a long one shows its half-pay date "
          "and the Bradford factor",
          "[sections]")
{
    test::SectionFixture f;
    ui::AbsenceSection section(f.context());
    QAbstractItemModelTester tester(section.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString error;
    test::onForm(
        [](ui::FormDialog& d) {
            d.findChild<ui::DateEdit*>(QStringLiteral("absenceStart"))->setDate(QDate(2026, 3, 10));
            d.findChild<QCheckBox*>(QStringLiteral("absenceEnded"))->setChecked(true);
            d.findChild<ui::DateEdit*>(QStringLiteral("absenceEnd"))->setDate(QDate(2026, 3, 1));
        },
        [&](ui::FormDialog& d) { error = d.fieldError(QStringLiteral("absence.end")); });
    section.addAbsence();
    CHECK(error == QStringLiteral("ends before it starts"));
    CHECK(f.count<core::Absence>() == 0);

    // 150 days from 2 Feb 2026: full pay (183 days) is not used up, so no half-pay date yet...
    test::onForm([](ui::FormDialog& d) {
        d.findChild<ui::DateEdit*>(QStringLiteral("absenceStart"))->setDate(QDate(2026, 2, 2));
        d.findChild<QCheckBox*>(QStringLiteral("absenceEnded"))->setChecked(true);
        d.findChild<ui::DateEdit*>(QStringLiteral("absenceEnd"))->setDate(QDate(2026, 2, 20));
        d.findChild<QCheckBox*>(QStringLiteral("absenceDisability"))->setChecked(true);
    });
    section.addAbsence();
    REQUIRE(f.count<core::Absence>() == 1);
    section.reload();
    REQUIRE(section.model()->rowCount() == 1);
    CHECK(section.model()->item(0, 3)->text() == QStringLiteral("Disability-related"));
    CHECK(section.bradfordLabel()->text().contains(QStringLiteral("Bradford factor")));
    CHECK(section.bradfordLabel()->text().contains(QStringLiteral("Equality Act 2010 s.20")));

    // Edit: the end moves, what was recorded elsewhere stays, and undo puts it back.
    section.show();
    auto* table = section.findChild<QTableView*>(QStringLiteral("absences"));
    table->setCurrentIndex(section.model()->index(0, 0));
    test::onForm([](ui::FormDialog& d) {
        CHECK(d.findChild<QCheckBox*>(QStringLiteral("absenceDisability"))->isChecked());
        d.findChild<ui::DateEdit*>(QStringLiteral("absenceEnd"))->setDate(QDate(2026, 2, 27));
    });
    section.findChild<QPushButton*>(QStringLiteral("absencesEdit"))->click();
    const auto stored = [&] { return f.session->procedures().listForCase<core::Absence>(f.caseId).value().at(0); };
    CHECK(stored().end == core::Date::parseIso("2026-02-27").value());
    CHECK(stored().disabilityRelated);
    f.undo.undo();
    CHECK(stored().end == core::Date::parseIso("2026-02-20").value());
    f.undo.undo();
    CHECK(f.count<core::Absence>() == 0);
}

TEST_CASE("The absence page's Edit and Remove are enabled only while one of this case's absences is selected",
          "[sections]")
{
    test::SectionFixture f;
    core::Absence here;
    here.caseId = f.caseId;
    here.start = core::Date::parseIso("2026-02-02").value();
    here.end = core::Date::parseIso("2026-02-06").value();
    here.reasonCategory = "respiratory";
    REQUIRE(f.session->procedures().add(here));
    // The same person's absence in another case is listed too, but is edited in that case.
    core::Case other;
    other.person = f.person;
    other.summary = "Earlier";
    other.types = {core::CaseType::Sickness};
    other.opened = core::Date::parseIso("2025-06-02").value();
    core::Absence elsewhere;
    elsewhere.caseId = f.session->cases().openCase(other).value();
    elsewhere.start = core::Date::parseIso("2025-06-09").value();
    elsewhere.end = core::Date::parseIso("2025-06-12").value();
    elsewhere.reasonCategory = "injury on duty";
    REQUIRE(f.session->procedures().add(elsewhere));

    ui::AbsenceSection section(f.context());
    section.show();
    section.reload();
    auto* table = section.findChild<QTableView*>(QStringLiteral("absences"));
    auto* edit = section.findChild<QPushButton*>(QStringLiteral("absencesEdit"));
    auto* remove = section.findChild<QPushButton*>(QStringLiteral("absencesRemove"));
    REQUIRE(table != nullptr);
    REQUIRE(edit != nullptr);
    REQUIRE(remove != nullptr);
    REQUIRE(section.model()->rowCount() == 2);
    CHECK_FALSE(table->currentIndex().isValid());
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(remove->isEnabled());

    int hereRow = -1;
    int elsewhereRow = -1;
    for (int row = 0; row < section.model()->rowCount(); ++row) {
        const bool ours = section.model()->item(row, 6)->text() == QStringLiteral("this case");
        (ours ? hereRow : elsewhereRow) = row;
    }
    REQUIRE(hereRow >= 0);
    REQUIRE(elsewhereRow >= 0);
    table->setCurrentIndex(section.model()->index(hereRow, 0));
    CHECK(edit->isEnabled());
    CHECK(remove->isEnabled());
    table->setCurrentIndex(section.model()->index(elsewhereRow, 0));
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(remove->isEnabled());
    table->setCurrentIndex(section.model()->index(hereRow, 0));
    REQUIRE(edit->isEnabled());
    // Reloading clears the selection, and the buttons with it.
    section.reload();
    CHECK_FALSE(table->currentIndex().isValid());
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(remove->isEnabled());
}
