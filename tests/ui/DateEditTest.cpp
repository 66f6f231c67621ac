// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Dates typed as people type them (issue 10, item 10): 4/12/2026, 04/12/26, 4 Dec 2026 and ISO,
// typed into the real field with key presses; text that is not a date is kept, marked and never
// saved as an older date.
#include "support/DateEdit.h"
#include "workspace/EntryDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

#include <optional>

namespace core = casebook::core;
namespace ui = casebook::ui;

namespace {

void showActive(QWidget& widget)
{
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

/// Clears the field and types `text` into it key by key, as a person does.
void typeInto(QLineEdit* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

} // namespace

TEST_CASE("Date field: each typed form is read on Tab and shown as 4 Dec 2026", "[keyboard][typed-date]")
{
    QWidget window;
    auto* field = new ui::DateEdit(QDate(2026, 1, 1), &window);
    auto* next = new QLineEdit(&window);
    next->move(0, 40);
    showActive(window);
    QSignalSpy changed(field, &ui::DateEdit::dateChanged);

    for (const QString& typed : {QStringLiteral("4/12/2026"), QStringLiteral("04/12/26"), QStringLiteral("4 Dec 2026"),
                                 QStringLiteral("2026-12-04")}) {
        INFO(typed.toStdString());
        field->setDate(QDate(2026, 1, 1));
        typeInto(field, typed);
        QTest::keyClick(field, Qt::Key_Tab);
        CHECK(next->hasFocus());
        CHECK(field->date() == QDate(2026, 12, 4));
        CHECK(field->text() == QStringLiteral("4 Dec 2026"));
        CHECK(field->problem().isEmpty());
    }
    CHECK(changed.count() == 7); // to 4 Dec, then three times back to 1 Jan and on to 4 Dec
}

TEST_CASE("Date field: Up and Down move a day, Page Up a month", "[keyboard][typed-date]")
{
    QWidget window;
    auto* field = new ui::DateEdit(QDate(2026, 12, 31), &window);
    showActive(window);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Up);
    CHECK(field->date() == QDate(2027, 1, 1));
    CHECK(field->text() == QStringLiteral("1 Jan 2027"));
    QTest::keyClick(field, Qt::Key_Down);
    QTest::keyClick(field, Qt::Key_Down);
    CHECK(field->date() == QDate(2026, 12, 30));
    QTest::keyClick(field, Qt::Key_PageUp);
    CHECK(field->date() == QDate(2027, 1, 30));
}

TEST_CASE("Date field: Alt+Down opens a calendar and Enter takes the day chosen", "[keyboard][typed-date]")
{
    QWidget window;
    auto* field = new ui::DateEdit(QDate(2026, 12, 4), &window);
    showActive(window);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget* calendar = field->calendar();
    REQUIRE(calendar != nullptr);
    CHECK(calendar->isVisible());
    CHECK(calendar->selectedDate() == QDate(2026, 12, 4));
    QWidget* grid = calendar->focusWidget() != nullptr ? calendar->focusWidget() : calendar;
    QTest::keyClick(grid, Qt::Key_Right); // one day on
    QTest::keyClick(grid, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(field->date() == QDate(2026, 12, 5));
    CHECK(field->text() == QStringLiteral("5 Dec 2026"));
    CHECK(field->calendar() == nullptr);
}

TEST_CASE("Date field: text that is not a date stays as typed, marked, with the reason", "[keyboard][typed-date]")
{
    QWidget window;
    auto* field = new ui::DateEdit(QDate(2026, 12, 4), &window);
    auto* next = new QLineEdit(&window);
    next->move(0, 40);
    showActive(window);
    typeInto(field, QStringLiteral("31/2/2026"));
    QTest::keyClick(field, Qt::Key_Tab);
    CHECK(field->text() == QStringLiteral("31/2/2026"));
    CHECK(field->problem().contains(QStringLiteral("February 2026 has 28 days")));
    CHECK(field->toolTip().contains(QStringLiteral("February 2026 has 28 days")));
    CHECK(field->accessibleDescription() == field->problem());
    CHECK(field->date() == QDate(2026, 12, 4)); // the last date it could read, never a guess

    typeInto(field, QStringLiteral("5 Dec 2026"));
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(field->problem().isEmpty());
    CHECK(field->toolTip().contains(QStringLiteral("4/12/2026, 04/12/26, 4 Dec 2026 or 2026-12-04")));
    CHECK(field->date() == QDate(2026, 12, 5));
}

TEST_CASE("Entry form: a typed date is saved, an unreadable one stops the save and keeps every field",
          "[keyboard][typed-date]")
{
    std::optional<core::ChronologyEntry> saved;
    ui::EntryDialog dialog(false, QStringLiteral("PS Test"), [&saved](const core::ChronologyEntry& entry) {
        saved = entry;
        return core::Status{core::Ok{}};
    });
    showActive(dialog);
    typeInto(dialog.dateEdit(), QStringLiteral("4/13/2026"));
    typeInto(dialog.titleEdit(), QStringLiteral("Welfare visit"));
    dialog.accept();
    CHECK_FALSE(saved.has_value());
    CHECK(dialog.isVisible());
    CHECK(dialog.dateEdit()->hasFocus());
    CHECK(dialog.dateEdit()->text() == QStringLiteral("4/13/2026"));
    CHECK(dialog.dateEdit()->problem().contains(QStringLiteral("no month 13")));
    CHECK(dialog.titleEdit()->text() == QStringLiteral("Welfare visit"));

    typeInto(dialog.dateEdit(), QStringLiteral("04/12/26"));
    dialog.accept(); // straight from the field, as Alt+S would: the text is read first
    REQUIRE(saved.has_value());
    CHECK(saved->date.toIso() == "2026-12-04");
    CHECK(saved->title == "Welfare visit");
}

TEST_CASE("Alt+letter on a row's label reaches the row's first field (Alt+D to the date)", "[keyboard]")
{
    ui::EntryDialog dialog(false, QStringLiteral("PS Test"),
                           [](const core::ChronologyEntry&) { return core::Status{core::Ok{}}; });
    showActive(dialog);
    dialog.titleEdit()->setFocus();
    QTest::keyClick(dialog.titleEdit(), Qt::Key_D, Qt::AltModifier);
    CHECK(dialog.dateEdit()->hasFocus());
    CHECK(dialog.titleEdit()->text().isEmpty()); // and no "d" typed into the title
}

TEST_CASE("Date field: its button shows a calendar, not the down-arrow of a list, and opens one", "[typed-date]")
{
    QWidget window;
    auto* field = new ui::DateEdit(QDate(2026, 12, 4), &window);
    showActive(window);
    auto* button = field->findChild<QAction*>(QStringLiteral("openCalendar"));
    REQUIRE(button != nullptr);
    const QImage shown = button->icon().pixmap(16, 16).toImage();
    const QImage arrow = field->style()->standardIcon(QStyle::SP_ArrowDown).pixmap(16, 16).toImage();
    REQUIRE_FALSE(shown.isNull());
    CHECK(shown.convertToFormat(QImage::Format_ARGB32) != arrow.convertToFormat(QImage::Format_ARGB32));
    // The calendar's header bar: the top rows are mostly drawn, not transparent.
    int drawn = 0;
    for (int x = 0; x < shown.width(); ++x) {
        drawn += qAlpha(shown.pixel(x, shown.height() / 4)) > 128 ? 1 : 0;
    }
    CHECK(drawn >= shown.width() / 2);
    button->trigger();
    REQUIRE(field->calendar() != nullptr);
    CHECK(field->calendar()->isVisible());
}
