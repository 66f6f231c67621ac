// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/CliApp.h"
#include "cli/PassphraseReader.h"
#include "cli/PdfRenderer.h"
#include "report/PdfExport.h"
#include "support/ProcessHardening.h"

#include <QGuiApplication>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

/// PDF pages are laid out by Qt, which needs a (window-less) GUI application: made only when a
/// PDF is asked for, on the offscreen platform unless the user chose another.
casebook::core::Result<std::string> renderPdf(const casebook::core::ReportDocument& report, char* program)
{
    std::unique_ptr<QGuiApplication> app;
    if (QCoreApplication::instance() == nullptr) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        static int argc = 1;
        static char* argv[] = {program, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    auto bytes = casebook::ui::renderPdf(report);
    if (!bytes) {
        return bytes.error();
    }
    return bytes->toStdString();
}

} // namespace

int main(int argc, char* argv[])
{
    // The page cache and passphrases are plaintext in memory: never write them to a core file.
    casebook::core::hardenProcess();
    casebook::cli::setPdfRenderer(
        [program = argc > 0 ? argv[0] : nullptr](const casebook::core::ReportDocument& report) {
            return renderPdf(report, program);
        });

    try {
        const std::vector<std::string> args(argv + 1, argv + argc);
        const casebook::cli::PassphraseReader passphrases(STDIN_FILENO, STDERR_FILENO);
        const casebook::cli::CliApp app(std::cout, std::cerr, passphrases,
                                        [](const char* name) { return std::getenv(name); });
        return app.run(args);
    } catch (const std::exception& e) {
        // Exceptions mean bugs (core reports failures as Result); still end with one clear line.
        std::cerr << "casebook-cli: internal error (" << e.what() << "); nothing more was done.\n";
        return 1;
    }
}
