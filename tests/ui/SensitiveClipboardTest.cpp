// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Issue 13 item 8: Casebook's clipboard copy asks password managers and clipboard histories to
// keep nothing, and clears itself after a while unless the user copied something else.
#include "support/SensitiveClipboard.h"

#include <catch2/catch.hpp>

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTest>

using casebook::ui::SensitiveClipboard;

namespace {

/// Sets a short clear delay for one test, and puts the default back.
struct ShortDelay {
    std::chrono::milliseconds previous = SensitiveClipboard::clearAfter();
    explicit ShortDelay(std::chrono::milliseconds delay) { SensitiveClipboard::setClearAfter(delay); }
    ~ShortDelay() { SensitiveClipboard::setClearAfter(previous); }
};

} // namespace

// Failed before the fix: plain setText, no hint, and the text stayed until lock or quit.
TEST_CASE("A copy carries the password-manager hint 'secret' and is cleared after the timeout", "[clipboard]")
{
    CHECK(SensitiveClipboard::clearAfter() == std::chrono::seconds(30)); // the default
    const ShortDelay delay(std::chrono::milliseconds(200));
    QClipboard* clipboard = QGuiApplication::clipboard();
    SensitiveClipboard::copy(QStringLiteral("Robin Example: OH referral"));
    const QMimeData* mime = clipboard->mimeData();
    REQUIRE(mime != nullptr);
    CHECK(mime->text() == QStringLiteral("Robin Example: OH referral"));
    CHECK(mime->data(QStringLiteral("x-kde-passwordManagerHint")) == QByteArrayLiteral("secret"));
    CHECK(clipboard->text() == QStringLiteral("Robin Example: OH referral"));
    REQUIRE(QTest::qWaitFor([&] { return clipboard->text().isEmpty(); }, 5000));
}

TEST_CASE("The timeout leaves alone what the user copied from elsewhere meanwhile", "[clipboard]")
{
    const ShortDelay delay(std::chrono::milliseconds(200));
    QClipboard* clipboard = QGuiApplication::clipboard();
    SensitiveClipboard::copy(QStringLiteral("case text"));
    clipboard->setText(QStringLiteral("the user's own text"));
    QTest::qWait(600);
    CHECK(clipboard->text() == QStringLiteral("the user's own text"));
    clipboard->clear();
}

TEST_CASE("A second copy restarts the countdown", "[clipboard]")
{
    const ShortDelay delay(std::chrono::milliseconds(400));
    QClipboard* clipboard = QGuiApplication::clipboard();
    SensitiveClipboard::copy(QStringLiteral("first"));
    QTest::qWait(250);
    SensitiveClipboard::copy(QStringLiteral("second"));
    QTest::qWait(250); // 500 ms after the first copy, 250 after the second
    CHECK(clipboard->text() == QStringLiteral("second"));
    REQUIRE(QTest::qWaitFor([&] { return clipboard->text().isEmpty(); }, 5000));
}
