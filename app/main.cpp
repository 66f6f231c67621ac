// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Composition root of the desktop app: creates the application, reads the command line and shows the window.
#include "MainWindow.h"
#include "support/AppIcon.h"
#include "support/CommandLine.h"
#include "support/ScreenshotTour.h"
#include "support/TerminationSignals.h"
#include "support/Translations.h"
#include "support/WindowSnapshot.h"
#include "workspace/CaseloadModel.h"
#include "workspace/WorkspaceWidget.h"

#include "support/ProcessHardening.h"
#include <casebook/Version.h>

#include <QApplication>
#include <QLocale>

#include <cstdio>

namespace {

void print(const QString& text, std::FILE* stream)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char* argv[])
{
    // Decrypted case data lives in this process's memory: never let it reach a core file.
    casebook::core::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("casebook"));
    QApplication::setApplicationDisplayName(QStringLiteral("Casebook"));
    QApplication::setApplicationVersion(QString::fromLatin1(casebook::kVersion));
    QApplication::setOrganizationName(QStringLiteral("Casebook"));
    QApplication::setDesktopFileName(QStringLiteral("uk.police.casebook"));
    QApplication::setWindowIcon(casebook::ui::appIcon());
    casebook::ui::installTranslations(app, QLocale());

    const auto outcome = casebook::ui::CommandLine::parse(QApplication::arguments());
    if (!outcome.options) {
        print(outcome.message, outcome.exitCode == 0 ? stdout : stderr);
        return outcome.exitCode;
    }

    casebook::ui::MainWindow window(*outcome.options);
    // Logging out or shutting down closes the window as Quit does: locked, demo store deleted.
    casebook::ui::closeOnTerminationSignals();
    window.show();
    if (const QString dir = outcome.options->screenshotDir; !dir.isEmpty() && outcome.options->demo) {
        QObject::connect(&window, &casebook::ui::MainWindow::workspaceShown, &window,
                         [&window, dir] { casebook::ui::runScreenshotTour(window, dir); });
    } else if (const QString shot = outcome.options->screenshotPath; !shot.isEmpty()) {
        if (outcome.options->demo) {
            // Testing aid: wait for the demo caseload, say how many cases it shows, then grab.
            QObject::connect(&window, &casebook::ui::MainWindow::workspaceShown, &window, [&window, shot] {
                const int rows = window.workspace()->caseloadFilter()->rowCount();
                print(QStringLiteral("caseload rows: %1\n").arg(rows), stdout);
                casebook::ui::snapshotWhenExposed(window, shot);
            });
        } else {
            casebook::ui::snapshotWhenExposed(window, shot);
        }
    }
    return QApplication::exec();
}
