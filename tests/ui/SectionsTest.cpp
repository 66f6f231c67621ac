// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The case's Adjustments and Absence & sick pay tabs as a person uses them.
#include "SectionFixture.h"
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
#include <QDateEdit>
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
            d.findChild<QDateEdit*>(QStringLiteral("absenceStart"))->setDate(QDate(2026, 3, 10));
            d.findChild<QCheckBox*>(QStringLiteral("absenceEnded"))->setChecked(true);
            d.findChild<QDateEdit*>(QStringLiteral("absenceEnd"))->setDate(QDate(2026, 3, 1));
        },
        [&](ui::FormDialog& d) { error = d.fieldError(QStringLiteral("absence.end")); });
    section.addAbsence();
    CHECK(error == QStringLiteral("ends before it starts"));
    CHECK(f.count<core::Absence>() == 0);

    // 150 days from 2 Feb 2026: full pay (183 days) is not used up, so no half-pay date yet...
    test::onForm([](ui::FormDialog& d) {
        d.findChild<QDateEdit*>(QStringLiteral("absenceStart"))->setDate(QDate(2026, 2, 2));
        d.findChild<QCheckBox*>(QStringLiteral("absenceEnded"))->setChecked(true);
        d.findChild<QDateEdit*>(QStringLiteral("absenceEnd"))->setDate(QDate(2026, 2, 20));
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
        d.findChild<QDateEdit*>(QStringLiteral("absenceEnd"))->setDate(QDate(2026, 2, 27));
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
