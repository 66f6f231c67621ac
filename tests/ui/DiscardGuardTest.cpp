// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Escape on a changed form asks before discarding (issue 10, item 10); an unchanged one just closes.
#include "workspace/EntryDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

namespace core = casebook::core;
namespace ui = casebook::ui;

namespace {

/// Answers the discard question with the button named `answer`; records whether it was asked.
void answerDiscard(const char* answer, bool& asked)
{
    QTimer::singleShot(0, [answer, &asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr || box->objectName() != QStringLiteral("discardQuestion")) {
            return;
        }
        asked = true;
        if (auto* button = box->findChild<QAbstractButton*>(QString::fromLatin1(answer))) {
            button->click();
        }
    });
}

void showActive(QDialog& dialog)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

} // namespace

TEST_CASE("Escape on an unchanged form closes it without a question", "[keyboard][discard]")
{
    ui::EntryDialog dialog(false, QStringLiteral("PS Test"),
                           [](const core::ChronologyEntry&) { return core::Status{core::Ok{}}; });
    showActive(dialog);
    bool asked = false;
    answerDiscard("keepEditingButton", asked);
    QTest::keyClick(dialog.titleEdit(), Qt::Key_Escape);
    QApplication::processEvents();
    CHECK_FALSE(asked);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("Escape on a changed form asks, Keep editing keeps what was typed, Discard closes", "[keyboard][discard]")
{
    ui::EntryDialog dialog(true, QStringLiteral("PS Test"),
                           [](const core::ChronologyEntry&) { return core::Status{core::Ok{}}; });
    showActive(dialog);
    dialog.titleEdit()->setFocus();
    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Not to progress"));

    bool asked = false;
    answerDiscard("keepEditingButton", asked);
    QTest::keyClick(dialog.titleEdit(), Qt::Key_Escape);
    CHECK(asked);
    CHECK(dialog.isVisible());
    CHECK(dialog.titleEdit()->text() == QStringLiteral("Not to progress"));

    asked = false;
    answerDiscard("discardButton", asked);
    QTest::keyClick(dialog.titleEdit(), Qt::Key_Escape);
    CHECK(asked);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
}
