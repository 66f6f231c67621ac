// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/ErrorText.h"
#include "cli/KdfOptions.h"
#include "cli/StorePath.h"
#include "schema/AppSchema.h"

#include "store/Store.h"

#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

int runInit(const Context& context, const ParsedArgs& args)
{
    const auto kdf = kdfChoiceFrom(args);
    if (const auto* error = std::get_if<std::string>(&kdf)) {
        return context.fail(ExitCode::Usage, "init: " + *error + " Try 'casebook-cli init --help'.");
    }
    if (const auto warning = kdfFloorWarning(std::get<core::KdfChoice>(kdf)); !warning.empty()) {
        context.err << "casebook-cli: " << warning << '\n';
    }
    const auto& path = context.storePath;
    std::error_code ec;
    if (std::filesystem::exists(path, ec) || std::filesystem::is_symlink(path, ec)) {
        return context.fail(core::makeError(core::ErrorCode::AlreadyExists), path);
    }
    if (const auto problem = createPrivateParentDirectories(path); !problem.empty()) {
        return context.fail(ExitCode::Failure, problem);
    }
    const auto passphrase = context.askNewPassphrase();
    if (!passphrase) {
        return toInt(ExitCode::Failure);
    }
    const auto store = core::Store::create(path, *passphrase, core::appMigrations(), std::get<core::KdfChoice>(kdf));
    if (!store) {
        return context.fail(store.error(), path);
    }
    context.out << "Created a new store at " << path.string() << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& initCommand()
{
    static const CommandSpec spec{
        "init",
        "Create a new, empty store.",
        "[--kdf-memory MIB] [--kdf-iterations N] [--kdf-parallelism P] [--unlock-time MS]",
        "Creates the store (and any missing parent directory, private to you). The passphrase is\n"
        "asked twice on a terminal, or read from the first line of standard input otherwise.\n",
        kKdfOptionsHelp,
        kKdfOptions,
        {},
        runInit,
    };
    return spec;
}

} // namespace casebook::cli
