// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "schema/AppSchema.h"

#include "audit/AuditHead.h"
#include "audit/AuditLog.h"
#include "audit/HeadAnchor.h"
#include "store/Store.h"
#include "support/SystemClock.h"

#include <algorithm>
#include <array>
#include <memory>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 1> kOptions = {{{"limit", true}}};
constexpr std::array<std::string_view, 1> kPositionals = {"ACTION"};

/// Control characters (newlines, tabs) become spaces, so that one entry stays one line.
std::string oneLine(std::string text)
{
    std::replace_if(
        text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }, ' ');
    return text;
}

std::string_view reasonText(core::AuditBreak::Reason reason)
{
    using Reason = core::AuditBreak::Reason;
    switch (reason) {
    case Reason::SeqGap:
        return "the entry is missing";
    case Reason::PrevHashMismatch:
        return "the entry does not link to the one before it (removed, reordered or rewritten)";
    case Reason::HashMismatch:
        return "the entry was altered after it was written";
    case Reason::Malformed:
        return "the entry cannot be read";
    case Reason::TailMissing:
        return "entries were removed from the end";
    case Reason::HeadMismatch:
        return "the end of the log is not the one Casebook recorded";
    }
    return "the chain is broken";
}

// Compares the store's head with the last one seen on this computer (the state file shared with
// the app) and records the new one. An older (or different, at the same seq) head is what a
// rollback to an older copy looks like.
void anchorHead(const Context& context, const core::AuditHead& head)
{
    const auto file = core::AuditHeadAnchors::defaultFile();
    if (!file) {
        return;
    }
    const auto seen = core::AuditHeadAnchors(*file).check(context.storePath, head);
    if (seen.rolledBack()) {
        context.err << "casebook-cli: warning: the audit log ends at " << core::formatAuditHead(head) << ", but "
                    << seen.seen
                    << " was seen here before: the store may have been rolled back to an older copy (or "
                       "restored from a backup).\n";
    }
}

/// Unlocks the store; on failure reports it and sets `code`.
std::unique_ptr<core::Store> openStore(const Context& context, int& code)
{
    const auto& path = context.storePath;
    if (const auto stop = context.requireStore(path, "Create one with 'casebook-cli init'.")) {
        code = *stop;
        return nullptr;
    }
    const auto passphrase = context.askPassphrase("Passphrase for " + path.string() + ": ");
    if (!passphrase) {
        code = toInt(ExitCode::Failure);
        return nullptr;
    }
    auto store = core::Store::open(path, *passphrase, core::appMigrations());
    if (!store) {
        code = context.fail(store.error(), path);
        return nullptr;
    }
    context.warn(**store);
    return std::move(store.value());
}

int verifyLog(const Context& context, core::Store& store)
{
    const core::SystemClock clock;
    const auto verified = core::AuditLog(clock).verify(store.database());
    if (!verified) {
        return context.fail(verified.error(), context.storePath);
    }
    if (!verified->ok()) {
        const auto& broken = *verified->firstBreak;
        const int code = context.fail(
            ExitCode::Damaged, context.storePath.string() + ": the audit log is broken at seq "
                                   + std::to_string(broken.seq) + ": " + std::string(reasonText(broken.reason)) + ".");
        if (context.verbose) {
            context.err << "casebook-cli: detail: " << oneLine(broken.detail) << '\n';
        }
        return code;
    }
    const auto count = verified->entriesChecked;
    if (count == 0) {
        context.out << "OK: the audit log is empty.\n";
    } else {
        context.out << "OK: all " << count << (count == 1 ? " entry is" : " entries are")
                    << " intact, up to the recorded end of the log (seq " << verified->headSeq << ").\n";
    }
    // The head pins the log: a copy of it kept outside the store shows a later rollback.
    const auto head = core::readAuditHead(store.database());
    if (head && *head) {
        context.out << "Head: " << core::formatAuditHead(**head) << '\n';
        anchorHead(context, **head);
    }
    return toInt(ExitCode::Ok);
}

int listLog(const Context& context, core::Store& store, std::size_t limit)
{
    const core::SystemClock clock;
    core::AuditFilter filter;
    filter.limit = limit;
    filter.newestFirst = true; // with a limit, the latest entries
    auto records = core::AuditLog(clock).list(store.database(), filter);
    if (!records) {
        return context.fail(records.error(), context.storePath);
    }
    std::reverse(records->begin(), records->end());
    for (const auto& record : *records) {
        const auto& entry = record.entry;
        context.out << record.seq << '\t' << oneLine(record.at) << '\t' << oneLine(entry.actor) << '\t'
                    << core::toString(entry.action) << '\t' << oneLine(entry.recordType) << '\t'
                    << oneLine(entry.recordId) << '\t' << oneLine(entry.summary) << '\n';
    }
    return toInt(ExitCode::Ok);
}

int runAudit(const Context& context, const ParsedArgs& args)
{
    const std::string& action = args.positionals.at(0);
    if (action != "verify" && action != "list") {
        return context.fail(ExitCode::Usage, "audit: unknown action '" + action
                                                 + "' (use 'verify' or 'list'). Try 'casebook-cli audit --help'.");
    }
    std::size_t limit = 0;
    if (const auto text = args.value("limit")) {
        const auto number = parseUnsigned(*text);
        if (action != "list" || !number || *number == 0) {
            return context.fail(ExitCode::Usage, "audit: --limit takes a whole number from 1, and only with 'list'. "
                                                 "Try 'casebook-cli audit --help'.");
        }
        limit = *number;
    }
    int code = toInt(ExitCode::Ok);
    const auto store = openStore(context, code);
    if (!store) {
        return code;
    }
    return action == "verify" ? verifyLog(context, *store) : listLog(context, *store, limit);
}

} // namespace

const CommandSpec& auditCommand()
{
    static const CommandSpec spec{
        "audit",
        "Check the audit log's hash chain, or list its entries.",
        "verify | list [--limit N]",
        "The audit log records every change and export, each entry chained to the one before by\n"
        "SHA-256. 'verify' checks every link and the recorded end of the log; it exits with 4 and\n"
        "names the first broken entry if anything was altered, removed or reordered.\n"
        "'list' prints one line per entry, oldest first, tab-separated: seq, time (UTC), actor,\n"
        "action, record type, record id, summary. Entries hold no medical content.\n",
        "  --limit N               with 'list': only the latest N entries\n",
        kOptions,
        kPositionals,
        runAudit,
    };
    return spec;
}

} // namespace casebook::cli
