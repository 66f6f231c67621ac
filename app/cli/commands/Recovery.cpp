// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `recovery-key add|remove` and `recover` (issue 15 item 6).
#include "cli/DataProtectionCommands.h"

#include "cli/Context.h"

#include "dp/RecoveryKey.h"
#include "service/Session.h"
#include "service/StoreEvents.h"

#include <array>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<std::string_view, 1> kActionPositional = {"ACTION"};
constexpr std::array<std::string_view, 3> kActions = {"add", "remove", "status"};

void printKey(const Context& context, const core::SecretString& key)
{
    context.out << "Recovery key for " << context.storePath.string() << " (shown once; no personal data in it):\n\n  "
                << key.view() << "\n\n"
                << "Give it to the force's custodians (for example the line chief inspector and information\n"
                   "management) on paper, never beside the laptop. Anyone holding it and the store file can\n"
                   "set a new passphrase. Copies and backups made before today open with their old keys.\n";
}

/// Appends "store opened with the recovery key" to the audit log, with the new passphrase.
int auditRecovery(const Context& context, const core::SecretString& passphrase)
{
    int code = toInt(ExitCode::Ok);
    const auto opened = context.open(code, {.passphrase = &passphrase});
    if (!opened) {
        return code;
    }
    auto& session = *opened->session;
    if (auto st = core::recordRecoveryKeyUse(session.store(), session.audit(), session.actor()); !st) {
        return context.fail(st.error(), context.storePath);
    }
    return toInt(ExitCode::Ok);
}

int runRecoveryKey(const Context& context, const ParsedArgs& args)
{
    const std::string& action = args.positionals.at(0);
    if (action != "add" && action != "remove" && action != "status") {
        return context.fail(ExitCode::Usage, "recovery-key: unknown action '" + action
                                                 + "' (use add, remove or status). Try 'casebook-cli recovery-key "
                                                   "--help'.");
    }
    if (const auto stop = context.requireStore(context.storePath, "Create one with 'casebook-cli init'.")) {
        return *stop;
    }
    if (action == "status") {
        auto present = core::recovery::present(context.storePath);
        if (!present) {
            return context.fail(present.error(), context.storePath);
        }
        context.out << (*present ? "The store has a recovery key.\n" : "The store has no recovery key.\n");
        return toInt(ExitCode::Ok);
    }
    const auto passphrase = context.askPassphrase("Passphrase for " + context.storePath.string() + ": ");
    if (!passphrase) {
        return toInt(ExitCode::Failure);
    }
    if (action == "remove") {
        if (auto st = core::recovery::remove(context.storePath, *passphrase); !st) {
            return failWithDetail(context, "recovery-key remove", st.error());
        }
        context.out << "Recovery key removed. Destroy the printed copies.\n";
        return toInt(ExitCode::Ok);
    }
    auto key = core::recovery::add(context.storePath, *passphrase);
    if (!key) {
        return failWithDetail(context, "recovery-key add", key.error());
    }
    printKey(context, *key);
    return toInt(ExitCode::Ok);
}

int runRecover(const Context& context, const ParsedArgs&)
{
    if (const auto stop = context.requireStore(context.storePath, "Create one with 'casebook-cli init'.")) {
        return *stop;
    }
    const auto typed = context.askPassphrase("Recovery key: ");
    if (!typed) {
        return toInt(ExitCode::Failure);
    }
    // Typos are caught here, before the new passphrase is asked for or any unlock is tried.
    if (auto decoded = core::recovery::decode(typed->view()); !decoded) {
        return context.fail(ExitCode::Usage, "recover: " + decoded.error().detail + "; nothing was changed.");
    }
    const auto passphrase = context.askNewPassphrase();
    if (!passphrase) {
        return toInt(ExitCode::Failure);
    }
    auto next = core::recovery::recover(context.storePath, typed->view(), *passphrase);
    if (!next) {
        return failWithDetail(context, "recover", next.error());
    }
    if (const int code = auditRecovery(context, *passphrase); code != toInt(ExitCode::Ok)) {
        return code;
    }
    context.out << "The store now opens with the new passphrase; the recovery key used is void.\n";
    printKey(context, *next);
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& recoveryKeyCommand()
{
    static const CommandSpec spec{
        "recovery-key",
        "Add or remove the store's recovery key.",
        "add|remove|status",
        "A recovery key is 256 random bits in the store's recovery-key slot, printed once as 14\n"
        "groups of five characters, each group with a check character and the last group a check\n"
        "of the whole key, so a mistyped key is caught before any unlock. 'add' asks for the\n"
        "passphrase and prints a new key (replacing any earlier one); 'remove' empties the slot;\n"
        "'status' says whether there is one (no passphrase needed).\n",
        "",
        {},
        kActionPositional,
        runRecoveryKey,
        kActions,
    };
    return spec;
}

const CommandSpec& recoverCommand()
{
    static const CommandSpec spec{
        "recover",
        "Set a new passphrase with the recovery key, then replace the key.",
        "",
        "Reads the recovery key (line 1 of standard input when it is not a terminal), checks it\n"
        "for typos, then the new passphrase (twice on a terminal; line 2 otherwise). The store then\n"
        "opens with the new passphrase only; the key used is replaced by a new one, printed once,\n"
        "and the audit log records that the store was opened with the recovery key.\n",
        "",
        {},
        {},
        runRecover,
    };
    return spec;
}

} // namespace casebook::cli
