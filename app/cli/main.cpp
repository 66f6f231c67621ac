// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/CliApp.h"
#include "cli/PassphraseReader.h"
#include "support/ProcessHardening.h"

#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

int main(int argc, char* argv[])
{
    // The page cache and passphrases are plaintext in memory: never write them to a core file.
    casebook::core::hardenProcess();

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
