// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The first run (issue 10, item 12): someone with no store is welcomed, not told Casebook is
// locked; the folders the app makes for a new store are private, as casebook-cli makes them.
#include "MainWindow.h"
#include "session/SessionController.h"
#include "session/UnlockPage.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QSettings>

#include <filesystem>

namespace test = casebook::test;
namespace ui = casebook::ui;

TEST_CASE("With no store at all the first screen welcomes instead of saying locked", "[firstrun]")
{
    QSettings().remove(QStringLiteral("stores/recent"));
    ui::MainWindow window(ui::StartupOptions{});
    const QString title = window.unlockPage()->titleLabel()->text();
    CHECK(title == QStringLiteral("Welcome to Casebook"));
    CHECK_FALSE(title.contains(QStringLiteral("locked")));

    // With a store to open it is locked, and the welcome goes.
    window.unlockPage()->setStores(QStringLiteral("/tmp/a.cbk"), {});
    CHECK(window.unlockPage()->titleLabel()->text() == QStringLiteral("Casebook is locked"));
    for (auto* label : window.unlockPage()->findChildren<QLabel*>()) {
        CHECK_FALSE(label->text().contains(QStringLiteral("no store yet")));
    }
}

TEST_CASE("The folders the app makes for a new store are 0700, existing ones are left alone", "[firstrun]")
{
    test::TempDir dir;
    namespace fs = std::filesystem;
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec);
    const fs::path nested = dir / "a" / "b";
    REQUIRE(ui::SessionController::makePrivateFolders(nested));
    CHECK(fs::status(dir / "a").permissions() == fs::perms::owner_all);
    CHECK(fs::status(nested).permissions() == fs::perms::owner_all);
    CHECK(fs::status(dir.path()).permissions()
          == (fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec));
    // A file where a folder should be: refused, not a crash.
    test::writeFile(dir / "file", {0x78});
    CHECK_FALSE(ui::SessionController::makePrivateFolders(dir / "file" / "sub"));
}
