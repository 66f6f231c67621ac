// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "schema/AppSchema.h"

#include "audit/AuditLog.h"
#include "service/StoreEvents.h"
#include "store/Store.h"
#include "support/SystemClock.h"

#include <array>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<std::string_view, 1> kPositionals = {"OUT"};

int runBackup(const Context& context, const ParsedArgs& args)
{
    const auto& path = context.storePath;
    const std::filesystem::path out = args.positionals.at(0);
    std::error_code ec;
    if (std::filesystem::exists(out, ec) || std::filesystem::is_symlink(out, ec)) {
        return context.fail(core::makeError(core::ErrorCode::AlreadyExists), out);
    }
    if (const auto stop = context.requireStore(path, "Create one with 'casebook-cli init'.")) {
        return *stop;
    }
    const auto passphrase = context.askPassphrase("Passphrase for " + path.string() + ": ");
    if (!passphrase) {
        return toInt(ExitCode::Failure);
    }
    const auto store = core::Store::open(path, *passphrase, core::appMigrations());
    if (!store) {
        return context.fail(store.error(), path);
    }
    context.warn(**store);
    const core::SystemClock clock;
    if (const auto written = core::backUpAndRecord(**store, core::AuditLog(clock), context.actor(), out, *passphrase);
        !written) {
        return context.fail(written.error(), out);
    }
    context.out << "Backed up " << path.string() << " to " << out.string() << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& backupCommand()
{
    static const CommandSpec spec{
        "backup",
        "Write an encrypted backup of the store to OUT.",
        "OUT",
        "Unlocks the store and writes a consistent, encrypted copy to OUT, which opens with the\n"
        "same passphrase. Refuses to overwrite an existing OUT.\n",
        {},
        {},
        kPositionals,
        runBackup,
    };
    return spec;
}

} // namespace casebook::cli
