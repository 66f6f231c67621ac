// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace casebook::ui {

CommandLine::Outcome CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Casebook keeps performance and wellbeing cases in an encrypted store."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption storeOption(QStringLiteral("store"), tr("Offer the store at <path> for unlocking."),
                                         tr("path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), tr("Start with fictional demonstration cases."));
    // Testing aids, listed too: --help names every option there is.
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Testing aid: save a PNG of the main window to <file> once it is shown, then quit."), tr("file"));
    const QCommandLineOption tourOption(
        QStringLiteral("screenshot-dir"),
        tr("Testing aid, with --demo: save a PNG of each main screen into <dir>, then quit."), tr("dir"));
    parser.addOptions({storeOption, demoOption, screenshotOption, tourOption});

    Outcome outcome;
    if (!parser.parse(arguments)) {
        outcome.message = parser.errorText() + u'\n';
        outcome.exitCode = 2;
        return outcome;
    }
    if (parser.isSet(helpOption)) {
        outcome.message = parser.helpText();
        return outcome;
    }
    if (parser.isSet(versionOption)) {
        outcome.message = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return outcome;
    }
    if (!parser.positionalArguments().isEmpty()) {
        outcome.message = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()) + u'\n';
        outcome.exitCode = 2;
        return outcome;
    }

    StartupOptions options;
    options.storePath = parser.value(storeOption);
    options.demo = parser.isSet(demoOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.screenshotDir = parser.value(tourOption);
    outcome.options = options;
    return outcome;
}

} // namespace casebook::ui
