// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Test runner for ui tests: a QApplication for widgets, then the Catch2 session.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    // ctest discovery runs this binary at build time, possibly with no display.
    // The offscreen screen is the smallest Casebook supports, 1280×720, so that every window and
    // dialog the tests open has to fit it (the platform's own default is 800×600).
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + CASEBOOK_TEST_SCREEN_CONFIG);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("casebook-ui-tests"));
    QApplication::setOrganizationName(QStringLiteral("casebook-tests"));
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    return Catch::Session().run(argc, argv);
}
