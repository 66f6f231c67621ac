// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/KdfOptions.h"
#include "schema/AppSchema.h"

#include "store/Store.h"

#include <array>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 5> kChangePassphraseOptions = {{
    kKdfOptions[0],
    kKdfOptions[1],
    kKdfOptions[2],
    kKdfOptions[3],
    {"rekey", false},
}};

int runChangePassphrase(const Context& context, const ParsedArgs& args)
{
    const auto kdf = kdfChoiceFrom(args);
    if (const auto* error = std::get_if<std::string>(&kdf)) {
        return context.fail(ExitCode::Usage,
                            "change-passphrase: " + *error + " Try 'casebook-cli change-passphrase --help'.");
    }
    if (const auto warning = kdfFloorWarning(std::get<core::KdfChoice>(kdf)); !warning.empty()) {
        context.err << "casebook-cli: " << warning << '\n';
    }
    const auto& path = context.storePath;
    if (const auto stop = context.requireStore(path, "Create one with 'casebook-cli init'.")) {
        return *stop;
    }
    const auto oldPassphrase = context.askPassphrase("Current passphrase for " + path.string() + ": ");
    if (!oldPassphrase) {
        return toInt(ExitCode::Failure);
    }
    const auto newPassphrase = context.askNewPassphrase();
    if (!newPassphrase) {
        return toInt(ExitCode::Failure);
    }
    const bool rekey = args.has("rekey");
    const auto& choice = std::get<core::KdfChoice>(kdf);
    const auto changed = rekey ? core::Store::rekey(path, *oldPassphrase, *newPassphrase, choice)
                               : core::Store::changePassphrase(path, *oldPassphrase, *newPassphrase, choice);
    if (!changed) {
        return context.fail(changed.error(), path);
    }
    if (auto reopened = core::Store::open(path, *newPassphrase, core::appMigrations()); reopened) {
        if (auto logged =
                context.recordStoreEvent(**reopened, core::AuditAction::Update,
                                         rekey ? "passphrase changed and store re-keyed" : "passphrase changed");
            !logged) {
            context.err << "casebook-cli: warning: the change could not be recorded in the audit log.\n";
        }
    }
    context.out << (rekey ? "Re-encrypted under a new key, with the new passphrase: " : "Changed the passphrase of ")
                << path.string() << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& changePassphraseCommand()
{
    static const std::string optionsHelp =
        std::string(kKdfOptionsHelp)
        + "  --rekey                 re-encrypt every page under a new data key and file id\n";
    static const CommandSpec spec{
        "change-passphrase",
        "Change the store's passphrase (only the header is rewritten).",
        "[--kdf-memory MIB] [--kdf-iterations N] [--kdf-parallelism P] [--unlock-time MS]",
        "Asks for the current passphrase, then the new one (twice on a terminal). Without a\n"
        "terminal, reads the current passphrase from the first line of standard input and the\n"
        "new one from the second. Older copies of the store still open with the old passphrase.\n"
        "With --rekey (when the old passphrase may be known) every page is re-encrypted under a\n"
        "new data key and file id, so no old header or passphrase opens the store again.\n",
        optionsHelp,
        kChangePassphraseOptions,
        {},
        runChangePassphrase,
    };
    return spec;
}

} // namespace casebook::cli
