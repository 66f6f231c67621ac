// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/StorePath.h"

#include "schema/AppSchema.h"
#include "store/Store.h"

#include <array>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<std::string_view, 1> kPositionals = {"FROM"};

bool isAboutBackup(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::HeaderCorrupt:
    case ErrorCode::StoreDamaged:
    case ErrorCode::NotEncrypted:
    case ErrorCode::NotAStore:
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::NotFound:
        return true;
    default:
        return false;
    }
}

int runRestore(const Context& context, const ParsedArgs& args)
{
    const auto& path = context.storePath;
    const std::filesystem::path from = args.positionals.at(0);
    if (const auto stop = context.requireStore(from)) {
        return *stop;
    }
    std::error_code ec;
    const bool replacing = std::filesystem::exists(path, ec);
    if (!replacing) {
        if (const auto problem = createPrivateParentDirectories(path); !problem.empty()) {
            return context.fail(ExitCode::Failure, problem);
        }
    }
    const auto passphrase = context.askPassphrase("Passphrase for the backup " + from.string() + ": ");
    if (!passphrase) {
        return toInt(ExitCode::Failure);
    }
    if (const auto restored = core::Store::restore(from, *passphrase, path, core::appMigrations()); !restored) {
        // The store at `path` is untouched either way; name the file the problem is about.
        return context.fail(restored.error(), isAboutBackup(restored.error().code) ? from : path);
    }
    // Recorded in the restored store's own log (the replaced one is kept as it was).
    int ignored = 0;
    if (const auto restoredStore =
            context.open(ignored, {.session = false, .passphrase = &*passphrase, .quiet = true})) {
        if (auto logged = context.recordStoreEvent(restoredStore->store(), core::AuditAction::Restore,
                                                   "restored from backup " + from.filename().string());
            !logged) {
            context.err << "casebook-cli: warning: the restore could not be recorded in the audit log.\n";
        }
    }
    context.out << "Restored " << from.string() << " to " << path.string() << '\n';
    if (replacing) {
        context.out << "The previous store was kept as " << path.string() << ".before-restore\n";
    }
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& restoreCommand()
{
    static const CommandSpec spec{
        "restore",
        "Replace the store with the backup FROM.",
        "FROM",
        "Asks for the backup's passphrase, verifies the whole backup, then puts it in place of the\n"
        "store. The previous store, if any, is kept beside it as <store>.before-restore. If\n"
        "anything fails, the store is left exactly as it was.\n",
        {},
        {},
        kPositionals,
        runRestore,
    };
    return spec;
}

} // namespace casebook::cli
